"""WordprocessingML text: a paragraph's runs sorted into what is shown, deleted, inserted and hidden."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    """Return the Clark name of a w: element or attribute."""
    return f"{{{W}}}{tag}"


_TEXT: dict[str, str | None] = {
    w("t"): None,
    w("delText"): None,
    w("tab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}
_DELETED = {w("del"), w("moveFrom")}
_INSERTED = {w("ins"), w("moveTo")}
_FORMAT_CHANGES = {
    w("rPrChange"),
    w("pPrChange"),
    w("sectPrChange"),
    w("tblPrChange"),
    w("trPrChange"),
    w("tcPrChange"),
    w("tblGridChange"),
    w("numberingChange"),
}
_OFF = {"0", "false", "off"}
_INTERESTING = (*_TEXT, *_DELETED, *_INSERTED, *_FORMAT_CHANGES, w("commentRangeStart"), w("commentReference"))


def is_on(element: Any) -> bool:
    """Return True for a toggle property element that is present and not switched off (w:val="0")."""
    return element is not None and element.get(w("val"), "true").lower() not in _OFF


def hidden_styles(styles_root: Any | None) -> set[str]:
    """Return the ids of the styles that hide their text (w:vanish), following basedOn chains."""
    if styles_root is None:
        return set()
    based: dict[str, str] = {}
    own: dict[str, bool] = {}
    for style in styles_root.iter(w("style")):
        style_id = style.get(w("styleId"), "")
        parent = style.find(w("basedOn"))
        if parent is not None:
            based[style_id] = parent.get(w("val"), "")
        vanish = style.find(f"{w('rPr')}/{w('vanish')}")
        if vanish is not None:
            own[style_id] = is_on(vanish)
    out = set()
    for style_id in set(based) | set(own):
        seen, current = set(), style_id
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current, "")
        if own.get(current):
            out.add(style_id)
    return out


@dataclass
class ParagraphText:
    """The text of one paragraph by state, its tracked changes and the comments anchored in it."""

    shown: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)  # (inserted|deleted|formatted, text)
    comments: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the shown text (inserted text included, deleted and hidden text left out)."""
        return "".join(self.shown)


def read_paragraph(paragraph: Any, hidden: set[str]) -> ParagraphText:
    """Return the text of a w:p (or any block holding runs) sorted by state."""
    out = ParagraphText()
    paragraph_style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    paragraph_hidden = paragraph_style is not None and paragraph_style.get(w("val")) in hidden
    # Keyed by id() with the element kept in the value: lxml proxies live only while referenced,
    # and a freed proxy's id can be reused by another element.
    changes: dict[int, list] = {}
    run_states: dict[int, tuple[str, Any, Any]] = {}
    for element in paragraph.iter(*_INTERESTING):
        tag = element.tag
        if tag in _TEXT:
            run = element.getparent()
            key = id(run)
            if key not in run_states:
                run_states[key] = (*_run_state(run, paragraph, hidden, paragraph_hidden), run)
            state, change, _ = run_states[key]
            text: str = _TEXT[tag] or (element.text or "")
            if state == "hidden":
                out.hidden.append(text)
            elif state == "deleted":
                out.deleted.append(text)
            else:
                out.shown.append(text)
            if change is not None:
                changes.setdefault(id(change), ["deleted" if state == "deleted" else "inserted", [], change])[1].append(
                    text
                )
        elif tag in _DELETED or tag in _INSERTED:
            changes.setdefault(id(element), ["deleted" if tag in _DELETED else "inserted", [], element])
        elif tag in _FORMAT_CHANGES:
            changes.setdefault(id(element), ["formatted", [], element])
        elif tag in (w("commentRangeStart"), w("commentReference")):
            comment_id = element.get(w("id"))
            if comment_id is not None and comment_id not in out.comments:
                out.comments.append(comment_id)
    for kind, texts, _ in changes.values():
        out.changes.append((kind, "".join(texts)))
    return out


def run_is_hidden(run: Any, paragraph: Any, hidden: set[str]) -> bool:
    """Return True when the run's text is hidden (w:vanish on the run, its style or its paragraph's style)."""
    style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    paragraph_hidden = style is not None and style.get(w("val")) in hidden
    return _run_state(run, paragraph, hidden, paragraph_hidden)[0] == "hidden"


def _run_state(run: Any, paragraph: Any, hidden: set[str], paragraph_hidden: bool) -> tuple[str, Any]:
    """Return (shown|deleted|inserted|hidden, the w:ins/w:del element around the run or None)."""
    change, state = None, "shown"
    node = run
    while node is not None and node is not paragraph:
        if node.tag in _DELETED:
            change, state = node, "deleted"
            break
        if node.tag in _INSERTED:
            change, state = node, "inserted"
            break
        node = node.getparent()
    properties = run.find(w("rPr"))
    vanish = properties.find(w("vanish")) if properties is not None else None
    run_style = properties.find(w("rStyle")) if properties is not None else None
    if vanish is not None:
        is_hidden = is_on(vanish)
    else:
        is_hidden = paragraph_hidden or (run_style is not None and run_style.get(w("val")) in hidden)
    if is_hidden and state != "deleted":
        state = "hidden"
    return state, change
