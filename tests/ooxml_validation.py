"""Check an Office package (.docx, .pptx, .xlsx) the way Word, PowerPoint and Excel read it.

Two layers, both in-process:

1. Schema and semantic validation by openxml-audit (a pure-Python port of Microsoft's
   Open XML SDK validator, MIT licence): every XML part is validated against the ECMA-376
   transitional schema of its content type as Office 2016 reads it, plus the SDK's
   semantic constraints and its strict required relationships (styles, settings,
   fontTable and theme of a Word document; styles and theme of a workbook).
2. The package rules a strict reader applies that are cheap to state exactly here:
   [Content_Types].xml covers every part, every internal relationship points at a part
   that exists, drawing ids are unique (wp:docPr across a whole Word document, p:cNvPr
   within a slide), chart axis ids are unsigned, and a workbook keeps its text in shared
   strings (Excel rewrites inline strings on its first save).

`problems(source)` returns every finding as "part: message" (empty when the package is
clean); `assert_valid(source)` fails with all of them at once. Embedded packages (a chart's
workbook inside a deck) are checked too. The validator is built once per process.
"""

from __future__ import annotations

import io
import posixpath
import tempfile
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lxml import etree

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
X_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": ".docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": ".docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": ".pptx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ".xlsx",
}
# Relationships a strict reader expects from the main part, by kind of package.
REQUIRED_RELATIONSHIPS = {
    ".docx": ("styles", "settings", "fontTable", "theme"),
    ".pptx": ("slideMaster", "theme"),
    ".xlsx": ("styles", "theme"),
}


@lru_cache(maxsize=1)
def _validator():
    """Return the (shared) Office 2016 validator: all errors, no early stop."""
    from openxml_audit import FileFormat, OpenXmlValidator

    return OpenXmlValidator(file_format=FileFormat.OFFICE_2016, max_errors=0)


def problems(source: Path | str | bytes) -> list[str]:
    """Return every schema, semantic and package problem of the package at `source` (a path or
    the file's bytes), as "part: message" lines; an empty list means a strict reader opens it."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    return _problems(data, "")


def assert_valid(source: Path | str | bytes, name: str = "") -> None:
    """Fail with every problem of the package at `source` (named `name` in the message)."""
    found = problems(source)
    label = name or (str(source) if not isinstance(source, bytes) else "package")
    assert not found, f"{label}: {len(found)} problem(s)\n  " + "\n  ".join(found)


def invalid_files(paths: Iterable[Path]) -> dict[str, list[str]]:
    """Return {path: problems} for those of the Office files among `paths` that have any."""
    result = {}
    for path in sorted(paths):
        if path.suffix.lower() in (".docx", ".pptx", ".xlsx"):
            found = problems(path)
            if found:
                result[str(path)] = found
    return result


def office_files(folder: Path) -> list[Path]:
    """Return every .docx, .pptx and .xlsx under `folder`, sorted."""
    return sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in (".docx", ".pptx", ".xlsx"))


def _problems(data: bytes, prefix: str) -> list[str]:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return [f"{prefix or 'package'}: not a zip package"]
    with package:
        parts = {name: package.read(name) for name in package.namelist() if not name.endswith("/")}
    found: list[str] = []
    kind, content_types = _content_types(parts, found)
    found += _sdk_findings(data, kind or ".zip")
    found += _package_rules(parts, content_types, kind, found)
    for name, blob in parts.items():
        if name.endswith((".xlsx", ".docx", ".pptx")):
            found += _problems(blob, f"/{name}!")
    return [f"{prefix}{line}" for line in found]


def _sdk_findings(data: bytes, suffix: str) -> list[str]:
    from openxml_audit import ValidationSeverity

    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(data)
        handle.flush()
        result = _validator().validate(handle.name)
    lines = []
    for error in result.errors:
        if error.severity == ValidationSeverity.INFO:
            continue
        where = f" at {error.path}" if error.path else ""
        lines.append(f"{error.part_uri or '/'}: {error.description}{where}")
    return lines


def _content_types(parts: dict[str, bytes], found: list[str]) -> tuple[str | None, dict[str, str]]:
    """Return (kind of package by its main part, {part name: content type}); record gaps in `found`."""
    blob = parts.get("[Content_Types].xml")
    if blob is None:
        found.append("/[Content_Types].xml: missing")
        return None, {}
    root = etree.fromstring(blob)
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.iter(f"{{{CT_NS}}}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in root.iter(f"{{{CT_NS}}}Override")}
    types = {}
    for name in parts:
        if name == "[Content_Types].xml":
            continue
        part = "/" + name
        base = posixpath.basename(name)
        extension = base.rsplit(".", 1)[-1].lower() if "." in base else ""
        content_type = overrides.get(part) or defaults.get(extension)
        if content_type is None:
            found.append(f"{part}: no content type in [Content_Types].xml")
        else:
            types[part] = content_type
    for part in overrides:
        if part.lstrip("/") not in parts:
            found.append(f"/[Content_Types].xml: override for a part that does not exist: {part}")
    kind = next((MAIN_TYPES[t] for t in types.values() if t in MAIN_TYPES), None)
    return kind, types


def _relationships(parts: dict[str, bytes]) -> dict[str, list[tuple[str, str, str]]]:
    """Return {source part ('/' for the package): [(type, target part, mode)]}."""
    result = {}
    for name, blob in parts.items():
        if not name.endswith(".rels"):
            continue
        folder, rels_file = posixpath.split(name)
        base = posixpath.dirname(folder)  # …/_rels/x.xml.rels describes …/x.xml
        source = "/" + posixpath.join(base, rels_file[: -len(".rels")]) if rels_file != ".rels" else "/"
        entries = []
        for rel in etree.fromstring(blob).iter(f"{{{RELS_NS}}}Relationship"):
            mode = rel.get("TargetMode", "Internal")
            target = rel.get("Target", "")
            if mode != "External":
                target = posixpath.normpath(target if target.startswith("/") else "/" + posixpath.join(base, target))
            entries.append((rel.get("Type", ""), target, mode))
        result[source] = entries
    return result


def _package_rules(
    parts: dict[str, bytes], content_types: dict[str, str], kind: str | None, already: list[str]
) -> list[str]:
    found = []
    rels = _relationships(parts)
    for source, entries in rels.items():
        for _type, target, mode in entries:
            if mode != "External" and target.lstrip("/") not in parts:
                found.append(f"{source}: relationship to a missing part {target}")
    main = next((t for rel_type, t, _m in rels.get("/", []) if rel_type.endswith("/officeDocument")), None)
    if main is None:
        found.append("/: no officeDocument relationship")
        return found
    present = {rel_type.rsplit("/", 1)[-1] for rel_type, _t, _m in rels.get(main, [])}
    for required in REQUIRED_RELATIONSHIPS.get(kind or "", ()):
        if required not in present and not any(f"relationships/{required}'" in line for line in already):
            found.append(f"{main}: no {required} part related from it")
    xml_parts = {
        p: etree.fromstring(parts[p.lstrip("/")])
        for p, t in content_types.items()
        if t.endswith("+xml") or t.endswith("/xml")
    }
    if kind == ".docx":
        found += [
            line
            for line in _unique_docpr_ids(xml_parts)
            if not any(line.split(":")[0] in seen and "duplicate wp:docPr" in seen for seen in already)
        ]
    for part, root in xml_parts.items():
        if root.tag == f"{{{P_NS}}}sld":
            ids = [e.get("id") for e in root.iter(f"{{{P_NS}}}cNvPr")]
            if len(ids) != len(set(ids)):
                found.append(f"{part}: shape ids (p:cNvPr) used twice")
        if root.tag == f"{{{C_NS}}}chartSpace":  # the schema says unsignedInt; say which ids, once
            signed = sorted(
                {
                    n.get("val")
                    for tag in ("axId", "crossAx")
                    for n in root.iter(f"{{{C_NS}}}{tag}")
                    if not n.get("val", "").isdigit()
                }
            )
            if signed:
                found.append(f"{part}: chart axis ids {', '.join(signed)} are not unsigned ints")
        if root.tag == f"{{{X_NS}}}worksheet":
            found += _sheet_strings(part, root, xml_parts)
    return found


def _unique_docpr_ids(xml_parts: dict[str, etree._Element]) -> list[str]:
    """Word wants each drawing's wp:docPr id unique across the document, headers and footers included."""
    seen: dict[str, str] = {}
    found = []
    for part, root in xml_parts.items():
        for node in root.iter(f"{{{WP_NS}}}docPr"):
            ident = node.get("id")
            if ident in seen:
                found.append(f"{part}: wp:docPr id {ident} already used in {seen[ident]}")
            else:
                seen[ident] = part
    return found


def _sheet_strings(part: str, root: etree._Element, xml_parts: dict[str, etree._Element]) -> list[str]:
    found = []
    inline = sum(1 for c in root.iter(f"{{{X_NS}}}c") if c.get("t") == "inlineStr")
    if inline:
        found.append(f"{part}: {inline} inline string cell(s); Excel keeps text in shared strings")
    shared = [c for c in root.iter(f"{{{X_NS}}}c") if c.get("t") == "s"]
    if shared:
        table = next((r for r in xml_parts.values() if r.tag == f"{{{X_NS}}}sst"), None)
        count = 0 if table is None else len(table.findall(f"{{{X_NS}}}si"))
        for cell in shared:
            value = cell.findtext(f"{{{X_NS}}}v") or ""
            if not value.isdigit() or int(value) >= count:
                found.append(f"{part}: cell {cell.get('r')} refers to shared string {value!r} of {count}")
                break
    return found
