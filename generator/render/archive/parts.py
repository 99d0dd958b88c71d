"""The fixed parts of the archive card package (WordprocessingML written as text, once per language).

Styles carry the fonts: Latin text in Arial, Chinese in Microsoft YaHei (LibreOffice falls
back to Noto Sans CJK SC through the zh-CN language tag), so no run depends on the
reader's defaults.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from generator.i18n import Texts
from generator.render.kit import word_parts
from generator.render.kit.xml_order import ordered_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
CONTENT_WIDTH = 9638  # A4 (11906 twips) less two 2 cm margins
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FIXED_TIME = "2000-01-01T00:00:00Z"


def run_props(
    lang_tag: str, *, bold: bool = False, italic: bool = False, color: str | None = None, size: int | None = None
) -> str:
    """Return a w:rPr that sets the Latin and East Asian fonts and the run's languages (size in half-points)."""
    parts = [
        f'<w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{EAST_ASIAN_FONT}" '
        f'w:cs="{LATIN_FONT}" w:hint="eastAsia"/>'
    ]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    parts.append(f'<w:lang w:val="{lang_tag}" w:eastAsia="zh-CN"/></w:rPr>')
    return "".join(parts)


def content_types(_lang: str) -> str:
    """Return [Content_Types].xml."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return (
        _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{main}.settings+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{main}.footer+xml"/>'
        + word_parts.content_type_overrides()
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


def package_rels(_lang: str) -> str:
    """Return _rels/.rels."""
    return (
        _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def document_rels(org_chart: bool = False) -> str:
    """Return word/_rels/document.xml.rels (the template refers to the footer as rIdFooter and to
    the org chart's picture, when the card has one, as rIdOrgChart)."""
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    picture = f'<Relationship Id="rIdOrgChart" Type="{base}/image" Target="media/orgchart.png"/>' if org_chart else ""
    return (
        _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdStyles" Type="{base}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rIdSettings" Type="{base}/settings" Target="settings.xml"/>'
        f'<Relationship Id="rIdFooter" Type="{base}/footer" Target="footer1.xml"/>'
        + word_parts.relationships(1)
        + f"{picture}</Relationships>"
    )


def app_xml(_lang: str) -> str:
    """Return docProps/app.xml."""
    return (
        _XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>kam</Application></Properties>"
    )


def settings_xml(lang: str) -> str:
    """Return word/settings.xml: Chinese punctuation compression, Word 2013+ layout."""
    return (
        _XML + f'<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="420"/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{lang}" w:eastAsia="zh-CN"/></w:settings>'
    )


def _style(
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    *,
    kind: str = "paragraph",
    based: str | None = "Normal",
    extra: str = "",
) -> str:
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}'
        f'<w:next w:val="Normal"/><w:qFormat/>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}'
        f"{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{extra}</w:style>"
    )


def styles_xml(lang: str) -> str:
    """Return word/styles.xml: defaults with both font slots and languages, and the card's styles,
    every child in schema order."""
    return ordered_xml(_styles_text(lang)).decode("utf-8")


def font_table_xml(_lang: str) -> str:
    """Return word/fontTable.xml: the card's two fonts."""
    return word_parts.font_table_xml((LATIN_FONT, EAST_ASIAN_FONT))


def theme_xml(_lang: str) -> str:
    """Return word/theme/theme1.xml with the card's fonts."""
    return word_parts.theme_xml(LATIN_FONT, EAST_ASIAN_FONT)


def _styles_text(lang: str) -> str:
    fonts = (
        f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{EAST_ASIAN_FONT}" w:cs="{LATIN_FONT}"/>'
    )
    rule = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="1F3864"/></w:pBdr>'
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        _XML + f'<w:styles xmlns:w="{W}">'
        f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="20"/><w:szCs w:val="20"/>'
        f'<w:lang w:val="{lang}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + _style(
            "Title",
            "Title",
            '<w:spacing w:before="60" w:after="40"/>',
            '<w:b/><w:sz w:val="40"/><w:color w:val="1F3864"/>',
        )
        + _style("Subtitle", "Subtitle", '<w:spacing w:after="80"/>', '<w:color w:val="595959"/>')
        + _style(
            "Kicker",
            "Card kicker",
            f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr>'
            f'<w:tabs><w:tab w:val="right" w:pos="{CONTENT_WIDTH}"/></w:tabs><w:spacing w:after="200"/>',
            '<w:sz w:val="18"/><w:color w:val="7F7F7F"/>',
        )
        + _style("Tier", "Card tier", '<w:spacing w:before="60" w:after="120"/>')
        + _style(
            "Heading1",
            "heading 1",
            f'<w:keepNext/><w:keepLines/>{rule}<w:spacing w:before="300" w:after="120"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="26"/><w:color w:val="1F3864"/>',
        )
        + _style(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="21"/><w:color w:val="1F3864"/>',
        )
        + _style("Cell", "Card cell", '<w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/>')
        + _style(
            "CellSmall",
            "Card cell small",
            '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="17"/><w:szCs w:val="17"/>',
        )
        + _style("Score", "Card score", '<w:spacing w:before="60" w:after="120"/>')
        + _style(
            "Handover",
            "Card handover",
            '<w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="BFBFBF"/></w:pBdr>'
            '<w:spacing w:before="480" w:after="0"/>',
            '<w:i/><w:color w:val="595959"/>',
        )
        + _style(
            "Footer",
            "footer",
            '<w:jc w:val="center"/><w:spacing w:after="0"/>',
            '<w:sz w:val="16"/><w:color w:val="7F7F7F"/>',
        )
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        + f'<w:style w:type="table" w:styleId="KamTable"><w:name w:val="Card table"/><w:basedOn w:val="TableNormal"/>'
        f'<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/>'
        '<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' + "</w:styles>"
    )


def footer_xml(lang: str) -> str:
    """Return word/footer1.xml: "internal" and the page number, in the card's language."""
    t = Texts(lang[:2])
    props = run_props(lang, color="7F7F7F", size=16)
    label = t.t("common.page_x_of_y", page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
    runs = [f'<w:r>{props}<w:t xml:space="preserve">{escape(t.t("archive.internal"))}    </w:t></w:r>']
    for index, piece in enumerate(label.split("\x00")):
        if index % 2:
            runs.append(f'<w:fldSimple w:instr=" {piece} "><w:r>{props}<w:t>1</w:t></w:r></w:fldSimple>')
        elif piece:
            runs.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return _XML + f'<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{"".join(runs)}</w:p></w:ftr>'


def core_xml(title: str, subject: str, lang: str) -> str:
    """Return docProps/core.xml with the customer's name as title and fixed dates (no clock, no user name)."""
    return (
        _XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}</dc:subject>"
        f"<dc:creator>kam</dc:creator><cp:lastModifiedBy>kam</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f"<dc:language>{lang}</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{_FIXED_TIME}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{_FIXED_TIME}</dcterms:modified></cp:coreProperties>'
    )


# The parts every card shares, in package order ([Content_Types].xml first, as Office writes it);
# word/_rels/document.xml.rels is written per card (it names the org chart when there is one).
FIXED_PARTS = (
    ("[Content_Types].xml", content_types),
    ("_rels/.rels", package_rels),
    ("docProps/app.xml", app_xml),
    ("word/styles.xml", styles_xml),
    ("word/settings.xml", settings_xml),
    ("word/footer1.xml", footer_xml),
    ("word/fontTable.xml", font_table_xml),
    ("word/theme/theme1.xml", theme_xml),
)
