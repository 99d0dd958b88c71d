"""The visit plan of the built-in examples, for `kam demo`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the visit plan of the example briefs (Word, Excel, calendar) into `outdir`; return the paths."""
    from generator.analysis.visits import Settings
    from generator.analysis.visits_plan import make_plan
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import write_atomic
    from generator.render.visits.document import render_docx
    from generator.render.visits.ics import render_ics
    from generator.render.visits.xlsx import render_xlsx

    written = []
    # A fixed window, so the demo is the same every day: right after the examples' last visits.
    settings = Settings(
        start=dt.date(2026, 11, 30), weeks=4, today=dt.date(2026, 11, 27), meeting=dt.date(2026, 12, 18)
    )
    for language in ("zh", "en"):
        briefs = sorted(examples_dir.glob(f"brief-{language}.yaml"))
        records = [r for r in iter_customers(briefs, language=language) if isinstance(r, CustomerRecord)]
        plan = make_plan(
            [(r.brief, Path(r.source).name) for r in records],
            settings,
            language=language,
            country="CN" if language == "zh" else "US",
        )
        stem = Path(outdir) / f"visit-plan-{language}"
        written.append(write_atomic(stem.with_suffix(".docx"), render_docx(plan)))
        written.append(write_atomic(stem.with_suffix(".xlsx"), render_xlsx(plan)))
        written.append(write_atomic(stem.with_suffix(".ics"), render_ics(plan)))
    return written
