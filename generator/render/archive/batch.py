"""The whole archive run: customers in, a card per customer plus index.xlsx, summary.docx and errors.csv out.

Two passes keep memory flat. Pass one streams the inputs, turns each good customer into
its card data (plain text, pickled to a temporary spool file) and keeps only the little
grading needs. Grading needs every value, so cards wait for pass two, which streams the
spool back and fills, zips and writes each card: in this process, or in `jobs` worker
processes fed a bounded number of chunks at a time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.analysis.batch import PyramidSummary, ranking, summarise_pyramid
from generator.analysis.grading import Customer, Grade, GradingRule, grade_customers
from generator.errors import OutputError
from generator.i18n.messages import msg
from generator.load.customers import CustomerRecord, RecordFailure, iter_customers
from generator.output import inside, remove_stale_temps, safe_filename, write_atomic

CARDS = "cards"
INDEX = "index.xlsx"
SUMMARY = "summary.docx"
ERRORS = "errors.csv"
CHUNK = 64


@dataclass(frozen=True)
class _Entry:
    """What the index, the summary and grading keep of a customer (the card data waits in the spool)."""

    name: str
    annual_value: Any
    tier: Any
    currency: str
    health: int | None
    deal_status: Any
    card: str
    source: str
    overdue: Any = None  # overdue receivables on the run's day (Decimal), None without receivables
    open_complaints: int = 0
    # account plan
    profit: Any = None
    owner: str | None = None
    tenure: int | None = None
    channel: Any = None
    share: Any = None
    status: Any = None
    age: Any = None
    details: int = 0
    lost_reason: str | None = None


@dataclass
class ArchiveResult:
    """What a run wrote and what it found."""

    outdir: Path
    language: str
    cards: list[Path] = field(default_factory=list)
    failures: list[RecordFailure] = field(default_factory=list)
    summary: PyramidSummary | None = None
    index: Path | None = None
    summary_path: Path | None = None
    errors: Path | None = None

    @property
    def written(self) -> list[Path]:
        """Return every file written, the cards first."""
        return self.cards + [p for p in (self.index, self.summary_path, self.errors) if p is not None]


class Progress:
    """Hooks a caller can override to show progress; the default shows nothing."""

    def reading(self, count: int) -> None:
        """Called as customers are read (count so far)."""

    def writing(self, done: int, total: int) -> None:
        """Called as cards are written."""


class CardNames:
    """File names for cards: from the customer name, safe on every OS, unique ignoring case."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def assign(self, name: str) -> str:
        """Return a new unique file name (`name.docx`, then `name (2).docx`, …)."""
        stem = safe_filename(name, max_length=100)
        candidate, number = f"{stem}.docx", 1
        while candidate.casefold() in self._taken:
            number += 1
            candidate = f"{stem} ({number}).docx"
        self._taken.add(candidate.casefold())
        return candidate


def build_archive(
    inputs: Sequence[Path],
    outdir: Path,
    *,
    rule: GradingRule = GradingRule(),
    language: str | None = None,
    templates_dir: Path | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ArchiveResult:
    """Write a card per good customer of `inputs`, then index.xlsx, summary.docx and (when records failed) errors.csv.

    Cards are in `language`, or each in its brief's language (sheets default to Chinese);
    the index and summary in `language` or the first customer's. `today` (default: the real
    today) is the day receivables are overdue as of, and sets tenures and the customers' class
    by time. Returns what was written.
    """
    from generator.render.archive.card import CardMaker, card_context
    from generator.render.kit.templates import TemplateSet

    progress = progress or Progress()
    today = today or dt.date.today()
    outdir = Path(outdir)
    cards_dir = outdir / CARDS
    templates = TemplateSet(templates_dir)
    CardMaker(templates)  # compile now: a broken template fails before anything is written
    result = ArchiveResult(outdir=outdir, language=language or "zh")
    entries: list[_Entry] = []
    names = CardNames()
    with tempfile.TemporaryFile(prefix="kam-archive-") as spool:
        for item in iter_customers(inputs, language=language or "zh"):
            if isinstance(item, RecordFailure):
                result.failures.append(item)
                continue
            context = card_context(item.brief, language, today)
            if not entries:
                result.language = language or item.brief.language.value
            card = names.assign(item.brief.account.name)
            entries.append(_entry(item, context, card, today))
            pickle.dump((context, card), spool, protocol=pickle.HIGHEST_PROTOCOL)
            progress.reading(len(entries))
        grades = grade_customers([Customer(e.name, e.annual_value, e.tier, e.profit) for e in entries], rule)
        spool.seek(0)
        if entries:
            cards_dir.mkdir(parents=True, exist_ok=True)
        # Temporary files of a run that was killed mid-write: this run writes the whole set again.
        remove_stale_temps(cards_dir)
        remove_stale_temps(outdir, [INDEX, SUMMARY, ERRORS])
        jobs_iter = _jobs(spool, grades, rule.by)
        written = (
            _write_serial(jobs_iter, cards_dir, templates, len(entries), progress)
            if jobs <= 1
            else _write_parallel(jobs_iter, cards_dir, templates_dir, jobs, len(entries), progress)
        )
        result.cards = written
    _write_reports(result, entries, grades, rule, templates)
    return result


def _entry(item: CustomerRecord, context: dict[str, Any], card: str, today: dt.date) -> _Entry:
    from generator.analysis.account_plan import gross_profit, share_of_wallet, status_of, tenure_months
    from generator.analysis.classes import customer_age, filled_details
    from generator.render.archive.card import clean

    brief = item.brief
    account = brief.account
    owner = account.owner
    return _Entry(
        name=context["name"],
        annual_value=account.annual_value,
        tier=account.tier,
        currency=brief.currency,
        health=context["health"]["value"],
        deal_status=account.deal_status,
        card=f"{CARDS}/{card}",
        source=clean(f"{item.source}:{item.line}" if item.line is not None else item.source),
        overdue=context["overdue_total"] if account.receivables else None,
        open_complaints=context["open_complaints"],
        profit=gross_profit(account),
        owner=clean(owner.name) if owner else None,
        tenure=tenure_months(owner.since, today) if owner else None,
        channel=account.channel.kind if account.channel else None,
        share=share_of_wallet(account),
        status=status_of(account) if account.status is not None or account.lost is not None else None,
        age=customer_age(brief, today),
        details=len(filled_details(brief)),
        lost_reason=clean(account.lost.reason) if account.lost and account.lost.reason else None,
    )


def _jobs(spool: Any, grades: list[Grade], by: str = "value") -> Iterator[tuple[dict[str, Any], dict[str, str], str]]:
    from generator.render.archive.card import grade_context

    for grade in grades:
        context, card = pickle.load(spool)
        yield context, grade_context(grade, context["lang"][:2], by), card


def _write_serial(jobs: Iterator, cards_dir: Path, templates: Any, total: int, progress: Progress) -> list[Path]:
    from generator.render.archive.card import CardMaker

    maker = CardMaker(templates)
    out = []
    for context, grade, card in jobs:
        out.append(write_atomic(inside(cards_dir, card), maker.make(context, grade)))
        progress.writing(len(out), total)
    return out


# --- worker processes ---------------------------------------------------------------------

_maker = None


def _init_worker(templates_dir: str | None) -> None:
    global _maker
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the batch; a worker just finishes
    # its card (atomically) instead of printing a KeyboardInterrupt traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from generator.render.archive.card import CardMaker
    from generator.render.kit.templates import TemplateSet

    _maker = CardMaker(TemplateSet(Path(templates_dir) if templates_dir else None))


def _render_chunk(cards_dir: str, chunk: bytes) -> list[str]:
    folder = Path(cards_dir)
    written = []
    assert _maker is not None, "_render_chunk runs only in a worker started with _start_worker"
    for context, grade, card in pickle.loads(chunk):
        written.append(str(write_atomic(inside(folder, card), _maker.make(context, grade))))
    return written


def _write_parallel(
    jobs: Iterator, cards_dir: Path, templates_dir: Path | None, workers: int, total: int, progress: Progress
) -> list[Path]:
    import concurrent.futures as futures
    import multiprocessing

    out: list[Path] = []
    pending: list[futures.Future] = []
    limit = workers * 3  # chunks in flight: enough to keep workers busy, few enough to keep memory flat
    # fork where there is one: workers start at once and need no importable __main__ (a REPL, stdin);
    # they only fill, zip and write, never touching the parent's terminal or locks.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(str(templates_dir) if templates_dir else None,)
    ) as pool:

        def drain(block_until: int) -> None:
            while len(pending) > block_until:
                done = pending.pop(0).result()  # in order: the list of cards follows the input
                out.extend(Path(p) for p in done)
                progress.writing(len(out), total)

        chunk: list[Any] = []
        try:
            for job in jobs:
                chunk.append(job)
                if len(chunk) == CHUNK:
                    pending.append(pool.submit(_render_chunk, str(cards_dir), pickle.dumps(chunk)))
                    chunk = []
                    drain(limit)
            if chunk:
                pending.append(pool.submit(_render_chunk, str(cards_dir), pickle.dumps(chunk)))
            drain(0)
        except BaseException:
            for future in pending:
                future.cancel()  # interrupted: stop now, not after every chunk already queued
            raise
    return out


# --- index, summary, errors ---------------------------------------------------------------


def _write_reports(
    result: ArchiveResult, entries: list[_Entry], grades: list[Grade], rule: GradingRule, templates: Any = None
) -> None:
    from generator.render.archive.index import IndexRow, index_bytes
    from generator.render.archive.summary import TOP_ACCOUNTS, SummaryInput, summary_bytes

    outdir = result.outdir
    order = ranking(grades)

    def rows() -> Iterator[IndexRow]:
        for i in order:
            e = entries[i]
            yield IndexRow(
                e.name,
                e.annual_value,
                e.currency,
                grades[i],
                e.health,
                e.deal_status,
                e.card,
                e.source,
                overdue=e.overdue,
                open_complaints=e.open_complaints,
                profit=e.profit,
                owner=e.owner,
                tenure=e.tenure,
                channel=e.channel,
                wallet_share=e.share,
                status=e.status,
                age=e.age,
                details=e.details,
                lost_reason=e.lost_reason,
            )

    result.summary = summarise_pyramid([e.annual_value for e in entries], grades)
    result.index = write_atomic(inside(outdir, INDEX), index_bytes(rows(), len(entries), result.language))
    top = [row for row, _ in zip(rows(), range(TOP_ACCOUNTS))]
    currency = entries[order[0]].currency if entries else "CNY"
    result.summary_path = write_atomic(
        inside(outdir, SUMMARY),
        summary_bytes(
            SummaryInput(
                result.summary,
                rule,
                top,
                len(result.failures),
                currency,
                watch=[
                    row for row in rows() if row.unprofitable or row.status is not None and row.status.value != "active"
                ],
            ),
            result.language,
            templates,
        ),
    )
    errors_path = inside(outdir, ERRORS)
    if result.failures:
        result.errors = write_atomic(errors_path, errors_csv(result.failures, result.language))
    elif errors_path.exists():
        try:
            errors_path.unlink()  # a clean run leaves no stale errors.csv from an earlier one
        except OSError as exc:
            raise OutputError(msg("cli.cannot_remove", path=errors_path, reason=exc.strerror)) from None


def errors_csv(failures: Sequence[RecordFailure], language: str) -> bytes:
    """Return errors.csv (UTF-8 with BOM, so Excel reads Chinese): one row per problem."""
    from generator.i18n import Texts
    from generator.i18n.messages import localize

    t = Texts(language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [t.t("archive.err_file"), t.t("archive.err_line"), t.t("archive.err_field"), t.t("archive.err_message")]
    )
    for failure in failures:
        for problem in failure.problems:
            writer.writerow(
                [
                    problem.file,
                    problem.line if problem.line is not None else "",
                    problem.path,
                    localize(problem.message, language),
                ]
            )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --- kam demo -----------------------------------------------------------------------------

DEMO_TODAY = dt.date(2026, 12, 1)  # fixed, so the demo is the same every day (the examples' receivables already due)


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the archive of the examples: Chinese (customers.xlsx and the Chinese brief) and English
    (customers.csv and the English brief); return the paths written."""
    written: list[Path] = []
    for folder, language, inputs in (
        ("archive-zh", "zh", ["customers.xlsx", "brief-zh.yaml"]),
        ("archive-en", "en", ["customers.csv", "brief-en.yaml"]),
    ):
        present = [examples_dir / name for name in inputs if (examples_dir / name).exists()]
        written += build_archive(present, Path(outdir) / folder, language=language, today=DEMO_TODAY).written
    return written
