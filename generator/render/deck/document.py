"""The PowerPoint pitch deck: the deck plan laid out on the company's slide master.

Takes ONLY the customer view (plus, for the presenter copy, the internal notes built
separately). Every text is measured with real font metrics, set at an explicit size
between a maximum and a minimum, and continued onto a "(cont.)" slide when even the
minimum does not fit. Pricing comes from `summarise_pricing`, formatted with
`Texts.money`, exactly as the proposal shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.i18n import Texts
from generator.render.customer_view import CustomerView
from generator.render.deck import layouts
from generator.render.deck.cards import add_cards
from generator.render.deck.plan import (
    VISUALS,
    AgendaSpec,
    CardsSpec,
    CasesSpec,
    ChallengesSpec,
    ChartSpec,
    ClosingSpec,
    CompareSpec,
    FabSpec,
    SlideSpec,
    StatementSpec,
    TableSpec,
    TakeawaysSpec,
    TilesSpec,
    TimelineSpec,
    plan_deck,
)
from generator.render.kit import pptx_kit as kit
from generator.render.kit.templates import TemplateSet
from generator.render.kit.text_fit import (
    Box,
    BoxStyle,
    Metrics,
    Para,
    fit,
    fit_line,
    look_up_fonts,
    paginate,
    wrap,
)
from generator.render.kit.xml_text import clean_text

if TYPE_CHECKING:  # the presenter copy's notes module is imported by whoever builds the notes
    from generator.render.deck.notes import PresenterNotes

TEMPLATE = "deck.pptx"

# (largest, smallest) font sizes in points
TITLE_SIZES = {"title": (40, 24), "section": (36, 20)}
TITLE_DEFAULT = (32, 20)
BODY_SIZES = {"title": (24, 14), "section": (24, 14), "content": (24, 14), "two": (20, 12)}
TABLE_SIZES = (18, 11)
CHART_TEXT = 12
CHART_LABEL = 60  # characters of a category or series name a chart shows

TITLE_STYLE = BoxStyle(line=1.15, space_before=0.0)
BODY_STYLE_ZH = BoxStyle(line=1.3)
BODY_STYLE_EN = BoxStyle(line=1.2)
CELL_STYLE = BoxStyle(line=1.2, space_before=0.2, inset_x=5.4, inset_y=3.6)
COLUMN_GAP = 342900  # EMU between two columns carved out of one placeholder


@dataclass
class _Context:
    prs: Any
    t: Texts
    title_metrics: Metrics
    body_metrics: Metrics
    title_font: str
    body_font: str
    body_style: BoxStyle
    # Looked up once per layout (python-pptx resolves inherited placeholder geometry slowly).
    geometries: dict[tuple[int, int], tuple[list[_Geometry], list[int]]] = field(default_factory=dict)
    title_boxes: dict[int, Box] = field(default_factory=dict)
    placeholders: dict[int, list[tuple[Any, Any, Any, int]]] = field(default_factory=dict)

    def new_slide(self, layout: Any) -> Any:
        """Return a new last slide on `layout` (the placeholders it gets read once per layout)."""
        if id(layout) not in self.placeholders:
            self.placeholders[id(layout)] = kit.cloneable_placeholders(layout)
        return kit.add_slide(self.prs, layout, self.placeholders[id(layout)])

    @property
    def lang(self) -> str:
        return self.t.lang_tag

    @property
    def pen(self) -> layouts.Pen:
        return layouts.Pen(
            self.body_metrics,
            self.title_metrics,
            self.body_font,
            self.title_font,
            self.lang,
            wide=self.prs.slide_width / self.prs.slide_height > 1.5,
        )


def render_deck(view: CustomerView, templates: TemplateSet | None = None, notes: PresenterNotes | None = None) -> bytes:
    """Return the .pptx bytes of the deck for `view`; with `notes`, the presenter copy (speaker notes)."""
    templates = templates or TemplateSet()
    path = templates.path(TEMPLATE)
    prs = kit.open_template(path)
    fonts = kit.theme_fonts(prs)
    title_metrics, body_metrics = Metrics(fonts.major_latin, fonts.major_ea), Metrics(fonts.minor_latin, fonts.minor_ea)
    look_up_fonts(title_metrics, body_metrics)  # fontconfig answers while the deck is planned
    layouts = kit.find_layouts(prs, path)
    t = Texts(view.language, view.currency)
    ctx = _Context(
        prs,
        t,
        title_metrics,
        body_metrics,
        fonts.major_ea,
        fonts.minor_ea,
        BODY_STYLE_ZH if view.language == "zh" else BODY_STYLE_EN,
    )
    plan = plan_deck(view)
    present = {spec.kind for spec in plan}
    noted: set[str] = set()
    for spec in plan:
        slides = _render_spec(ctx, spec, layouts[spec.layout])
        if notes is not None:
            first_of_kind = spec.kind not in noted
            noted.add(spec.kind)
            lines = _notes_lines(t, notes, spec.kind, present, plan[-1].kind, first_of_kind)
            for slide in slides:
                kit.set_notes(slide, lines, ctx.body_font, ctx.lang)
    kit.set_fixed_properties(
        prs, title=view.proposal.title, author=view.seller.name, language=t.lang_tag, when=view.proposal.date
    )
    return kit.pptx_bytes(prs)


# --- one spec → one or more slides --------------------------------------------------------


@dataclass
class _Geometry:
    left: int
    top: int
    width: int
    height: int
    idx: int | None  # the layout placeholder it comes from, or None for a carved-out column

    @property
    def box(self) -> Box:
        return Box.from_emu(self.width, self.height)

    @property
    def rectangle(self) -> tuple[int, int, int, int]:
        return self.left, self.top, self.width, self.height


# Each drawer takes (slide, pen, area, spec); typed loosely because each takes its own spec type.
_DRAW: dict[type, Callable[..., Any]] = {
    StatementSpec: layouts.draw_statement,
    CompareSpec: layouts.draw_compare,
    FabSpec: layouts.draw_fab,
    TimelineSpec: layouts.draw_timeline,
    TilesSpec: layouts.draw_tiles,
    ChallengesSpec: layouts.draw_challenges,
    CasesSpec: layouts.draw_cases,
    AgendaSpec: layouts.draw_agenda,
    TakeawaysSpec: layouts.draw_takeaways,
    ClosingSpec: layouts.draw_closing,
}


def _render_spec(ctx: _Context, spec: SlideSpec, layout: Any) -> list[Any]:  # noqa: C901 - one branch per region kind, read in one place
    geometry, unused = _region_geometry(ctx, layout, len(spec.regions))
    marker = None
    if spec.progress is not None:
        marker = _progress_area(ctx, geometry)
        geometry = [_Geometry(g.left, g.top, g.width, marker.top - layouts.GAP - g.top, g.idx) for g in geometry]
    paged = [_paginate(ctx, spec, region, geo) for region, geo in zip(spec.regions, geometry)]
    _common_text_size(ctx, spec, paged, geometry)
    count = max([len(p[2]) for p in paged] + [1])
    slides = []
    for page in range(count):
        slide = ctx.new_slide(layout)
        title = spec.title if page == 0 else f"{spec.title} {ctx.t.t('common.continued')}"
        if spec.kind != "attention":  # the statement sets its own title (in large type)
            _set_title(ctx, slide, layout, spec.layout, title)
        for (kind, size, pages), geo in zip(paged, geometry):
            content = pages[page] if page < len(pages) else None
            placeholder = _placeholder(slide, geo.idx)
            if not content:
                if placeholder is not None:
                    kit.remove_shape(placeholder)
                continue
            if kind == "text":
                assert size is not None, "a text region always has a size"
                shape = placeholder if placeholder is not None else kit.add_textbox(slide, *geo.rectangle)
                kit.write_paragraphs(
                    kit.text_body(shape),
                    content,
                    size,
                    ctx.body_style,
                    east_asian_font=ctx.body_font,
                    lang_tag=ctx.lang,
                )
                continue
            if kind == "table":
                assert size is not None, "a table region always has a size"
                _add_table(ctx, slide, geo, content, size)
            elif kind == "cards":
                add_cards(
                    slide,
                    geo.left,
                    geo.top,
                    geo.width,
                    geo.height,
                    content,
                    metrics=ctx.body_metrics,
                    east_asian_font=ctx.body_font,
                    lang_tag=ctx.lang,
                )
            elif kind == "visual":
                if isinstance(content, StatementSpec):
                    layouts.draw_statement(slide, ctx.pen, _statement_area(ctx), content, kit.title_placeholder(slide))
                else:
                    _DRAW[type(content)](slide, ctx.pen, _visual_area(geo), content)
            else:
                _add_chart(ctx, slide, geo, content)
            if placeholder is not None:
                kit.remove_shape(placeholder)
        for idx in unused:
            placeholder = _placeholder(slide, idx)
            if placeholder is not None:
                kit.remove_shape(placeholder)
        if marker is not None and spec.progress is not None:
            layouts.draw_progress(slide, ctx.pen, marker, *spec.progress)
        if spec.cover is not None:
            layouts.draw_cover(slide, spec.cover, ctx.prs.slide_width, ctx.prs.slide_height)
        slides.append(slide)
    return slides


def _progress_area(ctx: _Context, geometry: list[_Geometry]) -> layouts.Area:
    """Return where the progress marker goes: a thin strip under the slide's content, across its width."""
    left = min(g.left for g in geometry)
    right = max(g.left + g.width for g in geometry)
    bottom = min(max(g.top + g.height for g in geometry), ctx.prs.slide_height - layouts.GAP)
    return layouts.Area(left, bottom - layouts.PROGRESS_HEIGHT, right - left, layouts.PROGRESS_HEIGHT)


def _statement_area(ctx: _Context) -> layouts.Area:
    """Return the attention statement's area: the slide, less a margin of a twelfth all round."""
    width, height = ctx.prs.slide_width, ctx.prs.slide_height
    return layouts.Area(width // 12, height // 10, width - width // 6, height - height // 5)


def _placeholder(slide: Any, idx: int | None) -> Any | None:
    return None if idx is None else kit.placeholder(slide, idx)


def _region_geometry(ctx: _Context, layout: Any, count: int) -> tuple[list[_Geometry], list[int]]:
    """Return where each of `count` regions goes on `layout` and the body placeholders left unused.

    The largest body placeholders are used, left to right; a layout with fewer than `count`
    has its largest one carved into columns.
    """
    key = (id(layout), count)
    if key not in ctx.geometries:  # the layout's placeholders inherit their places: read them once
        ctx.geometries[key] = _layout_geometry(ctx, layout, count)
    geometry, unused = ctx.geometries[key]
    return list(geometry), list(unused)


def _layout_geometry(ctx: _Context, layout: Any, count: int) -> tuple[list[_Geometry], list[int]]:
    """Return `_region_geometry`'s answer, read from the layout's placeholders."""
    bodies = [p for p in layout.placeholders if p.placeholder_format.type in kit._BODY_TYPES]
    largest = sorted(bodies, key=lambda p: -(p.width * p.height))
    chosen = sorted(largest[:count], key=lambda p: (p.left, p.top))
    unused = [p.placeholder_format.idx for p in bodies if p not in chosen]
    if len(chosen) == count:
        return [_Geometry(p.left, p.top, p.width, p.height, p.placeholder_format.idx) for p in chosen], unused
    if chosen:
        base = largest[0]
        unused = [p.placeholder_format.idx for p in bodies]
        left, top, width, height = base.left, base.top, base.width, base.height
    else:
        title = next(p for p in layout.placeholders if p.placeholder_format.type in kit._TITLE_TYPES)
        left, top, width = title.left, title.top + title.height, title.width
        height = ctx.prs.slide_height - top - title.top
    column = (width - COLUMN_GAP * (count - 1)) // count
    return [_Geometry(left + i * (column + COLUMN_GAP), top, column, height, None) for i in range(count)], unused


def _paginate(ctx: _Context, spec: SlideSpec, region: Any, geo: _Geometry) -> tuple[str, float | None, list[Any]]:
    """Return (kind, size, pages) for one region: text and table rows split over slides."""
    if isinstance(region, list):
        largest, smallest = BODY_SIZES.get(spec.layout, BODY_SIZES["content"])
        if not region:
            return "text", largest, [[]]
        fitted = fit(region, geo.box, largest, smallest, ctx.body_style, ctx.body_metrics)
        return "text", fitted.size, fitted.pages
    if isinstance(region, TableSpec):
        size, pages = _fit_table(ctx, region, geo)
        return "table", size, pages
    if isinstance(region, CardsSpec):
        return "cards", None, [region]
    if isinstance(region, VISUALS):
        pages = _visual_pages(ctx, region, geo)
        if any(_cut(ctx, page, geo) for page in pages):
            # Too long for its layout even at the smallest size: set as text, continued, never cut.
            largest, smallest = BODY_SIZES["content"]
            fitted = fit(layouts.as_paras(region), geo.box, largest, smallest, ctx.body_style, ctx.body_metrics)
            return "text", fitted.size, fitted.pages
        return "visual", None, pages
    return "chart", None, [region]


def _cut(ctx: _Context, page: Any, geo: _Geometry) -> bool:
    """Return True when drawing `page` would leave out text that does not fit (drawn on a scratch slide)."""
    if isinstance(page, StatementSpec):
        return False  # its phrase is a title, shortened like every title
    pen = ctx.pen
    _DRAW[type(page)](kit.ScratchSlide(), pen, _visual_area(geo), page)
    return pen.cut


def _visual_area(geo: _Geometry) -> layouts.Area:
    """Return where a visual layout draws: the region, clear of the title's rule by a small gap."""
    gap = layouts.GAP // 2 if geo.idx is None else 0
    return layouts.Area(geo.left, geo.top + gap, geo.width, geo.height - gap)


def _visual_pages(ctx: _Context, region: Any, geo: _Geometry) -> list[Any]:
    """Return a visual region split over slides (offering cards, phases, cases, next steps)."""
    if isinstance(region, FabSpec):
        return layouts.fab_pages(ctx.pen, _visual_area(geo), region)
    if isinstance(region, TimelineSpec):
        return layouts.timeline_pages(ctx.pen, region)
    if isinstance(region, CasesSpec):
        return layouts.cases_pages(region)
    if isinstance(region, ClosingSpec):
        return layouts.closing_pages(region)
    if isinstance(region, TakeawaysSpec):
        return layouts.takeaways_pages(ctx.pen, _visual_area(geo), region)
    return [region]


def _common_text_size(ctx: _Context, spec: SlideSpec, paged: list, geometry: list[_Geometry]) -> None:
    """Set side-by-side text columns at one size (the smaller), so a slide reads evenly."""
    texts = [i for i, (kind, _size, pages) in enumerate(paged) if kind == "text" and any(pages)]
    if len(texts) < 2:
        return
    size = min(paged[i][1] for i in texts)
    for i in texts:
        if paged[i][1] == size:
            continue  # already set at that size: paginating again would give the same pages
        region = spec.regions[i]
        assert isinstance(region, list)  # a text region: a list of paragraphs
        paged[i] = ("text", size, paginate(region, geometry[i].box, size, ctx.body_style, ctx.body_metrics))


def _set_title(ctx: _Context, slide: Any, layout: Any, role: str, text: str) -> None:
    placeholder = kit.title_placeholder(slide)
    if placeholder is None:
        return
    largest, smallest = TITLE_SIZES.get(role, TITLE_DEFAULT)
    box = ctx.title_boxes.get(id(layout))
    if box is None:  # the title's size, inherited from the layout (or its master): looked up once
        box = ctx.title_boxes[id(layout)] = Box.from_emu(placeholder.width, placeholder.height)
    size, shown = fit_line(text, box, largest, smallest, TITLE_STYLE, ctx.title_metrics)
    kit.write_paragraphs(
        kit.text_body(placeholder),
        [Para(shown, bullet=False)],
        size,
        TITLE_STYLE,
        east_asian_font=ctx.title_font,
        lang_tag=ctx.lang,
    )


# --- tables -------------------------------------------------------------------------------


@dataclass
class _TablePage:
    spec: TableSpec
    rows: list[int]  # indices into spec.rows
    heights: list[float]  # points, header first


def _row_height(ctx: _Context, cells: tuple[str, ...], widths: list[float], size: float) -> float:
    tallest = 1
    for text, width in zip(cells, widths):
        lines = wrap(text, max(width - 2 * CELL_STYLE.inset_x, size), size, ctx.body_metrics)
        tallest = max(tallest, len(lines))
    return tallest * size * CELL_STYLE.line + 2 * CELL_STYLE.inset_y


def _fit_table(ctx: _Context, spec: TableSpec, geo: _Geometry) -> tuple[float, list[_TablePage]]:
    """Return the size and the pages of a table: the largest size at which it fits, else its rows
    split over slides at the smallest size, the header repeated and the totals kept together."""
    box = geo.box
    widths = [box.width * w / sum(spec.widths) for w in spec.widths]
    largest, smallest = TABLE_SIZES
    size = largest
    while True:
        header = _row_height(ctx, spec.header, widths, size)
        heights = [
            _row_height(ctx, row, widths, size * (1.0 if i not in spec.section else 1.0))
            for i, row in enumerate(spec.rows)
        ]
        if header + sum(heights) <= box.height or size <= smallest:
            break
        size -= 1
    if header + sum(heights) <= box.height:
        return size, [_TablePage(spec, list(range(len(spec.rows))), [header] + heights)]
    # Split: the tail (totals) is one unit that must not break.
    units: list[list[int]] = [[i] for i in range(len(spec.rows) - spec.keep_tail)]
    if spec.keep_tail:
        units.append(list(range(len(spec.rows) - spec.keep_tail, len(spec.rows))))
    pages: list[_TablePage] = []
    current: list[int] = []
    used = header
    for unit in units:
        need = sum(heights[i] for i in unit)
        if current and used + need > box.height:
            pages.append(_TablePage(spec, current, [header] + [heights[i] for i in current]))
            current, used = [], header
        current += unit
        used += need
    if current:
        pages.append(_TablePage(spec, current, [header] + [heights[i] for i in current]))
    return size, pages


def _add_table(ctx: _Context, slide: Any, geo: _Geometry, page: _TablePage, size: float) -> None:
    from pptx.util import Pt

    spec = page.spec
    rows = [spec.header] + [spec.rows[i] for i in page.rows]
    height = int(sum(Pt(h) for h in page.heights))
    frame = slide.shapes.add_table(len(rows), len(spec.header), geo.left, geo.top, geo.width, height)
    table = frame.table
    total = sum(spec.widths)
    widths = [int(geo.width * w / total) for w in spec.widths]
    widths[-1] = geo.width - sum(widths[:-1])
    for column, width in zip(table.columns, widths):
        column.width = width
    for row, points in zip(table.rows, page.heights):
        row.height = int(Pt(points))
    for r, cells in enumerate(rows):
        source = page.rows[r - 1] if r else None
        strong = r == 0 or source in spec.strong or source in spec.section
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            cell.margin_left = cell.margin_right = Pt(CELL_STYLE.inset_x)
            cell.margin_top = cell.margin_bottom = Pt(CELL_STYLE.inset_y)
            align = "l" if r == 0 and spec.align[c] == "l" else spec.align[c]
            kit.write_paragraphs(
                cell.text_frame._txBody,
                [Para(text, bullet=False, bold=strong, align=align)],
                size,
                CELL_STYLE,
                east_asian_font=ctx.body_font,
                lang_tag=ctx.lang,
                frame=False,
            )


# --- charts -------------------------------------------------------------------------------


def _add_chart(ctx: _Context, slide: Any, geo: _Geometry, spec: ChartSpec) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    data = CategoryChartData(number_format=spec.number_format)
    data.categories = [_chart_label(c) for c in spec.categories]
    for name, values in spec.series:
        # Charts store floats; the figure a reader relies on is in the table, set from Decimals.
        data.add_series(_chart_label(name), [float(v / spec.scale) if v else None for v in values])
    kind = XL_CHART_TYPE.BAR_CLUSTERED if spec.kind == "bar" else XL_CHART_TYPE.COLUMN_STACKED
    chart = slide.shapes.add_chart(kind, geo.left, geo.top, geo.width, geo.height, data).chart
    chart.has_legend = spec.legend
    if spec.legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = spec.number_format
    labels.number_format_is_linked = False
    labels.font.size = Pt(CHART_TEXT)
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.tick_labels.number_format = spec.number_format
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.minimum_scale = 0
    if spec.kind == "bar":
        chart.category_axis.reverse_order = True  # first category on top, as in the table
        value_axis.visible = False
        value_axis.has_major_gridlines = False
    kit.style_chart_text(chart, CHART_TEXT, ctx.body_font, ctx.lang)


def _chart_label(text: str) -> str:
    """Return `text` fit for a chart's axis or legend: XML-safe, and shortened with an ellipsis when
    longer than CHART_LABEL characters (a chart can't wrap a paragraph; the slide's text has it whole)."""
    text = clean_text(text)
    return text if len(text) <= CHART_LABEL else text[: CHART_LABEL - 1].rstrip() + "…"


# --- presenter notes ----------------------------------------------------------------------


def _notes_lines(
    t: Texts, notes: PresenterNotes, kind: str, present: set[str], last: str, first_of_kind: bool
) -> list[str]:
    lines = []
    objections = notes.for_slide(kind, present, last) if first_of_kind else ()
    if objections:
        lines.append(t.t("deck.notes_objections"))
        for o in objections:
            key = "deck.notes_objection" if o.type else "deck.notes_objection_untyped"
            lines.append(t.t(key, type=t.term(o.type), statement=o.statement))
            if o.nature:
                lines.append(t.t("deck.notes_nature", nature=t.term(o.nature)))
            if o.timing:
                lines.append(t.t("deck.notes_timing", timing=t.term(o.timing)))
            if o.response:
                lines.append(
                    t.t("deck.notes_response", method=t.term(o.method), response=o.response)
                    if o.method
                    else t.t("deck.notes_response_plain", response=o.response)
                )
    else:
        lines.append(t.t("deck.notes_no_objections"))
    if notes.attendees:
        lines.append(t.t("deck.notes_attendees"))
        for a in notes.attendees:
            title = (" " + a.title) if a.title else ""
            line = (
                t.t(
                    "deck.notes_attendee",
                    name=a.name,
                    title=title,
                    style=t.term(a.style),
                    tip=t.t(f"deck.tip_{a.style.value}"),
                )
                if a.style is not None
                else t.t("deck.notes_attendee_plain", name=a.name, title=title)
            )
            if a.reports_to:
                line += t.t("deck.notes_reports_to", boss=a.reports_to)
            lines.append(line)
    return lines


# --- files --------------------------------------------------------------------------------


def default_paths(brief_path: Path, title: str) -> tuple[Path, Path]:
    """Return the deck's and the presenter copy's default paths: next to the brief, named from the title."""
    from generator.output import inside, safe_filename

    folder = Path(brief_path).resolve().parent
    return inside(folder, safe_filename(title, ".pptx")), inside(folder, safe_filename(f"{title}-presenter", ".pptx"))


def presenter_path(deck_path: Path) -> Path:
    """Return where the presenter copy of the deck at `deck_path` goes (…-presenter.pptx)."""
    return deck_path.with_name(f"{deck_path.stem}-presenter{deck_path.suffix}")


def pdf_path(deck_path: Path) -> Path:
    """Return where the PDF of the deck at `deck_path` goes (…-slides.pdf): the proposal of the same
    title, next to it, has the plain name."""
    return deck_path.with_name(f"{deck_path.stem}-slides.pdf")


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Render the Chinese and English example decks and their presenter copies into `outdir`."""
    from generator.load import load_brief
    from generator.output import safe_filename, write_atomic
    from generator.render.customer_view import customer_view
    from generator.render.deck.notes import presenter_notes

    written = []
    for name in ("brief-zh.yaml", "brief-en.yaml"):
        brief = load_brief(Path(examples_dir) / name).brief
        view = customer_view(brief)
        target = Path(outdir) / safe_filename(view.proposal.title, ".pptx")
        written.append(write_atomic(target, render_deck(view)))
        written.append(write_atomic(presenter_path(target), render_deck(view, notes=presenter_notes(brief))))
    return written
