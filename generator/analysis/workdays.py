"""Working days of a country: weekends, statutory holidays and official make-up workdays.

Built on the `holidays` library, whose China calendar carries the State Council's
adjusted working days (调休: a Saturday or Sunday declared a workday) for the years
it has been published; other years follow the statutory rules only
(`years_without_make_up_days` names them, so a plan can say so). A company calendar
adds the company's own days off and extra working days on top.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache, cached_property

from generator.i18n.messages import localize, msg

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
    company_holidays: frozenset[dt.date] = field(default_factory=frozenset)
    company_workdays: frozenset[dt.date] = field(default_factory=frozenset)

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
        """Return True when `day` is a working day: a company workday, or a weekday that is no public or
        company holiday, or an official make-up workday."""
        if day in self.company_workdays:
            return True
        if day in self.company_holidays:
            return False
        return self._holidays.is_working_day(day)

    def holiday_name(self, day: dt.date) -> str | None:
        """Return the name of the holiday on `day` (a company day off included), or None."""
        name = self._holidays.get(day)
        if day in self.company_workdays:
            return None
        if day in self.company_holidays and not name:
            return localize(msg("visits.company_day_off"), self.language)
        return name

    def holidays_between(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
        """Return (date, name) of every weekday holiday from `first` to `last`: the days a plan loses."""
        out = []
        for day in _days(first, last):
            name = self.holiday_name(day)
            if name and not self._holidays.is_weekend(day) and not self.is_working_day(day):
                out.append((day, name))
        return out

    def make_up_days_between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Return the weekend days from `first` to `last` declared working days (China's 调休 workdays)."""
        workdays = set(getattr(self._holidays, "weekend_workdays", set()) or set())
        workdays |= {day for day in self.company_workdays if self._holidays.is_weekend(day)}
        return sorted(day for day in workdays if first <= day <= last and day not in self.company_holidays)

    def years_without_make_up_days(self) -> list[int]:
        """Return the years of the window for which the holidays data has no official make-up workdays
        although the country has them in the years before (China's 调休 schedule, published each
        winter for the next year), and the company calendar adds none either."""
        out = []
        for year in range(self.first.year, self.last.year + 1):
            if make_up_day_count(self.country, year) or any(d.year == year for d in self.company_workdays):
                continue
            if any(make_up_day_count(self.country, earlier) for earlier in range(year - 3, year)):
                out.append(year)
        return out

    def working_days(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Return every working day from `first` to `last`, in order."""
        return [day for day in _days(first, last) if self.is_working_day(day)]


@cache
def make_up_day_count(country: str, year: int) -> int:
    """Return how many official make-up workdays (weekend days declared working days) the holidays data has
    for `country` in `year`."""
    import holidays

    calendar = holidays.country_holidays(country, years=year)
    return sum(1 for day in (getattr(calendar, "weekend_workdays", None) or ()) if day.year == year)


def holidays_version() -> str:
    """Return the installed holidays library's version."""
    from importlib.metadata import version

    return version("holidays")


def _days(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)
