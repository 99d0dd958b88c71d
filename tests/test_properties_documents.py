"""Property-based tests beyond the proposal: random valid briefs (with contacts, history and visits)
give a deck, a visit plan (Word, Excel, calendar), an archive card and a check report, never an
exception, and every Office file among them is schema-valid."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ooxml_validation import assert_valid, invalid_files, office_files
from test_properties import brief as base_brief
from test_properties import day, money, name, text, write

from generator.analysis.coach.check import check_brief
from generator.load import load_brief
from generator.models import enums
from generator.render.customer_view import customer_view

SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TODAY = dt.date(2026, 11, 27)


def values(term) -> st.SearchStrategy:
    return st.sampled_from([member.value for member in term])


contact = st.fixed_dictionaries(
    {"name": name},
    optional={
        "title": text,
        "department": text,
        "level": values(enums.Level),
        "function": values(enums.Function),
        "roles": st.lists(values(enums.Role), max_size=2, unique=True),
        "style": values(enums.Style),
        "attitude": values(enums.Attitude),
        "coach": st.booleans(),
        "phone": text,
        "personal": st.fixed_dictionaries({}, optional={"interests": st.lists(text, max_size=2), "notes": text}),
    },
)


@st.composite
def rich_brief(draw) -> dict:
    """Return a random valid brief with an account's history, contacts and visits referring to them."""
    data = draw(base_brief)
    account = data["account"]
    account.update(
        draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "tier": values(enums.Tier),
                    "annual_value": money,
                    "nature": values(enums.Nature),
                    "loyalty": values(enums.Loyalty),
                    "motivation": values(enums.Motivation),
                    "customer_since": day.map(str),
                    "history": st.lists(
                        st.fixed_dictionaries(
                            {}, optional={"date": day.map(str), "description": text, "amount": money}
                        ),
                        max_size=3,
                    ),
                },
            )
        )
    )
    people = draw(st.lists(contact, max_size=4))
    for index, person in enumerate(people):
        person["id"] = f"c{index}"
    if people:
        data["contacts"] = people
    ids = [p["id"] for p in people]
    visits = draw(
        st.lists(
            st.fixed_dictionaries(
                {"date": day.map(str)},
                optional={
                    "contacts": st.lists(st.sampled_from(ids), max_size=2, unique=True) if ids else st.just([]),
                    "objective": text,
                    "outcome": text,
                    "next_steps": st.lists(text, max_size=2),
                    "senior": st.booleans(),
                },
            ),
            max_size=3,
        )
    )
    if visits:
        data["visits"] = visits
    if draw(st.booleans()):
        data["opportunity"] = draw(
            st.fixed_dictionaries(
                {"name": name}, optional={"stage": values(enums.Stage), "budget": money, "decision_date": day.map(str)}
            )
        )
    return data


@SETTINGS
@given(rich_brief())
def test_random_valid_briefs_render_a_deck(data):
    import io

    from pptx import Presentation

    from generator.render.deck.document import render_deck

    with tempfile.TemporaryDirectory() as folder:
        brief = load_brief(write(data, Path(folder))).brief
        data = render_deck(customer_view(brief))
        assert_valid(data, "deck")
        deck = Presentation(io.BytesIO(data))
        assert len(deck.slides) >= 2
        assert deck.slides[0].shapes.title.text_frame.text


@SETTINGS
@given(rich_brief(), st.integers(1, 6))
def test_random_valid_briefs_give_a_visit_plan(data, weeks):
    import io

    import docx
    from icalendar import Calendar
    from openpyxl import load_workbook

    from generator.analysis.visits import Settings
    from generator.analysis.visits_plan import make_plan
    from generator.render.visits.document import render_docx
    from generator.render.visits.ics import render_ics
    from generator.render.visits.xlsx import render_xlsx

    with tempfile.TemporaryDirectory() as folder:
        brief = load_brief(write(data, Path(folder))).brief
        language = brief.language.value
        plan = make_plan(
            [(brief, "brief.yaml")],
            Settings(start=dt.date(2026, 11, 30), weeks=weeks, today=TODAY),
            language=language,
            country="CN" if language == "zh" else "US",
        )
        document, sheet = render_docx(plan), render_xlsx(plan)
        assert_valid(document, "visit plan")
        assert_valid(sheet, "visit sheet")
        assert docx.Document(io.BytesIO(document)).paragraphs
        rows = load_workbook(io.BytesIO(sheet)).active.max_row
        events = list(Calendar.from_ical(render_ics(plan, times=(dt.time(9, 30),))).walk("VEVENT"))
        # one sheet row and one event per visit; greetings (birthdays, anniversaries) are calendar events only
        assert len(events) == rows - 1 + len(plan.greetings) and rows - 1 == len(plan.entries)


@SETTINGS
@given(rich_brief())
def test_random_valid_briefs_give_an_archive_card(data):
    import docx

    from generator.render.archive.batch import build_archive

    with tempfile.TemporaryDirectory() as folder:
        path = write(data, Path(folder))
        result = build_archive([path], Path(folder) / "out")
        assert not result.failures
        assert len(result.cards) == 1
        card = docx.Document(str(result.cards[0]))
        assert any(p.text.strip() for p in card.paragraphs)
        assert result.summary_path is not None and result.summary_path.is_file()
        assert invalid_files(office_files(Path(folder) / "out")) == {}


@SETTINGS
@given(rich_brief(), st.sampled_from([None, "zh", "en"]))
def test_random_valid_briefs_give_a_check_report(data, language):
    import json

    from generator.render.check.report import brief_report, json_report, text_report

    with tempfile.TemporaryDirectory() as folder:
        loaded = load_brief(write(data, Path(folder)))
        report = brief_report(loaded, check_brief(loaded.brief, TODAY), language)
        assert text_report([report], language).strip()
        assert json.loads(json_report([report]))
