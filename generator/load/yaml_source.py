"""Read YAML safely into plain Python data, remembering where every key and value stands.

libyaml (PyYAML's C parser, or PyYAML's pure-Python parser where the C extension is absent)
turns the text into events. This module composes the events into nodes that keep their
positions, then turns the nodes into plain dicts, lists and scalars under kam's own rules,
close to YAML 1.2's core schema:

- `true` / `false` are booleans; `yes`, `no`, `on`, `off` stay text (an answer may be "yes");
- `null`, `~` and an empty value are None;
- whole numbers (`1280000`, `1_280_000`, `0x…`, `0o…`) are ints and decimals (`12.5`, `1e3`,
  `.inf`) floats, but not with a leading zero: a phone number `01012345678` stays text;
- `YYYY-MM-DD` is a date, and a date that does not exist (2026-02-30) is a located error;
- everything else, and anything quoted, is text.

Tags beyond YAML's core ones (`!!python/…`, `!custom`) are refused, never run; a key may appear
once; `<<` merges a mapping in. Aliases may bring in at most YAML_MAX_ALIAS_NODES values in total
(no "billion laughs"), nesting is bounded and the file's size is checked before it is read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import generator.load.messages as messages
from generator.errors import BriefError, Problem
from generator.load.files import FileRefused, read_ordinary
from generator.load.lazy_patterns import patterns_compiled_on_first_use
from generator.load.limits import BRIEF_MAX_BYTES, YAML_MAX_ALIAS_NODES, YAML_MAX_CHARACTER_PROBLEMS, YAML_MAX_DEPTH

with patterns_compiled_on_first_use():  # PyYAML's pure-Python reader and resolver, unused here
    import yaml
    from yaml import events as ev

try:  # libyaml: the same events and marks as the pure-Python parser, ~20× faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader

Loc = tuple  # a path into the data: ("proposal", "pricing", "items", 2, "unit_price")
Where = tuple  # (file, line, column), 1-based

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {"str", "int", "float", "bool", "null", "timestamp"}
# What YAML does not allow raw: every character but TAB, LF, CR, printable ASCII, NEL, and
# U+00A0 … U+10FFFF less the surrogates, U+FFFE and U+FFFF. Spelt as the few forbidden ranges,
# not as the negation of the allowed ones, which takes 3 ms to compile.
_NON_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?(?:0|[1-9](?:_?[0-9])*)|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {
    ".inf": float("inf"),
    ".Inf": float("inf"),
    ".INF": float("inf"),
    ".nan": float("nan"),
    ".NaN": float("nan"),
    ".NAN": float("nan"),
}
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MAX_NUMBER_DIGITS = 4000  # beyond this Python refuses int(); such a "number" stays text
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class Located(Protocol):
    """What the brief loader needs of a source's positions: a YAML file's (Locations) or a workbook's cells."""

    def of(self, loc: Loc, *, key: bool = False) -> tuple[str, int | None, int | None]: ...

    def graft(self, prefix: Loc, other: Locations) -> None: ...


@dataclass
class Locations:
    """Where each node of a YAML document stands: file, 1-based line and column."""

    values: dict[Loc, tuple[str, int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[str, int, int]] = field(default_factory=dict)

    def of(self, loc: Loc, *, key: bool = False) -> tuple[str, int | None, int | None]:
        """Return (file, line, column) of `loc`, or of its nearest located ancestor."""
        table = self.keys if key else self.values
        probe = tuple(loc)
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in self.keys:
                return self.keys[probe]
            probe = probe[:-1]
        file, line, col = self.values.get((), ("", None, None))
        return file, line, col

    def graft(self, prefix: Loc, other: Locations) -> None:
        """Place another document's locations under `prefix` (e.g. a seller file under "seller")."""
        for loc, where in other.values.items():
            self.values[prefix + loc] = where
        for loc, where in other.keys.items():
            self.keys[prefix + loc] = where


def read_text(path: Path) -> str:
    """Return the file's text, or raise BriefError with a one-line reason.

    UTF-8 (a BOM allowed), or UTF-16/UTF-32 with a BOM (Notepad's "Unicode"); only ordinary
    files of at most BRIEF_MAX_BYTES are read.
    """
    name = str(path)
    try:
        raw = read_ordinary(path, BRIEF_MAX_BYTES, "a brief")
    except FileRefused as exc:
        raise BriefError([Problem(name, None, None, "", exc.args[0])]) from None
    encoding = next((codec for bom, codec in _BOMS if raw.startswith(bom)), "utf-8")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1 if encoding == "utf-8" else None
        raise BriefError([Problem(name, line, None, "", messages.not_utf8(raw[exc.start]))]) from None
    if not text.strip():
        raise BriefError([Problem(name, None, None, "", messages.file_empty())])
    return text


def load_yaml(path: Path) -> tuple[dict[str, Any], Locations]:
    """Return the YAML mapping in `path` as plain data with its locations; raise BriefError if unreadable."""
    name = str(path)
    text = read_text(path)
    characters = _forbidden_characters(text, name)
    if characters:
        raise BriefError(characters)
    try:
        with _collector_paused():
            root = _Composer(name).compose(yaml.parse(text, Loader=_Loader))
    except _Fatal as exc:
        raise BriefError([exc.problem]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        reason = (exc.problem or exc.context or "invalid YAML").strip()
        raise BriefError([Problem(name, line, col, "", messages.yaml_syntax(reason))]) from None
    except yaml.YAMLError as exc:
        raise BriefError([Problem(name, None, None, "", messages.yaml_syntax(str(exc).splitlines()[0]))]) from None
    if root is None or (isinstance(root, _Scalar) and root.plain and root.tag is None and root.text in _NULL):
        raise BriefError([Problem(name, None, None, "", messages.file_empty())])
    if not isinstance(_target(root), _Mapping):
        raise BriefError([Problem(name, 1, 1, "", messages.top_not_mapping())])
    locations = Locations()
    locations.values[()] = (name, 1, 1)
    problems: list[Problem] = []
    with _collector_paused():
        data = _Plain(name, locations, problems).value(root, ())
    if problems:
        raise BriefError(problems)
    return data, locations


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while nodes pile up: none of them form cycles, and its
    passes over a growing heap cost a quarter of the time of a large file."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dotted(loc: Loc) -> str:
    """Return a data path as the user reads it: proposal.pricing.items[2].unit_price."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def plain_scalar(text: str) -> Any:
    """Return an untagged, unquoted scalar under kam's rules (see the module docstring).

    Raises ValueError (with the message to show) for a date that does not exist.
    """
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    first = text[0]
    if first.isdigit() or first in "+-.":
        if len(text) > _MAX_NUMBER_DIGITS:
            return text
        if _INT.fullmatch(text):
            return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
        if _FLOAT.fullmatch(text):
            return float(text)
        unsigned = text[1:] if first in "+-" else text
        if unsigned in _SPECIAL_FLOAT:
            return -_SPECIAL_FLOAT[unsigned] if first == "-" else _SPECIAL_FLOAT[unsigned]
        date = _DATE.fullmatch(text)
        if date:
            year, month, day = (int(part) for part in date.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise ValueError(messages.impossible_date(text, year, month)) from None
    return text


def _forbidden_characters(text: str, name: str) -> list[Problem]:
    """Return a problem for each character YAML does not allow raw (the first few, then a count)."""
    found: list[Problem] = []
    for match in _NON_PRINTABLE.finditer(text):
        if len(found) == YAML_MAX_CHARACTER_PROBLEMS:
            rest = sum(1 for _ in _NON_PRINTABLE.finditer(text, match.start()))
            found.append(Problem(name, None, None, "", messages.more_forbidden_characters(rest)))
            break
        position = match.start()
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        found.append(Problem(name, line, column, "", messages.forbidden_character(ord(match.group()))))
    return found


# --- events → nodes -----------------------------------------------------------------------


class _Node:
    __slots__ = ("line", "column")
    line: int
    column: int
    size: int  # values in the node once every alias in it is expanded
    height: int  # levels of lists and mappings in it, aliases expanded


class _Scalar(_Node):
    __slots__ = ("text", "plain", "tag")
    size, height = 1, 0

    def __init__(self, event: ev.ScalarEvent) -> None:
        mark = event.start_mark
        self.line, self.column = mark.line + 1, mark.column + 1
        self.text = event.value
        self.plain = not event.style  # None (pure-Python parser) or "" (libyaml) for a plain scalar
        self.tag = event.tag


class _Collection(_Node):
    __slots__ = ("children", "tag", "anchor", "size", "height")

    def __init__(self, event: ev.CollectionStartEvent) -> None:
        mark = event.start_mark
        self.line, self.column = mark.line + 1, mark.column + 1
        self.children: list[_Node] = []  # a mapping's are key, value, key, value…
        self.tag = event.tag
        self.anchor = event.anchor
        self.size, self.height = 1, 0

    def close(self) -> None:
        """Count the finished collection's values and levels."""
        children = self.children
        self.size = 1 + sum([child.size for child in children])
        self.height = 1 + max([child.height for child in children], default=0)


class _Mapping(_Collection):
    __slots__ = ()

    def pairs(self) -> Iterable[tuple[_Node, _Node]]:
        it = iter(self.children)
        return zip(it, it)


class _Sequence(_Collection):
    __slots__ = ()


class _Alias(_Node):
    __slots__ = ("target", "name", "size", "height")

    def __init__(self, event: ev.AliasEvent, target: _Node) -> None:
        mark = event.start_mark
        self.line, self.column = mark.line + 1, mark.column + 1
        self.target, self.name = target, event.anchor
        self.size, self.height = target.size, target.height


def _target(node: _Node) -> _Node:
    return node.target if isinstance(node, _Alias) else node


class _Fatal(Exception):
    """A problem that stops reading the file (the rest could not be trusted)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class _Composer:
    """Compose parser events into one document's node tree, bounding aliases and depth."""

    def __init__(self, name: str):
        self.name = name
        self.anchors: dict[str, _Node] = {}
        self.open_anchors: set[str] = set()
        self.brought_in = 0

    def fatal(self, mark: Any, message: str) -> _Fatal:
        return _Fatal(Problem(self.name, mark.line + 1, mark.column + 1, "", message))

    def compose(self, events: Iterable[ev.Event]) -> _Node | None:
        """Return the root node of the single document in `events` (None if there is none)."""
        stack: list[_Collection] = []
        root: _Node | None = None
        documents = 0
        scalar, mapping_start, sequence_start = ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent
        mapping_end, sequence_end = ev.MappingEndEvent, ev.SequenceEndEvent
        for event in events:
            kind = type(event)
            if kind is scalar:
                node: _Node = _Scalar(event)
                if event.anchor is not None:
                    self.anchor_done(event.anchor, node)
            elif kind is mapping_start or kind is sequence_start:
                if len(stack) >= YAML_MAX_DEPTH:
                    raise self.fatal(event.start_mark, messages.too_deep(YAML_MAX_DEPTH))
                if event.anchor is not None:
                    self.open_anchors.add(event.anchor)
                stack.append(_Mapping(event) if kind is mapping_start else _Sequence(event))
                continue
            elif kind is mapping_end or kind is sequence_end:
                collection = stack.pop()
                collection.close()
                self.anchor_done(collection.anchor, collection)
                node = collection
            elif kind is ev.AliasEvent:
                node = self.alias(event, len(stack))
            elif kind is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fatal(event.start_mark, messages.second_document())
                continue
            else:
                continue
            if stack:
                stack[-1].children.append(node)
            else:
                root = node
        return root

    def anchor_done(self, anchor: str | None, node: _Node) -> None:
        if anchor is not None:
            self.open_anchors.discard(anchor)
            self.anchors[anchor] = node

    def alias(self, event: ev.AliasEvent, depth: int) -> _Alias:
        target = self.anchors.get(event.anchor)
        if target is None:
            message = messages.recursive_alias if event.anchor in self.open_anchors else messages.undefined_alias
            raise self.fatal(event.start_mark, message(event.anchor))
        self.brought_in += target.size
        if self.brought_in > YAML_MAX_ALIAS_NODES:
            raise self.fatal(event.start_mark, messages.alias_bomb(event.anchor, YAML_MAX_ALIAS_NODES))
        if depth + target.height > YAML_MAX_DEPTH:
            raise self.fatal(event.start_mark, messages.too_deep(YAML_MAX_DEPTH))
        return _Alias(event, target)


# --- nodes → plain data ---------------------------------------------------------------------


def _tag_name(tag: str) -> str:
    """Return a tag as the user wrote it: !!python/object, !secret."""
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


class _Plain:
    """Turn a node tree into plain data, recording where each key and value stands."""

    def __init__(self, name: str, locations: Locations, problems: list[Problem]):
        self.name, self.locations, self.problems = name, locations, problems

    def problem(self, node: _Node, loc: Loc, message: str) -> None:
        self.problems.append(Problem(self.name, node.line, node.column, dotted(loc), message))

    def value(self, node: _Node, loc: Loc) -> Any:
        """Return `node` (an alias: a fresh copy of what it names) as plain data."""
        if type(node) is _Alias:
            node = node.target
        if type(node) is _Scalar:
            if node.plain and node.tag is None:  # the common case, inlined: most values are plain
                try:
                    return plain_scalar(node.text)
                except ValueError as exc:
                    self.problem(node, loc, exc.args[0])
                    return None
            return self.scalar(node, loc)
        assert isinstance(node, _Collection)
        expected = "map" if isinstance(node, _Mapping) else "seq"
        if node.tag not in (None, "!", _CORE + expected):
            self.problem(node, loc, messages.tag_not_allowed(_tag_name(node.tag)))
            return None
        if not isinstance(node, _Mapping):
            items = []
            for index, item in enumerate(node.children):
                child = loc + (index,)
                self.place(self.locations.values, child, _target(item))
                items.append(self.value(item, child))
            return items
        return self.mapping(node, loc)

    def place(self, table: dict[Loc, Where], loc: Loc, node: _Node) -> None:
        table[loc] = (self.name, node.line, node.column)

    def scalar(self, node: _Scalar, loc: Loc) -> Any:
        tag = node.tag
        if tag is None and not node.plain or tag == "!" or tag == _CORE + "str":
            return node.text
        if tag is not None and (not tag.startswith(_CORE) or tag[len(_CORE) :] not in _SCALAR_TAGS):
            self.problem(node, loc, messages.tag_not_allowed(_tag_name(tag)))
            return None
        try:
            value = plain_scalar(node.text)
        except ValueError as exc:
            self.problem(node, loc, exc.args[0])
            return None
        if tag is not None and not _fits(value, tag[len(_CORE) :]):
            self.problem(node, loc, messages.value_does_not_match_tag(node.text, _tag_name(tag)))
            return None
        return float(value) if tag == _CORE + "float" else value

    def mapping(self, node: _Mapping, loc: Loc) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in self.own_pairs(node, loc):
            key = _key_text(key_node)
            if key in first_lines:
                self.problem(key_node, loc + (key,), messages.duplicate_key(key, first_lines[key]))
                continue
            first_lines[key] = _target(key_node).line
            out[key] = self.entry(loc, key, key_node, value_node)
        for key_node, value_node in self.merged_pairs(node, loc, set(out)):
            key = _key_text(key_node)
            out[key] = self.entry(loc, key, key_node, value_node)
        return out

    def entry(self, loc: Loc, key: str, key_node: _Node, value_node: _Node) -> Any:
        child = loc + (key,)
        self.place(self.locations.keys, child, _target(key_node))
        self.place(self.locations.values, child, _target(value_node))
        return self.value(value_node, child)

    def own_pairs(self, node: _Mapping, loc: Loc) -> Iterable[tuple[_Node, _Node]]:
        """Yield the mapping's pairs with a text key, except `<<` merges (a problem for other keys)."""
        for key_node, value_node in node.pairs():
            key = _target(key_node)
            if not isinstance(key, _Scalar):
                self.problem(key, loc, messages.key_not_text())
            elif key.tag not in (None, "!", _CORE + "str", _CORE + "merge"):
                self.problem(key, loc, messages.tag_not_allowed(_tag_name(key.tag)))
            elif not _is_merge(key):
                yield key_node, value_node

    def merged_pairs(self, node: _Mapping, loc: Loc, taken: set[str]) -> list[tuple[_Node, _Node]]:
        """Return the pairs `<<` brings in whose key is not in `taken` (the first merged one wins)."""
        out = []
        for key_node, value_node in node.pairs():
            key = _target(key_node)
            if not (isinstance(key, _Scalar) and _is_merge(key)):
                continue
            source = _target(value_node)
            sources = [_target(s) for s in source.children] if isinstance(source, _Sequence) else [source]
            if not all(isinstance(s, _Mapping) for s in sources):
                self.problem(source, loc, messages.bad_merge())
                continue
            for mapping in sources:
                assert isinstance(mapping, _Mapping)
                pairs = list(self.own_pairs(mapping, loc))
                pairs += self.merged_pairs(mapping, loc, taken | {_key_text(k) for k, _ in pairs})
                for key, value in pairs:
                    text = _key_text(key)
                    if text not in taken:
                        taken.add(text)
                        out.append((key, value))
        return out


def _is_merge(key: _Scalar) -> bool:
    return key.plain and key.text == "<<" and key.tag in (None, _CORE + "merge")


def _key_text(node: _Node) -> str:
    """Return a key as written: `1:` is the key "1", `yes:` the key "yes"."""
    target = _target(node)
    assert isinstance(target, _Scalar)
    return target.text


def _fits(value: Any, tag: str) -> bool:
    """Return True when a value read by the plain rules is of the kind its core tag names."""
    if tag == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if tag == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tag == "bool":
        return isinstance(value, bool)
    if tag == "null":
        return value is None
    return isinstance(value, dt.date)  # timestamp
