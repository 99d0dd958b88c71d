"""The deal's facts preflight compares a document against: the brief's internal texts and amounts, what the
customer may see (so it raises no alarm), and the names of the other customers in the archive."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from decimal import Decimal

from generator.analysis.amounts import leading_amount
from generator.analysis.pricing import proposal_pricing
from generator.analysis.value import summarise_value
from generator.models.brief import Brief
from generator.preflight.amounts import amounts_in
from generator.preflight.fields import Leaf, is_customer_facing, is_known_to_customer, leaves
from generator.preflight.normalise import fragments, normalise, weight

MIN_TEXT_WEIGHT = 12  # 4 Chinese characters or 12 letters: "价格偏高" counts, "招工难" and "Training" don't
MIN_NAME_WEIGHT = 4  # 2 Chinese characters or 4 letters for a customer's name
# Free-text fields that hold amounts: the negotiation targets ("268万 全额").
AMOUNT_TEXT_FIELDS = ("negotiation.targets",)


@dataclass(frozen=True)
class Needle:
    """A text to look for: its normalised form, the text as the brief writes it and where it comes from."""

    normalised: str
    text: str
    source: str
    whole: bool = True


@dataclass
class Facts:
    """Everything the rules compare against."""

    customer: str
    internal_texts: list[Needle] = field(default_factory=list)
    internal_amounts: dict[Decimal, list[str]] = field(default_factory=dict)
    other_customers: list[Needle] = field(default_factory=list)
    contact_terms: list[tuple[Needle, Needle]] = field(default_factory=list)  # (a contact's name, their style…)
    own_names: set[str] = field(default_factory=set)  # normalised: our company and "kam"

    def amount_sources(self, value: Decimal) -> list[str] | None:
        """Return the brief paths holding this internal amount, or None when it is not one."""
        return self.internal_amounts.get(_amount_key(value))


def brief_facts(brief: Brief, other_customers: Iterable[tuple[str, str]] = ()) -> Facts:
    """Return the facts of `brief`; `other_customers` are (name, source) pairs from the archive."""
    all_leaves = list(leaves(brief))
    visible = [leaf for leaf in all_leaves if is_customer_facing(leaf) or is_known_to_customer(leaf)]
    internal = [leaf for leaf in all_leaves if not (is_customer_facing(leaf) or is_known_to_customer(leaf))]
    seen_text = "\x00".join(normalise(str(leaf.value)) for leaf in visible if leaf.kind == "text")
    facts = Facts(customer=brief.account.name)
    facts.internal_texts = _text_needles(internal, seen_text)
    facts.internal_amounts = _internal_amounts(brief, internal, visible)
    facts.own_names = _own_names(brief)
    facts.contact_terms = _contact_terms(brief)
    own = {
        normalise(form) for name in (brief.account.name, brief.account.short_name or "") for form in name_forms(name)
    }
    facts.other_customers = _customer_needles(other_customers, own | {""}, seen_text)
    return facts


def _text_needles(internal: list[Leaf], seen_text: str) -> list[Needle]:
    needles: dict[str, Needle] = {}
    for leaf in internal:
        for text in _texts_of(leaf):
            for position, piece in enumerate(fragments(text)):
                key = normalise(piece)
                if weight(key) < MIN_TEXT_WEIGHT or key in seen_text or key in needles:
                    continue
                needles[key] = Needle(key, piece, leaf.dotted, whole=position == 0)
    # Longest first, so a whole text is reported before the clauses it contains.
    return sorted(needles.values(), key=lambda needle: -len(needle.normalised))


def _texts_of(leaf: Leaf) -> list[str]:
    """Return the spellings of a leaf's value a document may show (a birthday in its usual forms)."""
    if leaf.kind == "text":
        return [leaf.value]
    if leaf.kind == "date" and "personal" in leaf.path:
        day: dt.date = leaf.value
        return [day.isoformat(), f"{day.year}年{day.month}月{day.day}日", f"{day.year}/{day.month}/{day.day}"]
    return []


def _internal_amounts(brief: Brief, internal: list[Leaf], visible: list[Leaf]) -> dict[Decimal, list[str]]:
    shown = {_amount_key(value) for value in _customer_amounts(brief, visible)}
    out: dict[Decimal, list[str]] = {}
    for leaf in internal:
        value = None
        if leaf.kind == "money":
            value = leaf.value
        elif leaf.kind == "text" and any(leaf.pattern.startswith(p) for p in AMOUNT_TEXT_FIELDS):
            value = leading_amount(leaf.value)
        if value is None or value <= 0 or _amount_key(value) in shown:
            continue
        out.setdefault(_amount_key(value), []).append(leaf.dotted)
    return out


def _customer_amounts(brief: Brief, visible: list[Leaf]) -> list[Decimal]:
    """Return every amount a customer document may print: the proposal's own figures, the totals kam
    computes from them, and the amounts written in customer-facing texts."""
    out = [leaf.value for leaf in visible if leaf.kind == "money"]
    out += [amount.value for leaf in visible if leaf.kind == "text" for amount in amounts_in(leaf.value)]
    from generator.i18n import Texts

    proposal = brief.proposal
    # The figures the documents print: lines, subtotals, tax, totals, options, priced services and packages,
    # rounded to the currency's minor unit as the renderers round them.
    out += _decimals(proposal_pricing(proposal, Texts(brief.language.value, brief.currency).minor_unit))
    if proposal is not None and proposal.value is not None:
        out += _decimals(summarise_value(proposal.value))
    return out


def _decimals(value: object) -> list[Decimal]:
    """Return every Decimal inside a result dataclass (its fields, tuples of lines, nested results)."""
    if isinstance(value, Decimal):
        return [value]
    if is_dataclass(value) and not isinstance(value, type):
        return [d for f in fields(value) for d in _decimals(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [d for item in value for d in _decimals(item)]
    return []


def _amount_key(value: Decimal) -> Decimal:
    return Decimal(value).normalize()


# How a contact listens, and that they oppose us, are internal (BRIEF.md); written next to the contact's
# name they are a leak. Milder words (支持, 中立, 信赖) are everyday words beside a name and are left out.
_CONTACT_TERMS = {"style": None, "attitude": {"opponent"}}


def _contact_terms(brief: Brief) -> list[tuple[Needle, Needle]]:
    from generator.i18n import Texts

    out = []
    for index, contact in enumerate(brief.contacts):
        name = Needle(normalise(contact.name), contact.name, f"contacts[{index}].name")
        for field_name, only in _CONTACT_TERMS.items():
            value = getattr(contact, field_name, None)
            if value is None or (only is not None and getattr(value, "value", value) not in only):
                continue
            for language in ("zh", "en"):
                term = Texts(language).term(value)
                if term and name.normalised:
                    out.append((name, Needle(normalise(term), term, f"contacts[{index}].{field_name}")))
    return out


def _own_names(brief: Brief) -> set[str]:
    names = {"kam"}
    seller = brief.seller
    if seller is not None:
        names |= {seller.name, seller.short_name or ""}
        for texts in seller.localized.values():
            names |= {texts.name or "", texts.short_name or ""}
    return {normalise(name) for name in names if name}


# Legal forms a customer's name ends with; reps often drop them ("Contoso Freight", "恒通精密机械").
_LEGAL_FORMS = re.compile(
    r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司|厂|"
    r"\s*,?\s*(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Ltd\.?|Limited|Co\.?,?\s*Ltd\.?|Co\.?|Corp\.?|Corporation|GmbH|AG|S\.A\.|PLC))\s*$",
    re.IGNORECASE,
)


def name_forms(name: str) -> list[str]:
    """Return a customer's name as written and without its legal form (上海某某机械有限公司 → 上海某某机械)."""
    short = _LEGAL_FORMS.sub("", name.strip()).strip(" ,.")
    return [name] + ([short] if short and short != name.strip() else [])


def _customer_needles(customers: Iterable[tuple[str, str]], own: set[str], seen_text: str) -> list[Needle]:
    needles: dict[str, Needle] = {}
    forms = [(form, source) for full, source in customers for form in name_forms(full)]
    for name, source in forms:
        key = normalise(name)
        # Our customer's own names, and names the proposal itself shows (a reference customer), are fine.
        if key in own or weight(key) < MIN_NAME_WEIGHT or key in seen_text or key in needles:
            continue
        if any(key in mine for mine in own if mine):
            continue
        needles[key] = Needle(key, name, source)
    return sorted(needles.values(), key=lambda needle: -len(needle.normalised))
