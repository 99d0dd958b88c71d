"""kam's YAML rules: YAML 1.2-style scalars, refused tags, duplicate keys, merges and aliases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.errors import BriefError
from generator.load import load_brief
from generator.load.yaml_source import load_yaml


def read(tmp_path: Path, text: str | bytes) -> dict:
    path = tmp_path / "b.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return load_yaml(path)[0]


def refused(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_yaml(path)
    return [str(p).replace(str(path), "b.yaml") for p in caught.value.problems]


@pytest.mark.parametrize(
    "written, value",
    [
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("True", True),
        ("false", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("42", 42),
        ("-7", -7),
        ("1_280_000", 1280000),
        ("0x1F", 31),
        ("0o17", 15),
        ("0755", "0755"),
        ("01012345678", "01012345678"),
        ("007", "007"),
        ("12.5", 12.5),
        ("1e3", 1000.0),
        ("0.1", 0.1),
        ("2026-11-20", dt.date(2026, 11, 20)),
        ("2026-1-5", "2026-1-5"),
        ("2026-11-20 10:00", "2026-11-20 10:00"),
        ("07-01", "07-01"),
        ("'2026-11-20'", "2026-11-20"),
        ('"42"', "42"),
        ("!!str 42", "42"),
        ("!!float 1", 1.0),
        ("1" * 5000, "1" * 5000),
    ],
)
def test_scalar_rules(tmp_path, written, value):
    assert read(tmp_path, f"a: {written}\n")["a"] == value
    assert type(read(tmp_path, f"a: {written}\n")["a"]) is type(value)


@pytest.mark.parametrize(
    "written, reason",
    [
        ("2026-02-30", "2026-02 has 28 days"),
        ("2026-13-01", "there is no month 13"),
        ("2024-02-30", "2024-02 has 29 days"),
        ("0000-01-01", "there is no year 0"),
    ],
)
def test_impossible_dates_are_located_errors(tmp_path, written, reason):
    assert refused(tmp_path, f"brief: 1\nproposal:\n  date: {written}\n") == [
        f"b.yaml:3:9: proposal.date: {written} is not a date: {reason}"
    ]


def test_an_answer_of_yes_stays_the_word_the_model_reads(tmp_path, examples_dir):
    loaded = load_brief(examples_dir / "brief-en.yaml")
    assert loaded.brief.opportunity.assessment.opportunity.answer.value == "yes"


def test_keys_are_the_text_written(tmp_path):
    assert read(tmp_path, "1: a\nyes: b\ntrue: c\n~: d\n") == {"1": "a", "yes": "b", "true": "c", "~": "d"}


def test_duplicate_keys_are_each_reported_with_the_first_line(tmp_path):
    assert refused(tmp_path, "a: 1\nb:\n  c: 1\n  c: 2\na: 3\n") == [
        "b.yaml:4:3: b.c: YAML syntax: duplicate key 'c' (first at line 3); a key may appear only once",
        "b.yaml:5:1: a: YAML syntax: duplicate key 'a' (first at line 1); a key may appear only once",
    ]


@pytest.mark.parametrize(
    "text, tag",
    [
        ("a: !!python/object/apply:os.system [ls]\n", "!!python/object/apply:os.system"),
        ("a: !!python/name:os.system\n", "!!python/name:os.system"),
        ("a: !secret x\n", "!secret"),
        ("a: !!set {x, y}\n", "!!set"),
        ("a: !custom [1]\n", "!custom"),
        ("!!python/str k: v\n", "!!python/str"),
    ],
)
def test_tags_are_refused_with_their_place(tmp_path, text, tag):
    (problem,) = refused(tmp_path, text)
    assert f"YAML tag {tag!r} is not allowed" in problem and problem.startswith("b.yaml:1:")


def test_a_value_that_does_not_fit_its_tag(tmp_path):
    assert refused(tmp_path, "a: !!int abc\n") == ["b.yaml:1:4: a: 'abc' does not match its YAML tag '!!int'"]


def test_merge_keys_bring_in_defaults_that_explicit_keys_override(tmp_path):
    data = read(tmp_path, "base: &b {unit: site, quantity: 1}\nitem:\n  <<: *b\n  quantity: 3\n")
    assert data["item"] == {"quantity": 3, "unit": "site"}


def test_aliases_are_independent_copies(tmp_path):
    data = read(tmp_path, "a: &x {k: [1]}\nb: *x\n")
    data["a"]["k"].append(2)
    assert data["b"] == {"k": [1]}


def test_alias_errors(tmp_path):
    assert refused(tmp_path, "a: *nope\n") == ["b.yaml:1:4: YAML syntax: alias *nope names no anchor &nope above it"]
    assert refused(tmp_path, "a: &x [*x]\n") == ["b.yaml:1:8: YAML syntax: alias *x stands inside the value it names"]


def test_a_second_document_is_refused(tmp_path):
    (problem,) = refused(tmp_path, "a: 1\n---\nb: 2\n")
    assert problem.startswith("b.yaml:2:1: YAML syntax: a brief holds one YAML document")


def test_complex_keys_are_refused(tmp_path):
    (problem,) = refused(tmp_path, "? [a, b]\n: c\n")
    assert problem.startswith("b.yaml:1:3: YAML syntax: a key must be plain text")


@pytest.mark.parametrize("codec, bom", [("utf-16-le", "\ufeff"), ("utf-16-be", "\ufeff"), ("utf-8", "\ufeff")])
def test_unicode_text_with_a_byte_order_mark(tmp_path, codec, bom):
    assert read(tmp_path, (bom + "a: 客户\n").encode(codec)) == {"a": "客户"}


def test_every_forbidden_character_is_located(tmp_path):
    assert refused(tmp_path, "a: x\x01\nb: \x7f\n")[:2] == [
        "b.yaml:1:5: YAML syntax: character U+0001 is not allowed in YAML; write it as an escape in a double-quoted string",
        "b.yaml:2:4: YAML syntax: character U+007F is not allowed in YAML; write it as an escape in a double-quoted string",
    ]


def test_deep_nesting_is_a_located_error(tmp_path):
    (problem,) = refused(tmp_path, "a: " + "[" * 200 + "]" * 200 + "\n")
    assert problem.startswith("b.yaml:1:") and "nested too deeply" in problem
