"""The positions of errors in broken briefs, pinned: `file:line:col: path:` must not move.

Pinned with the ruamel.yaml reader before the switch to libyaml, so a change of YAML reader
(or of its scalar rules) cannot silently move where kam points; both of PyYAML's parsers
(libyaml and pure Python) must agree. Only the location and path
are compared, not the wording, which the i18n catalogue owns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BriefError, Problem
from generator.load import load_brief

CASES = {
    "unclosed_flow": "brief: 1\naccount: {name: [\n",
    "mapping_in_plain": "brief: 1\naccount:\n  name: a: b\n",
    "bad_indent": "brief: 1\naccount:\n  name: x\n   industry: y\n",
    "tab_indent": "brief: 1\naccount:\n\tname: x\n",
    "unclosed_quote": 'brief: 1\naccount:\n  name: "x\n  industry: y\n',
    "duplicate_key": "brief: 1\naccount:\n  name: x\n  name: y\n",
    "duplicate_top": "brief: 1\nbrief: 1\naccount: {name: x}\n",
    "control_char": "brief: 1\naccount:\n  name: a\x07b\n",
    "control_char_cjk": "brief: 1\naccount:\n  name: 中文\x1b名\n",
    "python_tag": "brief: 1\naccount:\n  name: !!python/object/apply:os.system [echo hi]\n",
    "custom_tag": "brief: 1\naccount:\n  name: !secret x\n",
    "not_mapping": "- a\n- b\n",
    "two_documents": "brief: 1\naccount: {name: x}\n---\nbrief: 2\n",
    "wrong_types": (
        "brief: 1\naccount:\n  name: [a, b]\n  annual_value: {x: 1}\n"
        "contacts:\n  - id: a\n    name: A\n    coach: maybe\n"
    ),
    "unknown_keys": (
        "brief: 1\nlanguag: zh\naccount:\n  nmae: x\n  name: y\n  basic:\n    phon: 1\n"
        "contacts:\n  - id: a\n    name: A\n    personal: {birthday: 1970-01-01, hobby: [x]}\n"
    ),
    "bad_enums": (
        "brief: 1\nlanguage: fr\naccount:\n  name: x\n  tier: gold\n  nature: alien\n"
        "contacts:\n  - id: a\n    name: A\n    level: boss\n    roles: [decision_maker, king]\n"
    ),
    "bad_money": (
        "brief: 1\ncurrency: RMB\naccount:\n  name: x\n  annual_value: lots\n"
        "proposal:\n  title: T\n  pricing:\n    tax_rate: 300%\n    items:\n"
        '      - {name: a, unit_price: "12,3x", quantity: 1}\n'
        '      - name: b\n        unit_price: -5\n        quantity: 0\n        discount: "150%"\n'
    ),
    "deep_lists": (
        "brief: 1\naccount: {name: x}\nproposal:\n  title: T\n  solution:\n    implementation:\n"
        "      - {phase: A, start: 2027-01-01, end: 2027-02-01}\n"
        "      - phase: B\n        start: soon\n        end: 2027-03-01\n        deliverables: {a: 1}\n"
        "    offerings:\n      - name: o\n        benefit: [x]\n"
        "  pricing:\n    items:\n      - {name: a, unit_price: 1}\n      - {name: b, unit_price: 2, optional: perhaps}\n"
        "visits:\n  - {date: 2026-11-05, contacts: [nobody]}\n  - date: someday\n    contacts: []\n"
    ),
    "missing_required": "brief: 1\naccount:\n  industry: x\ncontacts:\n  - {id: a}\n",
    "empty_values": "brief: 1\naccount:\n  name:\n  industry:\ncontacts:\n  -\n",
    "block_scalar_then_error": (
        "brief: 1\naccount:\n  name: x\n  business:\n    background: |\n      line one\n      line two\n"
        "    development_plans: >\n      folded\n      text\n    fiscal_year_start: [1]\n"
    ),
    "alias_value": "brief: 1\nx-bad: &bad -3\naccount: {name: x, annual_value: *bad}\n",
    "crlf_lines": "brief: 1\r\naccount:\r\n  name: x\r\n  tier: gold\r\n",
    "bom_and_cjk_columns": "\ufeffbrief: 1\naccount: {name: 客户, 等级: x, tier: 金牌}\n",
    "quoted_keys_flow": '{"brief": 1, "account": {"name": "x", "annual_value": "abc"}}\n',
    "cross_refs": (
        "brief: 1\naccount: {name: x}\ncontacts:\n  - {id: a, name: A}\n  - {id: a, name: B}\n"
        "visits:\n  - {date: 2026-11-05, contacts: [a, zz]}\n"
    ),
}

SELLER_CASES = {
    "seller_file": (
        "brief: 1\nseller: seller.yaml\naccount: {name: x, tier: gold}\n",
        "name: S\ncontact:\n  nmae: x\nlogo: nothere.png\n",
    ),
}

EXPECTED = {
    "unclosed_flow": ["brief.yaml:3:1:"],
    "mapping_in_plain": ["brief.yaml:3:10:"],
    "bad_indent": ["brief.yaml:4:12:"],
    "tab_indent": ["brief.yaml:3:1:"],
    "unclosed_quote": ["brief.yaml:5:1:"],
    # Changed on purpose with the libyaml reader: same line and column, and now the key's path too.
    "duplicate_key": ["brief.yaml:4:3: account.name:"],
    "duplicate_top": ["brief.yaml:2:1: brief:"],
    "control_char": ["brief.yaml:3:10:"],
    "control_char_cjk": ["brief.yaml:3:11:"],
    "python_tag": ["brief.yaml:3:9: account.name:"],
    "custom_tag": ["brief.yaml:3:9: account.name:"],
    "not_mapping": ["brief.yaml:1:1:"],
    "two_documents": ["brief.yaml:3:1:"],
    "wrong_types": [
        "brief.yaml:3:9: account.name:",
        "brief.yaml:4:17: account.annual_value:",
        "brief.yaml:8:12: contacts[0].coach:",
    ],
    "unknown_keys": [
        "brief.yaml:2:1: languag:",
        "brief.yaml:4:3: account.nmae:",
        "brief.yaml:7:5: account.basic.phon:",
        "brief.yaml:11:38: contacts[0].personal.hobby:",
    ],
    "bad_enums": [
        "brief.yaml:2:11: language:",
        "brief.yaml:5:9: account.tier:",
        "brief.yaml:6:11: account.nature:",
        "brief.yaml:10:12: contacts[0].level:",
        "brief.yaml:11:29: contacts[0].roles[1]:",
    ],
    "bad_money": [
        "brief.yaml:5:17: account.annual_value:",
        "brief.yaml:9:15: proposal.pricing.tax_rate:",
        "brief.yaml:11:31: proposal.pricing.items[0].unit_price:",
        "brief.yaml:13:21: proposal.pricing.items[1].unit_price:",
        "brief.yaml:15:19: proposal.pricing.items[1].discount:",
    ],
    "deep_lists": [
        "brief.yaml:9:16: proposal.solution.implementation[1].start:",
        "brief.yaml:11:23: proposal.solution.implementation[1].deliverables:",
        "brief.yaml:14:18: proposal.solution.offerings[0].benefit:",
        "brief.yaml:18:44: proposal.pricing.items[1].optional:",
        "brief.yaml:20:35: visits[0].contacts[0]:",
        "brief.yaml:21:11: visits[1].date:",
    ],
    "missing_required": ["brief.yaml:3:3: account.name:", "brief.yaml:5:5: contacts[0].name:"],
    # Changed on purpose: an empty value is where it is missing, after `name:` (3:8), not on the next key (4:3).
    "empty_values": ["brief.yaml:3:8: account.name:", "brief.yaml:6:4: contacts[0]:"],
    "block_scalar_then_error": ["brief.yaml:11:24: account.business.fiscal_year_start:"],
    "alias_value": ["brief.yaml:2:1: x-bad:", "brief.yaml:2:8: account.annual_value:"],
    "crlf_lines": ["brief.yaml:4:9: account.tier:"],
    "bom_and_cjk_columns": ["brief.yaml:2:21: account.等级:", "brief.yaml:2:34: account.tier:"],
    "quoted_keys_flow": ["brief.yaml:1:55: account.annual_value:"],
    "cross_refs": ["brief.yaml:5:10: contacts[1].id:", "brief.yaml:7:38: visits[0].contacts[1]:"],
    "seller_file": [
        "brief.yaml:3:26: account.tier:",
        "seller.yaml:3:3: seller.contact.name:",
        "seller.yaml:3:3: seller.contact.nmae:",
        "seller.yaml:4:7: seller.logo:",
    ],
}


def _where(problem: Problem) -> str:
    """Return the `file:line:col: path:` prefix of a problem, with the file's bare name."""
    text = Path(problem.file).name
    if problem.line is not None:
        text += f":{problem.line}"
        if problem.column is not None:
            text += f":{problem.column}"
    return text + ":" + (f" {problem.path}:" if problem.path else "")


def _positions(folder: Path, brief: str, seller: str | None = None) -> list[str]:
    folder.mkdir()
    path = folder / "brief.yaml"
    path.write_bytes(brief.encode("utf-8"))
    if seller is not None:
        (folder / "seller.yaml").write_bytes(seller.encode("utf-8"))
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    assert all(str(p).startswith(str(folder)) for p in caught.value.problems), "every problem names its file"
    return [_where(p) for p in caught.value.problems]


@pytest.fixture(params=["libyaml", "pure-python"])
def parser(request, monkeypatch):
    """Run a test with PyYAML's C parser, then with its pure-Python one (used where libyaml is absent)."""
    import yaml

    from generator.load import yaml_source

    if request.param == "pure-python":
        monkeypatch.setattr(yaml_source, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML without libyaml")
    return request.param


@pytest.mark.parametrize("name", sorted(CASES))
def test_error_positions_are_pinned(tmp_path, name, parser):
    assert _positions(tmp_path / name, CASES[name]) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(SELLER_CASES))
def test_error_positions_in_a_seller_file_are_pinned(tmp_path, name, parser):
    brief, seller = SELLER_CASES[name]
    assert _positions(tmp_path / name, brief, seller) == EXPECTED[name]


def test_every_case_is_pinned():
    assert set(EXPECTED) == set(CASES) | set(SELLER_CASES)
