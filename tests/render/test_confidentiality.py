"""Customer documents are built from the customer-facing fields only (BRIEF.md)."""

from __future__ import annotations

import pytest
from canary import canary_brief, leaked
from docx_reading import all_text

from generator.load import load_brief
from generator.render.customer_view import customer_view
from generator.render.proposal.document import render_proposal


@pytest.mark.parametrize("language", ["zh", "en"])
def test_no_internal_field_reaches_any_part_of_the_proposal(tmp_path, examples_dir, language):
    path, canaries = canary_brief(examples_dir, tmp_path, language)
    brief = load_brief(path).brief
    assert len(canaries) > 30
    # the close and the buying signals are internal too (BRIEF.md "offer and close")
    assert brief.opportunity.close.note in canaries and set(brief.visits[0].signals) <= set(canaries)
    data = render_proposal(customer_view(brief))
    text = all_text(data)
    assert leaked(text, canaries) == []
    # the document still carries the customer-facing content
    assert brief.proposal.title in text and brief.account.name in text


def test_canaries_would_be_caught(tmp_path, examples_dir):
    """The check itself works: a canary placed in a customer-facing field is found."""
    path, canaries = canary_brief(examples_dir, tmp_path, "zh")
    brief = load_brief(path).brief
    brief.proposal.closing = canaries[0]
    assert leaked(all_text(render_proposal(customer_view(brief))), canaries) == [canaries[0]]


def test_customer_view_holds_only_customer_facing_fields(zh_brief):
    view = customer_view(zh_brief.brief)
    assert set(vars(view)) == {
        "language",
        "currency",
        "seller",
        "proposal",
        "account_name",
        "account_short_name",
        "account_logo",
        "industry",
        "addressees",
    }
    assert view.seller.service_policy == {}  # how we serve each tier is internal
    assert {field for a in view.addressees for field in vars(a)} == {"name", "title"}


def test_the_close_and_signal_canaries_do_reach_the_internal_visit_plan(tmp_path, examples_dir):
    """The canaries are live: the visit plan (internal) prints them at the commitment stage."""
    from click.testing import CliRunner

    from generator.cli import cli

    path, canaries = canary_brief(examples_dir, tmp_path, "zh")
    path.write_text(
        path.read_text(encoding="utf-8").replace("stage: evaluation", "stage: commitment"), encoding="utf-8"
    )
    brief = load_brief(path).brief
    result = CliRunner().invoke(
        cli,
        [
            "visits",
            str(path),
            "--from",
            "2026-11-23",
            "--weeks",
            "2",
            "--today",
            "2026-11-23",
            "-o",
            str(tmp_path / "plan.docx"),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    text = all_text((tmp_path / "plan.docx").read_bytes())
    assert brief.opportunity.close.note in text and brief.visits[0].signals[0] in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_responses_and_tender_are_customer_facing_and_the_mappings_are_not(tmp_path, examples_dir, language):
    """Responses and the tender reach the proposal; reporting lines, the criteria a strength meets, whom a
    weakness affects and its answer are internal (canaries), and no picture but the seller's is embedded
    (a drawn org chart would carry names and attitudes as pixels, where no text canary can see them)."""
    import io
    import zipfile

    path, canaries = canary_brief(examples_dir, tmp_path, language)
    brief = load_brief(path).brief
    assert brief.contacts[1].reports_to == brief.contacts[0].id
    assert any(w.affects for w in brief.opportunity.our_weaknesses)
    assert any(s.criteria for s in brief.opportunity.our_strengths)
    data = render_proposal(customer_view(brief))
    text = all_text(data)
    assert leaked(text, canaries) == []
    tender = brief.proposal.tender
    assert tender.number in text and tender.technical[0].requirement in text and tender.qualifications[0] in text
    assert brief.proposal.solution.responses[0].response in text
    logo = (tmp_path / "assets" / "logo.png").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        media = [package.read(n) for n in package.namelist() if n.startswith("word/media/")]
    assert media and all(blob == logo for blob in media)


def test_customer_view_exposes_responses_and_tender(zh_brief):
    view = customer_view(zh_brief.brief)
    assert view.responses == tuple(zh_brief.brief.proposal.solution.responses) and len(view.responses) == 2
    assert view.tender is zh_brief.brief.proposal.tender and view.tender.number == "MJJX-2026-ZB-035"


def test_the_new_internal_fields_carry_canaries_that_internal_documents_show(tmp_path, examples_dir):
    """Negotiation and after-signing fields are canaried (so the proposal and deck tests cover them), and
    the canaries are real: the internal negotiation plan and archive card do print them."""
    import datetime as dt

    from generator.render.archive.card import CardMaker, card_context, grade_context
    from generator.render.deck.document import render_deck
    from generator.render.negotiation.document import render_negotiation

    path, canaries = canary_brief(examples_dir, tmp_path, "zh")
    brief = load_brief(path).brief
    new = [
        c
        for c in canaries
        if any(k in c for k in ("TEAMNAME", "THEIR_INTERESTS", "ALTERNATIVES", "COMPLAINT", "SATISFACTION", "REFERRAL"))
    ]
    assert len(new) == 9
    plan = all_text(render_negotiation(brief))
    assert {c for c in new if c in plan} == {c for c in new if "TEAM" in c or "THEIR" in c or "ALTERNATIVES" in c}
    assert "36,363,636" in plan  # their bottom line
    card = all_text(CardMaker().make(card_context(brief, today=dt.date(2026, 12, 1)), grade_context(None, "zh")))
    assert {c for c in new if c in card} == {
        c for c in new if any(k in c for k in ("COMPLAINT", "SATISFACTION", "REFERRAL"))
    }
    assert "29,292,929" in card  # the receivable
    view = customer_view(brief)
    assert leaked(all_text(render_proposal(view)), new) == []
    assert leaked(all_text(render_deck(view)), new) == []
