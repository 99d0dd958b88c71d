"""Open an Office package safely: bounded zip members, bounded compression ratio, XML without entities or network.

Every limit is checked on the zip directory before a byte is decompressed, and reads are capped
at the declared size, so a zip bomb or a huge part ends at once with a message instead of
filling memory. XML parts are parsed by lxml with entities off, no network, no huge trees,
and a part with a DOCTYPE is refused (OOXML never has one; entity bombs need one).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

MAX_MEMBERS = 10_000
MAX_PART_BYTES = 64 * 1024 * 1024  # one uncompressed part
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # the whole package, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_NESTED_BYTES = 16 * 1024 * 1024  # an embedded package (a chart's workbook)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)

# Strict Open XML (Word's "Strict Open XML Document") names the same elements in other namespaces;
# they are read as their transitional twins so no part goes unread.
STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/presentationml/main": b"http://schemas.openxmlformats.org/presentationml/2006/main",
    b"http://purl.oclc.org/ooxml/spreadsheetml/main": b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/main": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"http://purl.oclc.org/ooxml/drawingml/chart": b"http://schemas.openxmlformats.org/drawingml/2006/chart",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties": b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    b"http://purl.oclc.org/ooxml/officeDocument/customProperties": b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes": b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: encrypted OOXML or a legacy .doc/.ppt/.xls

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


class PackageError(Exception):
    """The file cannot be read safely: not a package, a zip bomb, a huge or malformed part.

    `reason` is a catalogue key of `preflight.*`; `values` fill it.
    """

    def __init__(self, reason: str, **values: Any):
        self.reason = reason
        self.values = values
        super().__init__(f"{reason}: {values}")


@dataclass(frozen=True)
class Relationship:
    """One relationship of a part: its id, type (last path segment) and the part it targets."""

    id: str
    type: str
    target: str
    external: bool


@dataclass
class Package:
    """An opened OOXML package: its parts by name, read and parsed on demand, each once."""

    zip: zipfile.ZipFile
    name: str
    _xml: dict[str, Any] = field(default_factory=dict)
    strict: bool = False  # some part used the Strict Open XML namespaces

    @property
    def names(self) -> list[str]:
        """Return the part names in the package, in zip order."""
        return self.zip.namelist()

    def has(self, part: str) -> bool:
        """Return True when the package holds `part`."""
        try:
            self.zip.getinfo(part)
        except KeyError:
            return False
        return True

    def read(self, part: str) -> bytes:
        """Return the bytes of `part`, never more than its (already checked) declared size."""
        info = self.zip.getinfo(part)
        try:
            with self.zip.open(info) as stream:
                data = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise PackageError("bad_part", part=part, message=str(exc)) from None
        if len(data) > info.file_size:
            raise PackageError("bomb", part=part)
        return data

    def xml(self, part: str) -> Any:
        """Return the parsed root element of the XML `part` (cached), or raise PackageError naming it."""
        if part not in self._xml:
            data = self.read(part)
            if b"purl.oclc.org/ooxml/" in data:
                self.strict = True
                for strict, transitional in STRICT_NAMESPACES.items():
                    data = data.replace(strict, transitional)
            self._xml[part] = parse_xml(data, part)
        return self._xml[part]

    def relationships(self, part: str) -> list[Relationship]:
        """Return the relationships of `part` (empty when it has none), targets resolved to part names."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels):
            return []
        out = []
        for rel in self.xml(rels).iter(f"{{{REL_NS}}}Relationship"):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if not external:
                target = resolve(folder, target)
            out.append(Relationship(rel.get("Id", ""), rel.get("Type", "").rsplit("/", 1)[-1], target, external))
        return out

    def related(self, part: str, kind: str) -> list[str]:
        """Return the parts `part` relates to with relationship type `kind` (e.g. "comments")."""
        return [rel.target for rel in self.relationships(part) if rel.type == kind and not rel.external]


def resolve(folder: str, target: str) -> str:
    """Return the part name a relationship target names, seen from `folder`."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def parse_xml(data: bytes, part: str) -> Any:
    """Return the root element of `data`; PackageError for a DOCTYPE or malformed XML (with line)."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise PackageError("doctype", part=part)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else exc.lineno
        raise PackageError("malformed", part=part, line=line, message=exc.msg or str(exc)) from None


def open_package(source: Path | bytes, name: str | None = None, *, limit: int = MAX_TOTAL_BYTES) -> Package:
    """Return the package in `source` (a path or bytes) after checking every member against the limits."""
    label = name or (str(source) if isinstance(source, Path) else "package")
    head = source[:8] if isinstance(source, bytes) else _head(source)
    if head == _OLE_MAGIC:
        raise PackageError("encrypted")
    try:
        if isinstance(source, Path):
            if source.stat().st_size > limit:
                raise PackageError("too_big", limit=_mb(limit))
            archive = zipfile.ZipFile(source)
        else:
            archive = zipfile.ZipFile(io.BytesIO(source))
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise PackageError("not_package") from None
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError("too_many_parts", count=len(infos), limit=MAX_MEMBERS)
    total = 0
    for info in infos:
        if info.file_size > min(MAX_PART_BYTES, limit):
            raise PackageError("part_too_big", part=info.filename, limit=_mb(min(MAX_PART_BYTES, limit)))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError("bomb", part=info.filename)
        total += info.file_size
        if total > limit:
            raise PackageError("too_big", limit=_mb(limit))
    return Package(archive, label)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError:
        return b""


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"
