"""Briefs full of hostile content: markup, control characters, bidi text, emoji, huge strings and lists."""

from __future__ import annotations

import json
import re
from pathlib import Path

NASTY = "<b>&amp; ]]> \"quote\" 'apos' \x00\x01\x08\x0b\x0c\x1b\x7f \ud83d\ude00? 😀👨‍👩‍👧 שלום עליכם \u202eRTL\u202c مرحبا {{ 7*7 }} {% raw %}"
NASTY = NASTY.replace("\ud83d\ude00?", "")  # lone surrogates can't be written as UTF-8 at all
LONG = ("长文本没有空格" * 1500)[:10_000]


def hostile_data(items: int = 500) -> dict:
    """Return a brief (plain data) whose every text field is hostile and whose lists are huge."""
    return {
        "brief": 1,
        "language": "zh",
        "seller": {
            "name": "卖方" + NASTY,
            "short_name": NASTY,
            "tagline": LONG,
            "contact": {"name": NASTY, "title": NASTY, "phone": NASTY, "email": NASTY},
            "credentials": {
                "profile": LONG,
                "certifications": [NASTY] * 50,
                "awards": [LONG],
                "references": [{"customer": NASTY, "project": LONG, "year": 2024, "result": NASTY}] * 30,
            },
        },
        "account": {"name": "客户" + NASTY, "short_name": NASTY, "industry": LONG},
        "contacts": [{"id": f"c{i}", "name": NASTY + str(i), "title": LONG} for i in range(20)],
        "opportunity": {"name": NASTY, "stage": "evaluation", "needs": {"goals": [NASTY] * 10}},
        "proposal": {
            "title": "标题" + NASTY,
            "date": "2026-11-20",
            "valid_until": "2026-12-31",
            "background": {"summary": LONG, "trends": [NASTY, LONG], "opportunities": [NASTY] * 20},
            "challenges": [{"problem": NASTY, "impact": LONG}] * 12,
            "solution": {
                "overview": LONG,
                "offerings": [
                    {"name": NASTY, "description": LONG, "feature": NASTY, "advantage": LONG, "benefit": NASTY}
                ]
                * 12,
                "implementation": [
                    {"phase": NASTY, "start": "2027-01-01", "end": "2027-02-01", "deliverables": [LONG, NASTY]}
                ]
                * 10,
                "service": [{"kind": "after_sale", "name": NASTY, "description": LONG}] * 5,
            },
            "pricing": {
                "tax_rate": "13%",
                "items": [
                    {
                        "category": f"类别{i % 7}{NASTY}",
                        "name": NASTY + str(i),
                        "spec": LONG[:300],
                        "quantity": i % 9 + 1,
                        "unit": NASTY[:5],
                        "unit_price": f"{i}.{i % 100:02d}",
                        "discount": "3%" if i % 3 else None,
                        "optional": i % 50 == 0,
                    }
                    for i in range(items)
                ],
                "payment_terms": [NASTY, LONG],
                "notes": [NASTY] * 5,
            },
            "value": {"benefits": [{"item": NASTY, "amount": "1亿"}] * 5, "costs": [{"item": LONG, "amount": 1}]},
            "deck": {"hook": LONG, "key_points": [NASTY] * 9, "next_steps": [LONG] * 4},
            "closing": LONG,
        },
        "objections": [{"statement": NASTY, "response": LONG}] * 10,
        "negotiation": {"targets": [NASTY], "bottom_line": 1, "trades": [{"give": NASTY, "get": LONG}]},
        "visits": [{"date": "2026-11-05", "contacts": ["c0", "c1"], "objective": NASTY, "outcome": LONG}],
    }


_YAML_FORBIDDEN = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff]")


def yaml_safe_json(data: object) -> str:
    """Return `data` as JSON text that is also valid YAML: characters YAML forbids raw become \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return _YAML_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_hostile_brief(folder: Path, items: int = 500) -> Path:
    """Write the hostile brief as a YAML file (JSON with escapes is valid YAML); return its path."""
    data = hostile_data(items)
    for contact in data["contacts"]:
        contact.pop("_", None)
    for item in data["proposal"]["pricing"]["items"]:
        if item["discount"] is None:
            del item["discount"]
    path = Path(folder) / "hostile.yaml"
    path.write_text(yaml_safe_json(data), encoding="utf-8")
    return path
