"""Visit scheduling (DOMAIN §5): cadence by tier, the 90-day floor, working days, a per-day cap.

Pure: takes accounts, their visit logs and a working-day predicate; returns dated visits.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from generator.i18n.messages import msg
from generator.models.brief import Visit
from generator.models.enums import Tier

DAY = dt.timedelta(days=1)
TIER_ORDER = {"key": 0, "ordinary": 1, "small": 2}

# Why a visit is in the plan.
CADENCE, FLOOR, SENIOR, LOGGED = "cadence", "floor", "senior", "logged"
# … and from the account plan: a care occasion, a win-back step, reactivating a dormant account, an initiative.
CARE, WIN_BACK, REACTIVATE, INITIATIVE = "care", "win_back", "reactivate", "initiative"


@dataclass(frozen=True)
class Cadence:
    """Days between visits per tier, and the floor every customer gets (at least once in `floor` days)."""

    key: int = 14
    ordinary: int = 30
    small: int = 90
    floor: int = 90

    def interval(self, tier: Tier | str) -> int:
        """Return the most days allowed between two visits of a customer of `tier`."""
        return min(getattr(self, Tier(tier).value), self.floor)

    def follows_floor(self, tier: Tier | str) -> bool:
        """Return True when the 90-day floor, not the tier's own cadence, sets the interval."""
        return getattr(self, Tier(tier).value) >= self.floor

    @classmethod
    def parse(cls, text: str) -> Cadence:
        """Return the cadence written as `key=2w,ordinary=1m,small=3m` (days, or d/w/m/q units; any subset).

        Raise ValueError naming the part that is malformed.
        """
        values: dict[str, int] = {}
        for part in filter(None, (p.strip() for p in (text or "").split(","))):
            match = re.fullmatch(r"(key|ordinary|small|floor)\s*[=:]\s*(\d+)\s*([dwmq]?)", part, flags=re.I)
            if not match:
                raise ValueError(msg("cli.cadence_syntax", part=repr(part)))
            days = int(match[2]) * {"": 1, "d": 1, "w": 7, "m": 30, "q": 90}[match[3].lower()]
            if days < 1:
                raise ValueError(msg("cli.cadence_zero", part=repr(part)))
            values[match[1].lower()] = days
        return cls(**values)

    def __str__(self) -> str:
        return f"key={self.key},ordinary={self.ordinary},small={self.small},floor={self.floor}"


@dataclass(frozen=True)
class Settings:
    """The planning window and its rules."""

    start: dt.date
    weeks: int = 4
    per_day: int = 3
    cadence: Cadence = Cadence()
    today: dt.date | None = None  # decides whether an undated-flag log visit is planned
    meeting: dt.date | None = None  # the annual key-account meeting
    senior_quarterly: bool = True

    @property
    def end(self) -> dt.date:
        """Return the last day of the window (a Sunday when the window starts on a Monday)."""
        return self.start + dt.timedelta(days=7 * self.weeks - 1)


@dataclass(frozen=True)
class Dated:
    """A visit the account plan asks for on a given day (a care occasion, a win-back step, an initiative)."""

    date: dt.date
    reason: str  # CARE, WIN_BACK, REACTIVATE or INITIATIVE
    senior: bool = False
    detail: object = None  # what the call plan needs: the care day, the step, the initiative


@dataclass(frozen=True)
class Account:
    """What scheduling needs of a customer: a name, its tier and its visit log, and from its account plan
    the dated visits it asks for, whether the regular cadence applies (not to a lost account) and how
    many senior-management visits a year the tier's policy gives (None: quarterly for key accounts)."""

    name: str
    tier: Tier
    visits: Sequence[Visit] = ()
    dated: Sequence[Dated] = ()
    cadence: bool = True
    senior_per_year: int | None = None

    @property
    def senior_months(self) -> int:
        """Return the months between senior visits: 3 (quarterly), 6 or 12; 0 for none."""
        per_year = self.senior_per_year if self.senior_per_year is not None else (4 if self.tier.value == "key" else 0)
        if per_year <= 0:
            return 0
        return 3 if per_year >= 4 else (6 if per_year >= 2 else 12)


@dataclass
class PlannedVisit:
    """One visit of the plan."""

    account: int  # index into the accounts planned
    date: dt.date
    reason: str  # CADENCE, FLOOR, SENIOR or LOGGED
    due: dt.date | None = None  # the date the cadence asked for (None for logged visits)
    last: dt.date | None = None  # the visit before this one (logged or planned), None if never visited
    interval: int = 0  # the cadence in days that applied
    senior: bool = False  # our senior management visits (quarterly, key accounts)
    invite: bool = False  # hand over the invitation to the annual key-account meeting
    logged: Visit | None = None  # the planned visit from the brief's log, kept where it is
    dated: Dated | None = None  # the account plan's visit this is (care, win-back, initiative)
    senior_months: int = 3  # a senior visit: once in this many months (the tier's policy)
    sequence: int = 1  # 1 for this customer's first visit in the window, 2 for the second …
    previous: PlannedVisit | None = None

    @property
    def late_days(self) -> int:
        """Return how many days after its due date the visit falls (0 when on time)."""
        return max(0, (self.date - self.due).days) if self.due else 0


@dataclass(frozen=True)
class Unplaced:
    """A visit the cadence asked for that found no free working day in the window."""

    account: int
    due: dt.date
    reason: str


@dataclass(frozen=True)
class Warning:
    """Something in the log the plan keeps but the user should look at."""

    kind: str  # "non_working_day" | "over_cap"
    date: dt.date
    account: int | None = None
    count: int = 0


@dataclass
class Schedule:
    """The plan: dated visits, what did not fit, and the annual meeting when it falls in the window."""

    settings: Settings
    accounts: Sequence[Account]
    visits: list[PlannedVisit] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    meeting: dt.date | None = None
    invited: list[int] = field(default_factory=list)  # key accounts invited
    invited_without_visit: list[int] = field(default_factory=list)  # invite them another way

    def by_week(self) -> list[tuple[dt.date, list[PlannedVisit]]]:
        """Return (week's first day, visits of that week) for every week of the window, in order."""
        weeks = []
        for index in range(self.settings.weeks):
            first = self.settings.start + dt.timedelta(days=7 * index)
            last = first + dt.timedelta(days=6)
            weeks.append((first, [v for v in self.visits if first <= v.date <= last]))
        return weeks

    def per_day(self) -> Counter:
        """Return the number of visits on each day."""
        return Counter(v.date for v in self.visits)


def is_planned(visit: Visit, today: dt.date | None) -> bool:
    """Return True for a visit still to come: flagged `planned`, or unflagged and after today."""
    if visit.planned is not None:
        return visit.planned
    return today is not None and visit.date > today


def plan_visits(accounts: Sequence[Account], settings: Settings, is_working_day: Callable[[dt.date], bool]) -> Schedule:
    """Return the visits of the window for `accounts`.

    Every customer is seen at least every `cadence.interval(tier)` days counting from its
    last logged visit; visits in the log that fall in the window are kept where they are
    and count. New visits land on working days, never more than `per_day` on one day
    (logged visits are never moved, even when they exceed it); a visit that can't be on
    its due day goes to the latest free working day shortly before, else the first after.
    Key customers who had no senior visit in a calendar quarter get one in it, and all key
    customers are invited to the annual meeting when it falls in the window.
    """
    start, end = settings.start, settings.end
    schedule = Schedule(settings=settings, accounts=accounts)
    load: Counter = Counter()
    fixed: dict[int, list[Visit]] = {}
    last_seen: dict[int, dt.date | None] = {}
    for index, account in enumerate(accounts):
        log = sorted(account.visits, key=lambda v: v.date)
        last_seen[index] = max((v.date for v in log if v.date < start), default=None)
        fixed[index] = [v for v in log if start <= v.date <= end]
        for visit in fixed[index]:
            load[visit.date] += 1
            schedule.visits.append(PlannedVisit(index, visit.date, LOGGED, senior=visit.senior, logged=visit))
            if not is_working_day(visit.date):
                schedule.warnings.append(Warning("non_working_day", visit.date, index))
        _place_dated(schedule, index, account, fixed[index], load, is_working_day)
    for day, count in sorted(load.items()):
        if count > settings.per_day:
            schedule.warnings.append(Warning("over_cap", day, count=count))

    queue: list[tuple] = []
    anchors: dict[int, dt.date | None] = {}
    for index, account in enumerate(accounts):
        anchors[index] = last_seen[index]
        if not account.cadence:
            continue
        due = _due(last_seen[index], settings.cadence.interval(account.tier), start)
        overdue = (start - due).days if last_seen[index] else 10_000
        heapq.heappush(queue, (due, TIER_ORDER[account.tier.value], -overdue, account.name, index))

    while queue:
        due, _rank, _overdue, _name, index = heapq.heappop(queue)
        if due > end:
            continue
        account = accounts[index]
        interval = settings.cadence.interval(account.tier)
        anchor = anchors[index]
        upcoming = next((v.date for v in fixed[index] if anchor is None or v.date > anchor), None)
        tolerance = 0 if settings.cadence.follows_floor(account.tier) else interval // 4
        if upcoming is not None and upcoming <= due + dt.timedelta(days=tolerance):
            # A logged visit comes in time: it is the visit the cadence asks for.
            anchors[index] = upcoming
            heapq.heappush(queue, (_due(upcoming, interval, start), _rank, 0, account.name, index))
            continue
        latest = upcoming - DAY if upcoming else end
        earliest = max(start, due - dt.timedelta(days=max(1, interval // 3)), (anchor + DAY) if anchor else start)
        day = _free_day(due, earliest, latest, load, settings.per_day, is_working_day)
        reason = FLOOR if settings.cadence.follows_floor(account.tier) else CADENCE
        if day is None:
            schedule.unplaced.append(Unplaced(index, due, reason))
            anchors[index] = max(due, anchor) if anchor else due
        else:
            load[day] += 1
            schedule.visits.append(PlannedVisit(index, day, reason, due=due, last=anchor, interval=interval))
            anchors[index] = day
        heapq.heappush(queue, (_due(anchors[index], interval, start), _rank, 0, account.name, index))

    if settings.senior_quarterly:
        _add_senior_visits(schedule, load, is_working_day)
    _link_sequences(schedule, last_seen)
    if settings.meeting and start <= settings.meeting <= end:
        _invite(schedule, settings.meeting)
    schedule.visits.sort(key=_visit_order(accounts))
    return schedule


def _place_dated(
    schedule: Schedule,
    index: int,
    account: Account,
    fixed: list[Visit],
    load: Counter,
    is_working_day: Callable[[dt.date], bool],
) -> None:
    """Put the account plan's dated visits of the window on their day (or the working day before) and count
    them with the fixed visits, so the cadence builds on them."""
    start, end = schedule.settings.start, schedule.settings.end
    taken = {v.date for v in fixed}
    for item in sorted(account.dated, key=lambda d: (d.date, d.reason)):
        # One visit a day: occasions of the same day (or one that falls on a logged visit) share it.
        if not start <= item.date <= end or item.date in taken:
            continue
        taken.add(item.date)
        day = _working_day_near(item.date, start, is_working_day)
        if day in taken and day != item.date:
            continue
        taken.add(day)
        load[day] += 1
        schedule.visits.append(PlannedVisit(index, day, item.reason, due=item.date, senior=item.senior, dated=item))
        fixed.append(Visit(date=day, planned=True, senior=item.senior))
    fixed.sort(key=lambda v: v.date)


def _working_day_near(day: dt.date, start: dt.date, is_working_day: Callable[[dt.date], bool]) -> dt.date:
    """Return `day` when it is a working day, else the working day before it (not before `start`), else `day`."""
    candidate = day
    while candidate >= start and candidate > day - dt.timedelta(days=7):
        if is_working_day(candidate):
            return candidate
        candidate -= DAY
    return day


def _due(anchor: dt.date | None, interval: int, start: dt.date) -> dt.date:
    """Return when the next visit is due: `interval` days after the anchor, never before the window."""
    if anchor is None:
        return start
    return max(start, anchor + dt.timedelta(days=interval))


def _free_day(
    due: dt.date, earliest: dt.date, latest: dt.date, load: Counter, cap: int, is_working_day: Callable[[dt.date], bool]
) -> dt.date | None:
    """Return the latest free working day from `due` back to `earliest`, else the first after `due` up to `latest`."""
    day = min(due, latest)
    while day >= earliest:
        if is_working_day(day) and load[day] < cap:
            return day
        day -= DAY
    day = max(due + DAY, earliest)
    while day <= latest:
        if is_working_day(day) and load[day] < cap:
            return day
        day += DAY
    return None


def quarter_of(day: dt.date) -> tuple[int, int]:
    """Return (year, quarter 1–4) of `day`."""
    return day.year, (day.month - 1) // 3 + 1


def period_of(day: dt.date, months: int) -> tuple[int, int]:
    """Return (year, number from 1) of the `months`-long period of the year `day` falls in (3: its quarter)."""
    return day.year, (day.month - 1) // months + 1


def period_bounds(year: int, number: int, months: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of period `number` (from 1) of `months` months in `year`."""
    first = dt.date(year, months * (number - 1) + 1, 1)
    end_month = months * number
    next_first = dt.date(year + 1, 1, 1) if end_month >= 12 else dt.date(year, end_month + 1, 1)
    return first, next_first - DAY


def _add_senior_visits(schedule: Schedule, load: Counter, is_working_day: Callable[[dt.date], bool]) -> None:
    """Make one visit per period of each customer whose tier's policy gives senior visits (quarterly for
    key accounts by default; half-yearly or yearly when the policy gives fewer) a senior-management visit."""
    settings = schedule.settings
    for index, account in enumerate(schedule.accounts):
        months = account.senior_months
        if not months or not account.cadence:
            continue
        periods = sorted({period_of(settings.start + dt.timedelta(days=n), months) for n in range(7 * settings.weeks)})
        for year, number in periods:
            first, last = period_bounds(year, number, months)
            if any(v.senior and first <= v.date <= last for v in account.visits) or any(
                v.account == index and v.senior and first <= v.date <= last for v in schedule.visits
            ):
                continue
            lo, hi = max(first, settings.start), min(last, settings.end)
            candidates = sorted(
                (v for v in schedule.visits if v.account == index and lo <= v.date <= hi and not v.logged),
                key=lambda v: v.date,
            )
            if candidates:
                candidates[0].senior = True
                candidates[0].senior_months = months
                continue
            day = _free_day(lo, lo, hi, load, settings.per_day, is_working_day)
            if day is None:
                schedule.unplaced.append(Unplaced(index, lo, SENIOR))
                continue
            load[day] += 1
            schedule.visits.append(
                PlannedVisit(
                    index,
                    day,
                    SENIOR,
                    due=lo,
                    senior=True,
                    senior_months=months,
                    interval=settings.cadence.interval(account.tier),
                )
            )


def _link_sequences(schedule: Schedule, last_seen: dict[int, dt.date | None]) -> None:
    """Number each customer's visits in the window and link each to the one before."""
    by_account: dict[int, list[PlannedVisit]] = {}
    for visit in sorted(schedule.visits, key=lambda v: (v.date, v.logged is None)):
        by_account.setdefault(visit.account, []).append(visit)
    for index, visits in by_account.items():
        previous = None
        for number, visit in enumerate(visits, start=1):
            visit.sequence = number
            visit.previous = previous
            visit.last = previous.date if previous else last_seen.get(index)
            previous = visit


def _invite(schedule: Schedule, meeting: dt.date) -> None:
    """Invite every key customer to the annual meeting at its first visit before the meeting."""
    schedule.meeting = meeting
    for index, account in enumerate(schedule.accounts):
        if account.tier.value != "key" or not account.cadence:
            continue
        schedule.invited.append(index)
        before = sorted((v for v in schedule.visits if v.account == index and v.date < meeting), key=lambda v: v.date)
        if before:
            before[0].invite = True
        else:
            schedule.invited_without_visit.append(index)


def _visit_order(accounts: Sequence[Account]) -> Callable[[PlannedVisit], tuple]:
    return lambda v: (v.date, TIER_ORDER[accounts[v.account].tier.value], accounts[v.account].name, v.account)
