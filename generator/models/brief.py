"""The account brief (BRIEF.md) as Pydantic models. No I/O: loaders read files, models validate."""

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, StringConstraints, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

# account plan (kept apart from the imports above so concurrent additions merge)
from generator.models.account_plan import (  # noqa: I001
    CareOccasion,
    Channel,
    Lost,
    Owner,
    Plan,
    PreviousOwner,
    Programme,
    ServicePolicy,
    plan_reference_errors,
)

# The base class and text types live in `base` so the parts in other modules (tender, offer, after_sale) share them.
from generator.models.after_sale import Complaint, Receivable, Referral, Satisfaction, TeamMember
from generator.models.base import Model, Required, Text, TextList, error_details  # noqa: F401 (re-exported)
from generator.models.enums import (
    AccountStatus,
    Answer,
    Attitude,
    BenefitKind,
    Charge,
    Concern,
    CostKind,
    DealStatus,
    Function,
    Language,
    Level,
    Loyalty,
    Motivation,
    Nature,
    ObjectionMethod,
    ObjectionNature,
    ObjectionTiming,
    ObjectionType,
    RelationshipStage,
    Role,
    ServiceKind,
    ServiceMode,
    Stage,
    Style,
    Tier,
)
from generator.models.offer import Close, Package, Terms
from generator.models.tender import Response, StrengthItem, Tender, WeaknessItem
from generator.models.values import Date, Discount, Money, NonNegativeMoney, Quantity, Rate

# --- seller -----------------------------------------------------------------------------


class Person(Model):
    name: Required
    title: Text | None = None
    phone: Text | None = None
    email: Text | None = None


class Reference(Model):
    customer: Required
    project: Text | None = None
    year: int | None = None
    result: Text | None = None
    # proposal depth (responses, tender, org chart)
    image: Text | None = Field(None, description="PNG/JPEG picture of the case (customer-facing), relative to the file")


class Credentials(Model):
    certifications: TextList = []
    awards: TextList = []
    qualifications: TextList = []
    references: list[Reference] = []
    profile: Text | None = None


class SellerText(Model):
    """The seller's words in one language; any field given replaces the seller's own."""

    name: Text | None = None
    short_name: Text | None = None
    tagline: Text | None = None
    address: Text | None = None
    contact: Person | None = None
    credentials: Credentials | None = None


class CompanyCalendar(Model):
    """The company's own calendar on top of the country's: days off and extra working days."""

    holidays: list[Date] = Field([], description="Company days off (no visits), YYYY-MM-DD")
    workdays: list[Date] = Field(
        [], description="Extra working days, e.g. make-up workdays not yet in the holidays data"
    )

    @model_validator(mode="after")
    def _not_both(self) -> "CompanyCalendar":
        both = sorted(set(self.holidays) & set(self.workdays))
        if both:
            index = self.workdays.index(both[0])
            _fail(("workdays", index), "day_off_and_workday", {"date": both[0].isoformat()}, both[0])
        return self


class Seller(Model):
    name: Required
    short_name: Text | None = None
    logo: Text | None = Field(None, description="PNG/JPEG path, relative to the file that names it")
    tagline: Text | None = None
    address: Text | None = None
    website: Text | None = None
    contact: Person | None = None
    credentials: Credentials | None = None
    localized: dict[Language, SellerText] = Field(
        {}, description="Per-language versions of the seller's texts, e.g. `en: {name: …}` for English documents"
    )
    calendar: CompanyCalendar | None = Field(
        None, description="The team's company calendar for visit plans (internal): holidays and workdays"
    )
    # account plan
    service_policy: ServicePolicy = Field(
        {},
        description="How each tier is served (rules, senior visits a year, initiatives); replaces kam's table per tier",
    )

    def in_language(self, language: str) -> "Seller":
        """Return the seller as documents in `language` show it (its `localized` texts applied)."""
        texts = self.localized.get(Language(language))
        if texts is None:
            return self
        return self.model_copy(update={k: v for k, v in texts.field_values().items() if v is not None})


# --- account ----------------------------------------------------------------------------


class BasicDetails(Model):
    address: Text | None = None
    phone: Text | None = None
    fax: Text | None = None
    website: Text | None = None
    bank: Text | None = None
    bank_account: Text | None = None


_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class BusinessDetails(Model):
    background: Text | None = None
    development_plans: Text | None = None
    fiscal_year_start: Text | None = Field(None, description="MM-DD")
    fiscal_year_end: Text | None = Field(None, description="MM-DD")

    @field_validator("fiscal_year_start", "fiscal_year_end")
    @classmethod
    def _month_day(cls, value: str | None) -> str | None:
        if value is not None and not _MONTH_DAY.match(value):
            raise PydanticCustomError("month_day", "must be a month and day as MM-DD, e.g. 01-01")
        return value


class LogisticsDetails(Model):
    delivery_address: Text | None = None
    priority_delivery: bool | None = None
    notes: Text | None = None


class Deal(Model):
    date: Date | None = None
    description: Text | None = None
    amount: Money | None = None


HEALTH_CHECKS = (
    "points_out_flaws",
    "discusses_business",
    "returns_calls",
    "thinks_we_are_best",
    "no_competitor_contracts",
    "postpones_competitors",
    "blames_us_sometimes",
    "we_help_them_succeed",
    "avoids_competitor_products",
    "mutual_need",
)


class RelationshipHealth(Model):
    """The ten checks of a key account truly bound to us (DOMAIN §3)."""

    points_out_flaws: bool | None = None
    discusses_business: bool | None = None
    returns_calls: bool | None = None
    thinks_we_are_best: bool | None = None
    no_competitor_contracts: bool | None = None
    postpones_competitors: bool | None = None
    blames_us_sometimes: bool | None = None
    we_help_them_succeed: bool | None = None
    avoids_competitor_products: bool | None = None
    mutual_need: bool | None = None

    @property
    def score(self) -> int:
        """Return how many of the ten checks are true (0–10)."""
        return sum(1 for name in HEALTH_CHECKS if getattr(self, name) is True)

    @property
    def answered(self) -> int:
        """Return how many of the ten checks have an answer."""
        return sum(1 for name in HEALTH_CHECKS if getattr(self, name) is not None)


class Account(Model):
    name: Required
    short_name: Text | None = None
    logo: Text | None = Field(
        None, description="The customer's logo (customer-facing), PNG/JPEG, relative to the brief"
    )
    industry: Text | None = None
    nature: Nature | None = None
    deal_status: DealStatus | None = None
    customer_since: Date | None = None
    tier: Tier | None = None
    annual_value: NonNegativeMoney | None = None
    motivation: Motivation | None = None
    loyalty: Loyalty | None = None
    basic: BasicDetails | None = None
    business: BusinessDetails | None = None
    logistics: LogisticsDetails | None = None
    history: list[Deal] = []
    relationship_health: RelationshipHealth | None = None
    # negotiation and after signing
    receivables: list[Receivable] = Field([], description="After signing: amounts due, part paid or not (internal)")
    complaints: list[Complaint] = Field([], description="After signing: complaints and their status (internal)")
    satisfaction: list[Satisfaction] = Field([], description="After signing: satisfaction scores 1..5 (internal)")
    referrals: list[Referral] = Field([], description="After signing: introductions the customer made (internal)")
    # account plan
    status: AccountStatus | None = None
    lost: Lost | None = None
    owner: Owner | None = None
    previous_owners: list[PreviousOwner] = []
    channel: Channel | None = None
    gross_margin: Rate | None = Field(None, description="Gross margin on what the account buys from us")
    cost_to_serve: NonNegativeMoney | None = Field(None, description="What serving the account costs us a year")
    wallet: NonNegativeMoney | None = Field(None, description="What the account spends a year on what we sell")
    bonds: TextList = Field([], description="What raises their switching costs: integrations, certified staff …")
    programme: Programme | None = None
    care: list[CareOccasion] = []


# --- contacts ---------------------------------------------------------------------------


class PersonalDetails(Model):
    birthday: Date | None = None
    interests: TextList = []
    hobbies: TextList = []
    prejudices: TextList = []
    notes: Text | None = None


class Contact(Model):
    id: Required
    name: Required
    title: Text | None = None
    department: Text | None = None
    level: Level | None = None
    function: Function | None = None
    roles: list[Role] = []
    style: Style | None = None
    relationship: RelationshipStage | None = None
    attitude: Attitude | None = None
    coach: bool = False
    phone: Text | None = None
    email: Text | None = None
    personal: PersonalDetails | None = None
    # proposal depth (responses, tender, org chart)
    reports_to: Text | None = Field(None, description="The id of the contact this person reports to (no loops)")
    # account plan
    motive: Text | None = Field(None, description="Personal motive (promotion, recognition, an easy life …)")
    concern: Concern | None = None
    introduced_by: Text | None = Field(None, description="A contact id, or a name outside the account")


# --- opportunity ------------------------------------------------------------------------


class AssessmentAnswer(Model):
    answer: Answer
    why: Text | None = None


class Assessment(Model):
    """The four questions of judging an opportunity."""

    opportunity: AssessmentAnswer | None = None
    proposal: AssessmentAnswer | None = None
    winnable: AssessmentAnswer | None = None
    worth_winning: AssessmentAnswer | None = None


class Needs(Model):
    goals: TextList = []
    problems: TextList = []
    solutions_sought: TextList = []
    products_services: TextList = []
    criteria: TextList = []
    confirmed_in_writing: bool = False


class Competitor(Model):
    name: Required
    strengths: TextList = []
    weaknesses: TextList = []
    in_use_at_customer: Text | None = None


class Opportunity(Model):
    name: Required
    stage: Stage | None = None
    budget: NonNegativeMoney | None = None
    decision_date: Date | None = None
    assessment: Assessment | None = None
    needs: Needs | None = None
    competitors: list[Competitor] = []
    our_strengths: list[StrengthItem] = Field([], description="Text, or {text, criteria: [purchase criteria it meets]}")
    our_weaknesses: list[WeaknessItem] = Field([], description="Text, or {text, affects: [contact ids], answer}")
    # offer and close
    close: Close | None = Field(None, description="Internal: the closing method we mean to use, and a note")


# --- proposal (customer-facing) ---------------------------------------------------------


class Background(Model):
    summary: Text | None = None
    trends: TextList = []
    opportunities: TextList = []


class Challenge(Model):
    problem: Required
    impact: Text | None = None


class Offering(Model):
    name: Required
    description: Text | None = None
    feature: Text | None = None
    advantage: Text | None = None
    benefit: Text | None = None
    # proposal depth (responses, tender, org chart)
    image: Text | None = Field(
        None, description="PNG/JPEG picture of the offering (customer-facing), relative to the brief"
    )


class Phase(Model):
    phase: Required
    start: Date | None = None
    end: Date | None = None
    deliverables: TextList = []

    @model_validator(mode="after")
    def _end_after_start(self) -> "Phase":
        if self.start and self.end and self.end < self.start:
            _fail(("end",), "end_before_start", {"start": self.start.isoformat()}, self.end)
        return self


class Service(Model):
    kind: ServiceKind | None = None
    name: Required
    description: Text | None = None
    # offer and close
    technical: bool | None = Field(
        None, description="True for a technical service (技术性), false for a non-technical one"
    )
    mode: ServiceMode | None = None
    charge: Charge | None = None
    price: NonNegativeMoney | None = Field(None, description="A paid service's price; it is also listed in the pricing")
    response: Text | None = Field(None, description="How fast: 15 分钟, 4 小时到场")

    @model_validator(mode="after")
    def _free_has_no_price(self) -> "Service":
        if self.price is not None and self.charge == Charge("free"):
            _fail(("price",), "free_with_price", {}, self.price)
        return self

    @property
    def paid(self) -> bool:
        """Return True when the service is charged for (a price without a charge means paid)."""
        return self.charge == Charge("paid") or (self.charge is None and self.price is not None)


class Solution(Model):
    overview: Text | None = None
    offerings: list[Offering] = []
    implementation: list[Phase] = []
    service: list[Service] = []
    # proposal depth (responses, tender, org chart)
    responses: list[Response] = Field([], description="How the solution meets each purchase criterion (需求响应)")


class PriceItem(Model):
    category: Text | None = None
    name: Required
    spec: Text | None = None
    quantity: Quantity = Decimal(1)
    unit: Text | None = None
    unit_price: NonNegativeMoney
    discount: Discount | None = None
    optional: bool = False
    # offer and close
    package: Text | None = Field(None, description="The id of the package this line belongs to; none: every package")


class Pricing(Model):
    tax_rate: Rate | None = None
    items: list[PriceItem] = []
    payment_terms: TextList = []
    notes: TextList = []
    # offer and close
    packages: list[Package] = Field([], description="Options the customer chooses between, compared side by side")

    @model_validator(mode="after")
    def _unique_package_ids(self) -> "Pricing":
        seen: dict[str, int] = {}
        for index, package in enumerate(self.packages):
            if package.id in seen:
                _fail(
                    ("packages", index, "id"),
                    "duplicate_package_id",
                    {"id": repr(package.id), "first": seen[package.id]},
                    package.id,
                )
            seen[package.id] = index
        return self


class ValueLine(Model):
    item: Required
    amount: NonNegativeMoney | None = None


class BenefitLine(ValueLine):
    # offer and close
    kind: BenefitKind | None = None


class CostLine(ValueLine):
    # offer and close
    kind: CostKind | None = None


class CustomerValue(Model):
    """Customer value: benefits against costs (DOMAIN §1, customer delivered value)."""

    benefits: list[BenefitLine] = []
    costs: list[CostLine] = []


class DeckOptions(Model):
    """Optional extras for the pitch deck when the proposal fields don't suffice."""

    hook: Text | None = Field(None, description="The attention grabber: a question or a short story")
    key_points: TextList = Field([], description="Three to five points the deck presents")
    next_steps: TextList = Field([], description="What we ask the customer to do next")


class Proposal(Model):
    title: Required
    date: Date | None = None
    valid_until: Date | None = None
    background: Background | None = None
    challenges: list[Challenge] = []
    solution: Solution | None = None
    pricing: Pricing | None = None
    value: CustomerValue | None = None
    closing: Text | None = None
    deck: DeckOptions | None = None
    # offer and close
    terms: Terms | None = Field(None, description="The commercial terms (商务条款), shown after the pricing")
    # proposal depth (responses, tender, org chart)
    tender: Tender | None = Field(None, description="A bid: deviation tables and the qualification checklist")

    @model_validator(mode="after")
    def _valid_after_date(self) -> "Proposal":
        if self.date and self.valid_until and self.valid_until < self.date:
            _fail(("valid_until",), "valid_before_date", {"date": self.date.isoformat()}, self.valid_until)
        return self

    @model_validator(mode="after")
    def _payment_terms_once(self) -> "Proposal":
        if self.terms and self.terms.payment and self.pricing and self.pricing.payment_terms:
            _fail(("terms", "payment"), "payment_twice", {}, self.terms.payment)
        return self


# --- internal: objections, negotiation, visits ------------------------------------------


class Objection(Model):
    type: ObjectionType | None = None
    nature: ObjectionNature | None = None
    statement: Required
    method: ObjectionMethod | None = None
    timing: ObjectionTiming | None = None
    response: Text | None = None


class Trade(Model):
    give: Text | None = None
    get: Text | None = None


class Negotiation(Model):
    targets: TextList = []
    bottom_line: NonNegativeMoney | None = None
    trades: list[Trade] = []
    # negotiation and after signing
    team: list[TeamMember] = Field([], description="Our negotiation team: {name, role} (internal)")
    their_interests: TextList = Field([], description="The interests behind the customer's positions (internal)")
    their_bottom_line: NonNegativeMoney | None = Field(
        None, description="Our estimate of the customer's limit (internal)"
    )
    alternatives: TextList = Field([], description="Our walk-away alternatives (internal)")


class Visit(Model):
    date: Date
    contacts: list[Text] = []
    objective: Text | None = None
    outcome: Text | None = None
    next_steps: TextList = []
    planned: bool | None = Field(None, description="True for a planned visit; default: dates after today")
    senior: bool = Field(
        False, description="Our senior management took part (the quarterly senior visit to a key account)"
    )
    # offer and close
    signals: TextList = Field([], description="Internal: buying signals seen on this visit (询问交货期 …)")


# --- the brief --------------------------------------------------------------------------


class Brief(Model):
    """One account opportunity: the whole input of every kam document."""

    brief: int = Field(description="Format version; 1")
    language: Language = Language("zh")
    currency: Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z]{3}$")] = "CNY"
    seller: Seller | None = None
    account: Account
    contacts: list[Contact] = []
    opportunity: Opportunity | None = None
    proposal: Proposal | None = None
    objections: list[Objection] = []
    negotiation: Negotiation | None = None
    visits: list[Visit] = []
    # account plan
    plan: Plan | None = None

    @field_validator("brief")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != 1:
            raise PydanticCustomError(
                "brief_version", "unknown format version {v}; this kam reads version 1", {"v": value}
            )
        return value

    @model_validator(mode="after")
    def _cross_references(self) -> "Brief":
        found = reference_errors(self.contacts, self.visits, self.opportunity) + plan_reference_errors(
            self.contacts, self.account.care, self.plan
        )
        if found:
            raise ValidationError.from_exception_data(type(self).__name__, [_error(*f) for f in found])
        return self

    def contact(self, contact_id: str) -> Contact | None:
        """Return the contact with this id, or None."""
        return next((c for c in self.contacts if c.id == contact_id), None)


_REFERENCE_TEXTS = {
    "duplicate_id": "duplicate contact id {id} (also contacts[{first}])",
    "unknown_contact": "no contact with id {id}",
    "reports_to_self": "reports to themselves",
    "reporting_loop": "reporting lines form a loop: {path}",
}


def reference_errors(
    contacts: Any, visits: Any, opportunity: Any = None
) -> list[tuple[tuple, str, dict[str, Any], Any]]:
    """Return (loc, kind, context, value) for duplicate contact ids, visits naming unknown contacts,
    reporting lines to unknown contacts or in a loop, and weaknesses affecting unknown contacts.

    Works on models and on raw mappings alike, so the loader can report these together
    with field errors (Pydantic runs model validators only once the fields are valid).
    """

    def get(item: Any, name: str) -> Any:
        return item.get(name) if isinstance(item, dict) else getattr(item, name, None)

    found: list[tuple[tuple, str, dict[str, Any], Any]] = []
    seen: dict[Any, int] = {}
    for index, contact in enumerate(contacts if isinstance(contacts, list) else []):
        contact_id = get(contact, "id")
        if contact_id is None:
            continue
        if contact_id in seen:
            found.append(
                (
                    ("contacts", index, "id"),
                    "duplicate_id",
                    {"id": repr(contact_id), "first": seen[contact_id]},
                    contact_id,
                )
            )
        else:
            seen[contact_id] = index
    for index, visit in enumerate(visits if isinstance(visits, list) else []):
        named = get(visit, "contacts")
        for position, contact_id in enumerate(named if isinstance(named, list) else []):
            if contact_id not in seen:
                found.append(
                    (("visits", index, "contacts", position), "unknown_contact", {"id": repr(contact_id)}, contact_id)
                )
    found += _reporting_errors(contacts if isinstance(contacts, list) else [], seen, get)
    weaknesses = get(opportunity, "our_weaknesses") if opportunity is not None else None
    for index, weakness in enumerate(weaknesses if isinstance(weaknesses, list) else []):
        affects = get(weakness, "affects") if isinstance(weakness, dict) or hasattr(weakness, "affects") else None
        for position, contact_id in enumerate(affects if isinstance(affects, list) else []):
            if contact_id not in seen:
                found.append(
                    (
                        ("opportunity", "our_weaknesses", index, "affects", position),
                        "unknown_contact",
                        {"id": repr(contact_id)},
                        contact_id,
                    )
                )
    return found


def _reporting_errors(
    contacts: list[Any], seen: dict[Any, int], get: Any
) -> list[tuple[tuple, str, dict[str, Any], Any]]:
    """Return the errors of `reports_to`: an unknown id, or a loop (reported once, at its first member)."""
    found: list[tuple[tuple, str, dict[str, Any], Any]] = []
    boss: dict[Any, Any] = {}
    for index, contact in enumerate(contacts):
        contact_id, target = get(contact, "id"), get(contact, "reports_to")
        if target is None or contact_id is None:
            continue
        if target not in seen:
            found.append((("contacts", index, "reports_to"), "unknown_contact", {"id": repr(target)}, target))
        elif seen.get(contact_id) == index:
            boss[contact_id] = target
    reported: set[Any] = set()
    for contact_id in boss:
        chain, current = [contact_id], boss[contact_id]
        while current in boss and current not in chain:
            chain.append(current)
            current = boss[current]
        if current != contact_id or contact_id in reported:
            continue  # no loop through this person (a loop further up is reported at its own member)
        reported.update(chain)
        path = " → ".join(str(c) for c in chain + [contact_id])
        kind = "reports_to_self" if len(chain) == 1 else "reporting_loop"
        found.append((("contacts", seen[contact_id], "reports_to"), kind, {"path": path}, boss[contact_id]))
    return found


def _error(loc: tuple, kind: str, context: dict[str, Any], value: Any) -> InitErrorDetails:
    template = _REFERENCE_TEXTS.get(kind) or _CHECK_TEXTS[kind]
    return error_details(loc, kind, template, value, context)


_CHECK_TEXTS = {
    "free_with_price": "a free service has no price: remove it or set charge: paid",
    "duplicate_package_id": "duplicate package id {id} (also packages[{first}])",
    "payment_twice": "payment terms are given twice: keep terms.payment or pricing.payment_terms, not both",
    "day_off_and_workday": "{date} is both a company holiday and a workday; keep it in one list",
    "end_before_start": "must not be before start ({start})",
    "valid_before_date": "must not be before the proposal date ({date})",
}


def _fail(loc: tuple, kind: str, context: dict[str, Any], value: Any) -> None:
    raise ValidationError.from_exception_data("Brief", [_error(loc, kind, context, value)])
