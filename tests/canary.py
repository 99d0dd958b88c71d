"""A brief whose every internal field holds a canary: a string that must never reach a customer."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from generator.load.yaml_source import load_yaml

# Amounts in internal money fields; checked in the spellings a document could print them.
CANARY_AMOUNTS = {
    "annual_value": 73737373,
    "budget": 64646464,
    "bottom_line": 52525252,
    "history": 41414141,
    # negotiation and after signing
    "their_bottom_line": 36363636,
    "receivable": 29292929,
    "received": 18181818,
    # account plan
    "wallet": 38383838,
    "cost_to_serve": 27272727,
    "target": 17171717,
    "potential": 16161616,
}


def canary_brief(examples_dir: Path, target_dir: Path, language: str = "zh") -> tuple[Path, list[str]]:
    """Write a copy of the example brief with canaries in every internal field; return (path, canaries)."""
    source = examples_dir / f"brief-{language}.yaml"
    data, _ = load_yaml(source)
    canaries: list[str] = []

    def canary(name: str) -> str:
        value = f"CANARY{len(canaries):03d}{name.upper().replace('.', '')}"
        canaries.append(value)
        return value

    account = data["account"]
    account["annual_value"] = CANARY_AMOUNTS["annual_value"]
    account["basic"] = {k: canary(f"basic.{k}") for k in ("address", "phone", "fax", "website", "bank", "bank_account")}
    account["business"] = {"background": canary("business.background"), "development_plans": canary("plans")}
    account["logistics"] = {
        "delivery_address": canary("delivery"),
        "notes": canary("logistics.notes"),
        "priority_delivery": True,
    }
    account["history"] = [{"date": "2024-06-30", "description": canary("history"), "amount": CANARY_AMOUNTS["history"]}]
    for contact in data["contacts"]:
        contact["department"] = canary("department")
        contact["phone"] = canary("phone")
        contact["email"] = canary("email") + "@example.com"
        contact["personal"] = {
            "birthday": "1970-01-01",
            "interests": [canary("interest")],
            "hobbies": [canary("hobby")],
            "prejudices": [canary("prejudice")],
            "notes": canary("personal.notes"),
        }
    opportunity = data["opportunity"]
    opportunity["name"] = canary("opportunity.name")
    opportunity["budget"] = CANARY_AMOUNTS["budget"]
    for answer in opportunity["assessment"].values():
        answer["why"] = canary("assessment.why")
    needs = opportunity["needs"]
    for key in ("goals", "problems", "solutions_sought", "products_services", "criteria"):
        needs[key] = [canary(f"needs.{key}")]
    opportunity["competitors"] = [
        {
            "name": canary("competitor"),
            "strengths": [canary("c.strength")],
            "weaknesses": [canary("c.weakness")],
            "in_use_at_customer": canary("c.inuse"),
        }
    ]
    # internal mappings: reporting lines (contact ids), the criteria a strength meets, whom a weakness affects
    for contact in data["contacts"]:
        contact["id"] = canary("contact.id")
    for contact in data["contacts"][1:]:
        contact["reports_to"] = data["contacts"][0]["id"]
    opportunity["our_strengths"] = [
        canary("our_strength"),
        {"text": canary("our_strength.mapped"), "criteria": [canary("strength.criterion")]},
    ]
    opportunity["our_weaknesses"] = [
        canary("our_weakness"),
        {
            "text": canary("our_weakness.mapped"),
            "affects": [data["contacts"][0]["id"]],
            "answer": canary("weakness.answer"),
        },
    ]
    opportunity["close"] = {"method": "concession", "note": canary("close.note")}
    data["objections"] = [
        {
            "type": "price",
            "nature": "hidden",
            "statement": canary("objection"),
            "method": "ask",
            "response": canary("response"),
        }
    ]
    data["negotiation"] = {
        "targets": [canary("target")],
        "bottom_line": CANARY_AMOUNTS["bottom_line"],
        "trades": [{"give": canary("give"), "get": canary("get")}],
    }
    # negotiation and after signing
    data["negotiation"].update(
        {
            "team": [
                {"name": canary("team.name"), "role": "lead"},
                {"name": canary("team.name"), "role": "note_taker"},
            ],
            "their_interests": [canary("their_interests")],
            "their_bottom_line": CANARY_AMOUNTS["their_bottom_line"],
            "alternatives": [canary("alternatives")],
        }
    )
    account["receivables"] = [
        {
            "due": "2026-06-30",
            "amount": CANARY_AMOUNTS["receivable"],
            "received": CANARY_AMOUNTS["received"],
            "received_on": "2026-07-02",
        }
    ]
    account["complaints"] = [
        {"date": "2026-09-01", "issue": canary("complaint.issue"), "status": "open", "owner": canary("complaint.owner")}
    ]
    account["satisfaction"] = [{"date": "2026-05-10", "score": 4, "by": canary("satisfaction.by")}]
    account["referrals"] = [{"date": "2026-08-01", "to": canary("referral.to"), "outcome": canary("referral.outcome")}]
    data["visits"] = [
        {
            "date": "2026-11-05",
            "contacts": [data["contacts"][0]["id"]],
            "objective": canary("visit.objective"),
            "outcome": canary("visit.outcome"),
            "next_steps": [canary("visit.next")],
            "signals": [canary("visit.signal"), canary("visit.signal")],
        }
    ]
    _account_plan_canaries(data, canary)
    target_dir.mkdir(parents=True, exist_ok=True)
    for extra in ("seller.yaml",):
        (target_dir / extra).write_bytes((examples_dir / extra).read_bytes())
    _seller_policy_canary(target_dir / "seller.yaml", canary)
    (target_dir / "assets").mkdir(exist_ok=True)
    (target_dir / "assets" / "logo.png").write_bytes((examples_dir / "assets" / "logo.png").read_bytes())
    path = target_dir / f"canary-{language}.yaml"
    with path.open("w", encoding="utf-8") as handle:
        yaml.safe_dump(copy.deepcopy(data), handle, allow_unicode=True, sort_keys=False)
    return path, canaries


def _account_plan_canaries(data: dict, canary) -> None:
    """Fill every internal field of the account plan (BRIEF.md "Optional fields for the account plan") with canaries."""
    account = data["account"]
    first = data["contacts"][0]["id"]
    account["status"] = "dormant"
    account["lost"] = {"date": "2026-05-01", "reason": canary("lost.reason"), "competitor": canary("lost.competitor")}
    account["owner"] = {"name": canary("owner"), "since": "2024-03-01"}
    account["previous_owners"] = [
        {"name": canary("previous_owner"), "from": "2021-03-01", "to": "2024-02-29", "handover": canary("handover")}
    ]
    account["channel"] = {"kind": "integrator", "partner": canary("channel.partner"), "registered": "2026-03-01"}
    account["gross_margin"] = "28%"
    account["cost_to_serve"] = CANARY_AMOUNTS["cost_to_serve"]
    account["wallet"] = CANARY_AMOUNTS["wallet"]
    account["bonds"] = [canary("bond")]
    account["programme"] = {"level": canary("programme.level"), "since": "2025-01-01", "benefits": [canary("benefit")]}
    account["care"] = [
        {"occasion": "中秋", "contacts": [first]},
        {"occasion": canary("care.occasion"), "date": "09-01"},
    ]
    for contact in data["contacts"]:
        contact["motive"] = canary("motive")
        contact["concern"] = "value"
        contact["introduced_by"] = canary("introduced_by")
    data["plan"] = {
        "year": 2027,
        "target": CANARY_AMOUNTS["target"],
        "share_target": "50%",
        "growth": [
            {
                "product": canary("growth.product"),
                "potential": CANARY_AMOUNTS["potential"],
                "by": "2027-06-30",
                "status": "idea",
            }
        ],
        "relationships": [
            {"contact": first, "from": "约会", "to": "信赖", "by": "2027-03-31", "activities": [canary("activity")]}
        ],
        "initiatives": [
            {
                "kind": "pilot",
                "name": canary("initiative.name"),
                "date": "2027-04-01",
                "owner": canary("initiative.owner"),
            }
        ],
    }


def _seller_policy_canary(path: Path, canary) -> None:
    """Give the copied seller file a service policy (internal: how we serve each tier) made of canaries."""
    seller, _ = load_yaml(path)
    seller["service_policy"] = {"key": {"rules": [canary("policy.rule")], "senior_visits": 4, "initiatives": ["pilot"]}}
    with path.open("w", encoding="utf-8") as handle:
        yaml.safe_dump(seller, handle, allow_unicode=True, sort_keys=False)


def amount_spellings(amount: int) -> list[str]:
    """Return the ways a document could print `amount`: plain, grouped, in 万."""
    grouped = f"{amount:,}"
    wan = f"{amount / 10000:.2f}".rstrip("0").rstrip(".")
    return [str(amount), grouped, wan + "万"]


def leaked(text: str, canaries: list[str]) -> list[str]:
    """Return the canaries (and canary amounts) found in `text`."""
    found = [c for c in canaries if c in text]
    for amount in CANARY_AMOUNTS.values():
        found += [s for s in amount_spellings(amount) if s in text]
    return found
