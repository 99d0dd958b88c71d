"""Scheduling: cadence per tier, the 90-day floor, working days (China's holidays and make-up
workdays), the per-day cap, logged visits, senior visits and the annual meeting."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from generator.analysis.visits import CADENCE, FLOOR, LOGGED, SENIOR, Account, Cadence, Settings, plan_visits
from generator.analysis.workdays import WorkCalendar
from generator.models.brief import Visit
from generator.models.enums import Tier

D = dt.date


def weekdays(day: dt.date) -> bool:
    return day.weekday() < 5


def dates(schedule, index=0):
    return [v.date for v in schedule.visits if v.account == index]


@pytest.mark.parametrize("tier, interval", [("key", 14), ("ordinary", 30), ("small", 90)])
def test_cadence_per_tier_counts_from_the_last_logged_visit(tier, interval):
    last = D(2026, 3, 2)  # a Monday; all due dates below are Mondays too when interval % 7 == 0
    accounts = [Account("A", Tier(tier), (Visit(date=last),))]
    settings = Settings(start=D(2026, 3, 9), weeks=26, senior_quarterly=False)
    got = dates(plan_visits(accounts, settings, weekdays))
    assert got[0] == last + dt.timedelta(days=interval) or (got[0] - last).days <= interval
    gaps = [(b - a).days for a, b in zip([last, *got], got)]
    assert all(gap <= interval for gap in gaps)
    assert all(gap >= interval - interval // 3 for gap in gaps)  # not visited needlessly early
    assert len(got) == len([d for d in got if settings.start <= d <= settings.end])


def test_default_cadence_is_two_weeks_monthly_quarterly_with_a_90_day_floor():
    cadence = Cadence()
    assert (cadence.interval("key"), cadence.interval("ordinary"), cadence.interval("small")) == (14, 30, 90)
    assert Cadence(small=180).interval("small") == 90
    assert Cadence.parse("key=1w, ordinary=2w,small=6m") == Cadence(key=7, ordinary=14, small=180)
    with pytest.raises(ValueError, match="key=2w"):
        Cadence.parse("key=often")


def test_the_floor_sees_every_customer_at_least_once_in_90_days():
    last = D(2026, 1, 5)
    accounts = [Account("S", Tier("small"), (Visit(date=last),))]
    settings = Settings(start=D(2026, 1, 6), weeks=40, cadence=Cadence(small=365), senior_quarterly=False)
    schedule = plan_visits(accounts, settings, weekdays)
    got = dates(schedule)
    assert len(got) >= 3
    assert all((b - a).days <= 90 for a, b in zip([last, *got], got))
    assert {v.reason for v in schedule.visits} == {FLOOR}


def test_a_customer_never_visited_is_due_at_once_and_overdue_ones_first():
    accounts = [Account("old", Tier("small"), (Visit(date=D(2025, 1, 1)),)), Account("new", Tier("small"))]
    schedule = plan_visits(accounts, Settings(start=D(2026, 3, 2), weeks=2, per_day=1), weekdays)
    assert sorted((v.date, v.account) for v in schedule.visits) == [(D(2026, 3, 2), 1), (D(2026, 3, 3), 0)]


def test_no_visits_on_the_2026_spring_festival_and_make_up_saturdays_count_as_working():
    calendar = WorkCalendar("CN", D(2026, 2, 2), D(2026, 3, 15))
    for day in (D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 20), D(2026, 2, 23)):
        assert not calendar.is_working_day(day), day
    for day in (D(2026, 2, 14), D(2026, 2, 28)):  # Saturdays declared workdays (调休)
        assert calendar.is_working_day(day), day
    assert calendar.make_up_days_between(D(2026, 2, 1), D(2026, 3, 1)) == [D(2026, 2, 14), D(2026, 2, 28)]
    accounts = [Account(f"K{i}", Tier("key"), (Visit(date=D(2026, 2, 3)),)) for i in range(4)]
    schedule = plan_visits(
        accounts, Settings(start=D(2026, 2, 9), weeks=3, senior_quarterly=False), calendar.is_working_day
    )
    assert schedule.visits and all(calendar.is_working_day(v.date) for v in schedule.visits)
    # Due on 17 February (a holiday): three go to the make-up Saturday before it, the fourth to the Friday.
    first_round = sorted(v.date for v in schedule.visits if v.sequence == 1)
    assert first_round == [D(2026, 2, 13), D(2026, 2, 14), D(2026, 2, 14), D(2026, 2, 14)]


def test_new_year_2026_and_its_make_up_sunday():
    calendar = WorkCalendar("CN", D(2025, 12, 29), D(2026, 1, 11))
    assert not calendar.is_working_day(D(2026, 1, 1))
    assert not calendar.is_working_day(D(2026, 1, 2))  # Friday off, made up on Sunday 4 January
    assert calendar.is_working_day(D(2026, 1, 4))
    assert calendar.working_days(D(2025, 12, 29), D(2026, 1, 4)) == [
        D(2025, 12, 29),
        D(2025, 12, 30),
        D(2025, 12, 31),
        D(2026, 1, 4),
    ]


def test_2027_spring_festival_and_new_year_are_not_working_days():
    calendar = WorkCalendar("CN", D(2026, 12, 28), D(2027, 2, 28))
    assert not calendar.is_working_day(D(2027, 1, 1))
    for day in range(5, 11):  # 除夕 5 February to 10 February 2027
        assert not calendar.is_working_day(D(2027, 2, day)), day
    assert calendar.is_working_day(D(2027, 2, 11))
    names = dict(calendar.holidays_between(D(2027, 2, 1), D(2027, 2, 28)))
    assert D(2027, 2, 8) in names


def test_us_calendar_follows_its_own_holidays():
    calendar = WorkCalendar("US", D(2026, 11, 23), D(2026, 11, 29))
    assert not calendar.is_working_day(D(2026, 11, 26))  # Thanksgiving
    assert calendar.make_up_days_between(D(2026, 1, 1), D(2026, 12, 31)) == []


def test_per_day_cap_is_never_exceeded_and_what_does_not_fit_is_reported():
    accounts = [Account(f"C{i:02}", Tier("key")) for i in range(20)]
    schedule = plan_visits(
        accounts, Settings(start=D(2026, 3, 2), weeks=2, per_day=3, senior_quarterly=False), weekdays
    )
    per_day = Counter(v.date for v in schedule.visits)
    assert max(per_day.values()) == 3
    assert all(weekdays(day) for day in per_day)
    tight = plan_visits(accounts, Settings(start=D(2026, 3, 2), weeks=1, per_day=2, senior_quarterly=False), weekdays)
    assert len(tight.visits) == 10 and len(tight.unplaced) == 10
    assert {u.account for u in tight.unplaced} | {v.account for v in tight.visits} == set(range(20))


def test_logged_planned_visits_stay_and_satisfy_the_cadence():
    log = (Visit(date=D(2026, 3, 1)), Visit(date=D(2026, 3, 17), planned=True))
    schedule = plan_visits(
        [Account("K", Tier("key"), log)], Settings(start=D(2026, 3, 9), weeks=4, senior_quarterly=False), weekdays
    )
    got = [(v.date, v.reason) for v in schedule.visits]
    # Due 15 March (Sunday), the logged visit two days later counts; the next comes 14 days after it.
    assert got == [(D(2026, 3, 17), LOGGED), (D(2026, 3, 31), CADENCE)]


def test_logged_visits_on_a_holiday_or_over_the_cap_are_kept_and_flagged():
    log = tuple(Visit(date=D(2026, 3, 7), planned=True) for _ in range(1))
    accounts = [Account("A", Tier("small"), log)] + [
        Account(f"B{i}", Tier("small"), (Visit(date=D(2026, 3, 10), planned=True),)) for i in range(4)
    ]
    schedule = plan_visits(accounts, Settings(start=D(2026, 3, 2), weeks=2), weekdays)
    kinds = {(w.kind, w.date) for w in schedule.warnings}
    assert ("non_working_day", D(2026, 3, 7)) in kinds and ("over_cap", D(2026, 3, 10)) in kinds
    assert sum(1 for v in schedule.visits if v.date == D(2026, 3, 10)) == 4


def test_key_accounts_get_one_senior_visit_per_calendar_quarter():
    accounts = [Account("K", Tier("key"), (Visit(date=D(2026, 3, 10)),)), Account("O", Tier("ordinary"))]
    schedule = plan_visits(accounts, Settings(start=D(2026, 3, 16), weeks=8), weekdays)
    senior = [v for v in schedule.visits if v.senior]
    assert [(v.account, v.date) for v in senior] == [(0, D(2026, 3, 24)), (0, D(2026, 4, 7))]
    logged = [Account("K", Tier("key"), (Visit(date=D(2026, 3, 10), senior=True),))]
    again = plan_visits(logged, Settings(start=D(2026, 3, 16), weeks=2), weekdays)
    assert not any(v.senior for v in again.visits)


def test_a_quarter_without_a_regular_visit_gets_a_dedicated_senior_visit():
    accounts = [Account("K", Tier("key"), (Visit(date=D(2026, 3, 20)),))]
    schedule = plan_visits(accounts, Settings(start=D(2026, 3, 30), weeks=1), weekdays)
    assert [(v.date, v.reason) for v in schedule.visits] == [(D(2026, 3, 30), SENIOR), (D(2026, 4, 3), CADENCE)]
    assert schedule.visits[1].senior  # Q2 starts on 1 April: its first visit is the senior one


def test_key_accounts_are_invited_to_the_annual_meeting_in_the_window():
    accounts = [
        Account("K1", Tier("key"), (Visit(date=D(2026, 11, 20)),)),
        Account("K2", Tier("key"), (Visit(date=D(2026, 11, 27)),)),
        Account("O", Tier("ordinary")),
    ]
    settings = Settings(start=D(2026, 11, 30), weeks=4, meeting=D(2026, 12, 10), senior_quarterly=False)
    schedule = plan_visits(accounts, settings, weekdays)
    assert schedule.meeting == D(2026, 12, 10) and schedule.invited == [0, 1]
    assert [(v.account, v.date) for v in schedule.visits if v.invite] == [(0, D(2026, 12, 4))]
    assert schedule.invited_without_visit == [1]
    outside = plan_visits(accounts, Settings(start=D(2026, 11, 30), weeks=1, meeting=D(2027, 1, 20)), weekdays)
    assert outside.meeting is None and not any(v.invite for v in outside.visits)
