"""Labels of `kam preflight`: rule texts, places in a document, the report and its messages."""

LABELS = {
    # --- severities and the report -------------------------------------------------------
    "severity_error": ("错误", "error"),
    "severity_warning": ("警告", "warning"),
    "clean": ("未发现问题，可以发送。", "clean: nothing found."),
    "counts": ("错误 {errors} · 警告 {warnings}", "errors {errors} · warnings {warnings}"),
    "total": (
        "共检查 {files} 个文件：错误 {errors} · 警告 {warnings}",
        "{files} files checked: errors {errors} · warnings {warnings}",
    ),
    "matches": ("对应简报中的 {source}", "matches {source} in the brief"),
    "from_archive": ("来自 {source}", "from {source}"),
    "unreadable": ("无法检查：{message}", "cannot be checked: {message}"),
    "archive_problem": (
        "客户档案中有一条记录无法读取，已跳过：{problem}",
        "a record of the archive could not be read and was skipped: {problem}",
    ),
    "separator": (" · ", " · "),
    "quote_open": ("“", "“"),
    "quote_close": ("”", "”"),
    # --- rules: what each finding means ---------------------------------------------------
    "rule_internal_amount": (
        "内部金额：谈判目标、底线或其他内部金额出现在文档中",
        "internal amount: a negotiation target, bottom line or other internal amount is in the document",
    ),
    "rule_internal_text": (
        "内部信息：简报内部字段的内容出现在文档中",
        "internal text: the text of an internal field of the brief is in the document",
    ),
    "rule_other_customer": (
        "其他客户：文档中出现了另一个客户的名称（是否套用了别家的方案？）",
        "other customer: another customer's name is in the document (a reused proposal?)",
    ),
    "rule_comment": (
        "批注：文档中留有批注，发送前请删除",
        "comment: the document still holds a comment; delete it before sending",
    ),
    "rule_tracked_change": (
        "修订：文档中留有未接受或拒绝的修订，删除的内容仍可被看到",
        "tracked change: a change is neither accepted nor rejected; deleted text can still be read",
    ),
    "rule_hidden_text": (
        "隐藏内容：设置为隐藏的文字、形状或单元格，收件人可以显示出来",
        "hidden text: text, a shape or cells formatted as hidden, which the recipient can reveal",
    ),
    "rule_hidden_slide": (
        "隐藏幻灯片：放映时不显示，但文件中仍然存在",
        "hidden slide: not shown in the slide show, but still in the file",
    ),
    "rule_off_slide_content": (
        "幻灯片外的内容：形状位于幻灯片范围之外，放映时看不到但仍在文件中",
        "off-slide content: a shape lies outside the slide, unseen in the show but still in the file",
    ),
    "rule_embedded_data": (
        "嵌入数据：图表的嵌入工作簿或嵌入对象包含图表未显示的数据",
        "embedded data: a chart's embedded workbook or an embedded object holds more than the chart shows",
    ),
    "rule_speaker_notes": (
        "演讲者备注：备注会随文件一起发给客户",
        "speaker notes: the notes travel with the file to the customer",
    ),
    "rule_personal_property": (
        "文档属性：作者、最后修改者、公司、经理或自定义属性会随文件发送",
        "personal property: the author, last modified by, company, manager or custom properties travel with the file",
    ),
    "rule_placeholder": (
        "模板残留：占位符或待办标记尚未替换",
        "placeholder: a template leftover or to-do marker was not replaced",
    ),
    # --- how to fix each finding (printed once per rule under a file's findings) -----------------
    "fix_heading": ("如何处理：", "How to fix:"),
    "fix_internal_amount": (
        "删除或改写该金额；内部金额不应出现在给客户的文件中",
        "delete or reword the amount; internal amounts never go to the customer",
    ),
    "fix_internal_text": ("删除或改写这段内部信息", "delete or reword the internal text"),
    "fix_other_customer": (
        "检查是否套用了别家客户的文件，替换为本客户的名称和内容",
        "check for a reused document and put this customer's name and content in",
    ),
    "fix_comment": (
        "Word/WPS：审阅 › 删除 › 删除文档中的所有批注；或使用 --clean",
        "Word: Review › Delete › Delete All Comments in Document; or use --clean",
    ),
    "fix_tracked_change": (
        "审阅 › 接受/拒绝所有修订，然后关闭“修订”",
        "Review › Accept or Reject All Changes, then turn Track Changes off",
    ),
    "fix_hidden_text": (
        "显示隐藏文字（Word：文件 › 选项 › 显示）后删除，或使用 --clean",
        "show hidden text (Word: File › Options › Display) and delete it, or use --clean",
    ),
    "fix_hidden_slide": ("删除该幻灯片，或使用 --clean", "delete the slide, or use --clean"),
    "fix_off_slide_content": (
        "在普通视图中把显示比例调小，找到并删除幻灯片外的形状，或使用 --clean",
        "zoom out in Normal view and delete the shape beside the slide, or use --clean",
    ),
    "fix_embedded_data": (
        "删除嵌入工作簿中多余的数据，或使用 --clean（图表保留显示的数值）",
        "delete the extra data in the embedded workbook, or use --clean (the chart keeps the values it shows)",
    ),
    "fix_speaker_notes": (
        "删除备注，或使用 --clean；演讲者版本不要发给客户",
        "delete the notes or use --clean; never send the presenter copy",
    ),
    "fix_personal_property": (
        "文件 › 信息 › 检查文档 › 删除文档属性和个人信息；或使用 --clean",
        "File › Info › Inspect Document › Remove document properties and personal information; or use --clean",
    ),
    "fix_placeholder": ("填写或删除模板残留", "fill in or delete the template leftover"),
    # --- places in a document ------------------------------------------------------------
    "where_paragraph": ("第 {n} 段", "paragraph {n}"),
    "where_cell": ("表 {table} 第 {row} 行第 {column} 列", "table {table}, row {row}, cell {column}"),
    "where_header": ("页眉 {n} 第 {paragraph} 段", "header {n}, paragraph {paragraph}"),
    "where_footer": ("页脚 {n} 第 {paragraph} 段", "footer {n}, paragraph {paragraph}"),
    "where_footnote": ("脚注 {id} 第 {paragraph} 段", "footnote {id}, paragraph {paragraph}"),
    "where_endnote": ("尾注 {id} 第 {paragraph} 段", "endnote {id}, paragraph {paragraph}"),
    "where_glossary": ("构建基块（文档部件）第 {paragraph} 段", "building blocks (Quick Parts), paragraph {paragraph}"),
    "where_comment": ("批注 {id}（{author}）", "comment {id} ({author})"),
    "where_comment_at": ("批注 {id}（{author}，位于{at}）", "comment {id} ({author}, on {at})"),
    "where_chart": ("图表 {name}", "chart {name}"),
    "where_chart_data": ("图表 {name} 的嵌入工作簿", "the embedded workbook of chart {name}"),
    "where_chart_cell": ("图表 {name} 的嵌入工作簿 {cell}", "chart {name}, embedded workbook {cell}"),
    "where_embedded_object": ("嵌入对象 {name}", "embedded object {name}"),
    "where_embedded_cell": ("嵌入对象 {name} 的 {cell}", "embedded object {name}, {cell}"),
    "where_slide": ("第 {slide} 张幻灯片", "slide {slide}"),
    "where_shape": ("第 {slide} 张幻灯片「{name}」", "slide {slide}, shape “{name}”"),
    "where_shape_cell": (
        "第 {slide} 张幻灯片「{name}」第 {row} 行第 {column} 列",
        "slide {slide}, shape “{name}”, row {row}, cell {column}",
    ),
    "where_shape_chart_data": (
        "第 {slide} 张幻灯片「{name}」的图表嵌入工作簿",
        "slide {slide}, the embedded workbook of chart “{name}”",
    ),
    "where_shape_chart_cell": (
        "第 {slide} 张幻灯片「{name}」的图表嵌入工作簿 {cell}",
        "slide {slide}, chart “{name}”, embedded workbook {cell}",
    ),
    "where_slide_embedded_object": ("第 {slide} 张幻灯片的嵌入对象 {name}", "slide {slide}, embedded object {name}"),
    "where_slide_embedded_cell": (
        "第 {slide} 张幻灯片的嵌入对象 {name} 的 {cell}",
        "slide {slide}, embedded object {name}, {cell}",
    ),
    "where_notes": ("第 {slide} 张幻灯片的备注", "notes of slide {slide}"),
    "where_slide_comment": ("第 {slide} 张幻灯片的批注 {n}", "slide {slide}, comment {n}"),
    "where_template_shape": ("版式或母版上的「{name}」", "layout or master, shape “{name}”"),
    "where_sheet_cell": ("{cell}", "{cell}"),
    "where_hidden_sheet": ("隐藏的工作表 {sheet}", "hidden sheet {sheet}"),
    "where_hidden_row": ("工作表 {sheet} 的隐藏行 {name}", "sheet {sheet}, hidden row {name}"),
    "where_hidden_column": ("工作表 {sheet} 的隐藏列 {name}", "sheet {sheet}, hidden column {name}"),
    "where_sheet_comment": ("{cell} 的批注", "comment on {cell}"),
    "where_property": ("文档属性：{name}", "document property: {name}"),
    "where_custom_property": ("自定义属性：{name}", "custom property: {name}"),
    "where_page": ("第 {page} 页第 {line} 行", "page {page}, line {line}"),
    "state_deleted": ("（修订中删除的文字）", " (tracked deletion)"),
    "state_inserted": ("（修订中插入的文字）", " (tracked insertion)"),
    "state_formatted": ("（格式修订）", " (tracked formatting change)"),
    "state_hidden": ("（隐藏）", " (hidden)"),
    "state_hidden_slide": ("（隐藏幻灯片）", " (hidden slide)"),
    "state_embedded": ("（嵌入数据）", " (embedded data)"),
    "property_author": ("作者", "author"),
    "property_last_modified_by": ("最后修改者", "last modified by"),
    "property_company": ("公司", "company"),
    "property_manager": ("经理", "manager"),
    "property_title": ("标题", "title"),
    "property_subject": ("主题", "subject"),
    "property_keywords": ("关键词", "keywords"),
    "property_description": ("备注", "comments"),
    "property_category": ("类别", "category"),
    "property_template": ("模板", "template"),
    # --- why a file could not be read ----------------------------------------------------
    "reason_not_found": ("文件不存在", "file not found"),
    "reason_unknown_kind": (
        "不支持的文件类型；请提供 {suffixes}",
        "not a kind of file preflight reads; give {suffixes}",
    ),
    "reason_not_package": (
        "不是有效的 Office 文件（ZIP 包无法打开）",
        "not an Office file (the zip package cannot be opened)",
    ),
    "reason_too_big": (
        "文件解压后超过 {limit}，为安全起见不予读取",
        "more than {limit} uncompressed; not read, for safety",
    ),
    "reason_part_too_big": (
        "{part} 解压后超过 {limit}，为安全起见不予读取",
        "{part} is more than {limit} uncompressed; not read, for safety",
    ),
    "reason_too_many_parts": (
        "包含 {count} 个部件，超过上限 {limit}",
        "holds {count} parts, more than the limit of {limit}",
    ),
    "reason_bomb": (
        "{part} 的压缩比异常（疑似压缩炸弹），不予读取",
        "{part} is compressed implausibly well (a zip bomb?); not read",
    ),
    "reason_bad_part": ("{part} 无法解压：{message}", "{part} cannot be decompressed: {message}"),
    "reason_doctype": (
        "{part} 含有 DOCTYPE 或实体声明，Office 文件不会有这些内容，不予读取",
        "{part} has a DOCTYPE or entity declaration, which Office files never have; not read",
    ),
    "reason_malformed": ("{part} 第 {line} 行 XML 格式错误：{message}", "{part}:{line}: malformed XML: {message}"),
    "reason_encrypted": (
        "文件受密码保护或为旧版格式（.doc/.ppt/.xls），无法检查；请去掉密码并另存为 .docx/.pptx/.xlsx",
        "the file is password-protected or in an old format (.doc/.ppt/.xls) and cannot be checked; "
        "remove the password and save it as .docx/.pptx/.xlsx",
    ),
    "reason_not_office": (
        "{part} 不是预期的 Office 文档内容（{kind}），无法检查",
        "{part} is not the Office content expected ({kind}); it cannot be checked",
    ),
    "reason_too_deep": ("文档结构嵌套过深", "the document is nested too deeply"),
    "reason_no_pdftotext": (
        "检查 PDF 需要 pdftotext（poppler-utils），请先安装，或检查原始的 Word/PowerPoint 文件",
        "checking a PDF needs pdftotext (poppler-utils); install it, or check the Word/PowerPoint file instead",
    ),
    "reason_pdf_timeout": ("pdftotext 在 {seconds} 秒内未完成", "pdftotext did not finish within {seconds} seconds"),
    "reason_pdf_unreadable": ("pdftotext 无法读取：{message}", "pdftotext cannot read it: {message}"),
    # --- --clean -------------------------------------------------------------------------
    "clean_wrote": ("已写入清理后的副本 {path}", "wrote the cleaned copy {path}"),
    "clean_removed": ("已删除：{what}", "removed: {what}"),
    "clean_nothing": ("没有需要删除的内容", "nothing needed removing"),
    "clean_refused": (
        "未写入清理副本：以下问题需要人工处理",
        "no cleaned copy written: these need a person's decision",
    ),
    "clean_refused_changes": (
        "文档中仍有修订：请先在 Word 中接受或拒绝所有修订",
        "the document still has tracked changes: accept or reject them in Word first",
    ),
    "clean_refused_facts": (
        "文档正文中仍有内部信息或其他客户的名称：请先修改",
        "internal facts or another customer's name remain in the content: edit them first",
    ),
    "clean_refused_hidden_cells": (
        "工作簿中有隐藏的工作表、行或列：其中的数据可能被公式引用，请在 Excel 中删除或取消隐藏",
        "the workbook has hidden sheets, rows or columns: formulas may need them; delete or unhide them in Excel first",
    ),
    "clean_one_file": ("--clean 只能用于一个输入文件", "--clean takes exactly one input file"),
    "clean_same_file": (
        "--clean 不能覆盖原文件，请另选输出路径",
        "--clean never writes over the input; choose another path",
    ),
    "clean_strict": (
        "--clean 不处理“严格 Open XML”格式的文件；请在 Word/PowerPoint 中另存为普通的 .docx/.pptx",
        "--clean does not handle Strict Open XML files; save as an ordinary .docx/.pptx in Word/PowerPoint first",
    ),
    "clean_kind": ("--clean 只能清理 .docx、.pptx 和 .xlsx 文件", "--clean cleans .docx, .pptx and .xlsx files only"),
    "clean_suffix": (
        "清理副本的扩展名必须与原文件相同（{suffix}）",
        "the cleaned copy must have the input's extension ({suffix})",
    ),
    "removed_comments": ("批注 {n} 条", "{n} comments"),
    "removed_notes": ("备注 {n} 页", "notes of {n} slides"),
    "removed_hidden_text": ("隐藏文字 {n} 处", "{n} hidden runs"),
    "removed_hidden_shapes": ("隐藏或幻灯片外的形状 {n} 个", "{n} hidden or off-slide shapes"),
    "removed_hidden_slides": ("隐藏幻灯片 {n} 张", "{n} hidden slides"),
    "removed_properties": ("个人属性 {n} 项", "{n} personal properties"),
    "removed_embedded": ("嵌入数据 {n} 份", "{n} embedded data sets"),
    "list_separator": ("，", ", "),
}
