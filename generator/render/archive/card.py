"""The archive card (客户资料卡): one internal .docx per customer, compiled once and filled per customer.

`card_context` turns a brief into plain, picklable data (labels and formatted values, control
characters removed); `CardMaker` compiles the card's document.xml template once, builds the
fixed parts of the package once (compressed once), and then per customer only renders
document.xml, writes docProps/core.xml and appends both to a copy of the fixed package.
Nothing per customer touches an object model, so thousands of cards cost little more
than zipping them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal
from functools import lru_cache
from typing import Any

from generator.analysis.grading import Grade
from generator.analysis.health import assess_health
from generator.analysis.record import commercial_record
from generator.errors import TemplateError
from generator.i18n import Texts
from generator.i18n.messages import msg
from generator.models.brief import Brief
from generator.output import FIXED_ZIP_TIME
from generator.render.archive.parts import CONTENT_WIDTH, FIXED_PARTS, core_xml, document_rels
from generator.render.kit.templates import TemplateSet

TEMPLATE = "archive_card.xml.j2"
ORG_CHART_MEDIA = "word/media/orgchart.png"
ORG_CHART_MAX_HEIGHT_EMU = 7_560_000  # 21 cm: a tall chart is scaled down to stay on one page
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(value: Any) -> str:
    """Return `value` as text Word can hold: control characters (illegal in XML) removed, line ends as \\n."""
    text = "" if value is None else str(value)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


@lru_cache(maxsize=32)
def texts(language: str, currency: str = "CNY") -> Texts:
    """Return the (shared, cached) Texts of a language and currency for the archive's hot paths."""
    return Texts(language, currency)


def card_context(brief: Brief, language: str | None = None, today: dt.date | None = None) -> dict[str, Any]:
    """Return everything the card shows except the grade, as plain text ready for the template.

    Sections without data are left out (empty lists / None), so the card never prints an
    empty heading or "None". `today` (default: the real today) is the day receivables are overdue
    as of, and sets the owner's tenure.
    """
    lang = language or brief.language.value
    t = texts(lang, brief.currency)
    a = brief.account

    def field(key: str) -> str:
        return t.t(f"archive.field.{key}")

    def rows(pairs: list[tuple[str, Any]]) -> list[tuple[str, str]]:
        return [(label, clean(value)) for label, value in pairs if value not in (None, "", [])]

    yes_no = {True: t.t("archive.yes"), False: t.t("archive.no"), None: None}
    past = [v for v in brief.visits if v.planned is not True]
    planned = [v for v in brief.visits if v.planned is True]
    last_visit = max(past, key=lambda v: v.date) if past else None
    next_visit = min(planned, key=lambda v: v.date) if planned else None

    overview = rows(
        [
            (field("nature"), t.term(a.nature)),
            (field("deal_status"), t.term(a.deal_status)),
            (field("customer_since"), t.date(a.customer_since)),
            (field("annual_value"), t.money(a.annual_value) if a.annual_value is not None else None),
            (field("motivation"), t.term(a.motivation)),
            (field("loyalty"), t.term(a.loyalty)),
            (field("last_visit"), _visit_text(t, last_visit)),
            (field("next_visit"), _visit_text(t, next_visit)),
        ]
    ) + rows(_account_plan_rows(t, brief, today or dt.date.today()))
    basic = business = logistics = []
    if a.basic:
        basic = rows(
            [
                (field(f"basic.{k}"), getattr(a.basic, k))
                for k in ("address", "phone", "fax", "website", "bank", "bank_account")
            ]
        )
    if a.business:
        b = a.business
        fiscal = (
            t.t("archive.fiscal_range", start=b.fiscal_year_start, end=b.fiscal_year_end)
            if b.fiscal_year_start and b.fiscal_year_end
            else b.fiscal_year_start or b.fiscal_year_end
        )
        business = rows(
            [
                (field("business.background"), b.background),
                (field("business.development_plans"), b.development_plans),
                (t.t("archive.fiscal_year"), fiscal),
            ]
        )
    if a.logistics:
        g = a.logistics
        logistics = rows(
            [
                (field("logistics.delivery_address"), g.delivery_address),
                (field("logistics.priority_delivery"), yes_no[g.priority_delivery]),
                (field("logistics.notes"), g.notes),
            ]
        )

    health = assess_health(a)
    states = {True: "yes", False: "no", None: "unknown"}
    answers = {True: t.t("archive.check_yes"), False: t.t("archive.check_no"), None: t.t("archive.check_unknown")}
    subtitle = " · ".join(clean(x) for x in (a.short_name, a.industry) if x)
    return {
        "lang": t.lang_tag,
        "title": t.t("archive.card_title"),
        "internal": t.t("archive.internal"),
        "name": clean(a.name),
        "subtitle": subtitle,
        "tier_by_hand": a.tier.value if a.tier else None,
        "labels": {k: t.t(f"archive.{k}") for k in ("overview", "basic", "business", "logistics", "visits")},
        "overview": overview,
        "basic": basic,
        "business": business,
        "logistics": logistics,
        "record": _record(t, brief),
        "buying": _buying(t, brief),
        "org": _org(t, brief),
        "personal": _personal(t, brief),
        "health": {
            "title": t.t("archive.health"),
            "score": t.t("archive.health_score", score=health.score) if health.assessed else "—",
            "note": (
                t.t("archive.health_answered", answered=health.answered)
                if health.assessed
                else t.t("archive.health_not_assessed")
            ),
            "headers": [t.t("archive.check"), t.t("archive.answer")],
            "rows": [
                (field(f"relationship_health.{name}"), answers[answer], states[answer])
                for name, answer in health.checks
            ]
            if health.assessed
            else [],
            "value": health.score if health.assessed else None,
        },
        "visits": rows(
            [(t.short_date(v.date), _visit_line(t, v, brief)) for v in sorted(brief.visits, key=lambda v: v.date)]
        ),
        "handover": t.t("archive.handover"),
        **_after_sale(t, brief, today or dt.date.today()),
        "alerts": _alerts(t, brief),
    }


def _after_sale(t: Texts, brief: Brief, today: dt.date) -> dict[str, Any]:
    """Return the card's after-signing sections: receivables (with the total overdue on `today`),
    complaints, satisfaction and referrals; each None when the brief records none."""
    from generator.analysis.after_sale import after_sale
    from generator.models.enums import ComplaintStatus

    a = brief.account
    state = after_sale(a, today)
    receivables = None
    if state.receivables:
        rows = []
        for r in state.receivables:
            status, tone = (
                (t.t("archive.receivable_paid"), "yes")
                if r.outstanding <= 0
                else (
                    (t.t("archive.receivable_overdue", days=r.overdue_days), "no")
                    if r.overdue
                    else (t.t("archive.receivable_not_due"), "unknown")
                )
            )
            item = r.receivable
            rows.append(
                (
                    [
                        t.short_date(item.due),
                        t.money(item.amount),
                        t.money(item.received) if item.received is not None else "",
                        t.short_date(item.received_on),
                        t.money(r.outstanding),
                    ],
                    status,
                    tone,
                )
            )
        receivables = {
            "title": t.t("archive.receivables"),
            "headers": [t.t(f"archive.receivable.{k}") for k in ("due", "amount", "received", "received_on")]
            + [t.t("archive.receivable_outstanding"), t.t("archive.receivable_status")],
            "rows": rows,
            "totals": [
                (
                    t.t("archive.receivables_overdue_total"),
                    t.t("archive.receivables_as_of", amount=t.money(state.overdue_total), date=t.short_date(today)),
                ),
                (t.t("archive.receivables_outstanding_total"), t.money(state.outstanding_total)),
            ],
            "overdue": bool(state.overdue),
        }
    open_age = {c.index: c.age_days for c in state.open_complaints}
    complaints = None
    if a.complaints:
        complaint_rows = []
        for index, c in enumerate(a.complaints):
            status = (
                t.t("archive.complaint_open_days", days=open_age[index])
                if index in open_age
                else t.term(ComplaintStatus("closed"))
            )
            complaint_rows.append(
                (
                    [t.short_date(c.date), clean(c.issue), status, t.short_date(c.closed_on), clean(c.owner)],
                    "no" if index in open_age else "plain",
                )
            )
        complaints = {
            "title": t.t("archive.complaints"),
            "rows": complaint_rows,
            "headers": [t.t(f"archive.complaint.{k}") for k in ("date", "issue", "status", "closed_on", "owner")],
        }
    satisfaction = None
    if a.satisfaction:
        satisfaction = {
            "title": t.t("archive.satisfaction"),
            "headers": [t.t(f"archive.satisfaction.{k}") for k in ("date", "score", "by")],
            "rows": [
                [t.short_date(s.date), t.t("archive.satisfaction_score", score=s.score), clean(s.by)]
                for s in sorted(a.satisfaction, key=lambda s: s.date)
            ],
        }
    referrals = None
    if a.referrals:
        referrals = {
            "title": t.t("archive.referrals"),
            "headers": [t.t(f"archive.referral.{k}") for k in ("date", "to", "outcome")],
            "rows": [[t.short_date(r.date), clean(r.to), clean(r.outcome)] for r in a.referrals],
        }
    return {
        "receivables": receivables,
        "complaints": complaints,
        "satisfaction": satisfaction,
        "referrals": referrals,
        "overdue_total": state.overdue_total,
        "open_complaints": len(state.open_complaints),
    }


def _account_plan_rows(t: Texts, brief: Brief, today: dt.date) -> list[tuple[str, Any]]:
    """Return the card's account-plan facts: status, owner and tenure, channel, share of wallet, profit, bonds."""
    from generator.analysis.account_plan import gross_profit, share_of_wallet, status_of, tenure_months

    a = brief.account

    def field(key: str) -> str:
        return t.t(f"archive.field.{key}")

    owner = None
    if a.owner is not None:
        months = tenure_months(a.owner.since, today)
        owner = (
            t.t("archive.owner_tenure", name=a.owner.name, since=t.date(a.owner.since), months=months)
            if a.owner.since
            else a.owner.name
        )
    previous = [
        t.t("archive.previous_owner", name=p.name, start=t.short_date(p.from_) or "—", end=t.short_date(p.to) or "—")
        + (t.t("archive.previous_handover", text=p.handover) if p.handover else "")
        for p in sorted(a.previous_owners, key=lambda p: p.from_ or dt.date.min)
    ]
    channel = None
    if a.channel is not None and (a.channel.kind or a.channel.partner):
        channel = " · ".join(
            x for x in (t.term(a.channel.kind) if a.channel.kind else "", a.channel.partner or "") if x
        )
        if a.channel.registered:
            channel += t.t("archive.channel_registered", date=t.short_date(a.channel.registered))
    share = share_of_wallet(a)
    profit = gross_profit(a)
    status = status_of(a) if a.status is not None or a.lost is not None else None
    return [
        (field("status"), t.term(status) if status else None),
        (field("owner.name"), owner),
        (t.t("archive.previous_owners"), "\n".join(previous) or None),
        (field("channel.kind"), channel),
        (field("wallet"), t.money(a.wallet) if a.wallet is not None else None),
        (t.t("archive.share_of_wallet"), t.percent(share.quantize(Decimal("0.001"))) if share is not None else None),
        (field("gross_margin"), t.percent(a.gross_margin) if a.gross_margin is not None else None),
        (field("cost_to_serve"), t.money(a.cost_to_serve) if a.cost_to_serve is not None else None),
        (t.t("archive.profit"), t.money(profit) if profit is not None else None),
        (t.t("archive.bonds"), t.join([clean(b) for b in a.bonds]) or None),
    ]


def _alerts(t: Texts, brief: Brief) -> list[dict[str, Any]]:
    """Return what a director must see first: a lost or dormant account, an unprofitable one (with the options)."""
    from generator.analysis.account_plan import gross_profit, status_of

    a = brief.account
    out = []
    status = status_of(a)
    if status.value != "active":
        lines = []
        if a.lost is not None:
            parts = [
                (t.t("archive.lost_date"), t.date(a.lost.date) if a.lost.date else None),
                (t.t("archive.lost_reason"), a.lost.reason),
                (t.t("archive.lost_competitor"), a.lost.competitor),
            ]
            lines = [f"{label}{t.t('common.colon')}{clean(value)}" for label, value in parts if value]
        lines.append(t.t(f"archive.{status.value}_action"))
        out.append({"title": t.t(f"archive.alert_{status.value}"), "lines": lines})
    profit = gross_profit(a)
    if profit is not None and profit < 0:
        out.append(
            {
                "title": t.t("archive.alert_unprofitable", profit=t.money(profit)),
                "lines": [t.t("archive.unprofitable_options")]
                + [f"• {t.t(f'plan.option.{k}')}" for k in ("raise_price", "cut_cost", "cheaper_channel")],
            }
        )
    return out


def _visit_text(t: Texts, visit: Any) -> str | None:
    if visit is None:
        return None
    return (
        t.t("archive.visit_objective", date=t.date(visit.date), objective=clean(visit.objective))
        if visit.objective
        else t.date(visit.date)
    )


def _visit_line(t: Texts, visit: Any, brief: Brief) -> str:
    parts = [clean(visit.objective), clean(visit.outcome), t.join([clean(s) for s in visit.next_steps])]
    people = [brief.contact(n) for n in visit.contacts]
    names = [clean(p.name) for p in people if p is not None]
    text = "；".join(p for p in parts if p) if t.language == "zh" else "; ".join(p for p in parts if p)
    planned = t.t("archive.field.next_visit") if visit.planned else ""
    return " · ".join(x for x in (planned, text, t.join(names)) if x) or "—"


def _record(t: Texts, brief: Brief) -> dict[str, Any] | None:
    history = brief.account.history
    if not history:
        return None
    record = commercial_record(history)
    last = record.last
    last_text = None
    if last is not None:
        last_text = t.t(
            "archive.last_deal_text",
            date=t.short_date(last.date) or "—",
            description=clean(last.description) or "—",
            amount=t.money(last.amount) if last.amount is not None else "—",
        )
    return {
        "title": t.t("archive.record"),
        "headers": [t.t("archive.deal_date"), t.t("archive.deal_description"), t.t("archive.deal_amount")],
        "rows": [
            [t.short_date(d.date), clean(d.description), t.money(d.amount) if d.amount is not None else ""]
            for d in record.deals
        ],
        "total": (t.t("archive.record_total"), t.money(record.total)),
        "last": (t.t("archive.last_deal"), last_text or "—"),
    }


def _buying(t: Texts, brief: Brief) -> dict[str, Any] | None:
    if not brief.contacts:
        return None
    keys = ("name", "title", "level", "function", "roles", "style", "relationship", "attitude", "coach")
    out = []
    for c in brief.contacts:
        out.append(
            [
                clean(c.name),
                clean(c.title),
                t.term(c.level),
                t.term(c.function),
                t.join([t.term(r) for r in c.roles]),
                t.term(c.style),
                t.term(c.relationship),
                t.term(c.attitude),
                t.t("archive.coach_yes") if c.coach else "",
            ]
        )
    return {"title": t.t("archive.buying_centre"), "headers": [t.t(f"archive.contact.{k}") for k in keys], "rows": out}


def _org(t: Texts, brief: Brief) -> dict[str, Any] | None:
    """Return what the org chart is drawn from (plain data: it is drawn where the card is made), or None
    when the buying centre has no structure to draw (see `worth_drawing`)."""
    from generator.models.enums import Attitude
    from generator.render.kit.org_chart import people_from_brief, worth_drawing

    if not worth_drawing(brief):
        return None
    legend = [(a.value, t.term(a)) for a in Attitude] + [(None, t.t("archive.attitude_unknown"))]
    return {
        "title": t.t("archive.org_chart"),
        "note": t.t("archive.org_chart_note"),
        "people": people_from_brief(brief, t),
        "legend": legend,
    }


def _personal(t: Texts, brief: Brief) -> dict[str, Any] | None:
    people = []
    for c in brief.contacts:
        p = c.personal
        pairs = [
            (t.t("archive.contact.department"), c.department),
            (t.t("archive.contact.phone"), c.phone),
            (t.t("archive.contact.email"), c.email),
            (t.t("archive.contact.motive"), c.motive),
            (t.t("archive.contact.concern"), t.term(c.concern) if c.concern else None),
            (t.t("archive.contact.introduced_by"), _introducer(brief, c.introduced_by)),
        ]
        if p is not None:
            pairs += [
                (t.t("archive.contact.personal.birthday"), t.date(p.birthday) if p.birthday else None),
                (t.t("archive.contact.personal.interests"), t.join([clean(x) for x in p.interests])),
                (t.t("archive.contact.personal.hobbies"), t.join([clean(x) for x in p.hobbies])),
                (t.t("archive.contact.personal.prejudices"), t.join([clean(x) for x in p.prejudices])),
                (t.t("archive.contact.personal.notes"), p.notes),
            ]
        rows = [(label, clean(value)) for label, value in pairs if value]
        if rows:
            heading = " · ".join(x for x in (clean(c.name), clean(c.title)) if x)
            people.append({"heading": heading, "rows": rows})
    return {"title": t.t("archive.personal"), "people": people} if people else None


def _introducer(brief: Brief, name: str | None) -> str | None:
    """Return who introduced a contact: another contact's name when `introduced_by` is an id, else the text."""
    other = brief.contact(name) if name else None
    return other.name if other is not None else name


def grade_context(grade: Grade | None, language: str, by: str = "value") -> dict[str, str]:
    """Return the card's tier line: the tier, how it was set, and the customer's rank and share of value
    (of gross profit when the grading rule is `by` profit)."""
    t = texts(language)
    if grade is None:
        return {"tier": "", "tier_note": "", "rank_note": ""}
    notes = []
    if grade.by_hand:
        notes.append(t.t("archive.by_hand"))
        if grade.computed_tier != grade.tier and not grade.no_value:
            notes.append(t.t("archive.by_rule", tier=t.term(grade.computed_tier)))
    if grade.no_value:
        notes.append(t.t("archive.no_value"))
    key = "archive.rank_share_profit" if by == "profit" else "archive.rank_share"
    rank_note = "" if grade.no_value else t.t(key, rank=grade.rank, share=t.percent(_round(grade.share)))
    return {
        "tier": t.term(grade.tier),
        "tier_note": ("；" if language == "zh" else "; ").join(notes),
        "rank_note": rank_note,
    }


def _round(share: Decimal) -> Decimal:
    return share.quantize(Decimal("0.0001"))


# --- the compiled card ------------------------------------------------------------------


def run_properties(lang_tag: str) -> dict[str, str]:
    """Return the run-property XML of each text role; every one sets the East Asian font slot and language."""
    from generator.render.archive.parts import run_props

    return {
        "plain": run_props(lang_tag),
        "label": run_props(lang_tag, color="1F3864"),
        "header": run_props(lang_tag, bold=True, color="FFFFFF"),
        "heading": run_props(lang_tag, bold=True, color="1F3864", size=26),
        "heading2": run_props(lang_tag, bold=True, color="1F3864", size=21),
        "title": run_props(lang_tag, bold=True, color="1F3864", size=40),
        "kicker": run_props(lang_tag, color="7F7F7F", size=18),
        "muted": run_props(lang_tag, color="595959", size=20),
        "tier": run_props(lang_tag, bold=True, color="C55A11", size=28),
        "score": run_props(lang_tag, bold=True, color="1F3864", size=44),
        "handover": run_props(lang_tag, italic=True, color="595959", size=19),
        "yes": run_props(lang_tag, bold=True, color="2E7D32"),
        "no": run_props(lang_tag, bold=True, color="C62828"),
        "unknown": run_props(lang_tag, color="7F7F7F"),
    }


class CardMaker:
    """Makes card .docx bytes: the template is compiled and the fixed parts are zipped once, at construction."""

    def __init__(self, templates: TemplateSet | None = None):
        self.templates = templates or TemplateSet()
        self.template = _compile(self.templates)
        self._bases: dict[str, bytes] = {}
        self._props: dict[str, dict[str, Any]] = {}

    def document_xml(
        self, context: dict[str, Any], grade: dict[str, str], picture: dict[str, int] | None = None
    ) -> str:
        """Return the card's word/document.xml for one customer (`picture`: the org chart's size in EMU)."""
        from markupsafe import Markup

        lang = context["lang"]
        if lang not in self._props:
            self._props[lang] = {k: Markup(v) for k, v in run_properties(lang).items()}
        try:
            return self.template.render(**context, **grade, rpr=self._props[lang], org_picture=picture)
        except Exception as exc:  # a user's template: report it as theirs, with the line
            raise _template_error(exc, self.templates) from None

    def make(self, context: dict[str, Any], grade: dict[str, str]) -> bytes:
        """Return the card .docx of one customer (fixed timestamps: the same data gives the same bytes)."""
        chart = _draw_org(context.get("org"))
        picture = _picture_size(chart) if chart else None
        document = self.document_xml(context, grade, picture).encode("utf-8")
        core = core_xml(context["name"], context["title"], context["lang"]).encode("utf-8")
        buffer = io.BytesIO(self._base(context["lang"]))
        buffer.seek(0, io.SEEK_END)
        parts = [
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", document_rels(bool(chart)).encode("utf-8")),
            ("docProps/core.xml", core),
        ]
        with zipfile.ZipFile(buffer, "a") as package:
            for name, data in parts:
                package.writestr(_info(name), data, compresslevel=6)
            if chart:
                package.writestr(_info(ORG_CHART_MEDIA), chart.png, compresslevel=6)
        return buffer.getvalue()

    def _base(self, lang: str) -> bytes:
        """Return the package's fixed parts, zipped once per language."""
        if lang not in self._bases:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as package:
                for name, build in FIXED_PARTS:
                    package.writestr(_info(name), build(lang).encode("utf-8"), compresslevel=6)
            self._bases[lang] = buffer.getvalue()
        return self._bases[lang]


def _draw_org(org: dict[str, Any] | None):
    """Return the drawn org chart of the card's context, or None."""
    if not org:
        return None
    from generator.render.kit.org_chart import draw_org_chart

    return draw_org_chart(org["people"], org["legend"])


def _picture_size(chart) -> dict[str, int]:
    """Return the chart's size on the page in EMU (see OrgChart.size_on_page)."""
    width, height = chart.size_on_page(CONTENT_WIDTH * 635, ORG_CHART_MAX_HEIGHT_EMU)  # twips → EMU
    return {"cx": width, "cy": height}


def _info(name: str) -> zipfile.ZipInfo:
    """Return the zip entry header normalise_zip writes, so a card is already in normal form."""
    info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    return info


@lru_cache(maxsize=8)
def _environment(search_path: tuple[str, ...], sandboxed: bool):
    from jinja2 import Environment, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    kind = ImmutableSandboxedEnvironment if sandboxed else Environment
    # autoescape: every value lands in XML; the ready-made run properties are Markup.
    return kind(
        loader=FileSystemLoader(list(search_path)),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=False,
    )


def _compile(templates: TemplateSet):
    """Return the compiled card template (a user's copy runs sandboxed; the built-in one is trusted)."""
    import jinja2

    path = templates.path(TEMPLATE)
    env = _environment(tuple(str(p) for p in templates.search_path), templates.is_user(TEMPLATE))
    try:
        return env.get_template(TEMPLATE)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            msg("cli.template_syntax", where=f"{exc.filename or path}:{exc.lineno}", detail=exc.message)
        ) from None


def _template_error(exc: Exception, templates: TemplateSet) -> TemplateError:
    import traceback

    import jinja2

    path = templates.path(TEMPLATE)
    line = next(
        (frame.lineno for frame in reversed(traceback.extract_tb(exc.__traceback__)) if frame.filename == str(path)),
        None,
    )
    where = f"{path}:{line}" if line else str(path)
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(msg("cli.template_error", name=where, detail=exc.message))
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return TemplateError(msg("cli.template_sandbox", name=where, detail=str(exc)))
    return TemplateError(msg("cli.template_error", name=where, detail=f"{type(exc).__name__}: {exc}"))
