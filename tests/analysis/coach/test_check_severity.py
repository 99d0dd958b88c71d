"""Stage-dependent severities: the same gap matters more as the buying stage advances (DOMAIN §1)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from generator.analysis.coach.check import check_brief
from generator.models import Brief

TODAY = dt.date(2026, 11, 23)
STAGES = ("need_discovery", "deliberation", "design", "evaluation", "commitment", "implementation")


def _brief(stage: str | None, **sections: Any) -> Brief:
    data: dict[str, Any] = {"brief": 1, "account": {"name": "Acme"}, "opportunity": {"name": "Line"}}
    if stage:
        data["opportunity"]["stage"] = stage
    for name, value in sections.items():
        if name == "opportunity":
            data["opportunity"].update(value)
        else:
            data[name] = value
    return Brief.model_validate(data)


def _severities(brief: Brief, rule: str, message: str | None = None) -> list[str]:
    return [
        f.severity.value
        for f in check_brief(brief, TODAY)
        if f.rule == rule and (message is None or f.message == f"check.{message}")
    ]


def _by_stage(rule: str, message: str | None = None, **sections: Any) -> dict[str, list[str]]:
    return {stage: _severities(_brief(stage, **sections), rule, message) for stage in STAGES}


def test_no_coach_grows_from_warning_to_error_once_the_customer_compares():
    contacts = [{"id": "a", "name": "A", "roles": ["decision_maker"], "level": "decision"}]
    assert _by_stage("no-coach", contacts=contacts) == {
        "need_discovery": ["warning"],
        "deliberation": ["warning"],
        "design": ["warning"],
        "evaluation": ["error"],
        "commitment": ["error"],
        "implementation": ["info"],
    }


def test_no_decision_maker_is_an_error_once_the_deal_is_past_need_discovery():
    contacts = [{"id": "a", "name": "A", "roles": ["user"], "coach": True}]
    assert _by_stage("no-decision-maker", contacts=contacts) == {
        "need_discovery": ["warning"],
        "deliberation": ["error"],
        "design": ["error"],
        "evaluation": ["error"],
        "commitment": ["error"],
        "implementation": ["info"],
    }
    assert _severities(_brief(None, contacts=contacts), "no-decision-maker") == ["warning"]


def test_the_key_person_follows_the_stage_table():
    everyone_but = {
        role: [
            {"id": r, "name": r, "roles": [r]}
            for r in ("initiator", "decision_maker", "designer", "evaluator", "user")
            if r != role
        ]
        for role in ("initiator", "decision_maker", "designer", "evaluator", "user")
    }
    expected_missing = {
        "need_discovery": "initiator",
        "deliberation": "decision_maker",
        "design": "designer",
        "evaluation": "evaluator",
        "commitment": "decision_maker",
        "implementation": "user",
    }
    for stage, role in expected_missing.items():
        flagged = [
            f
            for f in check_brief(_brief(stage, contacts=everyone_but[role]), TODAY)
            if f.rule == "stage-key-person-missing"
        ]
        assert [f.values["role"].value for f in flagged] == [role], stage
        assert flagged[0].severity.value == ("warning" if stage in ("need_discovery", "implementation") else "error")
        # …and with every role present nothing is missing.
        full = [{"id": "x", "name": "X", "roles": [role]}] + everyone_but[role]
        assert _severities(_brief(stage, contacts=full), "stage-key-person-missing") == []


def test_key_relationship_needs_appointment_then_trust_at_commitment():
    def at(relationship: str | None) -> dict[str, list[str]]:
        person = {"id": "k", "name": "K", "roles": ["initiator", "decision_maker", "designer", "evaluator", "user"]}
        if relationship:
            person["relationship"] = relationship
        return _by_stage("weak-key-relationship", contacts=[person])

    assert at("acquaintance") == {
        "need_discovery": ["info"],
        "deliberation": ["info"],
        "design": ["warning"],
        "evaluation": ["error"],
        "commitment": ["error"],
        "implementation": ["warning"],
    }
    assert at("appointment") == {stage: (["error"] if stage == "commitment" else []) for stage in STAGES}
    assert at("trust") == {stage: [] for stage in STAGES}
    assert at(None)["evaluation"] == ["error"]  # not recorded counts as not there


def test_weak_relationship_flags_only_key_persons_of_the_stage():
    contacts = [
        {"id": "u", "name": "U", "roles": ["user"], "relationship": "acquaintance"},
        {"id": "e", "name": "E", "roles": ["evaluator"], "relationship": "appointment"},
    ]
    assert _severities(_brief("evaluation", contacts=contacts), "weak-key-relationship") == []
    assert _severities(_brief("implementation", contacts=contacts), "weak-key-relationship") == ["warning"]


def test_opponent_in_power_is_an_error_while_the_customer_decides():
    contacts = [{"id": "o", "name": "O", "roles": ["decision_maker"], "attitude": "opponent"}]
    result = _by_stage("opponent-in-power", contacts=contacts)
    assert result["design"] == ["warning"] and result["evaluation"] == ["error"] and result["commitment"] == ["error"]
    influencer = [{"id": "o", "name": "O", "roles": ["influencer"], "attitude": "opponent"}]
    assert _severities(_brief("commitment", contacts=influencer), "opponent-in-power") == []


def test_open_assessment_is_an_error_at_commitment_and_settled_after_signing():
    assessment = {
        "opportunity": {"answer": "yes"},
        "proposal": {"answer": "yes"},
        "winnable": {"answer": "unknown"},
        "worth_winning": {"answer": "yes"},
    }
    assert _by_stage("assessment-open", opportunity={"assessment": assessment}) == {
        "need_discovery": ["info"],
        "deliberation": ["info"],
        "design": ["warning"],
        "evaluation": ["warning"],
        "commitment": ["error"],
        "implementation": [],
    }
    no = dict(assessment, winnable={"answer": "否"})
    assert _by_stage("assessment-open", opportunity={"assessment": no})["need_discovery"] == ["warning"]
    partial = {"opportunity": {"answer": "yes"}}
    flagged = [
        f
        for f in check_brief(_brief("commitment", opportunity={"assessment": partial}), TODAY)
        if f.rule == "assessment-open"
    ]
    assert [f.values["question"].key for f in flagged] == [
        "check.question_proposal",
        "check.question_winnable",
        "check.question_worth_winning",
    ]


def test_needs_in_writing_from_design_on():
    needs = {
        "goals": ["g"],
        "problems": ["p"],
        "solutions_sought": ["s"],
        "products_services": ["x"],
        "criteria": ["c"],
        "confirmed_in_writing": False,
    }
    assert _by_stage("needs-not-written", opportunity={"needs": needs}) == {
        "need_discovery": [],
        "deliberation": [],
        "design": ["warning"],
        "evaluation": ["error"],
        "commitment": ["error"],
        "implementation": ["warning"],
    }
    written = dict(needs, confirmed_in_writing=True)
    assert _by_stage("needs-not-written", opportunity={"needs": written}) == {stage: [] for stage in STAGES}


def test_competitor_analysis_from_evaluation_on():
    assert _by_stage("no-competitor-analysis") == {
        "need_discovery": [],
        "deliberation": [],
        "design": ["info"],
        "evaluation": ["warning"],
        "commitment": ["warning"],
        "implementation": [],
    }
    only_competitors = {"competitors": [{"name": "B"}]}
    assert _severities(_brief("evaluation", opportunity=only_competitors), "no-competitor-analysis") == ["info"]


def test_dates_matter_most_at_commitment_and_not_after_signing():
    dated = {"opportunity": {"decision_date": "2026-11-01"}, "proposal": {"title": "P", "valid_until": "2026-11-22"}}
    decision = _by_stage("decision-date-passed", **dated)
    expired = _by_stage("proposal-expired", **dated)
    for result in (decision, expired):
        assert result["evaluation"] == ["warning"]
        assert result["commitment"] == ["error"]
        assert result["implementation"] == []
    on_the_day = {
        "opportunity": {"decision_date": "2026-11-23"},
        "proposal": {"title": "P", "valid_until": "2026-11-23"},
    }
    assert _severities(_brief("evaluation", **on_the_day), "decision-date-passed") == []
    assert _severities(_brief("evaluation", **on_the_day), "proposal-expired") == []


def test_negotiation_without_exchange_is_an_error_at_commitment():
    negotiation = {"trades": [{"give": "Free training"}, {"give": "Longer warranty", "get": "Upfront payment"}]}
    result = _by_stage("trade-without-exchange", negotiation=negotiation)
    assert result["evaluation"] == ["warning"] and result["commitment"] == ["error"]


def test_over_budget_is_an_error_at_commitment():
    sections = {
        "opportunity": {"budget": 100},
        "proposal": {"title": "P", "pricing": {"items": [{"name": "x", "unit_price": 101}]}},
    }
    result = _by_stage("pricing-anomaly", "pricing_over_budget", **sections)
    assert result["design"] == ["warning"] and result["commitment"] == ["error"]
    within = {
        "opportunity": {"budget": 113},
        "proposal": {"title": "P", "pricing": {"tax_rate": "13%", "items": [{"name": "x", "unit_price": 100}]}},
    }
    assert _severities(_brief("commitment", **within), "pricing-anomaly") == []


def test_a_deal_compared_without_a_proposal():
    assert _by_stage("proposal-section-missing") == {
        "need_discovery": [],
        "deliberation": [],
        "design": [],
        "evaluation": ["warning"],
        "commitment": ["error"],
        "implementation": [],
    }


def test_single_threaded_one_contact_is_an_error_at_commitment():
    one = [{"id": "a", "name": "A", "level": "decision", "roles": ["decision_maker"]}]
    result = _by_stage("single-threaded", contacts=one)
    assert result["evaluation"] == ["warning"] and result["commitment"] == ["error"]


@pytest.mark.parametrize("planned,expected", [(None, "warning"), ("2026-12-01", "info")])
def test_unvisited_key_account_softens_when_a_visit_is_planned(planned, expected):
    visits = [{"date": "2026-06-01"}] + ([{"date": planned}] if planned else [])
    brief = Brief.model_validate({"brief": 1, "account": {"name": "A", "tier": "key"}, "visits": visits})
    found = [f for f in check_brief(brief, TODAY) if f.rule == "key-account-unvisited"]
    assert [f.severity.value for f in found] == [expected]
    assert found[0].loc == ("visits", 0, "date")


def test_visit_rules_count_only_visits_that_took_place():
    recent_plan = [{"date": "2026-11-20", "planned": True}]
    brief = Brief.model_validate({"brief": 1, "account": {"name": "A", "tier": "key"}, "visits": recent_plan})
    assert [f.message for f in check_brief(brief, TODAY) if f.rule == "key-account-unvisited"] == [
        "check.key_account_never_visited"
    ]
    ordinary = Brief.model_validate({"brief": 1, "account": {"name": "A", "tier": "ordinary"}})
    assert [
        f for f in check_brief(ordinary, TODAY) if f.rule in ("key-account-unvisited", "weak-relationship-health")
    ] == []
    at_limit = Brief.model_validate(
        {
            "brief": 1,
            "account": {"name": "A", "tier": "key"},
            "visits": [{"date": (TODAY - dt.timedelta(days=90)).isoformat()}],
        }
    )
    assert [f for f in check_brief(at_limit, TODAY) if f.rule == "key-account-unvisited"] == []


def test_relationship_health_not_assessed_is_a_hint():
    brief = Brief.model_validate({"brief": 1, "account": {"name": "A", "tier": "key"}})
    assert _severities(brief, "weak-relationship-health") == ["info"]
