"""The brief model: valid briefs, each invalid kind, enum aliases, cross-checks."""

import datetime as dt
from decimal import Decimal

import pytest
from pydantic import ValidationError

from generator.models import Brief, enums


def minimal(**extra):
    data = {"brief": 1, "account": {"name": "客户"}}
    data.update(extra)
    return data


def errors_of(data):
    with pytest.raises(ValidationError) as caught:
        Brief.model_validate(data)
    return {(".".join(map(str, e["loc"])), e["type"]) for e in caught.value.errors()}


def test_minimal_brief_gets_defaults():
    brief = Brief.model_validate(minimal())
    assert brief.language.value == "zh"
    assert brief.currency == "CNY"
    assert brief.contacts == [] and brief.proposal is None


def test_examples_validate(zh_brief, en_brief):
    assert zh_brief.brief.account.annual_value == Decimal("8600000")
    assert en_brief.brief.currency == "USD"
    item = zh_brief.brief.proposal.pricing.items[0]
    assert item.unit_price == Decimal("380000") and item.discount == Decimal("0.05")
    assert zh_brief.brief.proposal.pricing.tax_rate == Decimal("0.13")


ALL_TERMS = [
    (family, value, alias)
    for family in enums.Term.__subclasses__()
    for value, aliases in family.aliases().items()
    for alias in aliases
]


@pytest.mark.parametrize("family, value, alias", ALL_TERMS, ids=[f"{f.__name__}-{a}" for f, _, a in ALL_TERMS])
def test_every_chinese_alias_means_its_english_value(family, value, alias):
    assert family(alias).value == value


@pytest.mark.parametrize("family", enums.Term.__subclasses__(), ids=lambda f: f.__name__)
def test_english_values_are_case_insensitive(family):
    for member in family:
        assert family(member.value.upper()) is member
        assert family(member.value.replace("_", " ").title()) is member


def test_enum_aliases_work_inside_the_brief():
    brief = Brief.model_validate(
        minimal(
            contacts=[
                {
                    "id": "w",
                    "name": "王",
                    "level": "决策层",
                    "function": "采购部门",
                    "roles": ["决策者", "批准者"],
                    "style": "进取型",
                    "relationship": "信赖",
                    "attitude": "支持者",
                }
            ],
            opportunity={"name": "x", "stage": "评估比较"},
        )
    )
    contact = brief.contacts[0]
    assert contact.level.value == "decision" and contact.function.value == "procurement"
    assert [r.value for r in contact.roles] == ["decision_maker", "approver"]
    assert contact.style.value == "driver" and contact.relationship.value == "trust"
    assert brief.opportunity.stage.value == "evaluation"


def test_yaml_booleans_for_nature_and_answer():
    brief = Brief.model_validate(
        minimal(
            objections=[{"statement": "贵", "nature": True}],
            opportunity={"name": "x", "assessment": {"winnable": {"answer": False}}},
        )
    )
    assert brief.objections[0].nature.value == "true"
    assert brief.opportunity.assessment.winnable.answer.value == "no"


@pytest.mark.parametrize(
    "data, expected",
    [
        (minimal(account={}), ("account.name", "missing")),
        ({"account": {"name": "x"}}, ("brief", "missing")),
        (minimal(brief=2), ("brief", "brief_version")),
        (minimal(colour="red"), ("colour", "extra_forbidden")),
        (minimal(currency="RMB1"), ("currency", "string_pattern_mismatch")),
        (minimal(account={"name": "x", "tier": "vip"}), ("account.tier", "enum")),
        (minimal(account={"name": "x", "annual_value": "lots"}), ("account.annual_value", "money_invalid")),
        (minimal(account={"name": "x", "annual_value": -1}), ("account.annual_value", "greater_than_equal")),
        (minimal(account={"name": "x", "customer_since": "yesterday"}), ("account.customer_since", "date_invalid")),
        (
            minimal(account={"name": "x", "business": {"fiscal_year_start": "13-01"}}),
            ("account.business.fiscal_year_start", "month_day"),
        ),
        (minimal(contacts=[{"id": "a"}]), ("contacts.0.name", "missing")),
        (minimal(contacts="wang"), ("contacts", "list_type")),
        (
            minimal(proposal={"title": "t", "pricing": {"items": [{"name": "x", "unit_price": -1}]}}),
            ("proposal.pricing.items.0.unit_price", "greater_than_equal"),
        ),
        (
            minimal(proposal={"title": "t", "pricing": {"items": [{"name": "x", "unit_price": 1, "quantity": -2}]}}),
            ("proposal.pricing.items.0.quantity", "greater_than_equal"),
        ),
        (
            minimal(
                proposal={"title": "t", "pricing": {"items": [{"name": "x", "unit_price": 1, "discount": "100%"}]}}
            ),
            ("proposal.pricing.items.0.discount", "less_than"),
        ),
        (
            minimal(proposal={"title": "t", "pricing": {"items": [{"name": "x", "unit_price": 1, "discount": -0.1}]}}),
            ("proposal.pricing.items.0.discount", "greater_than_equal"),
        ),
        (
            minimal(proposal={"title": "t", "pricing": {"tax_rate": "130%"}}),
            ("proposal.pricing.tax_rate", "less_than_equal"),
        ),
    ],
)
def test_each_invalid_kind_is_reported_at_its_path(data, expected):
    assert expected in errors_of(data)


def test_cross_check_duplicate_contact_ids():
    found = errors_of(minimal(contacts=[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]))
    assert ("contacts.1.id", "duplicate_id") in found


def test_cross_check_visit_contacts_exist():
    found = errors_of(
        minimal(contacts=[{"id": "a", "name": "A"}], visits=[{"date": "2026-01-05", "contacts": ["a", "ghost"]}])
    )
    assert found == {("visits.0.contacts.1", "unknown_contact")}


def test_cross_check_valid_until_not_before_date():
    found = errors_of(minimal(proposal={"title": "t", "date": "2026-11-20", "valid_until": "2026-11-19"}))
    assert ("proposal.valid_until", "valid_before_date") in found
    Brief.model_validate(minimal(proposal={"title": "t", "date": "2026-11-20", "valid_until": "2026-11-20"}))


def test_cross_check_phase_end_not_before_start():
    phase = {"phase": "p", "start": "2027-02-01", "end": "2027-01-01"}
    found = errors_of(minimal(proposal={"title": "t", "solution": {"implementation": [phase]}}))
    assert ("proposal.solution.implementation.0.end", "end_before_start") in found


def test_numbers_become_text_where_text_is_expected():
    brief = Brief.model_validate(minimal(contacts=[{"id": 7, "name": "A", "phone": 13800000000}]))
    assert brief.contacts[0].id == "7" and brief.contacts[0].phone == "13800000000"


def test_seller_in_language_applies_localized_texts(zh_brief):
    seller = zh_brief.brief.seller
    english = seller.in_language("en")
    assert english.name == "Huadong Smart Equipment Co., Ltd."
    assert english.logo == seller.logo
    assert seller.in_language("zh").name == "华东智能装备有限公司"


def test_health_score_counts_true_checks(zh_brief):
    health = zh_brief.brief.account.relationship_health
    assert health.score == 7 and health.answered == 10


def test_dates_are_dates(zh_brief):
    assert zh_brief.brief.proposal.date == dt.date(2026, 11, 20)


def test_a_required_text_of_control_characters_only_is_empty(tmp_path):
    """A title that shows nothing (only control characters) is refused where it stands, not rendered blank."""
    from generator.errors import BriefError
    from generator.load import load_brief

    path = tmp_path / "brief.yaml"
    path.write_text(
        'brief: 1\nseller: {name: 华东}\naccount: {name: 某某}\nproposal: {title: "\\b\\u0007"}\n', encoding="utf-8"
    )
    with pytest.raises(BriefError) as raised:
        load_brief(path)
    assert [str(p) for p in raised.value.problems] == [f"{path}:4:19: proposal.title: must not be empty"]
