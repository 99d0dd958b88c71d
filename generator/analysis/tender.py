"""Figures of a bid's answers: how many lines deviate, and which way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.models.enums import Deviation


@dataclass(frozen=True)
class DeviationCount:
    """How many answers meet a requirement exactly, exceed it, fall short, or say nothing."""

    none: int
    better: int
    worse: int
    unstated: int

    @property
    def total(self) -> int:
        """Return the number of answers counted."""
        return self.none + self.better + self.worse + self.unstated


def count_deviations(lines: Iterable[object]) -> DeviationCount:
    """Return the deviation count of `lines` (anything with a `deviation` attribute)."""
    values = [getattr(line, "deviation", None) for line in lines]
    return DeviationCount(
        none=sum(1 for v in values if v == Deviation.NONE),
        better=sum(1 for v in values if v == Deviation.BETTER),
        worse=sum(1 for v in values if v == Deviation.WORSE),
        unstated=sum(1 for v in values if v is None),
    )
