"""Call plans: whom to meet, objectives and commitments per stage, negotiation, objections, birthdays."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analysis.call_plan import birthday_notes, call_plan
from generator.i18n import Texts
from generator.models.brief import Brief
from generator.render.visits.texts import say

D = dt.date


def brief(**extra) -> Brief:
    data = {
        "brief": 1,
        "account": {"name": "测试客户"},
        "contacts": [
            {
                "id": "boss",
                "name": "老板",
                "level": "decision",
                "roles": ["decision_maker"],
                "relationship": "trust",
                "style": "driver",
            },
            {
                "id": "ini",
                "name": "发起人甲",
                "roles": ["initiator"],
                "relationship": "appointment",
                "style": "expressive",
            },
            {"id": "des", "name": "设计者乙", "roles": ["designer"], "relationship": "appointment"},
            {"id": "eva", "name": "评估者丙", "roles": ["evaluator"], "relationship": "trust"},
            {"id": "usr", "name": "使用者丁", "roles": ["user"], "relationship": "trust"},
            {"id": "new", "name": "新人戊", "relationship": "acquaintance"},
            {"id": "coach", "name": "内线己", "relationship": "alliance", "coach": True},
        ],
    }
    data.update(extra)
    return Brief.model_validate(data)


@pytest.mark.parametrize(
    "stage, key_person, objective, commitment",
    [
        ("need_discovery", "发起人甲", "发现需求", "书面确认需求清单"),
        ("deliberation", "老板", "决策者同意立项", "老板同意立项"),
        ("design", "设计者乙", "技术交流或安排参观", "技术交流或参观日期"),
        ("evaluation", "评估者丙", "呈现建议书", "建议书评审会"),
        ("commitment", "老板", "谈判", "签订合同"),
        ("implementation", "使用者丁", "验收", "签署验收单"),
    ],
)
def test_each_stage_has_its_key_person_objective_and_concrete_commitment(stage, key_person, objective, commitment):
    plan = call_plan(brief(opportunity={"name": "x", "stage": stage, "decision_date": "2026-06-30"}), D(2026, 3, 2))
    texts = Texts("zh")
    assert plan.attendees[0].contact.name == key_person
    assert "key_person" in plan.attendees[0].reasons[0].key
    assert objective in say(texts, plan.objectives[0])
    assert commitment in say(texts, plan.commitment)
    names = [a.contact.name for a in plan.attendees]
    assert "新人戊" in names  # relationship lags
    assert names[-1] == "内线己"  # the coach comes along
    assert len(names) <= 4


def test_negotiation_prep_only_at_the_commitment_stage():
    extra = {
        "negotiation": {"targets": ["120万"], "bottom_line": "108万", "trades": [{"give": "延保", "get": "一次付清"}]}
    }
    texts = Texts("zh")
    at_commitment = call_plan(brief(opportunity={"name": "x", "stage": "commitment"}, **extra), D(2026, 3, 2))
    lines = [say(texts, line) for line in at_commitment.negotiation]
    assert "目标 1：120万" in lines and "底线：¥1,080,000.00" in lines
    assert "如果对方一次付清，我们可以延保" in lines and "没有让步，只有交换" in lines
    assert call_plan(brief(opportunity={"name": "x", "stage": "evaluation"}, **extra), D(2026, 3, 2)).negotiation == ()


def test_no_opportunity_means_information_first_with_a_concrete_next_step():
    plan = call_plan(brief(), D(2026, 3, 2))
    texts = Texts("en")
    assert say(texts, plan.objectives[0]).startswith("Information first")
    assert "introduction" in say(texts, plan.commitment) and "April 1, 2026" in say(texts, plan.commitment)
    assert {line.key for line in plan.get} >= {"get.purchase_plans", "get.organisation"}
    assert plan.attendees[0].contact.name == "老板"


def test_a_customer_without_contacts_still_says_whom_to_find():
    plan = call_plan(Brief.model_validate({"brief": 1, "account": {"name": "空"}}), D(2026, 3, 2))
    assert len(plan.attendees) == 1 and plan.attendees[0].contact is None
    assert "No contact recorded" in say(Texts("en"), plan.attendees[0].reasons[0])


def test_objections_likely_at_the_stage_come_first_with_their_responses():
    objections = [
        {"type": "need", "statement": "不需要"},
        {"type": "price", "statement": "太贵", "method": "compensate", "response": "算总账"},
    ]
    plan = call_plan(brief(opportunity={"name": "x", "stage": "commitment"}, objections=objections), D(2026, 3, 2))
    assert [o.statement for o in plan.objections] == ["太贵", "不需要"]
    assert plan.objections[0].response == "算总账"


def test_style_hints_follow_each_contact():
    plan = call_plan(brief(opportunity={"name": "x", "stage": "deliberation"}), D(2026, 3, 2))
    texts = Texts("zh")
    assert say(texts, plan.attendees[0].style_hint).startswith("进取型")
    unknown = next(a for a in plan.attendees if a.contact.name == "新人戊")
    assert "沟通风格未知" in say(texts, unknown.style_hint)


def test_senior_visits_meet_the_decision_level_first():
    plan = call_plan(brief(opportunity={"name": "x", "stage": "design"}), D(2026, 3, 2), senior=True)
    assert plan.attendees[0].contact.name == "老板"
    assert any(line.key == "objective.senior" for line in plan.objectives)


@pytest.mark.parametrize(
    "visit_day, expected",
    [
        (D(2026, 8, 15), "note.birthday_today"),
        (D(2026, 8, 8), "note.birthday_after"),
        (D(2026, 8, 22), "note.birthday_before"),
        (D(2026, 8, 7), None),
        (D(2026, 8, 23), None),
    ],
)
def test_birthday_notes_within_a_week_of_the_visit(visit_day, expected):
    contacts = brief(
        contacts=[{"id": "w", "name": "王", "personal": {"birthday": "1972-08-15", "interests": ["茶"]}}]
    ).contacts
    notes = birthday_notes(contacts, visit_day)
    assert [n.key for n in notes] == ([expected] if expected else [])
    if expected:
        assert "茶" in say(Texts("zh"), notes[0])


def test_birthdays_across_new_year_and_on_29_february():
    contacts = brief(
        contacts=[
            {"id": "a", "name": "甲", "personal": {"birthday": "1990-01-02"}},
            {"id": "b", "name": "乙", "personal": {"birthday": "1988-02-29"}},
        ]
    ).contacts
    assert [n.values["name"] for n in birthday_notes(contacts, D(2026, 12, 29))] == ["甲"]
    leap = birthday_notes(contacts, D(2027, 3, 1))
    assert [(n.values["name"], n.values["date"]) for n in leap] == [("乙", D(2027, 2, 28))]
