"""The proposal and the deck answer the customer point by point: the requirement response table,
the tender's deviation tables and qualification checklist (appendices), the deck's response
slide, and the presenter notes' reporting lines and objections in answering order."""

from __future__ import annotations

import pytest
from deck_reading import notes_text, open_pptx, slide_text, titles
from deck_reading import table_rows as slide_table_rows
from docx_reading import headings, open_docx, table_rows
from yaml_helpers import brief_with

from generator.models.enums import Deviation
from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.deck.notes import presenter_notes
from generator.render.proposal.document import render_proposal


@pytest.fixture(scope="module")
def zh_document(zh_brief):
    return open_docx(render_proposal(customer_view(zh_brief.brief)))


@pytest.fixture(scope="module")
def en_document(en_brief):
    return open_docx(render_proposal(customer_view(en_brief.brief)))


def _table_after(document, heading: str):
    """Return the first table that follows the paragraph whose text is `heading`."""
    from docx.table import Table

    blocks = list(document.iter_inner_content())
    start = next(i for i, block in enumerate(blocks) if not isinstance(block, Table) and block.text == heading)
    return next(block for block in blocks[start:] if isinstance(block, Table))


def _paragraph(document, text: str):
    return next(p for p in document.paragraphs if p.text == text)


def test_requirement_response_table_follows_the_offerings_zh(zh_document):
    level2 = headings(zh_document, 2)
    assert level2.index("（三）需求响应") == level2.index("（二）产品介绍") + 1
    rows = table_rows(_table_after(zh_document, "（三）需求响应"))
    assert rows[0] == ["序号", "采购指标", "响应方式", "对应产品/服务", "偏离", "说明"]
    assert rows[1] == [
        "1",
        "节拍 ≤ 45 秒",
        "双工位变位机交替作业，一期同型工件实测节拍 42 秒",
        "焊接机器人工作站",
        "正偏离",
        "",
    ]
    assert rows[2][1] == "一次合格率 ≥ 99.5%" and rows[2][3:] == [
        "MES 质量追溯模块",
        "无偏离",
        "以一期产线 2025 年数据为据",
    ]
    assert len(rows) == 3


def test_requirement_response_table_en(en_document):
    rows = table_rows(_table_after(en_document, "3.3 Requirement response"))
    assert rows[0] == ["No.", "Criterion", "How we meet it", "Offering", "Deviation", "Note"]
    assert [r[4] for r in rows[1:]] == ["None", "Better"]


def test_technical_and_commercial_deviation_tables_zh(zh_document):
    technical = table_rows(_table_after(zh_document, "附件一　技术偏离表（招标编号：MJJX-2026-ZB-035）"))
    assert technical[0] == ["序号", "招标文件条款号", "招标要求", "投标响应", "偏离", "说明"]
    assert [r[:2] for r in technical[1:]] == [["1", "3.1.2"], ["2", "3.1.5"], ["3", "3.2.1"], ["4", "3.3.4"]]
    assert [r[4] for r in technical[1:]] == ["正偏离", "正偏离", "正偏离", "无偏离"]
    commercial = table_rows(_table_after(zh_document, "附件二　商务偏离表（招标编号：MJJX-2026-ZB-035）"))
    assert commercial[1] == [
        "1",
        "5.1",
        "合同签订后 60 天内交货",
        "合同签订后 70 天内交货",
        "负偏离",
        "含 10 天工艺验证；可分两批交付",
    ]
    texts = [p.text for p in zh_document.paragraphs]
    assert "共 3 项：无偏离 2 项，正偏离 0 项，负偏离 1 项。" in texts
    assert "投标人：华东智能装备有限公司" in texts


def test_qualification_checklist_and_appendices_on_their_own_pages(zh_document):
    title = "附件三　资格文件清单（招标编号：MJJX-2026-ZB-035）"
    rows = table_rows(_table_after(zh_document, title))
    assert rows[0] == ["序号", "资格证明文件"]
    assert rows[1:] == [
        ["1", "营业执照副本"],
        ["2", "法定代表人授权委托书"],
        ["3", "ISO 9001 质量管理体系认证证书"],
        ["4", "近三年同类项目业绩证明"],
        ["5", "投标保证金缴纳凭证"],
    ]
    for heading in [h for h in headings(zh_document, 1) if h.startswith("附件")]:
        assert _paragraph(zh_document, heading).paragraph_format.page_break_before
    # the appendices are part of the same document: the template's letterhead runs through them
    assert len(zh_document.sections) == 1
    assert "华东智能" in "".join(p.text for p in zh_document.sections[0].header.paragraphs)
    # and the contents list them
    toc = [p.text.strip() for p in zh_document.paragraphs if p.style.name == "toc 1"]
    assert title in toc


def test_deviation_tables_en(en_document):
    technical = table_rows(
        _table_after(en_document, "Appendix A: Technical deviation table (tender no. NW-RFP-2026-07)")
    )
    assert technical[0] == ["No.", "Tender clause", "Requirement", "Our response", "Deviation", "Note"]
    assert technical[1] == ["1", "4.2", "Order release at least every 60 seconds", "Every 30 seconds", "Better", ""]
    checklist = table_rows(_table_after(en_document, "Appendix C: Qualification checklist (tender no. NW-RFP-2026-07)"))
    assert checklist[0] == ["No.", "Document"] and len(checklist) == 4


def test_a_bid_without_commercial_lines_numbers_its_appendices_closed_up(tmp_path):
    brief = brief_with(
        tmp_path,
        proposal={
            "title": "方案",
            "tender": {
                "technical": [
                    {"clause": "1.1", "requirement": "载重不小于 30kg", "response": "载重 50kg", "deviation": "优于"}
                ],
                "qualifications": ["营业执照"],
            },
        },
    )
    document = open_docx(render_proposal(customer_view(brief)))
    assert [h for h in headings(document, 1) if h.startswith("附件")] == ["附件一　技术偏离表", "附件二　资格文件清单"]
    assert brief.proposal.tender.technical[0].deviation is Deviation.BETTER


def test_no_responses_and_no_tender_leave_no_trace(tmp_path):
    brief = brief_with(tmp_path, proposal={"title": "方案", "solution": {"overview": "概述"}})
    document = open_docx(render_proposal(customer_view(brief)))
    assert not [h for h in headings(document) if "附件" in h or "需求响应" in h]
    assert not any("偏离" in p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    "word,value",
    [
        ("none", "none"),
        ("无偏离", "none"),
        ("满足", "none"),
        ("正偏离", "better"),
        ("Better", "better"),
        ("负偏离", "worse"),
        ("WORSE", "worse"),
        ("不满足", "worse"),
    ],
)
def test_deviation_accepts_english_and_chinese(tmp_path, word, value):
    brief = brief_with(
        tmp_path,
        proposal={
            "title": "方案",
            "solution": {"responses": [{"criterion": "节拍", "response": "42 秒", "deviation": word}]},
        },
    )
    assert brief.proposal.solution.responses[0].deviation.value == value


def test_deck_has_one_requirement_response_slide(zh_brief):
    prs = open_pptx(render_deck(customer_view(zh_brief.brief)))
    assert titles(prs).count("逐条响应贵司的采购指标") == 1
    slide = dict(zip(titles(prs), prs.slides))["逐条响应贵司的采购指标"]
    rows = slide_table_rows(slide)
    assert rows[0] == ["采购指标", "响应方式", "对应产品", "偏离"]
    assert rows[1] == ["节拍 ≤ 45 秒", "双工位变位机交替作业，一期同型工件实测节拍 42 秒", "焊接机器人工作站", "正偏离"]
    assert len(rows) == 3


def test_deck_without_responses_has_no_response_slide(tmp_path):
    brief = brief_with(tmp_path, proposal={"title": "方案", "solution": {"offerings": [{"name": "机器人"}]}})
    prs = open_pptx(render_deck(customer_view(brief)))
    assert "逐条响应贵司的采购指标" not in titles(prs)


def test_many_responses_continue_on_a_second_slide_with_the_header(tmp_path):
    responses = [{"criterion": f"指标 {i}", "response": "响应方式说明" * 6, "offering": "机器人"} for i in range(1, 25)]
    brief = brief_with(tmp_path, proposal={"title": "方案", "solution": {"responses": responses}})
    prs = open_pptx(render_deck(customer_view(brief)))
    slides = [s for s, t in zip(prs.slides, titles(prs)) if t.startswith("逐条响应贵司的采购指标")]
    assert len(slides) >= 2
    found = [row[0] for s in slides for row in slide_table_rows(s)[1:]]
    assert found == [f"指标 {i}" for i in range(1, 25)]
    assert all(slide_table_rows(s)[0][0] == "采购指标" for s in slides)


def test_presenter_notes_name_whom_each_person_reports_to(zh_brief):
    notes = notes_text(open_pptx(render_deck(customer_view(zh_brief.brief), notes=presenter_notes(zh_brief.brief))))
    assert "赵敏 生产部经理：表现型" in notes and "（向王建国汇报）" in notes
    assert "陈工 设备科科长：分析型，给数据、依据和细节，留出提问时间（向赵敏汇报）" in notes
    assert "王建国 总经理：进取型，开门见山，先讲结论、结果和投资回报\n" in notes  # the top reports to nobody


def test_presenter_notes_order_objections_by_timing(tmp_path):
    objections = [
        {"type": "price", "statement": "以后再谈价格", "timing": "later", "response": "先谈价值"},
        {"type": "price", "statement": "不回答的", "timing": "never"},
        {"type": "price", "statement": "没有时机的", "response": "回答"},
        {"type": "price", "statement": "当场回答的", "timing": "立即", "response": "回答"},
        {"type": "price", "statement": "提前说明的", "timing": "提前", "response": "主动说明"},
    ]
    brief = brief_with(
        tmp_path,
        contacts=[{"id": "a", "name": "甲", "style": "driver"}, {"id": "b", "name": "乙", "reports_to": "a"}],
        objections=objections,
        proposal={"title": "方案", "pricing": {"items": [{"name": "机器人", "unit_price": 100}]}},
    )
    prs = open_pptx(render_deck(customer_view(brief), notes=presenter_notes(brief)))
    text = dict(zip(titles(prs), prs.slides))["投资概览"].notes_slide.notes_text_frame.text
    order = [text.index(s) for s in ("提前说明的", "当场回答的", "以后再谈价格", "不回答的", "没有时机的")]
    assert order == sorted(order)
    assert "回答时机：提前回答" in text
    assert "乙（向甲汇报）" in text  # no style, but a boss: still named
    assert "向甲汇报" not in slide_text(dict(zip(titles(prs), prs.slides))["投资概览"])
