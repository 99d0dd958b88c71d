"""The customer pyramid: grade_customers on edge cases, and the rule parser."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.analysis.batch import summarise_pyramid
from generator.analysis.grading import Customer, GradingRule, grade_customers
from generator.models.enums import Tier

KEY, ORDINARY, SMALL = Tier("key"), Tier("ordinary"), Tier("small")


def _tiers(values, rule=GradingRule(), tiers=None):
    customers = [
        Customer(f"c{i}", None if v is None else Decimal(v), (tiers or {}).get(i)) for i, v in enumerate(values)
    ]
    return [g.tier for g in grade_customers(customers, rule)]


def test_default_rule_cuts_at_70_and_90_percent_of_value():
    # sorted shares 40, 25, 15, 10, 6, 4 → cumulative before each: 0, 40, 65, 80, 90, 96
    assert _tiers([40, 25, 15, 10, 4, 6]) == [KEY, KEY, KEY, ORDINARY, SMALL, SMALL]


def test_input_order_is_kept_and_ranks_follow_value():
    grades = grade_customers([Customer("a", Decimal(10)), Customer("b", Decimal(90)), Customer("c", None)])
    assert [g.rank for g in grades] == [2, 1, 3]
    assert [g.tier for g in grades] == [SMALL, KEY, SMALL]  # 90 % already taken before "a": small
    assert grades[1].share == Decimal("0.9") and grades[0].cumulative_share == Decimal(1)


def test_ties_share_a_tier():
    # 50 crosses 70 % after the first of three equal values; its equals stay with it
    assert _tiers([30, 30, 30, 10]) == [KEY, KEY, KEY, SMALL]
    assert _tiers([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]) == [KEY] * 10


def test_one_customer_is_key():
    (grade,) = grade_customers([Customer("solo", Decimal(5))])
    assert (grade.tier, grade.rank, grade.share, grade.cumulative_share) == (KEY, 1, Decimal(1), Decimal(1))


def test_all_zero_is_small_without_dividing_by_zero():
    grades = grade_customers([Customer("a", Decimal(0)), Customer("b", Decimal(0))])
    assert [g.tier for g in grades] == [SMALL, SMALL]
    assert all(g.share == 0 and not g.no_value for g in grades)


def test_missing_values_are_small_and_flagged():
    grades = grade_customers([Customer("a", None), Customer("b", Decimal(100)), Customer("c", None)])
    assert [g.tier for g in grades] == [SMALL, KEY, SMALL]
    assert [g.no_value for g in grades] == [True, False, True]
    assert [g.rank for g in grades] == [2, 1, 3]


def test_tier_set_by_hand_wins_and_is_marked():
    grades = grade_customers(
        [Customer("a", Decimal(1), KEY), Customer("b", Decimal(99), SMALL), Customer("c", None, ORDINARY)]
    )
    assert [g.tier for g in grades] == [KEY, SMALL, ORDINARY]
    assert [g.by_hand for g in grades] == [True, True, True]
    assert [g.computed_tier for g in grades] == [SMALL, KEY, SMALL]


def test_top_rule_counts_customers():
    rule = GradingRule.parse("top:20,50")
    assert rule.by == "count" and str(rule) == "top:20,50"
    assert _tiers(list(range(100, 0, -10)), rule) == [KEY] * 2 + [ORDINARY] * 3 + [SMALL] * 5
    assert _tiers([5], rule) == [KEY]  # at least one key customer
    assert _tiers([3, 2, 1], rule) == [KEY, ORDINARY, SMALL]


@pytest.mark.parametrize("text", ["", "value", "value:90,70", "value:0,50", "top:20,150", "share:20,50", "value:a,b"])
def test_malformed_rules(text):
    with pytest.raises(ValueError):
        GradingRule.parse(text)


def test_rule_accepts_percent_signs_and_spaces():
    rule = GradingRule.parse(" value: 60 %, 85% ")
    assert (rule.by, rule.key, rule.ordinary) == ("value", Decimal("0.6"), Decimal("0.85"))


def test_pyramid_summary_adds_up():
    values = [Decimal(70), Decimal(20), Decimal(10), None]
    grades = grade_customers([Customer(str(i), v) for i, v in enumerate(values)])
    summary = summarise_pyramid(values, grades)
    assert [(t.tier, t.customers, t.value) for t in summary.tiers] == [(KEY, 1, 70), (ORDINARY, 1, 20), (SMALL, 2, 10)]
    assert sum(t.value_share for t in summary.tiers) == 1
    assert summary.no_value == 1 and summary.customers == 4
