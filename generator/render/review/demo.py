"""The weekly review of the built-in examples, for `kam demo`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

DEMO_DAY = dt.date(2026, 12, 1)
"""The review's day in the demo (fixed, so the demo is the same every day): after the examples' receivables fall due."""


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the review of both example briefs (review.xlsx and review.docx, in Chinese) into `outdir`."""
    from generator.analysis.review import review_rows
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import write_atomic
    from generator.render.review.document import render_review_docx
    from generator.render.review.xlsx import render_review_xlsx

    briefs = [p for p in (Path(examples_dir) / "brief-zh.yaml", Path(examples_dir) / "brief-en.yaml") if p.exists()]
    records = [r for r in iter_customers(briefs) if isinstance(r, CustomerRecord)]
    rows = review_rows([(r.brief, Path(r.source).name) for r in records], DEMO_DAY)
    return [
        write_atomic(Path(outdir) / "review.xlsx", render_review_xlsx(rows, "zh", DEMO_DAY)),
        write_atomic(Path(outdir) / "review.docx", render_review_docx(rows, "zh", DEMO_DAY)),
    ]
