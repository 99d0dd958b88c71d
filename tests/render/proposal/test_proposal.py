"""The Word proposal, read back with python-docx as a reader would see it."""

from __future__ import annotations

from decimal import Decimal

import docx
import pytest
import repo_paths
import yaml_helpers  # noqa: F401  (tests/yaml_helpers.py: write briefs)
from docx.oxml.ns import qn
from docx_reading import all_text, headings, money_value, open_docx, runs_with_text, table_rows

from generator.errors import TemplateError
from generator.load import load_brief
from generator.render.customer_view import customer_view
from generator.render.kit.templates import TemplateSet, builtin_templates_dir
from generator.render.proposal.document import render_proposal


@pytest.fixture(scope="module")
def zh_docx(zh_brief) -> bytes:
    return render_proposal(customer_view(zh_brief.brief))


@pytest.fixture(scope="module")
def zh_plain_docx(zh_plain_brief) -> bytes:
    """The zh example priced as one list (its packages taken out), as briefs without packages are."""
    return render_proposal(customer_view(zh_plain_brief))


@pytest.fixture(scope="module")
def en_docx(en_brief) -> bytes:
    return render_proposal(customer_view(en_brief.brief))


def pricing_table(document):
    """Return the first table whose header starts with the item number column."""
    return next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text in ("序号", "No.") and any(c.text in ("单价", "Unit price") for c in t.rows[0].cells)
    )


def row_value(rows, label):
    return next(r[-1] for r in rows if r[0] == label)


def test_sections_in_the_methods_order_zh(zh_docx):
    document = open_docx(zh_docx)
    assert headings(document, 1) == [
        "一、客户背景",
        "二、问题和挑战",
        "三、解决方案",
        "四、报价",
        "五、商务条款",
        "六、客户价值",
        "七、资信文件",
        "联系我们",
        "附件一　技术偏离表（招标编号：MJJX-2026-ZB-035）",
        "附件二　商务偏离表（招标编号：MJJX-2026-ZB-035）",
        "附件三　资格文件清单（招标编号：MJJX-2026-ZB-035）",
    ]
    assert headings(document, 2)[:2] == ["（一）行业趋势", "（二）发展机遇"]
    solution = headings(document, 2)[2:7]
    assert solution == ["（一）方案概述", "（二）产品介绍", "（三）需求响应", "（四）实施计划", "（五）服务体系"]


def test_sections_in_the_methods_order_en(en_docx):
    document = open_docx(en_docx)
    assert headings(document, 1) == [
        "1. Background",
        "2. Problems and challenges",
        "3. Solution",
        "4. Pricing",
        "5. Commercial terms",
        "6. Customer value",
        "7. Credentials",
        "Contact",
        "Appendix A: Technical deviation table (tender no. NW-RFP-2026-07)",
        "Appendix B: Commercial deviation table (tender no. NW-RFP-2026-07)",
        "Appendix C: Qualification checklist (tender no. NW-RFP-2026-07)",
    ]
    assert "3.3 Requirement response" in headings(document, 2) and "3.4 Implementation plan" in headings(document, 2)


def test_cover_has_title_customer_seller_dates(zh_docx):
    document = open_docx(zh_docx)
    texts = [p.text for p in document.paragraphs[:12]]
    assert "二期产线自动化改造方案建议书" in texts
    assert "致：上海某某机械有限公司" in texts
    assert "提交单位：华东智能装备有限公司" in texts
    assert "日期：2026年11月20日" in texts and "有效期至：2026年12月31日" in texts
    assert document.inline_shapes, "the seller's logo is on the cover"


def test_contents_lists_headings_with_page_references(zh_docx):
    document = open_docx(zh_docx)
    entries = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    assert [p.text.strip() for p in entries if p.style.name == "toc 1"] == headings(document, 1)
    bookmarks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    for entry in entries:
        instructions = "".join(t.text for t in entry._p.iter(qn("w:instrText")))
        target = instructions.split()[1]
        assert instructions.strip().startswith("PAGEREF") and target in bookmarks
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_pricing_grouped_subtotalled_taxed_to_the_cent(zh_plain_docx):
    rows = table_rows(pricing_table(open_docx(zh_plain_docx)))
    assert ["设备"] in rows and ["软件"] in rows and ["服务"] in rows
    assert row_value(rows, "设备小计") == "¥2,166,000.00"
    assert row_value(rows, "软件小计") == "¥450,000.00"
    assert row_value(rows, "服务小计") == "¥64,000.00"
    assert row_value(rows, "合计（不含税）") == "¥2,680,000.00"
    assert row_value(rows, "税额（13%）") == "¥348,400.00"
    assert row_value(rows, "总计（含税）") == "¥3,028,400.00"
    assert row_value(rows, "大写金额") == "人民币叁佰零贰万捌仟肆佰元整"
    robot = next(r for r in rows if len(r) > 1 and r[1] == "焊接机器人工作站")
    assert robot[2:] == ["RW-600", "6", "套", "¥380,000.00", "5%", "¥2,166,000.00"]


def test_optional_items_listed_apart_and_left_out_of_the_total(zh_plain_docx):
    document = open_docx(zh_plain_docx)
    pricing = table_rows(pricing_table(document))
    assert not any("操作培训" in cell for row in pricing for cell in row)
    optional = next(
        t for t in document.tables if any(c.text == "操作培训" for c in t._cells) and t is not pricing_table(document)
    )
    rows = table_rows(optional)
    # 3,028,400 + 30,000 (training) + 180,000 (the paid on-site engineer) + 13 % tax
    assert row_value(rows, "含可选项目总计（含税）") == "¥3,265,700.00"
    assert "可选项目（未计入总计）" in [p.text for p in document.paragraphs]


def test_shown_figures_add_up_exactly(tmp_path):
    """Awkward prices: every total is the sum of the rounded figures printed above it."""
    items = [
        {"category": "A", "name": "a", "quantity": 3, "unit_price": "33.333", "discount": "7%"},
        {"category": "A", "name": "b", "quantity": "2.5", "unit_price": "19.99"},
        {"category": "B", "name": "c", "quantity": 7, "unit_price": "0.015", "discount": "12.5%"},
    ]
    brief = yaml_helpers.brief_with(tmp_path, proposal={"title": "T", "pricing": {"tax_rate": "6%", "items": items}})
    rows = table_rows(pricing_table(open_docx(render_proposal(customer_view(brief)))))
    lines = [r for r in rows if len(r) > 3 and r[0].isdigit()]
    line_amounts = [money_value(r[-1]) for r in lines]
    subtotals = [money_value(row_value(rows, f"{c}小计")) for c in "AB"]
    assert subtotals == [line_amounts[0] + line_amounts[1], line_amounts[2]]
    subtotal = money_value(row_value(rows, "合计（不含税）"))
    tax = money_value(row_value(rows, "税额（6%）"))
    assert subtotal == sum(subtotals)
    assert tax == (subtotal * Decimal("0.06")).quantize(Decimal("0.01"))
    assert money_value(row_value(rows, "总计（含税）")) == subtotal + tax


def test_english_money_dates_and_no_capitals(en_docx):
    document = open_docx(en_docx)
    rows = table_rows(pricing_table(document))
    assert row_value(rows, "Total") == "$946,000.00"
    assert row_value(rows, "Subtotal, Software") == "$576,000.00"
    assert row_value(rows, "Discounts included") == "−$64,000.00"
    assert not any("Tax" in r[0] for r in rows), "no tax rate in the brief: no tax line"
    texts = [p.text for p in document.paragraphs]
    assert "Date: November 20, 2026" in texts
    assert "This quotation is valid until January 31, 2027." in all_text(en_docx), "in the terms: from valid_until"
    assert "Prepared by: Huadong Smart Equipment Co., Ltd." in texts, "the seller's English texts are used"
    assert "人民币" not in all_text(en_docx)


def test_customer_value_section(zh_docx):
    document = open_docx(zh_docx)
    table = next(t for t in document.tables if any("客户让渡价值" in c.text for c in t._cells))
    rows = table_rows(table)
    assert row_value(rows, "收益合计") == "¥7,380,000.00"
    assert row_value(rows, "投入合计") == "¥3,028,400.00"
    assert row_value(rows, "客户让渡价值（收益 − 投入）") == "¥4,351,600.00"
    assert row_value(rows, "顾客价值（收益 ÷ 投入）") == "2.44"


def test_fab_and_references_tables(zh_docx):
    document = open_docx(zh_docx)
    fab = next(t for t in document.tables if t.rows[0].cells[0].text == "特征")
    assert [r[0] for r in table_rows(fab)] == ["特征", "优势", "利益"]
    references = next(t for t in document.tables if t.rows[0].cells[0].text == "客户")
    assert table_rows(references)[1] == ["苏州某精密机械有限公司", "装配线自动化改造", "2024", "人均产出提升 38%"]


def test_absent_sections_are_left_out_and_numbering_closes_up(tmp_path):
    proposal = {
        "title": "T",
        "challenges": [{"problem": "慢"}],
        "pricing": {"items": [{"name": "x", "unit_price": 100}]},
    }
    brief = yaml_helpers.brief_with(tmp_path, proposal=proposal)
    data = render_proposal(customer_view(brief))
    document = open_docx(data)
    assert headings(document, 1) == ["一、问题和挑战", "二、报价", "联系我们"]
    assert headings(document, 2) == []
    body = "\n".join(p.text for p in document.paragraphs)
    assert "None" not in body and "有效期至" not in body
    rows = table_rows(pricing_table(document))
    assert row_value(rows, "总计") == "¥100.00", "no tax rate: one total, no tax line"
    assert not any(r == ["其他"] for r in rows), "a single uncategorised group gets no group row"
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            assert paragraph.text.strip()


def test_every_run_sets_east_asian_font_and_language(zh_docx, en_docx):
    for data, lang in ((zh_docx, "zh-CN"), (en_docx, "en-US")):
        document = open_docx(data)
        runs = list(runs_with_text(document))
        assert len(runs) > 100
        for run in runs:
            fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            language = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            assert fonts is not None and fonts.get(qn("w:eastAsia")) == "Microsoft YaHei", run.xml
            assert language.get(qn("w:eastAsia")) == "zh-CN" and language.get(qn("w:val")) == lang


def test_header_footer_page_x_of_y_and_a4(zh_docx):
    document = open_docx(zh_docx)
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.different_first_page_header_footer, "the cover has no header or footer"
    assert "华东智能" in section.header.paragraphs[0].text
    footer = section.footer.paragraphs[0]
    instructions = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("第") and "共" in footer.text


def test_same_brief_same_bytes(zh_brief):
    first = render_proposal(customer_view(zh_brief.brief))
    second = render_proposal(customer_view(zh_brief.brief))
    assert first == second


def test_properties_come_from_the_data(zh_docx):
    properties = open_docx(zh_docx).core_properties
    assert properties.title == "二期产线自动化改造方案建议书"
    assert properties.author == "华东智能装备有限公司"
    assert properties.created.date().isoformat() == "2026-11-20"
    assert "python-docx" not in all_text(zh_docx)


def test_language_override(zh_brief):
    document = open_docx(render_proposal(customer_view(zh_brief.brief, "en")))
    assert headings(document, 1)[0] == "1. Background"
    assert "Prepared for: 上海某某机械有限公司" in [p.text for p in document.paragraphs]


def test_builtin_template_is_lean_and_reproducible():
    templates = [builtin_templates_dir() / name for name in ("proposal.docx", "report.docx")]
    assert all(t.stat().st_size < 10_000 for t in templates)
    module = repo_paths.load_script("build_word_templates")
    assert all(module.build() == t.read_bytes() for t in templates)


def test_company_letterhead_supplies_styles_and_header(tmp_path, zh_brief):
    letterhead = docx.Document()  # python-docx's stock template: its own styles, no Kam styles
    letterhead.sections[0].header.paragraphs[0].text = "ACME 信头 LETTERHEAD"
    letterhead.add_paragraph("sample body text that must not survive")
    heading = letterhead.styles["Heading 1"]
    heading.font.name = "Georgia"
    folder = tmp_path / "mytemplates"
    folder.mkdir()
    letterhead.save(folder / "proposal.docx")
    data = render_proposal(customer_view(zh_brief.brief), TemplateSet(folder))
    document = open_docx(data)
    assert document.sections[0].header.paragraphs[0].text == "ACME 信头 LETTERHEAD"
    assert "sample body text" not in all_text(data)
    names = {s.name for s in document.styles}
    assert {"Kam Table", "Cover Meta", "Table Text"} <= names, "missing styles are added from the built-in"
    assert document.styles["Heading 1"].font.name == "Georgia", "the letterhead's own styles win"
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and headings(document, 1)[0] == "一、客户背景"


def test_a_missing_user_template_falls_back_to_the_builtin(tmp_path, zh_brief):
    (tmp_path / "only-text").mkdir()
    (tmp_path / "only-text" / "proposal.j2").write_text(
        "{% block cover %}敬呈：{{ customer }}{% endblock %}{% block contact %}{{ seller.name }}{% endblock %}",
        encoding="utf-8",
    )
    document = open_docx(render_proposal(customer_view(zh_brief.brief), TemplateSet(tmp_path / "only-text")))
    texts = [p.text for p in document.paragraphs]
    assert "敬呈：上海某某机械有限公司" in texts
    assert "提交单位：华东智能装备有限公司" not in texts
    assert headings(document, 1)[0] == "一、客户背景", "the built-in proposal.docx still applies"


@pytest.mark.parametrize(
    "template, message",
    [
        (
            "{% block cover %}{{ nonexistent }}{% endblock %}{% block contact %}{% endblock %}",
            "'nonexistent' is undefined",
        ),
        ("{% block cover %}{{ seller.__class__.__mro__ }}{% endblock %}{% block contact %}{% endblock %}", "unsafe"),
        ("{% block cover %}\n\n{% if %}{% endblock %}", "proposal.j2:3: template syntax error"),
    ],
)
def test_user_text_templates_fail_clearly(tmp_path, zh_brief, template, message):
    (tmp_path / "proposal.j2").write_text(template, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render_proposal(customer_view(zh_brief.brief), TemplateSet(tmp_path))
    assert message in str(caught.value)


def test_not_a_docx_template_is_a_clear_error(tmp_path, zh_brief):
    (tmp_path / "proposal.docx").write_text("not a zip")
    with pytest.raises(TemplateError, match="not a usable Word template"):
        render_proposal(customer_view(zh_brief.brief), TemplateSet(tmp_path))


def test_no_proposal_section_is_a_render_error(tmp_path):
    brief = yaml_helpers.brief_with(tmp_path)
    with pytest.raises(ValueError, match="no proposal section"):
        customer_view(brief)


def test_renders_the_init_starter(tmp_path):
    from generator.starter import write_starter

    write_starter(tmp_path, "en")
    loaded = load_brief(tmp_path / "brief.yaml")
    document = open_docx(render_proposal(customer_view(loaded.brief)))
    assert headings(document, 1)[0] == "1. Background"
