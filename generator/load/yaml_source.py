"""Read YAML safely into plain Python data, remembering where every key and value stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import BriefError, Problem
from generator.i18n.messages import msg
from generator.load.yaml_syntax import syntax_message

Loc = tuple  # a path into the data: ("proposal", "pricing", "items", 2, "unit_price")

_CORE_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "omap")
}


_TOO_DEEP = msg("reading.too_deep")


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

    def graft(self, prefix: Loc, other: "Locations") -> None:
        """Place another document's locations under `prefix` (e.g. a seller file under "seller")."""
        for loc, where in other.values.items():
            self.values[prefix + loc] = where
        for loc, where in other.keys.items():
            self.keys[prefix + loc] = where


def read_text(path: Path) -> str:
    """Return the file's text (UTF-8, a BOM allowed), or raise BriefError with a one-line reason."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BriefError([Problem(name, None, None, "", msg("reading.file_not_found"))]) from None
    except IsADirectoryError:
        raise BriefError([Problem(name, None, None, "", msg("reading.is_a_folder"))]) from None
    except OSError as exc:
        raise BriefError([Problem(name, None, None, "", msg("reading.cannot_read", reason=exc.strerror))]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BriefError([Problem(name, line, None, "", msg("reading.not_utf8", byte=f"{raw[exc.start]:02x}"))]) from None
    if not text.strip():
        raise BriefError([Problem(name, None, None, "", msg("reading.file_empty"))])
    return text


def load_yaml(path: Path) -> tuple[dict[str, Any], Locations]:
    """Return the YAML mapping in `path` as plain data with its locations; raise BriefError if unreadable."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    name = str(path)
    text = read_text(path)
    yaml = YAML(typ="rt")
    try:
        document = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise BriefError([Problem(name, line, col, "", syntax_message(exc.problem or exc.context))]) from None
    except YAMLError as exc:
        position = getattr(exc, "position", None)  # a ReaderError: a character YAML does not allow
        if isinstance(position, int):
            line = text.count("\n", 0, position) + 1
            column = position - (text.rfind("\n", 0, position) + 1) + 1
            character = getattr(exc, "character", "")
            codepoint = ord(character) if isinstance(character, str) and character else character
            message = (msg("reading.forbidden_character", codepoint=f"{codepoint:04X}") if isinstance(codepoint, int)
                       else msg("reading.yaml_control_characters"))
            raise BriefError([Problem(name, line, column, "", message)]) from None
        raise BriefError([Problem(name, None, None, "", syntax_message(str(exc)))]) from None
    except RecursionError:
        raise BriefError([Problem(name, None, None, "", _TOO_DEEP)]) from None
    except ValueError as exc:  # ruamel.yaml builds a timestamp such as 2026-02-30 and fails, unlocated
        raise BriefError([Problem(name, None, None, "", msg("reading.impossible_date_unlocated", detail=str(exc)))]) from None
    if document is None:
        raise BriefError([Problem(name, None, None, "", msg("reading.file_empty"))])
    if not isinstance(document, dict):
        raise BriefError([Problem(name, 1, 1, "", msg("reading.top_not_mapping"))])
    locations = Locations()
    locations.values[()] = (name, 1, 1)
    problems: list[Problem] = []
    try:
        data = _plain(document, (), name, locations, problems)
    except RecursionError:
        raise BriefError([Problem(name, None, None, "", _TOO_DEEP)]) from None
    if problems:
        raise BriefError(problems)
    return data, locations


def _plain(node: Any, loc: Loc, name: str, locations: Locations, problems: list[Problem]) -> Any:
    """Return `node` as plain dict/list/scalars, recording positions and refusing non-core tags."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar

    tag = getattr(getattr(node, "tag", None), "value", None)
    if tag is not None and tag not in _CORE_TAGS:
        file, line, col = locations.of(loc)
        problems.append(Problem(file, line, col, dotted(loc), msg("reading.tag_not_allowed", tag=repr(tag))))
        return None
    if isinstance(node, TaggedScalar):
        return node.value
    if isinstance(node, CommentedMap):
        out: dict[str, Any] = {}
        for key in node:
            child = loc + (str(key),)
            kline, kcol = node.lc.key(key)
            vline, vcol = node.lc.value(key)
            locations.keys[child] = (name, kline + 1, kcol + 1)
            locations.values[child] = (name, vline + 1, vcol + 1)
            out[str(key)] = _plain(node[key], child, name, locations, problems)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, item in enumerate(node):
            child = loc + (index,)
            line, col = node.lc.item(index)
            locations.values[child] = (name, line + 1, col + 1)
            items.append(_plain(item, child, name, locations, problems))
        return items
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.datetime):
        return dt.datetime(node.year, node.month, node.day, node.hour, node.minute, node.second)
    return node



def dotted(loc: Loc) -> str:
    """Return a data path as the user reads it: proposal.pricing.items[2].unit_price."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
