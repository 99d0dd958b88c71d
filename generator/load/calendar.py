"""Company calendars for visit plans: a YAML file of `holidays:` (days off) and `workdays:` (extra working days)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from generator.errors import BriefError
from generator.load.problems import problems_from
from generator.load.yaml_source import load_yaml
from generator.models.brief import CompanyCalendar
from generator.models.compiled import validate


def load_calendar(path: str | Path) -> CompanyCalendar:
    """Return the company calendar in `path` (its keys at the top, or under `calendar:`), or raise BriefError."""
    path = Path(path)
    data, locations = load_yaml(path)
    prefix: tuple = ()
    if set(data) == {"calendar"} and isinstance(data["calendar"], dict):
        data, prefix = data["calendar"], ("calendar",)
    try:
        return validate(CompanyCalendar, data)
    except ValidationError as exc:
        problems = problems_from(exc, CompanyCalendar, lambda loc, key: locations.of(prefix + tuple(loc), key=key))
        raise BriefError(problems) from None


def combine(*calendars: CompanyCalendar | None) -> CompanyCalendar:
    """Return one calendar from several, later ones winning: a day a later calendar lists as a workday
    is no longer a holiday, and the other way round (so `--calendar` extends and overrides the seller's)."""
    holidays: set = set()
    workdays: set = set()
    for calendar in calendars:
        if calendar is None:
            continue
        holidays = (holidays - set(calendar.workdays)) | set(calendar.holidays)
        workdays = (workdays - set(calendar.holidays)) | set(calendar.workdays)
    return validate(CompanyCalendar, {"holidays": sorted(holidays), "workdays": sorted(workdays)})
