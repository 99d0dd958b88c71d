"""Load an account brief from YAML: resolve the seller file and logo, validate, locate every problem."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.errors import BriefError, Problem
from generator.i18n.messages import language_of, msg
from generator.load.yaml_source import Loc, Located, Locations, dotted, load_yaml
from generator.models import Brief, Seller
from generator.models.account_plan import plan_reference_errors
from generator.models.brief import reference_errors
from generator.models.compiled import validate

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_ROOT: ContextVar[Path | None] = ContextVar("kam_reference_root", default=None)


@contextmanager
def confined_to(root: Path) -> Iterator[None]:
    """Within this block, a brief's file references (seller file, logos, pictures) may only name files
    under `root`; others read as not found. `kam serve` loads uploads this way."""
    token = _ROOT.set(Path(root).resolve())
    try:
        yield
    finally:
        _ROOT.reset(token)


def reference_allowed(path: Path) -> bool:
    """Return True when a file reference resolving to `path` may be read (see `confined_to`)."""
    root = _ROOT.get()
    return root is None or Path(path).resolve().is_relative_to(root)


@dataclass(frozen=True)
class LoadedBrief:
    """A valid brief with the file it came from and where each of its values stands."""

    brief: Brief
    path: Path
    locations: Any  # Locations of a YAML brief, CellLocations of a workbook
    warnings: tuple[Problem, ...] = field(default=())
    """What was ignored in a workbook (unknown sheets or columns), each with a did-you-mean."""

    def where(self, loc: Loc) -> tuple[str, int | None, int | None]:
        """Return (file, line, column) of the value at `loc` (or its nearest ancestor)."""
        return self.locations.of(loc)


def load_brief(path: str | Path, *, base: str | Path | None = None) -> LoadedBrief:
    """Return the validated brief in `path`, or raise BriefError listing every problem found.

    Files the brief names (`seller: seller.yaml`, logos) are found relative to its folder, or to
    `base` when given: git hands `kam diff` an old version in a temporary file, whose seller file
    stays beside the brief in the work tree.
    """
    path = Path(path)
    if is_workbook_file(path):
        return _load_workbook_brief(path, base)
    data, locations = load_yaml(path)
    return _validated_brief(path, data, locations, base)


def load_brief_or_seller(path: str | Path) -> LoadedBrief | Seller:
    """Return the validated brief in `path`, or the validated seller when the file holds a seller
    (what a brief's `seller: file.yaml` names: a `name` and no `brief` or `account`); raise
    BriefError listing every problem found. The file is read once."""
    path = Path(path)
    if is_workbook_file(path):
        return _load_workbook_brief(path, None)
    data, locations = load_yaml(path)
    if "name" in data and "brief" not in data and "account" not in data:
        return _validated_seller(path, data, locations)
    return _validated_brief(path, data, locations, None)


def _load_workbook_brief(path: Path, base: str | Path | None) -> LoadedBrief:
    from generator.load.workbook.read import read_workbook

    if not is_brief_workbook(path):
        raise BriefError([Problem(str(path), None, None, "", _not_a_brief_workbook(path))])
    data, cells, warnings, language = read_workbook(path)
    return _validated_brief(path, data, cells, base, warnings=warnings, workbook_language=language)


def _validated_brief(
    path: Path,
    data: dict[str, Any],
    locations: Any,
    base: str | Path | None,
    *,
    warnings: list[Problem] | None = None,
    workbook_language: str | None = None,
) -> LoadedBrief:
    """Return the brief `data` (read from `path`, positions in `locations`) validated, or raise BriefError.

    With `workbook_language` (read from a workbook in that language), `locations` are cell positions
    and problems are located in `sheet!cell` form."""
    problems: list[Problem] = []
    anchor = Path(base) / path.name if base is not None else path
    seller = data.get("seller")
    if isinstance(seller, str):
        data["seller"] = _load_seller_file(anchor, seller, locations, problems)
    problems += _resolve_logo(data, anchor, locations)
    problems += _resolve_pictures(data, anchor, locations)
    try:
        brief = validate(Brief, data)
    except ValidationError as exc:
        from generator.load.problems import problems_from  # only for an invalid brief

        problems += problems_from(exc, Brief, lambda loc, key: locations.of(loc, key=key))
        # The model checks references only once every field is valid: add those it did not report.
        reported = {(p.path, str(p.message)) for p in problems}
        problems += [p for p in _reference_problems(data, locations) if (p.path, str(p.message)) not in reported]
    if problems and workbook_language is not None:
        raise BriefError(
            sorted((locations.locate(p) for p in problems), key=lambda p: p.file != str(path)),
            language=language_of(data) or workbook_language,
        )
    if problems:
        raise BriefError(
            sorted(problems, key=lambda p: (p.file != str(path), p.file, p.line or 0, p.column or 0)),
            language=language_of(data),
        )
    return LoadedBrief(brief=brief, path=path, locations=locations, warnings=tuple(warnings or ()))


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"


def is_workbook_file(path: Path) -> bool:
    """Return True for a file that is an XLSX package (by its suffix, else by its first bytes)."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return True
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _ZIP_MAGIC
    except OSError:
        return False


def is_brief_workbook(source: str | Path | bytes, *, unreadable_is_brief: bool = True) -> bool:
    """Return True when `source` (a path, or a workbook's bytes) is a brief workbook: kam's marker property,
    else the brief's first sheets (简报 and 客户, or Brief and Account). A customer list is not one.

    A path named .xlsx that can't be opened counts as a brief (whose reader says why) unless
    `unreadable_is_brief` is False: where customer lists are read, their reader says why."""
    import tempfile

    if isinstance(source, (bytes, bytearray)):
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "upload.xlsx"
            target.write_bytes(bytes(source))
            return _is_brief_book(target, unreadable=False)
    # a file named .xlsx that can't be read goes to the brief reader, which says why
    unreadable = unreadable_is_brief and Path(source).suffix.lower() in WORKBOOK_SUFFIXES
    return _is_brief_book(Path(source), unreadable=unreadable)


def _is_brief_book(path: Path, *, unreadable: bool) -> bool:
    """Return whether the workbook at `path` is a brief workbook; `unreadable` when it can't be opened."""
    from generator.load.tables import TableError, open_workbook
    from generator.load.workbook.read import has_marker, looks_like_brief_sheets

    try:
        book = open_workbook(path)
    except TableError:
        return unreadable
    try:
        return has_marker(book) or looks_like_brief_sheets(book.sheetnames)
    finally:
        book.close()


def _not_a_brief_workbook(path: Path) -> str:
    from generator.i18n import Texts

    return Texts("en").t("brief.not_brief_workbook")


def load_seller(path: str | Path) -> Seller:
    """Return the validated seller in a seller file (what `seller: file.yaml` names), or raise BriefError."""
    path = Path(path)
    data, locations = load_yaml(path)
    return _validated_seller(path, data, locations)


def _validated_seller(path: Path, data: dict[str, Any], locations: Locations) -> Seller:
    problems: list[Problem] = []
    wrapped = {"seller": data}
    located = Locations()
    located.graft(("seller",), locations)
    problems += [
        replace(p, path=p.path.removeprefix("seller."))
        for p in _resolve_logo(wrapped, path, located) + _resolve_pictures(wrapped, path, located)
    ]
    try:
        seller = validate(Seller, wrapped["seller"])
    except ValidationError as exc:
        from generator.load.problems import problems_from

        problems += problems_from(exc, Seller, lambda loc, key: locations.of(loc, key=key))
    if problems:
        raise BriefError(sorted(problems, key=lambda p: (p.line or 0, p.column or 0)))
    return seller


def _reference_problems(data: dict[str, Any], locations: Located) -> list[Problem]:
    """Return the cross-reference problems the model reports only once every field is valid."""
    out = []
    opportunity = data.get("opportunity") if isinstance(data.get("opportunity"), dict) else None
    account = data["account"] if isinstance(data.get("account"), dict) else {}
    found = reference_errors(data.get("contacts"), data.get("visits"), opportunity) + plan_reference_errors(
        data.get("contacts"), account.get("care"), data.get("plan")
    )
    for loc, kind, context, _value in found:
        file, line, col = locations.of(loc)
        # Each check names its problem by kind (a validation message) and the values that fill it.
        out.append(Problem(file, line, col, dotted(loc), msg(f"validation.{kind}", **context)))
    return out


def _load_seller_file(brief_path: Path, reference: str, locations: Located, problems: list[Problem]) -> Any:
    """Return the seller mapping from the file the brief names, grafting its locations under `seller`."""
    seller_path = (brief_path.parent / reference).resolve()
    file, line, col = locations.of(("seller",))
    if not seller_path.exists() or not reference_allowed(seller_path):  # a folder or a FIFO load_yaml refuses itself
        problems.append(Problem(file, line, col, "seller", msg("reading.seller_not_found", reference=reference)))
        return None
    try:
        seller_data, seller_locations = load_yaml(seller_path)
    except BriefError as exc:
        problems.extend(exc.problems)
        return None
    seller_data.pop("brief", None)  # a seller file may carry its own version marker
    if "seller" in seller_data and isinstance(seller_data["seller"], dict) and len(seller_data) == 1:
        # a seller file may also wrap its content in `seller:`
        seller_data = seller_data["seller"]
        seller_locations = _strip_prefix(seller_locations, ("seller",))
    locations.graft(("seller",), seller_locations)
    return seller_data


def _strip_prefix(locations: Locations, prefix: Loc) -> Locations:
    out = Locations()
    n = len(prefix)
    out.values = {loc[n:]: where for loc, where in locations.values.items() if loc[:n] == prefix}
    out.keys = {loc[n:]: where for loc, where in locations.keys.items() if loc[:n] == prefix}
    return out


def _resolve_logo(data: dict[str, Any], brief_path: Path, locations: Located) -> list[Problem]:
    """Replace `seller.logo` and `account.logo` with absolute paths; return a problem for each that is
    missing or not an image."""
    found = []
    for section in ("seller", "account"):
        holder = data.get(section)
        if not isinstance(holder, dict) or not isinstance(holder.get("logo"), str):
            continue
        loc = (section, "logo")
        file, line, col = locations.of(loc)
        reference = holder["logo"]
        # Relative to the file that names it (the seller file, or the brief), else to the brief.
        candidates = [Path(file).parent / reference, brief_path.parent / reference]
        path = next((c.resolve() for c in candidates if c.is_file() and reference_allowed(c)), None)
        if path is None:
            found.append(Problem(file, line, col, dotted(loc), msg("reading.logo_not_found", reference=reference)))
            continue
        with path.open("rb") as handle:
            head = handle.read(8)
        if not head.startswith(_IMAGE_MAGIC):
            found.append(Problem(file, line, col, dotted(loc), msg("reading.logo_not_image", reference=reference)))
            continue
        holder["logo"] = str(path)
    return found


def _resolve_pictures(data: dict[str, Any], brief_path: Path, locations: Located) -> list[Problem]:
    """Replace each offering's and reference case's `image` with an absolute path; return the problems
    (missing file, not a PNG or JPEG), each at its own line."""
    found: list[Problem] = []
    offerings = _list_at(data, ("proposal", "solution", "offerings"))
    for index, offering in enumerate(offerings):
        found += _resolve_image(offering, ("proposal", "solution", "offerings", index, "image"), brief_path, locations)
    references = _list_at(data, ("seller", "credentials", "references"))
    for index, reference in enumerate(references):
        found += _resolve_image(
            reference, ("seller", "credentials", "references", index, "image"), brief_path, locations
        )
    return found


def _list_at(data: Any, path: tuple[str, ...]) -> list[Any]:
    """Return the list at `path` in raw brief data, or [] when any step is missing or of another kind."""
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, list) else []


def _resolve_image(holder: Any, loc: Loc, brief_path: Path, locations: Located) -> list[Problem]:
    """Resolve `holder[loc[-1]]` as a picture next to the file that names it (else the brief)."""
    key = loc[-1]
    if not isinstance(holder, dict) or not isinstance(holder.get(key), str) or not holder[key].strip():
        return []
    file, line, col = locations.of(loc)
    reference = holder[key].strip()
    candidates = [Path(file).parent / reference, brief_path.parent / reference]
    found = next((c.resolve() for c in candidates if c.is_file() and reference_allowed(c)), None)
    if found is None:
        return [Problem(file, line, col, dotted(loc), msg("reading.image_not_found", reference=reference))]
    with found.open("rb") as handle:
        head = handle.read(8)
    if not head.startswith(_IMAGE_MAGIC):
        return [Problem(file, line, col, dotted(loc), msg("reading.image_not_image", reference=reference))]
    holder[key] = str(found)
    return []
