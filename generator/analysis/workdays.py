"""Working days of a country: weekends, statutory holidays and official make-up workdays.

Built on the `holidays` library, whose China calendar carries the State Council's
adjusted working days (调休: a Saturday or Sunday declared a workday) for the years
it has been published; other years follow the statutory rules only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

_HOLIDAY_LANGUAGES = {"zh": ("zh_CN",), "en": ("en_US", "en_GB")}


def supported_countries() -> list[str]:
    """Return the ISO 3166 codes the holidays library knows, sorted."""
    import holidays

    return sorted(holidays.list_supported_countries())


def default_country(language: str) -> str:
    """Return the country whose working days a plan in `language` follows (zh → CN, en → US)."""
    return {"zh": "CN", "en": "US"}.get(language, "CN")


@dataclass(frozen=True)
class WorkCalendar:
    """The working days of `country` between `first` and `last` (inclusive)."""

    country: str
    first: dt.date
    last: dt.date
    language: str = "en"

    @cached_property
    def _holidays(self):
        import holidays

        years = range(self.first.year, self.last.year + 1)
        calendar = holidays.country_holidays(self.country, years=years)
        supported = getattr(calendar, "supported_languages", ()) or ()
        wanted = next((code for code in _HOLIDAY_LANGUAGES.get(self.language, ()) if code in supported), None)
        if wanted:
            calendar = holidays.country_holidays(self.country, years=years, language=wanted)
        return calendar

    def is_working_day(self, day: dt.date) -> bool:
        """Return True when `day` is a working day: a weekday that is no holiday, or a make-up workday."""
        return self._holidays.is_working_day(day)

    def holiday_name(self, day: dt.date) -> str | None:
        """Return the name of the holiday on `day`, or None."""
        return self._holidays.get(day)

    def holidays_between(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
        """Return (date, name) of every weekday holiday from `first` to `last`: the days a plan loses."""
        out = []
        for day in _days(first, last):
            name = self._holidays.get(day)
            if name and not self._holidays.is_weekend(day):
                out.append((day, name))
        return out

    def make_up_days_between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Return the weekend days from `first` to `last` declared working days (China's 调休 workdays)."""
        workdays: set[dt.date] = getattr(self._holidays, "weekend_workdays", set()) or set()
        return sorted(day for day in workdays if first <= day <= last)

    def working_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Return every working day from `first` to `last`, in order."""
        return [day for day in _days(first, last) if self.is_working_day(day)]


def _days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)
