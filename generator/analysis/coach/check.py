"""Run the deal coach: every rule of every family on one brief (see `registry` for the contract)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from generator.analysis.coach import rules_account, rules_after_sale, rules_deal, rules_offer, rules_people, rules_plan
from generator.analysis.coach.registry import DEFAULT_MAX_DISCOUNT, RULE_IDS, Context, Finding, Rule
from generator.models.brief import Brief


def rules() -> list[Rule]:
    """Return every rule function, in the order of the method."""
    return [
        *rules_people.RULES,
        *rules_deal.RULES,
        *rules_offer.RULES,
        *rules_account.RULES,
        *rules_after_sale.RULES,
        *rules_plan.RULES,
    ]


def check_brief(brief: Brief, today: dt.date, *, max_discount: Decimal = DEFAULT_MAX_DISCOUNT) -> list[Finding]:
    """Return every finding on `brief` as of `today`, most serious first, then in rule order."""
    context = Context(brief, today, max_discount)
    found = [finding for rule in rules() for finding in rule(context)]
    unknown = {f.rule for f in found} - set(RULE_IDS)
    if unknown:  # pragma: no cover - guards the id contract while rules are edited
        raise AssertionError(f"findings with unknown rule ids: {sorted(unknown)}")
    order = {rule: index for index, rule in enumerate(RULE_IDS)}
    return sorted(found, key=lambda f: (f.severity.rank, order[f.rule]))
