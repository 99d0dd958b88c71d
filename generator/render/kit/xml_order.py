"""Children in schema order: the one place kam decides where a child element goes.

Word, PowerPoint and Excel check the order of an element's children against the ECMA-376
schemas and offer to "repair" a file that breaks it, so every child kam adds to a property
element goes through `insert_child` (or `child`, which finds or adds one), and XML that is
written as text (the built-in templates, the archive card's fixed parts, a workbook's
styles) goes through `sort_children` once. `CHILD_ORDER` lists, for each element kam writes
children into, its children in the order of the transitional schema as Office 2016 reads it
(the Open XML SDK's particle order); tests check the table against that schema data.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "c14": "http://schemas.microsoft.com/office/drawing/2007/8/2/chart",
    "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
}

_RPR = (
    "w:ins w:del w:moveFrom w:moveTo w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike "
    "w:dstrike w:outline w:shadow w:emboss w:imprint w:noProof w:snapToGrid w:vanish w:webHidden w:color "
    "w:spacing w:w w:kern w:position w:sz w:szCs w:highlight w:u w:effect w:bdr w:shd w:fitText w:vertAlign "
    "w:rtl w:cs w:em w:lang w:eastAsianLayout w:specVanish w14:glow w14:shadow w14:reflection w14:textOutline "
    "w14:textFill w14:scene3d w14:props3d w14:ligatures w14:numForm w14:numSpacing w14:stylisticSets "
    "w14:cntxtAlts w:oMath w:rPrChange"
)
_A_RPR = (
    "a:ln a:noFill a:solidFill a:gradFill a:blipFill a:pattFill a:grpFill a:effectLst a:effectDag "
    "a:highlight a:uLnTx a:uLn a:uFillTx a:uFill a:latin a:ea a:cs a:sym a:hlinkClick a:hlinkMouseOver "
    "a:rtl a:extLst"
)
_A_PPR = (
    "a:lnSpc a:spcBef a:spcAft a:buClrTx a:buClr a:buSzTx a:buSzPct a:buSzPts a:buFontTx a:buFont "
    "a:buNone a:buAutoNum a:buChar a:buBlip a:tabLst a:defRPr a:extLst"
)
_AXIS = (
    "c:axId c:scaling c:delete c:axPos c:majorGridlines c:minorGridlines c:title c:numFmt c:majorTickMark "
    "c:minorTickMark c:tickLblPos c:spPr c:txPr c:crossAx c:crosses c:crossesAt"
)

_ORDER = {
    # WordprocessingML
    "w:rPr": _RPR,
    "w:pPr": (
        "w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr "
        "w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap "
        "w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid "
        "w:spacing w:ind w:contextualSpacing w:mirrorIndents w:suppressOverlap w:jc w:textDirection "
        "w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr w:pPrChange"
    ),
    "w:tblPr": (
        "w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize w:tblStyleColBandSize "
        "w:tblW w:jc w:tblCellSpacing w:tblInd w:tblBorders w:shd w:tblLayout w:tblCellMar w:tblLook "
        "w:tblCaption w:tblDescription w:tblPrChange"
    ),
    "w:tcPr": (
        "w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap w:tcMar "
        "w:textDirection w:tcFitText w:vAlign w:hideMark w:cellIns w:cellDel w:cellMerge w:tcPrChange"
    ),
    "w:trPr": (
        "w:cnfStyle w:divId w:gridBefore w:gridAfter w:wBefore w:wAfter w:trHeight w:hidden w:cantSplit "
        "w:tblHeader w:tblCellSpacing w:jc w:ins w:del w:trPrChange"
    ),
    "w:sectPr": (
        "w:headerReference w:footerReference w:footnotePr w:endnotePr w:type w:pgSz w:pgMar "
        "w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt w:vAlign w:noEndnote "
        "w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid w:printerSettings w15:footnoteColumns "
        "w:sectPrChange"
    ),
    "w:style": (
        "w:name w:aliases w:basedOn w:next w:link w:autoRedefine w:hidden w:uiPriority w:semiHidden "
        "w:unhideWhenUsed w:qFormat w:locked w:personal w:personalCompose w:personalReply w:rsid "
        "w:pPr w:rPr w:tblPr w:trPr w:tcPr w:tblStylePr"
    ),
    "w:tblStylePr": "w:pPr w:rPr w:tblPr w:trPr w:tcPr",
    "w:styles": "w:docDefaults w:latentStyles w:style",
    "w:docDefaults": "w:rPrDefault w:pPrDefault",
    "w:numbering": "w:numPicBullet w:abstractNum w:num w:numIdMacAtCleanup",
    "w:lvl": (
        "w:start w:numFmt w:lvlRestart w:pStyle w:isLgl w:suff w:lvlText w:lvlPicBulletId w:legacy w:lvlJc w:pPr w:rPr"
    ),
    "w:settings": (
        "w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime "
        "w:doNotDisplayPageBoundaries w:displayBackgroundShape w:printPostScriptOverText "
        "w:printFractionalCharacterWidth w:printFormsData w:embedTrueTypeFonts w:embedSystemFonts "
        "w:saveSubsetFonts w:saveFormsData w:mirrorMargins w:alignBordersAndEdges w:bordersDoNotSurroundHeader "
        "w:bordersDoNotSurroundFooter w:gutterAtTop w:hideSpellingErrors w:hideGrammaticalErrors "
        "w:activeWritingStyle w:proofState w:formsDesign w:attachedTemplate w:linkStyles "
        "w:stylePaneFormatFilter w:stylePaneSortMethod w:documentType w:mailMerge w:revisionView "
        "w:trackRevisions w:doNotTrackMoves w:doNotTrackFormatting w:documentProtection w:autoFormatOverride "
        "w:styleLockTheme w:styleLockQFSet w:defaultTabStop w:autoHyphenation w:consecutiveHyphenLimit "
        "w:hyphenationZone w:doNotHyphenateCaps w:showEnvelope w:summaryLength w:clickAndTypeStyle "
        "w:defaultTableStyle w:evenAndOddHeaders w:bookFoldRevPrinting w:bookFoldPrinting "
        "w:bookFoldPrintingSheets w:drawingGridHorizontalSpacing w:drawingGridVerticalSpacing "
        "w:displayHorizontalDrawingGridEvery w:displayVerticalDrawingGridEvery "
        "w:doNotUseMarginsForDrawingGridOrigin w:drawingGridHorizontalOrigin w:drawingGridVerticalOrigin "
        "w:doNotShadeFormData w:noPunctuationKerning w:characterSpacingControl w:printTwoOnOne "
        "w:strictFirstAndLastChars w:noLineBreaksAfter w:noLineBreaksBefore w:savePreviewPicture "
        "w:doNotValidateAgainstSchema w:saveInvalidXml w:ignoreMixedContent w:alwaysShowPlaceholderText "
        "w:doNotDemarcateInvalidXml w:saveXmlDataOnly w:useXSLTWhenSaving w:saveThroughXslt w:showXMLTags "
        "w:alwaysMergeEmptyNamespace w:updateFields w:hdrShapeDefaults w:footnotePr w:endnotePr w:compat "
        "w:docVars w:rsids m:mathPr w:uiCompat97To2003 w:attachedSchema w:themeFontLang w:clrSchemeMapping "
        "w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures w:forceUpgrade w:captions "
        "w:readModeInkLockDown sl:schemaLibrary w:shapeDefaults w:decimalSymbol w:listSeparator w14:docId "
        "w14:discardImageEditingData w14:defaultImageDpi w14:conflictMode w15:chartTrackingRefBased w15:docId"
    ),
    # DrawingML text (slides, charts)
    "a:rPr": _A_RPR,
    "a:defRPr": _A_RPR,
    "a:endParaRPr": _A_RPR,
    "a:pPr": _A_PPR,
    "a:defPPr": _A_PPR,
    **{f"a:lvl{level}pPr": _A_PPR for level in range(1, 10)},  # list levels of masters and text styles
    # DrawingML charts
    "c:chartSpace": (
        "c:date1904 c:lang c:roundedCorners c14:style c:style c:clrMapOvr c:pivotSource "
        "c:protection c:chart c:spPr c:txPr c:externalData c:printSettings c:userShapes c:extLst"
    ),
    "c:chart": (
        "c:title c:autoTitleDeleted c:pivotFmts c:view3D c:floor c:sideWall c:backWall c:plotArea "
        "c:legend c:plotVisOnly c:dispBlanksAs c:showDLblsOverMax c:extLst"
    ),
    "c:barChart": "c:barDir c:grouping c:varyColors c:ser c:dLbls c:gapWidth c:overlap c:serLines c:axId c:extLst",
    "c:valAx": _AXIS + " c:crossBetween c:majorUnit c:minorUnit c:dispUnits c:extLst",
    "c:catAx": _AXIS + " c:auto c:lblAlgn c:lblOffset c:tickLblSkip c:tickMarkSkip c:noMultiLvlLbl c:extLst",
    # SpreadsheetML styles
    "x:styleSheet": (
        "x:numFmts x:fonts x:fills x:borders x:cellStyleXfs x:cellXfs x:cellStyles x:dxfs "
        "x:tableStyles x:colors x:extLst"
    ),
    "x:font": "x:b x:i x:strike x:condense x:extend x:outline x:shadow x:u x:vertAlign x:sz x:color x:name "
    "x:family x:charset x:scheme",
}


def clark(tag: str) -> str:
    """Return the Clark notation ({namespace}local) of a prefixed tag such as "w:tblPr"."""
    prefix, _, local = tag.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


# {parent tag: {child tag: position}}, all in Clark notation.
CHILD_ORDER: dict[str, dict[str, int]] = {
    clark(parent): {clark(name): rank for rank, name in enumerate(children.split())}
    for parent, children in _ORDER.items()
}


def insert_child(parent: Any, child: Any) -> Any:
    """Insert `child` into `parent` where the schema puts it: after every sibling the schema
    places before it, before the first it places after; return `child`.

    Siblings the table doesn't know (extensions, comments) keep their place; in a parent
    without a known order the child is appended.
    """
    ranks = CHILD_ORDER.get(parent.tag, {})
    rank = ranks.get(child.tag)
    if rank is not None:
        for sibling in parent:
            if ranks.get(sibling.tag, -1) > rank:
                sibling.addprevious(child)
                return child
    parent.append(child)
    return child


def child(parent: Any, tag: str) -> Any:
    """Return the first child `tag` (prefixed, e.g. "w:tblLayout") of `parent`, adding an empty one
    in schema order when there is none."""
    name = clark(tag)
    found = parent.find(name)
    if found is not None:
        return found
    return insert_child(parent, parent.makeelement(name))


def replace_child(parent: Any, tag: str) -> Any:
    """Return a new, empty child `tag` of `parent` in schema order, replacing any existing one."""
    name = clark(tag)
    for old in parent.findall(name):
        parent.remove(old)
    return insert_child(parent, parent.makeelement(name))


def sort_children(root: Any) -> Any:
    """Put the children of `root` and of every element below it that the table knows in schema
    order (stable: equal ranks keep their order; unknown children stay after their predecessor);
    return `root`."""
    for element in list(root.iter()):  # listed first: reordering moves nodes under the iterator
        ranks = CHILD_ORDER.get(element.tag)
        if not ranks or len(element) < 2:
            continue
        keyed, last = [], -1
        for position, node in enumerate(element):
            last = ranks.get(node.tag, last)
            keyed.append((last, position, node))
        if any(keyed[i][0] > keyed[i + 1][0] for i in range(len(keyed) - 1)):
            keyed.sort(key=lambda item: item[:2])
            element[:] = [node for _rank, _position, node in keyed]
    return root


def ordered_xml(text: str | bytes) -> bytes:
    """Return the XML document `text` (a part written as text) with its children in schema order,
    as UTF-8 bytes with the standalone declaration Office writes."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    root = sort_children(etree.fromstring(data))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
