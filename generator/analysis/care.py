"""The care calendar (利用特殊事件进行服务活动): festivals, the customer's anniversary and contacts'
birthdays on real dates for one year, each with the people to greet and whether to greet or visit.

Lunar festivals (春节, 元宵, 端午, 中秋, 重阳) come from the `lunardate` library's tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.models.brief import Brief, Contact
from generator.models.enums import Festival, Level, RelationshipStage, Role

# Festival → ("lunar" | "solar", month, day).
FESTIVAL_DAYS: dict[Festival, tuple[str, int, int]] = {
    Festival("new_year"): ("solar", 1, 1),
    Festival("spring_festival"): ("lunar", 1, 1),
    Festival("lantern"): ("lunar", 1, 15),
    Festival("dragon_boat"): ("lunar", 5, 5),
    Festival("mid_autumn"): ("lunar", 8, 15),
    Festival("double_ninth"): ("lunar", 9, 9),
    Festival("national_day"): ("solar", 10, 1),
    Festival("christmas"): ("solar", 12, 25),
}

FESTIVAL, OCCASION, ANNIVERSARY, BIRTHDAY = "festival", "occasion", "anniversary", "birthday"
GREET, VISIT = "greet", "visit"


@dataclass(frozen=True)
class CareDay:
    """One day of the care calendar."""

    date: dt.date
    kind: str  # FESTIVAL, OCCASION, ANNIVERSARY or BIRTHDAY
    name: str  # the occasion as the brief writes it (or the contact's name for a birthday)
    festival: Festival | None
    people: tuple[Contact, ...]  # whom to greet
    action: str  # GREET or VISIT
    years: int | None = None  # the customer's anniversary: years as our customer


def festival_date(festival: Festival, year: int) -> dt.date:
    """Return the day `festival` falls on in `year` (lunar festivals through the lunar calendar)."""
    calendar, month, day = FESTIVAL_DAYS[festival]
    if calendar == "solar":
        return dt.date(year, month, day)
    from lunardate import LunarDate

    return LunarDate(year, month, day).to_solar_date()


def on_year(month: int, day: int, year: int) -> dt.date:
    """Return month/day in `year`; 29 February falls on 28 February in other years."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, 2, 28)


def people_to_greet(brief: Brief) -> list[Contact]:
    """Return whom to greet when an occasion names nobody: the decision level, our coach and anyone at trust or above."""
    close = (RelationshipStage("trust"), RelationshipStage("alliance"))
    return [
        c
        for c in brief.contacts
        if c.level == Level("decision") or Role("decision_maker") in c.roles or c.coach or c.relationship in close
    ]


def care_calendar(brief: Brief, year: int, *, key_account: bool = False) -> list[CareDay]:
    """Return the care days of `year`, in date order.

    The brief's care occasions (festivals on their date that year; MM-DD every year; a full
    date only in its own year), the anniversary of `customer_since` (unless an occasion already
    falls on it) and every contact's birthday. A key account's occasions and anniversary
    are visits, everything else a greeting.
    """
    account = brief.account
    out: list[CareDay] = []
    default_people = tuple(people_to_greet(brief))
    taken: set[dt.date] = set()
    for occasion in account.care:
        day = _occasion_day(occasion.date, occasion.festival, year)
        if day is None:
            continue
        people = tuple(c for c in (brief.contact(i) for i in occasion.contacts) if c is not None) or default_people
        kind = FESTIVAL if occasion.festival is not None and occasion.date is None else OCCASION
        out.append(CareDay(day, kind, occasion.occasion, occasion.festival, people, VISIT if key_account else GREET))
        taken.add(day)
    since = account.customer_since
    if since is not None and since.year < year:
        day = on_year(since.month, since.day, year)
        if day not in taken:
            out.append(
                CareDay(
                    day, ANNIVERSARY, "", None, default_people, VISIT if key_account else GREET, years=year - since.year
                )
            )
    for contact in brief.contacts:
        birthday = contact.personal.birthday if contact.personal else None
        if birthday is not None:
            out.append(
                CareDay(on_year(birthday.month, birthday.day, year), BIRTHDAY, contact.name, None, (contact,), GREET)
            )
    order = {FESTIVAL: 0, OCCASION: 1, ANNIVERSARY: 2, BIRTHDAY: 3}
    return _merged(sorted(out, key=lambda d: (d.date, order[d.kind], d.name)))


def _merged(days: list[CareDay]) -> list[CareDay]:
    """Return the days with repeats of one occasion on one date merged into one (their people joined, in order)."""
    out: dict[tuple, CareDay] = {}
    for day in days:
        key = (day.date, day.kind, day.name)
        if key in out:
            first = out[key]
            people = first.people + tuple(p for p in day.people if p not in first.people)
            out[key] = CareDay(first.date, first.kind, first.name, first.festival, people, first.action, first.years)
        else:
            out[key] = day
    return list(out.values())


def care_between(brief: Brief, first: dt.date, last: dt.date, *, key_account: bool = False) -> list[CareDay]:
    """Return the care days from `first` to `last` (inclusive), across the years the window spans."""
    days: Sequence[CareDay] = [
        d for year in range(first.year, last.year + 1) for d in care_calendar(brief, year, key_account=key_account)
    ]
    return [d for d in days if first <= d.date <= last]


def _occasion_day(text: str | None, festival: Festival | None, year: int) -> dt.date | None:
    if text is None:
        if festival is None:
            return None
        try:
            return festival_date(festival, year)
        except ValueError:  # beyond the lunar tables (1900–2099): no date to give
            return None
    if len(text) == 5:  # MM-DD: every year
        return on_year(int(text[:2]), int(text[3:]), year)
    day = dt.date.fromisoformat(text)
    return day if day.year == year else None
