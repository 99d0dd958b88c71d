"""Charts and embedded objects: the text a chart shows, and embedded data beyond what it shows.

A chart keeps its values twice: cached in the chart part (what is drawn) and in an embedded
workbook (what "Edit data" opens). A rep who pastes a price sheet into that workbook sends
every row of it; so every workbook cell whose value the chart does not show is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from generator.preflight.items import Reading, Where
from generator.preflight.package import MAX_NESTED_BYTES, Package, PackageError, open_package

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
EMBED_TYPES = ("package", "oleObject")
_CACHES = ("strCache", "numCache", "strLit", "numLit", "multiLvlStrCache")


def read_chart(reading: Reading, package: Package, chart: str, where: Where) -> None:
    """Add the chart's visible text as an item, and embedded data beyond its values as marks and items."""
    root = package.xml(chart)
    shown = _cached_values(root)
    titles = [t.text or "" for t in root.iter(f"{{{A}}}t")]
    visible = [value for value in shown if not _is_number(value)]
    reading.item(where, "\n".join(titles + visible))
    for workbook, extra in extra_data(package, chart).items():
        if extra:
            prefix = "" if where.place == "chart" else "shape_"
            data_where = Where(workbook, f"{prefix}chart_data", where.values, "embedded")
            reading.mark("embedded-data", data_where, "; ".join(f"{c.sheet}!{c.ref} {c.text}" for c in extra[:8]))
            for cell in extra:
                reading.item(
                    Where(
                        workbook,
                        f"{prefix}chart_cell",
                        where.values + (("cell", f"{cell.sheet}!{cell.ref}"),),
                        "embedded",
                    ),
                    cell.text,
                )


def extra_data(package: Package, chart: str) -> dict[str, list]:
    """Return, for each workbook embedded in `chart`, its cells whose value the chart does not show."""
    shown = {_key(value) for value in _cached_values(package.xml(chart))}
    out = {}
    for workbook in [
        rel.target for rel in package.relationships(chart) if rel.type in EMBED_TYPES and not rel.external
    ]:
        if package.has(workbook):
            out[workbook] = [cell for cell in _nested_cells(package, workbook) if _key(cell.text) not in shown]
    return out


def read_charts(reading: Reading, package: Package, part: str, where_for: Callable[[str], Where]) -> None:
    """Add every chart `part` relates to (a Word document's charts), each located by `where_for(chart part)`."""
    for chart in package.related(part, "chart"):
        if package.has(chart):
            read_chart(reading, package, chart, where_for(chart))


def read_embedded_objects(reading: Reading, package: Package, part: str, where: Where | None = None) -> None:
    """Add a mark for every object embedded in `part` (OLE objects, packages) with whatever text it holds."""
    for rel in package.relationships(part):
        if rel.type not in EMBED_TYPES or rel.external or not package.has(rel.target):
            continue
        values = (where.values if where else ()) + (("name", rel.target.rsplit("/", 1)[-1]),)
        prefix = "slide_" if where is not None else ""
        object_where = Where(rel.target, f"{prefix}embedded_object", values, "embedded")
        cells = _nested_cells(package, rel.target) if rel.target.lower().endswith((".xlsx", ".xlsm")) else []
        reading.mark("embedded-data", object_where, "; ".join(f"{c.sheet}!{c.ref} {c.text}" for c in cells[:8]))
        for cell in cells:
            reading.item(
                Where(
                    rel.target, f"{prefix}embedded_cell", values + (("cell", f"{cell.sheet}!{cell.ref}"),), "embedded"
                ),
                cell.text,
            )


def _nested_cells(package: Package, part: str) -> list:
    from generator.preflight.xlsx import workbook_cells

    try:
        inner = open_package(package.read(part), part, limit=MAX_NESTED_BYTES)
        return list(workbook_cells(inner))
    except PackageError as exc:
        raise PackageError(
            exc.reason, **{**exc.values, "part": f"{part} → {exc.values.get('part', '')}".rstrip(" →")}
        ) from None


def _cached_values(root) -> list[str]:
    out = []
    for cache in _CACHES:
        for element in root.iter(f"{{{C}}}{cache}"):
            out += [v.text or "" for v in element.iter(f"{{{C}}}v")]
    return out


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except (InvalidOperation, ValueError):
        return False
    return True


def _key(text: str) -> str:
    """Return the form under which a cached value and a workbook cell count as the same value."""
    text = (text or "").strip()
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    return format(number.normalize(), "f") if number.is_finite() else text
