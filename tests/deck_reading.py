"""Read a saved .pptx back the way a reader (and a renderer) sees it (used by the deck tests)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx_reading import all_text as all_parts_text  # noqa: F401  (one reader for every package)
from pptx import Presentation
from pptx.oxml.ns import qn

from generator.render.kit.text_fit import Metrics, wrap

PT = 12700


def open_pptx(data: bytes | Path):
    """Return the python-pptx Presentation of `data` (bytes or a path)."""
    return Presentation(io.BytesIO(data) if isinstance(data, bytes) else str(data))


def titles(prs) -> list[str]:
    """Return each slide's title text."""
    return [slide.shapes.title.text_frame.text if slide.shapes.title is not None else "" for slide in prs.slides]


def layout_names(prs) -> list[str]:
    """Return the name of each slide's layout."""
    return [slide.slide_layout.name for slide in prs.slides]


def slide_text(slide) -> str:
    """Return every text on the slide: text frames, table cells (not notes)."""
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                out.extend(cell.text for cell in row.cells)
    return "\n".join(out)


def body_text(slide) -> str:
    """Return the slide's texts less its title and its progress marker: what a continued text is made of."""
    title = slide.shapes.title
    out = []
    for shape in slide.shapes:
        if (
            shape.has_text_frame
            and shape is not title
            and not shape.name.startswith("Progress")
            and (title is None or shape.shape_id != title.shape_id)
        ):
            out.append(shape.text_frame.text)
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                out.extend(cell.text for cell in row.cells)
    return "\n".join(out)


def table_rows(slide) -> list[list[str]]:
    """Return the rows of the first table on the slide."""
    for shape in slide.shapes:
        if getattr(shape, "has_table", False) and shape.has_table:
            return [[cell.text for cell in row.cells] for row in shape.table.rows]
    return []


def overflows(prs, metrics: Metrics | None = None) -> list[str]:
    """Return a description of every text box or table row whose text, as written (sizes, exact
    line spacing, insets, margins), is taller than its box, measured independently of the renderer."""
    metrics = metrics or Metrics()
    problems = []
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                frame = shape.text_frame
                needed = _frame_height(frame._txBody, shape.width, metrics, frame.margin_left + frame.margin_right)
                needed += (frame.margin_top + frame.margin_bottom) / PT
                if needed > shape.height / PT + 0.5:
                    problems.append(f"slide {number} {shape.name}: needs {needed:.1f} pt, has {shape.height / PT:.1f}")
            if getattr(shape, "has_table", False) and shape.has_table:
                table = shape.table
                widths = [c.width for c in table.columns]
                for r, row in enumerate(table.rows):
                    for c, cell in enumerate(row.cells):
                        margins = cell.margin_left + cell.margin_right
                        needed = _frame_height(cell.text_frame._txBody, widths[c], metrics, margins)
                        needed += (cell.margin_top + cell.margin_bottom) / PT
                        if needed > row.height / PT + 0.5:
                            problems.append(
                                f"slide {number} table row {r} cell {c}: needs {needed:.1f} pt, has {row.height / PT:.1f}"
                            )
                bottom = shape.top + sum(row.height for row in table.rows)
                if bottom > prs.slide_height:
                    problems.append(f"slide {number} table runs off the slide")
    return problems


def _frame_height(body, width_emu: int, metrics: Metrics, margins_emu: int) -> float:
    total = 0.0
    for p in body.findall(qn("a:p")):
        runs = p.findall(qn("a:r"))
        text = "".join(r.findtext(qn("a:t")) or "" for r in runs)
        sizes = [
            int(r.find(qn("a:rPr")).get("sz")) / 100
            for r in runs
            if r.find(qn("a:rPr")) is not None and r.find(qn("a:rPr")).get("sz")
        ]
        if not sizes:
            continue
        size = max(sizes)
        ppr = p.find(qn("a:pPr"))
        margin = int(ppr.get("marL", "0")) if ppr is not None else 0
        pitch = _points(ppr, "a:lnSpc", size * 1.2)
        before = _points(ppr, "a:spcBef", 0.0)
        lines = wrap(text, (width_emu - margins_emu - margin) / PT, size, metrics)
        total += len(lines) * pitch + before
    return total


def _points(ppr, tag: str, default: float) -> float:
    if ppr is None or ppr.find(qn(tag)) is None:
        return default
    pts = ppr.find(qn(tag)).find(qn("a:spcPts"))
    return int(pts.get("val")) / 100 if pts is not None else default


def runs_without_east_asian_font(prs) -> list[str]:
    """Return the texts of runs (slides and notes) that lack an a:ea typeface or a language."""
    missing = []
    parts = [slide.part for slide in prs.slides] + [
        slide.notes_slide.part for slide in prs.slides if slide.has_notes_slide
    ]
    for part in parts:
        for run in part._element.iter(qn("a:r")):
            rpr = run.find(qn("a:rPr"))
            if (
                rpr is None
                or rpr.get("lang") is None
                or rpr.find(qn("a:ea")) is None
                or not rpr.find(qn("a:ea")).get("typeface")
            ):
                missing.append(run.findtext(qn("a:t")))
    return missing


def notes_text(prs) -> str:
    """Return the speaker notes of every slide."""
    return "\n".join(slide.notes_slide.notes_text_frame.text for slide in prs.slides if slide.has_notes_slide)


def strip_tags(xml: str) -> str:
    """Return the text content of some XML (tags removed)."""
    return re.sub(r"<[^>]+>", "", xml)
