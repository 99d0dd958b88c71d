"""Property-based tests: random valid briefs always render; random invalid input always gets located errors."""

from __future__ import annotations

import tempfile
from pathlib import Path

from docx_reading import open_docx
from hostile import yaml_safe_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ooxml_validation import assert_valid

from generator.errors import BriefError
from generator.load import load_brief
from generator.render.customer_view import customer_view
from generator.render.proposal.document import render_proposal

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
# A required name shows something: control characters alone are refused as empty (tested in test_models).
name = text.filter(lambda s: "".join(c for c in s if c.isprintable()).strip() != "")
money = st.one_of(
    st.integers(0, 10**9),
    st.decimals(0, 10**7, places=2).map(str),
    st.integers(0, 99999).map(lambda n: f"{n}万"),
    st.integers(0, 10**8).map(lambda n: f"{n:,}"),
)
rate = st.one_of(st.decimals(0, "0.99", places=2).map(float), st.integers(0, 99).map(lambda n: f"{n}%"))
day = st.dates(min_value=__import__("datetime").date(2020, 1, 1), max_value=__import__("datetime").date(2030, 12, 31))

item = st.fixed_dictionaries(
    {"name": name, "unit_price": money},
    optional={
        "category": st.sampled_from(["设备", "Software", "服务", ""]),
        "spec": text,
        "unit": text,
        "quantity": st.integers(0, 1000),
        "discount": rate,
        "optional": st.booleans(),
    },
)
proposal = st.fixed_dictionaries(
    {"title": name},
    optional={
        "date": day.map(str),
        "background": st.fixed_dictionaries(
            {},
            optional={
                "summary": text,
                "trends": st.lists(text, max_size=3),
                "opportunities": st.lists(text, max_size=3),
            },
        ),
        "challenges": st.lists(st.fixed_dictionaries({"problem": name}, optional={"impact": text}), max_size=4),
        "solution": st.fixed_dictionaries(
            {},
            optional={
                "overview": text,
                "offerings": st.lists(
                    st.fixed_dictionaries(
                        {"name": name},
                        optional={"description": text, "feature": text, "advantage": text, "benefit": text},
                    ),
                    max_size=3,
                ),
                "service": st.lists(
                    st.fixed_dictionaries(
                        {"name": name}, optional={"kind": st.sampled_from(["pre_sale", "售后"]), "description": text}
                    ),
                    max_size=3,
                ),
            },
        ),
        "pricing": st.fixed_dictionaries(
            {},
            optional={
                "tax_rate": rate,
                "items": st.lists(item, max_size=12),
                "payment_terms": st.lists(text, max_size=3),
            },
        ),
        "value": st.fixed_dictionaries(
            {},
            optional={
                "benefits": st.lists(st.fixed_dictionaries({"item": name}, optional={"amount": money}), max_size=3),
                "costs": st.lists(st.fixed_dictionaries({"item": name}, optional={"amount": money}), max_size=3),
            },
        ),
        "closing": text,
    },
)
brief = st.fixed_dictionaries(
    {
        "brief": st.just(1),
        "language": st.sampled_from(["zh", "en", "中文"]),
        "currency": st.sampled_from(["CNY", "USD", "EUR", "JPY"]),
        "seller": st.fixed_dictionaries(
            {"name": name},
            optional={
                "short_name": text,
                "tagline": text,
                "contact": st.fixed_dictionaries(
                    {"name": name}, optional={"title": text, "phone": text, "email": text}
                ),
            },
        ),
        "account": st.fixed_dictionaries({"name": name}, optional={"industry": text}),
        "proposal": proposal,
    }
)


def write(data: object, folder: Path) -> Path:
    """Write `data` as YAML (JSON is YAML; characters YAML forbids raw become escapes)."""
    path = folder / "brief.yaml"
    path.write_text(yaml_safe_json(data), encoding="utf-8")
    return path


@SETTINGS
@given(brief)
def test_random_valid_briefs_render_a_proposal(data):
    with tempfile.TemporaryDirectory() as folder:
        loaded = load_brief(write(data, Path(folder)))
        data = render_proposal(customer_view(loaded.brief))
        assert_valid(data, "proposal")
        document = open_docx(data)
        assert document.paragraphs[0] is not None
        assert any(p.style.name == "Title" for p in document.paragraphs)


wrong_value = st.one_of(st.just(-1), st.just([]), st.just({"x": 1}), st.just("not money"), st.just(True), text)


@SETTINGS
@given(brief, st.data())
def test_random_invalid_briefs_give_located_errors(data, draw):
    # Break the brief at a random place: a wrong value, or an unknown key.
    target = data
    path = []
    while isinstance(target, dict) and target:
        key = draw.draw(st.sampled_from(sorted(target)))
        if not isinstance(target[key], (dict, list)) or draw.draw(st.booleans()):
            break
        path.append(key)
        target = target[key] if isinstance(target[key], dict) else target
        if not isinstance(target, dict):
            break
    if draw.draw(st.booleans()):
        target["unknown_key_xyz"] = 1
    else:
        target[key] = draw.draw(wrong_value)
    with tempfile.TemporaryDirectory() as folder:
        try:
            load_brief(write(data, Path(folder)))
        except BriefError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.line is not None and problem.column is not None, str(problem)
                assert problem.message


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_the_loader(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.yaml"
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        try:
            load_brief(path)
        except BriefError as error:
            assert all(str(p) for p in error.problems)


@SETTINGS
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_loader(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.yaml"
        path.write_bytes(content)
        try:
            load_brief(path)
        except BriefError as error:
            assert error.problems
