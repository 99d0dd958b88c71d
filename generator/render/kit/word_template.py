"""Open a Word template for a document: the user's copy or the built-in, emptied, with kam's styles."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from generator.errors import TemplateError
from generator.i18n.messages import msg
from generator.render.kit.docx_styles import ensure_styles
from generator.render.kit.templates import TemplateSet

STYLE_SOURCE = "proposal.docx"  # the built-in template whose styles fill in what a user's template lacks


def open_word_template(templates: TemplateSet, name: str) -> Any:
    """Return a python-docx Document from template `name` with its sample content removed and
    every style kam writes with present (the template's own styles win)."""
    import docx

    path = templates.path(name)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a .docx
        raise TemplateError(msg("cli.template_unreadable_docx", path=path, detail=str(exc))) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _drop_styles_with_effects(document)
    ensure_styles(document, TemplateSet().builtin_dir / STYLE_SOURCE)
    return document


def _drop_styles_with_effects(document: Any) -> None:
    """Drop Word 2010's copy of the styles (stylesWithEffects.xml): kam adds styles to styles.xml,
    and Word treats a copy that disagrees with it as unreadable content. Word 2013 and later
    neither need nor write the copy."""
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rel_id)
