"""Each coach rule against its fixtures: tests/data/check_<rule>/fail*.yaml and pass*.yaml.

A failing fixture marks every line the rule must point at with `# expect: <rule> <severity>`;
the rule must report exactly those (line, severity) pairs. A passing fixture must not
trigger the rule at all (other rules may fire: the fixtures are deliberately small).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import repo_paths

from generator.analysis.coach.check import check_brief
from generator.analysis.coach.registry import RULE_IDS
from generator.load import load_brief
from generator.render.check.report import brief_report

DATA = repo_paths.DATA
TODAY = dt.date(2026, 11, 23)
_EXPECT = re.compile(r"#\s*expect:\s*(?P<rule>[a-z-]+)\s+(?P<severity>error|warning|info)\b")


def _fixtures(kind: str) -> list[tuple[str, Path]]:
    return [(rule, path) for rule in RULE_IDS for path in sorted((DATA / f"check_{rule}").glob(f"{kind}*.yaml"))]


def _expected(path: Path, rule: str) -> set[tuple[int, str]]:
    found = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _EXPECT.search(line)
        if match and match["rule"] == rule:
            found.add((number, match["severity"]))
    return found


def _reported(path: Path, rule: str, language: str | None = None) -> set[tuple[int, str]]:
    loaded = load_brief(path)
    report = brief_report(loaded, check_brief(loaded.brief, TODAY), language)
    return {(item.line, item.severity.value) for item in report.items if item.rule == rule}


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_rule_has_a_failing_and_a_passing_fixture(rule):
    folder = DATA / f"check_{rule}"
    assert list(folder.glob("fail*.yaml")), f"no failing fixture for {rule}"
    assert list(folder.glob("pass*.yaml")), f"no passing fixture for {rule}"


@pytest.mark.parametrize("rule,path", _fixtures("fail"), ids=lambda v: v.name if isinstance(v, Path) else v)
def test_failing_fixture_flags_the_marked_lines(rule, path):
    expected = _expected(path, rule)
    assert expected, f"{path} marks no expected finding"
    assert _reported(path, rule) == expected


@pytest.mark.parametrize("rule,path", _fixtures("pass"), ids=lambda v: v.name if isinstance(v, Path) else v)
def test_passing_fixture_does_not_trigger_the_rule(rule, path):
    assert _reported(path, rule) == set()


def test_messages_name_the_evidence():
    """The words a salesperson reads carry the specifics: names, amounts, dates, parts."""

    def messages(rule: str, name: str = "fail.yaml", language: str = "en") -> list[str]:
        loaded = load_brief(DATA / f"check_{rule}" / name)
        report = brief_report(loaded, check_brief(loaded.brief, TODAY), language)
        return [item.message for item in report.items if item.rule == rule]

    assert messages("weak-key-relationship") == [
        "Max Hall is the key person of the commitment stage (decision maker) but the relationship is only at "
        "appointment; this stage needs at least trust."
    ]
    assert messages("opponent-in-power") == ["Fay Inger is approver and opposes us."]
    assert messages("fab-incomplete", language="zh") == ["「MES 追溯模块」的 FAB 不完整，缺少优势、利益。"]
    assert messages("target-below-bottom-line", language="zh") == [
        "谈判目标 3「240万 一次付清」（¥2,400,000.00）低于我方底线 ¥2,450,000.00。",
        "建议书报价（不含税）¥2,166,000.00 低于谈判底线 ¥2,450,000.00。",
    ]
    assert sorted(messages("pricing-anomaly")) == [
        "The price item “Installation” is priced at zero but is not optional.",
        "The price item “Welding cell” carries a 25% discount, above the 20% limit.",
        "The quoted total with tax, CN¥1,932,300.00, is CN¥432,300.00 above the opportunity's budget of "
        "CN¥1,500,000.00.",
    ]
    assert messages("decision-date-passed") == [
        "The decision date October 31, 2026 passed 23 days ago (today is November 23, 2026) and the deal is "
        "not yet in implementation."
    ]
    assert messages("key-account-unvisited") == [
        "The last visit to this key account was on August 1, 2026, 114 days ago, more than 90 days."
    ]
    health = messages("weak-relationship-health", language="zh")
    assert len(health) == 1 and "4/10" in health[0] and "认为我们是最好的" in health[0]
    assert "指出我方产品的缺点" not in health[0]  # a check that is true is not listed as unmet


def test_the_builtin_examples_are_clean(zh_brief, en_brief):
    assert check_brief(zh_brief.brief, TODAY) == []
    assert check_brief(en_brief.brief, TODAY) == []


def test_a_complete_brief_gets_no_warnings_while_a_later_day_brings_date_findings(zh_brief):
    later = check_brief(zh_brief.brief, dt.date(2027, 3, 1))
    # After signing, time also brings an overdue receivable and a complaint left open too long.
    assert {f.rule for f in later} == {
        "decision-date-passed",
        "proposal-expired",
        "key-account-unvisited",
        "receivable-overdue",
        "complaint-open",
    }


def test_max_discount_is_a_threshold():
    loaded = load_brief(DATA / "check_pricing-anomaly" / "pass.yaml")  # carries a 20 % discount
    from decimal import Decimal

    assert not [f for f in check_brief(loaded.brief, TODAY) if f.message == "check.pricing_discount"]
    tight = check_brief(loaded.brief, TODAY, max_discount=Decimal("0.10"))
    assert [f.loc for f in tight if f.message == "check.pricing_discount"] == [
        ("proposal", "pricing", "items", 0, "discount")
    ]
