"""Relationship health (DOMAIN §3): the ten checks of a key account truly bound to us, as a score out of 10."""

from __future__ import annotations

from dataclasses import dataclass

from generator.models.brief import HEALTH_CHECKS, Account


@dataclass(frozen=True)
class Health:
    """The ten checks in order (None = not assessed), how many are true and how many were answered."""

    checks: tuple[tuple[str, bool | None], ...]
    score: int
    answered: int

    @property
    def assessed(self) -> bool:
        """Return True when at least one check has an answer."""
        return self.answered > 0


def assess_health(account: Account) -> Health:
    """Return the account's relationship health: each check's answer, the score (true checks) and the count answered."""
    record = account.relationship_health
    checks = tuple((name, getattr(record, name) if record is not None else None) for name in HEALTH_CHECKS)
    return Health(
        checks=checks,
        score=sum(1 for _, answer in checks if answer is True),
        answered=sum(1 for _, answer in checks if answer is not None),
    )
