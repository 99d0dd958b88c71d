"""What changed between two versions of a brief, in the method's words. Pure: two Briefs in,
a list of changes out; each change is a label key (namespace `diff`) with typed values the
renderer words (money, dates, terms of the method, percentages), like the coach's findings.

Compared: the buying stage; per person (by contact id) relationship, attitude, roles, level
and coach flag; contacts added and removed; the four questions; competitors; objections;
price lines, discounts and totals; the decision date and budget; targets, bottom lines and the
team; visits logged; receivables, complaints and satisfaction after signing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.analysis.coach.registry import Label, Percent
from generator.analysis.pricing import summarise_pricing
from generator.models.brief import Brief, Contact
from generator.models.enums import RELATIONSHIP_ORDER, STAGE_ORDER

QUESTIONS = ("opportunity", "proposal", "winnable", "worth_winning")


@dataclass(frozen=True)
class Change:
    """One change: `key` names the label `diff.<key>`; `values` fill it; `section` groups the report."""

    section: str
    key: str
    values: Mapping[str, Any] = field(default_factory=dict)


def diff_briefs(old: Brief, new: Brief) -> list[Change]:
    """Return every change from `old` to `new`, section by section in the method's order."""
    out: list[Change] = []
    out += _deal(old, new)
    out += _people(old, new)
    out += _assessment(old, new)
    out += _competition(old, new)
    out += _pricing(old, new)
    out += _negotiation(old, new)
    out += _visits(old, new)
    out += _after_sale(old, new)
    return out


def _direction(order: list, old: Any, new: Any) -> str:
    """Return "forward" or "back" for a move along an ordered scale ("" when either end is unknown)."""
    if old is None or new is None:
        return ""
    return "forward" if order.index(new) > order.index(old) else "back"


def _deal(old: Brief, new: Brief) -> list[Change]:
    out = []
    a, b = old.opportunity, new.opportunity
    stage_a, stage_b = (a.stage if a else None), (b.stage if b else None)
    if stage_a != stage_b:
        direction = _direction(STAGE_ORDER, stage_a, stage_b)
        out.append(Change("deal", f"stage_{direction}" if direction else "stage", {"old": stage_a, "new": stage_b}))
    for name in ("decision_date", "budget"):
        va, vb = (getattr(a, name) if a else None), (getattr(b, name) if b else None)
        if va != vb:
            out.append(Change("deal", name, {"old": va, "new": vb}))
    return out


def _people(old: Brief, new: Brief) -> list[Change]:
    out = []
    before = {c.id: c for c in old.contacts}
    after = {c.id: c for c in new.contacts}
    for contact in new.contacts:
        previous = before.get(contact.id)
        if previous is None:
            values = {"name": contact.name, "relationship": contact.relationship, "attitude": contact.attitude}
            if contact.title:
                values["title"] = contact.title
            out.append(Change("people", "contact_added" if contact.title else "contact_added_untitled", values))
            continue
        out += _person(previous, contact)
    for contact in old.contacts:
        if contact.id not in after:
            out.append(Change("people", "contact_removed", {"name": contact.name}))
    return out


def _person(a: Contact, b: Contact) -> list[Change]:
    out = []
    if a.relationship != b.relationship:
        direction = _direction(RELATIONSHIP_ORDER, a.relationship, b.relationship)
        out.append(
            Change(
                "people",
                f"relationship_{direction}" if direction else "relationship",
                {"name": b.name, "old": a.relationship, "new": b.relationship},
            )
        )
    if a.attitude != b.attitude:
        out.append(Change("people", "attitude", {"name": b.name, "old": a.attitude, "new": b.attitude}))
    if set(a.roles) != set(b.roles):
        out.append(Change("people", "roles", {"name": b.name, "old": list(a.roles), "new": list(b.roles)}))
    if a.level != b.level:
        out.append(Change("people", "level", {"name": b.name, "old": a.level, "new": b.level}))
    if a.title != b.title:
        out.append(Change("people", "title", {"name": b.name, "old": a.title or "", "new": b.title or ""}))
    if a.coach != b.coach:
        out.append(Change("people", "coach_now" if b.coach else "coach_no_longer", {"name": b.name}))
    return out


def _assessment(old: Brief, new: Brief) -> list[Change]:
    out = []
    a = old.opportunity.assessment if old.opportunity else None
    b = new.opportunity.assessment if new.opportunity else None
    for question in QUESTIONS:
        qa, qb = (getattr(a, question) if a else None), (getattr(b, question) if b else None)
        answer_a, answer_b = (qa.answer if qa else None), (qb.answer if qb else None)
        why = (qb.why if qb else None) or ""
        if answer_a != answer_b:
            out.append(
                Change(
                    "assessment",
                    "answer" if why else "answer_no_why",
                    {"question": Label(f"check.question_{question}"), "old": answer_a, "new": answer_b, "why": why},
                )
            )
        elif (qa.why if qa else None) != (qb.why if qb else None) and qb is not None:
            out.append(Change("assessment", "why", {"question": Label(f"check.question_{question}"), "why": why}))
    return out


def _competition(old: Brief, new: Brief) -> list[Change]:
    out = []
    ca = {c.name: c for c in (old.opportunity.competitors if old.opportunity else [])}
    cb = {c.name: c for c in (new.opportunity.competitors if new.opportunity else [])}
    for name, competitor in cb.items():
        if name not in ca:
            out.append(
                Change("competition", "competitor_added", {"name": name, "strengths": list(competitor.strengths)})
            )
        elif ca[name] != competitor:
            out.append(Change("competition", "competitor_changed", {"name": name}))
    for name in ca:
        if name not in cb:
            out.append(Change("competition", "competitor_removed", {"name": name}))
    oa = {o.statement: o for o in old.objections}
    ob = {o.statement: o for o in new.objections}
    for statement, objection in ob.items():
        if statement not in oa:
            out.append(
                Change(
                    "competition",
                    "objection_added" if objection.response else "objection_added_no_answer",
                    {"statement": statement, "type": objection.type, "response": objection.response or ""},
                )
            )
        elif (oa[statement].response or "") != (objection.response or ""):
            out.append(
                Change(
                    "competition", "objection_answer", {"statement": statement, "response": objection.response or ""}
                )
            )
    for statement in oa:
        if statement not in ob:
            out.append(Change("competition", "objection_removed", {"statement": statement}))
    return out


def _lines(brief: Brief) -> tuple[dict[str, Any], Any]:
    pricing = brief.proposal.pricing if brief.proposal else None
    if not pricing or not pricing.items:
        return {}, None
    summary = summarise_pricing(pricing)
    lines: dict[str, Any] = {}
    for line in summary.lines + summary.optional_lines:
        lines.setdefault(line.item.name, line)
    return lines, summary


def _pricing(old: Brief, new: Brief) -> list[Change]:
    out = []
    la, sa = _lines(old)
    lb, sb = _lines(new)
    for name, line in lb.items():
        before = la.get(name)
        if before is None:
            out.append(Change("pricing", "line_added", {"name": name, "amount": line.amount}))
            continue
        if before.amount != line.amount:
            out.append(
                Change(
                    "pricing",
                    "line_amount",
                    {"name": name, "old": before.amount, "new": line.amount, "delta": line.amount - before.amount},
                )
            )
        if (before.item.discount or 0) != (line.item.discount or 0):
            out.append(
                Change(
                    "pricing",
                    "discount",
                    {
                        "name": name,
                        "old": Percent(before.item.discount or Decimal(0)),
                        "new": Percent(line.item.discount or Decimal(0)),
                    },
                )
            )
        if before.item.optional != line.item.optional:
            out.append(Change("pricing", "now_optional" if line.item.optional else "now_required", {"name": name}))
    for name, line in la.items():
        if name not in lb:
            out.append(Change("pricing", "line_removed", {"name": name, "amount": line.amount}))
    for key, attribute in (("subtotal", "subtotal"), ("total", "total")):
        va = getattr(sa, attribute) if sa else None
        vb = getattr(sb, attribute) if sb else None
        if va != vb:
            values = {"old": va, "new": vb}
            if va is not None and vb is not None:
                values["delta"] = vb - va
                out.append(Change("pricing", key, values))
            else:
                out.append(Change("pricing", f"{key}_set" if vb is not None else f"{key}_gone", values))
    return out


def _negotiation(old: Brief, new: Brief) -> list[Change]:
    out = []
    na, nb = old.negotiation, new.negotiation
    ta, tb = (list(na.targets) if na else []), (list(nb.targets) if nb else [])
    for index in range(max(len(ta), len(tb))):
        a = ta[index] if index < len(ta) else None
        b = tb[index] if index < len(tb) else None
        if a == b:
            continue
        key = "target_added" if a is None else "target_removed" if b is None else "target"
        out.append(Change("negotiation", key, {"number": index + 1, "old": a or "", "new": b or ""}))
    for name in ("bottom_line", "their_bottom_line"):
        va, vb = (getattr(na, name) if na else None), (getattr(nb, name) if nb else None)
        if va != vb:
            out.append(Change("negotiation", name, {"old": va, "new": vb}))
    team_a = {(m.name, m.role) for m in (na.team if na else [])}
    team_b = {(m.name, m.role) for m in (nb.team if nb else [])}
    for m in nb.team if nb else []:
        if (m.name, m.role) not in team_a:
            out.append(Change("negotiation", "member_added", {"name": m.name, "role": m.role}))
    for m in na.team if na else []:
        if (m.name, m.role) not in team_b:
            out.append(Change("negotiation", "member_removed", {"name": m.name, "role": m.role}))
    trades_a = {(t.give, t.get) for t in (na.trades if na else [])}
    for trade in nb.trades if nb else []:
        if (trade.give, trade.get) not in trades_a:
            out.append(Change("negotiation", "trade_added", {"give": trade.give or "", "get": trade.get or ""}))
    return out


def _visit_key(visit: Any) -> tuple:
    return visit.date, visit.objective or "", tuple(visit.contacts)


def _visits(old: Brief, new: Brief) -> list[Change]:
    out = []
    before = {_visit_key(v): v for v in old.visits}
    after = {_visit_key(v) for v in new.visits}
    for visit in sorted(new.visits, key=lambda v: v.date):
        key = _visit_key(visit)
        names = [c.name for c in (new.contact(i) for i in visit.contacts) if c is not None]
        if key not in before:
            kind = "visit_planned" if visit.planned else "visit_logged"
            out.append(
                Change(
                    "visits",
                    kind,
                    {
                        "date": visit.date,
                        "objective": visit.objective or "",
                        "outcome": visit.outcome or "",
                        "people": names,
                    },
                )
            )
        elif (before[key].outcome or "") != (visit.outcome or "") and visit.outcome:
            out.append(Change("visits", "visit_outcome", {"date": visit.date, "outcome": visit.outcome}))
    for visit in old.visits:
        if _visit_key(visit) not in after:
            out.append(Change("visits", "visit_removed", {"date": visit.date, "objective": visit.objective or ""}))
    return out


def _after_sale(old: Brief, new: Brief) -> list[Change]:
    out = []
    ra = {(r.due, r.amount): r for r in old.account.receivables}
    for r in new.account.receivables:
        before = ra.get((r.due, r.amount))
        if before is None:
            out.append(Change("after_sale", "receivable_added", {"due": r.due, "amount": r.amount}))
        elif (before.received or 0) != (r.received or 0):
            out.append(
                Change(
                    "after_sale",
                    "receivable_received",
                    {"due": r.due, "received": r.received or Decimal(0), "outstanding": r.outstanding},
                )
            )
    ca = {(c.date, c.issue): c for c in old.account.complaints}
    for c in new.account.complaints:
        earlier = ca.get((c.date, c.issue))
        if earlier is None:
            out.append(Change("after_sale", "complaint_added", {"issue": c.issue, "date": c.date}))
        elif earlier.is_open and not c.is_open:
            out.append(Change("after_sale", "complaint_closed", {"issue": c.issue, "closed_on": c.closed_on or ""}))
        elif not earlier.is_open and c.is_open:
            out.append(Change("after_sale", "complaint_reopened", {"issue": c.issue}))
    sa = {(s.date, s.score) for s in old.account.satisfaction}
    for s in new.account.satisfaction:
        if (s.date, s.score) not in sa:
            out.append(Change("after_sale", "satisfaction_added", {"date": s.date, "score": s.score, "by": s.by or ""}))
    fa = {(r.date, r.to) for r in old.account.referrals}
    for referral in new.account.referrals:
        if (referral.date, referral.to) not in fa:
            out.append(Change("after_sale", "referral_added", {"to": referral.to, "outcome": referral.outcome or ""}))
    return out
