"""Write the lean built-in Word templates (styles, numbering, A4 page): templates/proposal.docx for
the customer's proposal and templates/report.docx for internal documents (visit plans, the
archive summary). Both start identical; a company may replace either with its letterhead.

Only the styles the proposal uses are defined, so the template stays a few KB (python-docx's
stock template carries hundreds of styles that slow rendering and bloat the output). Run
`python scripts/build_word_templates.py` after changing a style; the output is
deterministic, and tests check the committed file matches.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.render.kit import word_parts  # noqa: E402  (run as a script from the repository)
from generator.render.kit.xml_order import ordered_xml  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

# Fonts: a company changes these in its own copy (kam templates export); the renderer
# reads the East Asian font of each style and writes it on every run.
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
ACCENT = "1F3A5F"
TEXT_WIDTH = 8312  # twips: A4 (11906) less 2 × 1797 margins

CONTENT_TYPES = (
    """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Default Extension="jpeg" ContentType="image/jpeg"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
"""
    + word_parts.content_type_overrides()
    + """
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""
)

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = (
    """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
"""
    + word_parts.relationships(4)
    + """
</Relationships>"""
)

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W} {R}><w:body>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="1440" w:right="1797" w:bottom="1440" w:left="1797" w:header="851" w:footer="851" w:gutter="0"/>
<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>
</w:body></w:document>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>
<w:characterSpacingControl w:val="compressPunctuation"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}"/><w:color w:val="{ACCENT}"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def _font(east_asian: str = EAST_ASIAN_FONT) -> str:
    return f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{east_asian}" w:cs="{LATIN_FONT}"/>'


def _para_style(
    style_id: str,
    name: str,
    *,
    based_on: str | None = "Normal",
    ppr: str = "",
    rpr: str = "",
    next_style: str | None = None,
    default: bool = False,
) -> str:
    attrs = ' w:default="1"' if default else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="paragraph"{attrs} w:styleId="{style_id}"><w:name w:val="{name}"/>{based}{nxt}'
        f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _heading(level: int, size: int, before: int, after: int) -> str:
    border = (
        f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="{ACCENT}"/></w:pBdr>' if level == 1 else ""
    )
    return _para_style(
        f"Heading{level}",
        f"heading {level}",
        next_style="Normal",
        ppr=f'<w:keepNext/><w:keepLines/>{border}<w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{level - 1}"/>',
        rpr=f'{_font()}<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
    )


def styles_xml() -> str:
    """Return styles.xml: the styles the proposal uses and nothing else."""
    toc_tabs = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    styles = [
        _para_style("Normal", "Normal", based_on=None, default=True),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>',
        _para_style(
            "Title",
            "Title",
            next_style="Normal",
            ppr='<w:spacing w:before="2400" w:after="360" w:line="240" w:lineRule="auto"/>',
            rpr=f'{_font()}<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="52"/><w:szCs w:val="52"/>',
        ),
        _para_style(
            "Subtitle",
            "Subtitle",
            next_style="Normal",
            ppr='<w:spacing w:after="1200"/>',
            rpr=f'{_font()}<w:color w:val="4A6178"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
        ),
        _para_style(
            "CoverMeta",
            "Cover Meta",
            ppr='<w:spacing w:after="120"/>',
            rpr='<w:color w:val="333333"/><w:sz w:val="24"/><w:szCs w:val="24"/>',
        ),
        _heading(1, 32, 480, 200),
        _heading(2, 26, 320, 120),
        _heading(3, 22, 240, 80),
        _para_style(
            "TOCHeading", "TOC Heading", based_on="Heading1", next_style="Normal", ppr='<w:outlineLvl w:val="9"/>'
        ),
        _para_style(
            "TOC1",
            "toc 1",
            next_style="Normal",
            ppr=f'{toc_tabs}<w:spacing w:before="120" w:after="60"/>',
            rpr="<w:b/>",
        ),
        _para_style(
            "TOC2", "toc 2", next_style="Normal", ppr=f'{toc_tabs}<w:spacing w:after="40"/><w:ind w:left="420"/>'
        ),
        _para_style(
            "ListBullet", "List Bullet", ppr='<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>'
        ),
        _para_style(
            "ListNumber", "List Number", ppr='<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/>'
        ),
        _para_style(
            "TableText",
            "Table Text",
            ppr='<w:spacing w:before="40" w:after="40" w:line="264" w:lineRule="auto"/>',
            rpr='<w:sz w:val="19"/><w:szCs w:val="19"/>',
        ),
        _para_style(
            "TableHeading",
            "Table Heading",
            based_on="TableText",
            ppr="<w:keepNext/>",
            rpr='<w:b/><w:color w:val="FFFFFF"/>',
        ),
        _para_style(
            "Note",
            "Note",
            ppr='<w:spacing w:before="60" w:after="120"/>',
            rpr='<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "Closing",
            "Closing",
            ppr='<w:spacing w:before="240" w:after="240"/>',
            rpr=f'<w:i/><w:color w:val="{ACCENT}"/><w:sz w:val="24"/><w:szCs w:val="24"/>',
        ),
        _para_style(
            "Header",
            "header",
            ppr=f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BFC8D2"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
            rpr='<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "Footer",
            "footer",
            ppr='<w:jc w:val="center"/><w:spacing w:after="0"/>',
            rpr='<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        '<w:style w:type="table" w:styleId="KamTable"><w:name w:val="Kam Table"/><w:basedOn w:val="TableNormal"/>'
        "<w:tblPr><w:tblBorders>"
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="BFC8D2"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFC8D2"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC8D2"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFC8D2"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC8D2"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFC8D2"/>'
        '</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f'<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{ACCENT}"/></w:tcPr></w:tblStylePr>'
        "</w:style>",
    ]
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr>{_font()}<w:sz w:val="21"/><w:szCs w:val="21"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="312" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>{defaults}{"".join(styles)}</w:styles>'
    )


CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Proposal</dc:title><cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>
</cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kam</Application></Properties>"""


def build() -> bytes:
    """Return the template's bytes (fixed timestamps: the same every run)."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": DOCUMENT,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": ordered_xml(styles_xml()),
        "word/settings.xml": ordered_xml(SETTINGS),
        "word/numbering.xml": ordered_xml(NUMBERING),
        "word/fontTable.xml": word_parts.font_table_xml((LATIN_FONT, EAST_ASIAN_FONT)),
        "word/theme/theme1.xml": word_parts.theme_xml(LATIN_FONT, EAST_ASIAN_FONT),
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text if isinstance(text, bytes) else text.encode("utf-8"))
    return buffer.getvalue()


TEMPLATE_NAMES = ("proposal.docx", "report.docx")

if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "templates"
    for name in TEMPLATE_NAMES:
        target = folder / name
        target.write_bytes(build())
        print(f"wrote {target} ({target.stat().st_size} bytes)")
