"""Parts every Word document kam builds from text carries: the font table and the theme.

Word expects word/fontTable.xml and word/theme/theme1.xml related from document.xml (a strict
reader flags a document without them). The built-in templates (scripts/build_word_templates.py)
and the archive card's fixed parts both take them from here, so the two never disagree.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
THEME_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml"

# name: (charset, family), what Word records for the fonts kam's styles name. No Chinese
# alternative name (微软雅黑): the parts of an English document stay free of CJK text, which
# is how kam tells whether a PDF needs a CJK font.
_FONTS = {
    "Arial": ("00", "swiss"),
    "Microsoft YaHei": ("86", "swiss"),
}
_COLOURS = (
    ("dk2", "1F3A5F"),
    ("lt2", "E7E6E6"),
    ("accent1", "1F3A5F"),
    ("accent2", "4A6178"),
    ("accent3", "ED7D31"),
    ("accent4", "A5A5A5"),
    ("accent5", "FFC000"),
    ("accent6", "70AD47"),
    ("hlink", "0563C1"),
    ("folHlink", "954F72"),
)


def font_table_xml(fonts: tuple[str, ...]) -> str:
    """Return word/fontTable.xml naming `fonts` (with Word's charset and family for the ones it knows)."""
    entries = []
    for name in fonts:
        charset, family = _FONTS.get(name, ("00", "auto"))
        entries.append(
            f'<w:font w:name={quoteattr(name)}><w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
        )
    return f'{_XML}<w:fonts xmlns:w="{W}">{"".join(entries)}</w:fonts>'


def theme_xml(latin: str, east_asian: str, name: str = "kam") -> str:
    """Return word/theme/theme1.xml: kam's colours, `latin` and `east_asian` as heading and body
    fonts (the Chinese script slot too), and the plain format scheme Word requires."""
    colours = "".join(f'<a:{slot}><a:srgbClr val="{value}"/></a:{slot}>' for slot, value in _COLOURS)
    font = (
        f'<a:latin typeface={quoteattr(latin)}/><a:ea typeface=""/><a:cs typeface=""/>'
        f'<a:font script="Hans" typeface={quoteattr(east_asian)}/>'
    )
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    lines = "".join(f'<a:ln w="{w}">{fill}</a:ln>' for w in (6350, 12700, 19050))
    return (
        f'{_XML}<a:theme xmlns:a="{A}" name={quoteattr(name)}><a:themeElements>'
        f"<a:clrScheme name={quoteattr(name)}>"
        '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
        '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
        f"{colours}</a:clrScheme>"
        f"<a:fontScheme name={quoteattr(name)}><a:majorFont>{font}</a:majorFont>"
        f"<a:minorFont>{font}</a:minorFont></a:fontScheme>"
        f"<a:fmtScheme name={quoteattr(name)}><a:fillStyleLst>{fill * 3}</a:fillStyleLst>"
        f"<a:lnStyleLst>{lines}</a:lnStyleLst>"
        f"<a:effectStyleLst>{'<a:effectStyle><a:effectLst/></a:effectStyle>' * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )


def relationships(first_id: int) -> str:
    """Return the document.xml.rels entries for the font table and theme, numbered from rId`first_id`."""
    return (
        f'<Relationship Id="rId{first_id}" Type="{REL}/fontTable" Target="fontTable.xml"/>'
        f'<Relationship Id="rId{first_id + 1}" Type="{REL}/theme" Target="theme/theme1.xml"/>'
    )


def content_type_overrides() -> str:
    """Return the [Content_Types].xml overrides for the font table and theme."""
    return (
        f'<Override PartName="/word/fontTable.xml" ContentType="{FONT_TABLE_TYPE}"/>'
        f'<Override PartName="/word/theme/theme1.xml" ContentType="{THEME_TYPE}"/>'
    )
