"""Every document the page offers, as jobs for the worker pool: (files or a data folder) → file bytes.

Jobs run in worker processes: each gets the uploaded files, writes them into its own temporary
folder (deleted afterwards), loads the brief with file references confined to that folder,
and calls the same loaders and renderers as the commands. Results come back as bytes.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.errors import KamError


@dataclass(frozen=True)
class Made:
    """One file a job produced."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Kind:
    """A document the page offers: its id (in URLs), its label key, whether it is internal."""

    id: str
    label: str
    internal: bool
    make: Callable[[Path, str | None], list[Made]]


@dataclass(frozen=True)
class Outcome:
    """What a job returns across the process boundary: files, or the lines of the user's error."""

    files: tuple[Made, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A coach finding as the page shows it."""

    severity: str
    rule: str
    message: str
    action: str
    where: str


@dataclass(frozen=True)
class Summary:
    """A brief as the list and the brief's page show it."""

    name: str
    valid: bool
    customer: str = ""
    stage: str = ""
    amount: str = ""
    language: str = "zh"
    problems: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()

    def count(self, severity: str) -> int:
        """Return how many findings have `severity`."""
        return sum(1 for f in self.findings if f.severity == severity)


def _load(path: Path):
    from generator.load import load_brief

    return load_brief(path)


def _view(path: Path, language: str | None):
    from generator.errors import RenderError
    from generator.render.customer_view import customer_view

    loaded = _load(path)
    try:
        return loaded, customer_view(loaded.brief, language)
    except ValueError as exc:
        raise RenderError(f"{path.name}: {exc}") from None


def _proposal(path: Path, language: str | None) -> list[Made]:
    from generator.output import safe_filename
    from generator.render.kit.templates import TemplateSet
    from generator.render.proposal.document import render_proposal

    _, view = _view(path, language)
    return [Made(safe_filename(view.proposal.title, ".docx"), render_proposal(view, TemplateSet(None)))]


def _proposal_pdf(path: Path, language: str | None) -> list[Made]:
    from generator.render.kit.pdf import convert_to_pdf

    made = _proposal(path, language)[0]
    with tempfile.TemporaryDirectory(prefix="kam-web-pdf-") as folder:
        source = Path(folder) / "proposal.docx"
        source.write_bytes(made.data)
        target = convert_to_pdf(source, Path(folder) / "proposal.pdf")
        return [Made(Path(made.name).with_suffix(".pdf").name, target.read_bytes())]


def _deck(path: Path, language: str | None, *, presenter: bool = False) -> list[Made]:
    from generator.output import safe_filename
    from generator.render.deck.document import render_deck
    from generator.render.kit.templates import TemplateSet

    loaded, view = _view(path, language)
    notes = None
    if presenter:
        from generator.render.deck.notes import presenter_notes

        notes = presenter_notes(loaded.brief)
    title = f"{view.proposal.title}-presenter" if presenter else view.proposal.title
    return [Made(safe_filename(title, ".pptx"), render_deck(view, TemplateSet(None), notes=notes))]


def _presenter(path: Path, language: str | None) -> list[Made]:
    return _deck(path, language, presenter=True)


def _visit_plan(path: Path, language: str | None) -> list[Made]:
    from generator.analysis.visits import Settings
    from generator.analysis.visits_plan import make_plan
    from generator.render.visits.document import render_docx

    loaded = _load(path)
    brief = loaded.brief
    language = language or brief.language.value
    today = dt.date.today()
    start = today + dt.timedelta(days=7 - today.weekday())
    plan = make_plan(
        [(brief, path.name)],
        Settings(start=start, weeks=4, today=today),
        language=language,
        country="CN" if language == "zh" else "US",
    )
    return [Made(f"visit-plan-{start.isoformat()}.docx", render_docx(plan))]


def _archive_card(path: Path, language: str | None) -> list[Made]:
    from generator.render.archive.batch import build_archive

    with tempfile.TemporaryDirectory(prefix="kam-web-card-") as folder:
        result = build_archive([path], Path(folder) / "archive", language=language)
        if result.failures:
            raise KamError("\n".join(p.text(_spoken(language)) for f in result.failures for p in f.problems))
        return [Made(Path(card).name, Path(card).read_bytes()) for card in result.cards]


def _negotiation(path: Path, language: str | None) -> list[Made]:
    from generator.render.negotiation.document import default_output, render_negotiation

    brief = _load(path).brief
    language = language or brief.language.value
    return [Made(default_output(path, language).name, render_negotiation(brief, language=language))]


def _account_plan(path: Path, language: str | None) -> list[Made]:
    from generator.analysis.account_plan import account_plan
    from generator.analysis.visits_plan import tiers_of
    from generator.render.plan.document import default_name, render_plan

    brief = _load(path).brief
    language = language or brief.language.value
    tier, _ = tiers_of([brief])[0]
    plan = account_plan(brief, dt.date.today(), tier=tier)
    return [Made(default_name(brief.account.name, plan.year, language), render_plan(plan, language))]


KINDS: tuple[Kind, ...] = (
    Kind("proposal", "web.doc_proposal", False, _proposal),
    Kind("proposal-pdf", "web.doc_proposal_pdf", False, _proposal_pdf),
    Kind("deck", "web.doc_deck", False, _deck),
    Kind("presenter", "web.doc_presenter", True, _presenter),
    Kind("visits", "web.doc_visits", True, _visit_plan),
    Kind("card", "web.doc_card", True, _archive_card),
    Kind("negotiation", "web.doc_negotiation", True, _negotiation),
    Kind("plan", "web.doc_plan", True, _account_plan),
)
"""Every document offered for one brief, in the order of the page's buttons."""


def kind(kind_id: str) -> Kind | None:
    """Return the document kind `kind_id`, or None."""
    return next((k for k in KINDS if k.id == kind_id), None)


def in_folder(files: dict[str, bytes], work: Callable[[Path], object]) -> object:
    """Return `work(folder)` run on `files` written into a fresh temporary folder (removed afterwards),
    with every file reference of a brief confined to that folder."""
    from generator.load.brief import confined_to
    from generator.web.uploads import materialise

    with tempfile.TemporaryDirectory(prefix="kam-web-") as folder:
        root = Path(folder)
        materialise(files, root)
        with confined_to(root):
            return work(root)


def make(
    kind_id: str, files: dict[str, bytes] | None, brief: str, data_dir: str | None, language: str | None
) -> Outcome:
    """Return the files of document `kind_id` for `brief` (an uploaded file's name, or a path in `data_dir`).

    Runs in a worker process. A user's mistake comes back as problem lines, never a traceback.
    """
    chosen = kind(kind_id)
    if chosen is None:  # routes check first; kept for a job submitted by hand
        return Outcome(problems=(f"unknown document {kind_id!r}",))
    try:
        if files is not None:
            made = in_folder(files, lambda root: chosen.make(root / brief, language))
        else:
            made = chosen.make(Path(data_dir or ".") / brief, language)
    except KamError as exc:
        return Outcome(problems=tuple(exc.lines(_spoken(language, exc))))
    return Outcome(files=tuple(made))  # type: ignore[arg-type]


def summarise(files: dict[str, bytes] | None, brief: str, data_dir: str | None, language: str | None) -> Summary:
    """Return the summary of one brief: customer, stage, amount and the coach's findings, or its problems."""
    if files is not None:
        return in_folder(files, lambda root: _summary(root / brief, brief, language))  # type: ignore[return-value]
    return _summary(Path(data_dir or ".") / brief, brief, language)


def _summary(path: Path, name: str, language: str | None) -> Summary:
    from generator.analysis.coach.check import check_brief
    from generator.analysis.pricing import summarise_pricing
    from generator.i18n import Texts
    from generator.render.check.report import brief_report

    try:
        loaded = _load(path)
    except KamError as exc:
        root = str(path.parent) + "/"
        return Summary(
            name=name, valid=False, problems=tuple(line.replace(root, "") for line in exc.lines(_spoken(language, exc)))
        )
    brief = loaded.brief
    texts = Texts(language or brief.language.value, brief.currency)
    opportunity = brief.opportunity
    amount = ""
    if brief.proposal and brief.proposal.pricing and brief.proposal.pricing.items:
        amount = texts.money(summarise_pricing(brief.proposal.pricing).total)
    report = brief_report(loaded, check_brief(brief, dt.date.today()), texts.language)
    root = str(path.parent) + "/"
    findings = tuple(
        Finding(
            item.severity.value,
            item.rule,
            item.message,
            item.action,
            f"{item.file.replace(root, '')}:{item.line}" if item.line else item.file.replace(root, ""),
        )
        for item in report.items
    )
    return Summary(
        name=name,
        valid=True,
        customer=brief.account.name,
        stage=texts.term(opportunity.stage) if opportunity and opportunity.stage else "",
        amount=amount,
        language=brief.language.value,
        findings=findings,
    )


def list_inputs(root: Path, files: dict[str, bytes]) -> list[Path]:
    """Return the uploaded files an archive or review reads: briefs and customer lists (CSV, XLSX), not the
    seller files and pictures the briefs name."""
    from generator.web.uploads import brief_candidates

    briefs = set(brief_candidates(files))
    return [root / name for name in sorted(files) if name in briefs or name.lower().endswith((".csv", ".xlsx"))]


def archive_zip(files: dict[str, bytes], language: str | None, progress) -> Outcome:
    """Return the archive of the customer lists and briefs in `files` as one zip (cards, index, summary,
    errors). `progress` is a shared mapping the page reads: {"read": n, "done": n, "total": n}."""
    import io
    import zipfile

    from generator.output import normalise_zip
    from generator.render.archive.batch import Progress, build_archive

    class Shared(Progress):
        def reading(self, count: int) -> None:
            if count % 25 == 0:
                progress["read"] = count

        def writing(self, done: int, total: int) -> None:
            if done == 1 or done % 10 == 0 or done == total:
                progress["done"], progress["total"] = done, total

    def work(root: Path) -> Outcome:
        inputs = list_inputs(root, files)
        outdir = root.parent / (root.name + "-out")
        try:
            result = build_archive(inputs, outdir, language=language, progress=Shared())
        except KamError as exc:
            return Outcome(problems=tuple(exc.lines(_spoken(language, exc))))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for written in sorted(Path(p) for p in result.written):
                archive.writestr(str(written.relative_to(outdir)), written.read_bytes())
        import shutil

        shutil.rmtree(outdir, ignore_errors=True)
        problems = tuple(
            p.text(_spoken(language)).replace(str(root) + "/", "") for f in result.failures for p in f.problems
        )
        return Outcome(files=(Made("archive.zip", normalise_zip(buffer.getvalue())),), problems=problems)

    return in_folder(files, work)  # type: ignore[return-value]


@dataclass(frozen=True)
class PreflightLine:
    """One preflight finding as the page shows it."""

    rule: str
    severity: str
    where: str
    text: str
    meaning: str


def preflight(
    files: dict[str, bytes] | None, brief: str, data_dir: str | None, document: tuple[str, bytes], language: str
) -> tuple[tuple[PreflightLine, ...], tuple[str, ...]]:
    """Return the preflight findings of an edited `document` (name, bytes) against `brief`, worded in
    `language`, or the problems that stopped it (the brief's, or an unreadable file's)."""
    import json

    def work(root: Path):
        from generator.i18n import Texts
        from generator.preflight.facts import brief_facts
        from generator.preflight.report import json_report
        from generator.preflight.run import check_file

        name = "edited" + Path(document[0]).suffix.lower()
        target = root.parent / (root.name + "-" + name)
        target.write_bytes(document[1])
        try:
            try:
                loaded = _load(root / brief if files is not None else Path(data_dir or ".") / brief)
            except KamError as exc:
                return (), tuple(exc.lines(_spoken(language, exc)))
            t = Texts(language, loaded.brief.currency)
            report = check_file(target, brief_facts(loaded.brief, []), label=document[0])
            found = json.loads(json_report([report], t))["files"][0]["findings"]
            lines = tuple(
                PreflightLine(
                    f["rule"],
                    f["severity"],
                    f["where"],
                    f["text"],
                    t.t(f"preflight.rule_{f['rule'].replace('-', '_')}") if f["rule"] != "unreadable" else "",
                )
                for f in found
            )
            return lines, ()
        finally:
            target.unlink(missing_ok=True)

    return in_folder(files or {}, work)  # type: ignore[return-value]


def review_zip(files: dict[str, bytes], language: str | None, progress) -> Outcome:
    """Return the director's review of the briefs in `files` (review.xlsx and review.docx, one zip), and
    the problems of the briefs that could not be read. `progress` is updated like the archive's."""
    import io
    import zipfile

    from generator.analysis.review import review_rows
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import normalise_zip
    from generator.render.kit.templates import TemplateSet
    from generator.render.review.document import render_review_docx
    from generator.render.review.xlsx import render_review_xlsx

    def work(root: Path) -> Outcome:
        records, problems = [], []
        for item in iter_customers(list_inputs(root, files), language=language or "zh"):
            if isinstance(item, CustomerRecord):
                records.append(item)
                progress["read"] = len(records)
            else:
                problems += [p.text(_spoken(language)).replace(str(root) + "/", "") for p in item.problems]
        if not records:
            return Outcome(problems=tuple(problems))
        day = dt.date.today()
        rows = review_rows([(r.brief, r.source) for r in records], day)
        lang = language or records[0].brief.language.value
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("review.xlsx", render_review_xlsx(rows, lang, day))
            archive.writestr("review.docx", render_review_docx(rows, lang, day, TemplateSet(None)))
        progress["done"] = progress["total"] = len(records)
        return Outcome(files=(Made("review.zip", normalise_zip(buffer.getvalue())),), problems=tuple(problems))

    return in_folder(files, work)  # type: ignore[return-value]


def _spoken(language: str | None, error: KamError | None = None) -> str:
    """Return the language the page's messages are in: the page's, else the brief's, else the server's locale."""
    from generator.i18n.messages import resolve_language

    return resolve_language(language, error.language if error is not None else None)
