"""When to answer objections: the order a presenter or a visit prepares them in (DOMAIN §2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from generator.models.enums import ObjectionTiming

TIMING_ORDER = (ObjectionTiming.BEFORE, ObjectionTiming.IMMEDIATELY, ObjectionTiming.LATER, ObjectionTiming.NEVER)
"""Answer before it is raised, then at once, then later, then not at all; no timing comes last."""

T = TypeVar("T")


def timing_rank(timing: Any) -> int:
    """Return the place of an objection's timing in TIMING_ORDER (no timing: after every timing)."""
    return TIMING_ORDER.index(timing) if timing in TIMING_ORDER else len(TIMING_ORDER)


def by_timing(objections: Sequence[T]) -> list[T]:
    """Return `objections` (anything with a `timing`) ordered by timing, keeping the brief's order within one."""
    return sorted(objections, key=lambda o: timing_rank(getattr(o, "timing", None)))
