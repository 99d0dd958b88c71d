"""Preflight's reading of amounts and of the brief: every written form of an amount, the inverse of the
capitals, the generic walk of internal fields, and the canary brief's every internal field found."""

from __future__ import annotations

import json
from decimal import Decimal

import preflight_edits as edits
import pytest
from canary import canary_brief

from generator.cli import main
from generator.i18n.capitals import amount_in_capitals
from generator.load import load_brief
from generator.models.brief import Brief
from generator.preflight.amounts import amounts_in
from generator.preflight.capitals import integer_from_numerals
from generator.preflight.facts import brief_facts
from generator.preflight.fields import CUSTOMER_FACING, is_customer_facing, leaves
from generator.render.customer_view import customer_view
from generator.render.proposal.document import render_proposal


@pytest.mark.parametrize(
    "text, value",
    [
        ("250万", "2500000"),
        ("250 万元", "2500000"),
        ("2,500,000", "2500000"),
        ("¥2,500,000.00", "2500000"),
        ("2500000.00", "2500000"),
        ("贰佰伍拾万元整", "2500000"),
        ("人民币贰佰伍拾万元整", "2500000"),
        ("二百五十万", "2500000"),
        ("0.25亿", "25000000"),
        ("$2.5M", "2500000"),
        ("2.5 million", "2500000"),
        ("$880K", "880000"),
        ("US$ 880,000", "880000"),
        ("RMB 2,500,000", "2500000"),
        ("２５０万", None),
        ("贰仟万元零壹角整", "20000000.1"),
        ("壹拾元零伍分", "10.05"),
    ],
)
def test_every_written_form_reads_as_its_number(text, value):
    found = amounts_in(f"报价为{text}，含税")
    if value is None:  # full-width digits are left to NFKC in the rules; the scanner reads ASCII digits
        return
    assert [a.value for a in found] == [Decimal(value)]


@pytest.mark.parametrize(
    "text",
    [
        "3 年维保",
        "15%",
        "10 人天",
        "2026-11-20",
        "一期",
        "第三方",
        "2 倍",
        "节拍 ≤ 45 秒",
        "30 m",
        "5k users",
        "Q3",
        "ISO 9001",
    ],
)
def test_counts_dates_and_words_are_not_money(text):
    assert [a.value for a in amounts_in(text) if a.value >= 1000] == []


def test_reading_the_capitals_inverts_writing_them():
    for value in [
        1,
        10,
        11,
        19,
        100,
        101,
        110,
        1005,
        1010,
        10000,
        10001,
        100100,
        1000000,
        2680000,
        3028400,
        10000001,
        100000000,
        100010000,
        123456789,
        200000000000,
    ]:
        written = amount_in_capitals(Decimal(value))
        assert [a.value for a in amounts_in(written)] == [Decimal(value)], written
        assert integer_from_numerals(written.removeprefix("人民币").removesuffix("元整")) == value
    for value in ["0.5", "10.05", "302.84", "1234.56", "20000000.10"]:
        written = amount_in_capitals(Decimal(value))
        assert [a.value for a in amounts_in(written)] == [Decimal(value)], written


def test_the_walk_follows_brief_md_customer_facing_list(zh_brief):
    internal = {leaf.dotted for leaf in leaves(zh_brief.brief) if not is_customer_facing(leaf)}
    assert "negotiation.bottom_line" in internal and "objections[0].response" in internal
    assert "contacts[0].personal.notes" in internal and "contacts[0].phone" in internal
    assert not any(path.startswith(("proposal.", "seller.")) for path in internal)
    assert "contacts[0].name" not in internal and "account.name" not in internal
    assert {"seller", "proposal", "account.name", "contacts.*.name", "contacts.*.title"} <= set(CUSTOMER_FACING)


def test_a_field_added_to_the_brief_later_is_internal_without_any_change(zh_brief):
    class Later(Brief):
        retention_risks: list[str] = []

    data = zh_brief.brief.model_dump(mode="json", exclude_none=True)
    later = Later.model_validate({**data, "retention_risks": ["采购总监下月调岗到集团"]})
    facts = brief_facts(later)
    assert any(n.text == "采购总监下月调岗到集团" and n.source == "retention_risks[0]" for n in facts.internal_texts)


def test_customer_facing_amounts_are_not_internal(zh_brief):
    facts = brief_facts(zh_brief.brief)
    # "268万 全额" is a target, but 268万 is the quoted subtotal the proposal prints.
    assert facts.amount_sources(Decimal(2_680_000)) is None
    assert facts.amount_sources(Decimal(2_450_000)) == ["negotiation.bottom_line"]
    assert facts.amount_sources(Decimal(2_550_000)) == ["negotiation.targets[1]"]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_canary_of_every_internal_field_is_found_when_pasted(capsys, tmp_path, examples_dir, language):
    path, canaries = canary_brief(examples_dir, tmp_path / "brief", language)
    loaded = load_brief(path)
    proposal = render_proposal(customer_view(loaded.brief))
    clean_path = tmp_path / "clean.docx"
    clean_path.write_bytes(proposal)
    edited = proposal
    for canary in canaries:
        pasted = f"{canary}@example.com" if canary.endswith("EMAIL") else canary  # as the field holds it
        edited = edits.add_paragraph(edited, f"备注 {pasted} 。")
    edited_path = tmp_path / "edited.docx"
    edited_path.write_bytes(edited)
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight", str(clean_path), str(edited_path), "--brief", str(path), "--format", "json", "--strict"])
    files = json.loads(capsys.readouterr()[0])["files"]
    assert exit_info.value.code == 1
    assert files[0]["findings"] == []  # kam's own proposal of the canary brief is clean
    found = {f["text"] for f in files[1]["findings"] if f["rule"] == "internal-text"}
    # What the customer told us or owns (its address, plans, needs, purchase history) raises no alarm
    # in a document for that same customer; every other internal field does.
    known = ("BASIC", "BUSINESS", "PLANS", "DELIVERY", "HISTORY", "OPPORTUNITYNAME", "NEEDS")
    expected = [c for c in canaries if not any(k in c for k in known)]
    assert len(expected) > 25
    assert [c for c in expected if not any(c in text for text in found)] == []
    assert [c for c in canaries if c not in expected and any(c in text for text in found)] == []
