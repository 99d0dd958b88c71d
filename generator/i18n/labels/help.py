"""`--help` of every command: descriptions, one-liners, options and arguments, in Chinese and English.

Keys (read by generator/commands/help.py, which explains them): `kam` is the group,
`<command>` a command's description, `<command>.short` its line in the parent's list,
`<command>.<parameter>` the help of one option or argument (Click's parameter name),
`shared.<name>` a text several commands share. Literal syntax (what the user types, field
and file names) is written between backticks. Like every label, a text is a format string:
a literal brace is doubled.
"""

LABELS = {
    # --- headings -------------------------------------------------------------------
    "arguments": ("参数", "Arguments"),
    # --- kam -------------------------------------------------------------------------
    "kam": (
        "kam：根据 YAML 客户简报生成大客户文档。\n\n面向客户的建议书和演示文稿；供团队使用的客户档案卡、拜访计划和成交教练。",
        "kam: key-account documents from a YAML account brief.\n\n"
        "Proposals and pitch decks for the customer; archive cards, visit plans and a deal coach for the team.",
    ),
    "kam.version": ("显示版本并退出。", "Show the version and exit."),
    "kam.lang": (
        "kam 的帮助和提示信息的语言（默认按系统的区域设置）；写在命令之前，也是该命令的 --lang。",
        "Language of kam's help and messages (default: the locale); before a command, that command's --lang too.",
    ),
    "kam.debug": ("出错时显示调用栈（供技术人员排查问题）。", "Show a traceback on errors."),
    # --- shared ----------------------------------------------------------------------
    "shared.brief": ("客户简报（.yaml 或 .xlsx）。", "The account brief (.yaml or .xlsx)."),
    "shared.inputs": (
        "简报、简报文件夹或客户清单（CSV、XLSX），可以给多个。",
        "Briefs, folders of briefs or customer lists (CSV, XLSX); one or more.",
    ),
    "shared.strict": (
        "有警告也判为失败（退出码 1），而不只是有错误时。",
        "Fail (exit 1) on warnings too, not only on errors.",
    ),
    "shared.lang_document": (
        "文档中标签的语言（默认：简报的 `language`）。",
        "Language of the document's labels (default: the brief's `language`).",
    ),
    "shared.lang_messages": (
        "kam 提示信息的语言（默认：简报的 `language`，否则按系统的区域设置）。",
        "Language of kam's messages (default: the brief's `language`, else the locale).",
    ),
    "shared.lang_report": (
        "报告的语言（默认：简报的 `language`）。",
        "Language of the report (default: the brief's `language`).",
    ),
    "shared.templates_dir": (
        "存放自有模板的文件夹；其中的同名文件替换内置模板。",
        "Folder of your own templates; same-named files override the built-ins.",
    ),
    "shared.pdf": (
        "同时在文档旁边生成 PDF（需要安装 LibreOffice）。",
        "Also write a PDF beside the document (needs LibreOffice).",
    ),
    # --- validate --------------------------------------------------------------------
    "validate.short": (
        "检查简报，逐条报告问题所在的文件、行和列。",
        "Check briefs and report every problem with file, line and column.",
    ),
    "validate": (
        "检查 BRIEFS：通过校验的简报各显示一行“通过 <文件>”，其余简报的每个问题逐条列出。\n\n"
        "卖方文件（简报中 `seller: file.yaml` 所指的文件）按卖方文件检查。每份简报的提示使用它自己的 "
        "`language`，除非用 --lang 另行指定。",
        "Check BRIEFS; print `OK <file>` for each valid one and every problem of the others.\n\n"
        "A seller file (what a brief's `seller: file.yaml` names) is checked as a seller. Each brief's lines "
        "are in its own `language` unless --lang says otherwise.",
    ),
    "validate.briefs": (
        "要检查的简报（.yaml 或 .xlsx）或卖方文件，可以给多个。",
        "Briefs (.yaml or .xlsx) or seller files to check; one or more.",
    ),
    # --- proposal --------------------------------------------------------------------
    "proposal.short": ("生成简报的 Word 建议书。", "Render the Word proposal of a brief."),
    "proposal": ("为客户生成 BRIEF 的 Word 建议书。", "Render the Word proposal of BRIEF for the customer."),
    "proposal.output": (
        ".docx 的保存位置（默认：简报旁边，以建议书标题命名）。",
        "Where to write the .docx (default: next to the brief, named from the proposal title).",
    ),
    # --- deck ------------------------------------------------------------------------
    "deck.short": ("生成简报的 PowerPoint 演示文稿。", "Render the PowerPoint pitch deck of a brief."),
    "deck": (
        "用内置母版或您自己的母版（deck.pptx）生成 BRIEF 的 PowerPoint 演示文稿。",
        "Render the PowerPoint pitch deck of BRIEF on the built-in or your own slide master (deck.pptx).",
    ),
    "deck.output": (
        "演示文稿的保存位置（默认：简报旁边，以建议书标题命名）。",
        "Where to write the deck (default: next to the brief, named from the proposal title).",
    ),
    "deck.presenter": (
        "同时生成带内部演讲者备注的讲者版（…-presenter.pptx）：预计会遇到的客户异议和与会者的沟通风格。切勿发给客户。",
        "Also write the presenter copy (…-presenter.pptx) with internal speaker notes: objections to expect "
        "and the attendees' communication styles. Never send it to the customer.",
    ),
    # --- archive ---------------------------------------------------------------------
    "archive.short": (
        "生成客户档案卡、索引和客户金字塔汇总。",
        "Build customer archive cards, an index and a pyramid summary.",
    ),
    "archive": (
        "为 INPUTS（简报、简报文件夹、CSV 或 XLSX 客户清单）中的每个客户生成客户档案卡。\n\n"
        "每条有问题的记录都会报告并列入 DIR/errors.csv，其余记录照常生成。只要有记录失败，退出码就是 1。",
        "Build an archive card for every customer in INPUTS (briefs, folders of briefs, CSV or XLSX lists).\n\n"
        "Every bad record is reported and listed in DIR/errors.csv; the good ones are still written. "
        "Exits 1 when any record failed.",
    ),
    "archive.outdir": (
        "存放档案卡（DIR/cards/）、index.xlsx、summary.docx 和 errors.csv 的文件夹。",
        "Folder for the cards (DIR/cards/), index.xlsx, summary.docx and errors.csv.",
    ),
    "archive.jobs": ("同时生成档案卡的进程数。", "Worker processes that write cards."),
    "archive.rule": (
        "客户金字塔的分级规则：`value:70,90` 按年采购额的累计占比（%）划出关键客户和普通客户，"
        "`profit:70,90` 按扣除服务成本后的毛利划分，`top:20,50` 按客户数的占比（%）划分。",
        "Pyramid cut: value:KEY,ORDINARY (cumulative % of annual value), profit:KEY,ORDINARY (of gross profit "
        "after the cost to serve) or top:KEY,ORDINARY (% of customers).",
    ),
    "archive.today": (
        "建档日期（默认：今天）：据此判断逾期应收款和未结投诉，计算合作年限和新老客户。",
        "The day the archive is built (default: today): receivables overdue and complaints open as of, "
        "tenures and old/new customers.",
    ),
    # --- visits ----------------------------------------------------------------------
    "visits.short": (
        "按客户等级和采购阶段安排拜访（Word、Excel、日历）。",
        "Plan visits by tier and buying stage (Word, Excel, calendar).",
    ),
    "visits": (
        "为 INPUTS（简报、简报文件夹、CSV 或 XLSX 客户清单）中的客户安排拜访。\n\n"
        "关键客户每两周一次，普通客户每月一次，小客户每季度一次，每个客户 90 天内至少一次；只排在工作日，"
        "每天最多 --per-day 次。每次拜访都写明要见谁、拜访目标、要给什么和要拿到什么、要争取的承诺、"
        "要准备应对的异议和个人备注。",
        "Plan visits to the customers in INPUTS (briefs, folders of briefs, CSV or XLSX customer lists).\n\n"
        "Key customers every two weeks, ordinary monthly, small quarterly, every customer at least once in 90 "
        "days; on working days only, at most --per-day a day. Each visit comes with whom to meet, the objective, "
        "what to give and get, the commitment to ask for, objections to prepare and personal notes.",
    ),
    "visits.start": ("计划的第一天（默认：下周一）。", "First day of the plan (default: next Monday)."),
    "visits.weeks": ("计划覆盖的周数。", "Length of the plan in weeks."),
    "visits.output": (
        "Word 版拜访计划（默认：当前文件夹中的 visit-plan-<起始日>.docx）。",
        "The Word plan (default: visit-plan-<from>.docx in the current folder).",
    ),
    "visits.xlsx": ("同时把计划写成 Excel 表。", "Also write the plan as an Excel sheet."),
    "visits.ics": ("同时把拜访写成日历文件（.ics）。", "Also write the visits as a calendar file (.ics)."),
    "visits.per_day": ("每天最多安排几次拜访。", "Most visits on one day."),
    "visits.country": (
        "按哪个国家的节假日和工作日排期，用 ISO 3166 代码（默认：中文为 CN，英文为 US）。",
        "Whose holidays and working days to follow, as an ISO 3166 code (default: CN for zh, US for en).",
    ),
    "visits.cadence": (
        "各等级客户的拜访间隔，例如 `key=2w,ordinary=1m,small=3m`（即默认值；`floor=90` 为最长间隔）；"
        "d 为天、w 为周、m 为月、q 为季度。",
        "Days between visits per tier, e.g. key=2w,ordinary=1m,small=3m (default; floor=90 is the longest gap); "
        "d days, w weeks, m months, q quarters.",
    ),
    "visits.meeting": (
        "年度大客户会议的日期（邀请关键客户参加）。",
        "Date of the annual key-account meeting (invite key customers).",
    ),
    "visits.times": (
        "日历中的拜访按这些开始时间定时（默认：全天事件）。",
        "Timed calendar events starting at these times (default: all-day events).",
    ),
    "visits.duration": ("每次定时拜访的时长（分钟）。", "Minutes per timed visit."),
    "visits.calendar_file": (
        "公司日历（YAML：`holidays: [日期]` 为公司休息日，`workdays: [日期]` 为额外上班日），"
        "叠加在国家日历之上；补充卖方文件中的 `calendar:`。",
        "Company calendar (YAML: holidays: [dates] days off, workdays: [dates] extra working days) on top of "
        "the country's; extends the seller file's calendar:.",
    ),
    # --- plan ------------------------------------------------------------------------
    "plan.short": (
        "为每个客户写出本年度的大客户经营计划（内部 Word 文档）。",
        "Write the key-account plan of each account for the year (internal Word).",
    ),
    "plan": (
        "为 INPUTS（简报、简报文件夹、CSV 或 XLSX 客户清单）中的每个客户写出大客户经营计划："
        "每个客户一份内部 Word 文档。\n\n每条有问题的记录都会报告，其余照常生成（有任何失败时退出码为 1）。",
        "Write the key-account plan of each account in INPUTS (briefs, folders of briefs, CSV or XLSX customer "
        "lists): one internal Word document per account.\n\n"
        "Every bad record is reported; the good ones are still written (exit 1 when any failed).",
    ),
    "plan.output": (
        "一个客户时为一个 .docx，多个客户时为一个文件夹（默认：每份简报旁边）。",
        "A .docx for one account, or a folder for several (default: next to each brief).",
    ),
    "plan.year": (
        "计划的年度（默认：简报中的计划年度，否则为今年）。",
        "The year to plan (default: the brief's plan year, else this year).",
    ),
    "plan.today": ("计划的编写日期（默认：今天）。", "The day the plan is written (default: today)."),
    # --- check -----------------------------------------------------------------------
    "check.short": ("像销售总监一样指出简报中的缺口。", "Flag gaps in a brief the way a sales director would."),
    "check": (
        "像销售总监那样检查 BRIEFS：指出销售方法上的缺口，附上依据和下一步行动。\n\n"
        "没有错误级的发现时退出码为 0，否则为 1（加 --strict 时警告也算）。无法通过校验的简报会报告它的问题，并计为错误。",
        "Flag what a sales director would flag in BRIEFS: gaps in the method, with evidence and the next "
        "action.\n\nExit 0 when no finding is an error; 1 otherwise (with --strict, also on warnings). A brief "
        "that fails validation reports its problems and counts as an error.",
    ),
    "check.briefs": ("要检查的简报（.yaml 或 .xlsx），可以给多个。", "Briefs to check (.yaml or .xlsx); one or more."),
    "check.output_format": (
        "`text` 供人阅读，`json` 供持续集成使用（一个列表，每项为 `{{file, rule, severity, message, path, line, action}}`）。",
        "text for people, json for CI (a list of {{file, rule, severity, message, path, line, action}}).",
    ),
    "check.today": (
        "核对日期所依据的那一天（决策日期、报价有效期、拜访）。默认：今天。",
        "The day to check dates against (decision date, validity, visits). Default: today.",
    ),
    "check.max_discount": (
        "单行折扣超过此值时提示（如 20% 或 0.2）。默认：20%。",
        "Flag line discounts above this (e.g. 20% or 0.2). Default: 20%.",
    ),
    # --- negotiate -------------------------------------------------------------------
    "negotiate.short": ("生成内部谈判预案（Word）。", "Render the internal negotiation plan of a brief (Word)."),
    "negotiate": (
        "生成 BRIEF 的谈判预案：内部文件，绝不给客户。\n\n"
        "内容包括：谈判团队和分工；对照建议书总价的各级目标和底线；让步阶梯及每一步要换取的条件；"
        "对方的利益和底线；我方的备选方案；客户异议及应对；采购决策小组各成员的态度。",
        "Render the negotiation plan (谈判预案) of BRIEF: internal, never for the customer.\n\n"
        "Team and roles, target tiers and bottom line against the proposal's totals, the concession ladder with "
        "what we ask for each step, the other side's interests and bottom line, our alternatives, objections "
        "with their answers and the buying centre's stance.",
    ),
    "negotiate.output": (
        "预案的保存位置（默认：简报旁边，<简报>-谈判预案.docx / -negotiation-plan.docx）。",
        "Where to write the plan (default: next to the brief, <brief>-谈判预案.docx / -negotiation-plan.docx).",
    ),
    "negotiate.today": (
        "预案的编制日期（默认：建议书的日期）。",
        "The date the plan is prepared on (default: the proposal's date).",
    ),
    # --- review ----------------------------------------------------------------------
    "review.short": (
        "销售总监的每周商机复盘（Excel，可加 Word）。",
        "The sales director's weekly review of many deals (Excel, Word).",
    ),
    "review": (
        "像销售总监每周那样复盘 INPUTS（简报或简报文件夹）中的每个商机。\n\n"
        "每份简报一行：客户、等级、阶段、含税金额、决策日期、四个问题、当前阶段的关键人及我方关系、"
        "成交教练按严重程度列出的发现（最重要的一条写出全文）、上次和下次拜访、逾期应收款。"
        "金额最大、风险最高的排在前面。有问题的简报会报告，其余照常复盘（退出码 1）。",
        "Review every deal in INPUTS (briefs or folders of briefs) the way a sales director does each week.\n\n"
        "One row per brief: customer, tier, stage, amount with tax, decision date, the four questions, the key "
        "person of the stage and our relationship, the coach's findings by severity with the top one spelled "
        "out, last and next visit, overdue receivables. Largest and riskiest first. A bad brief is reported and "
        "the others are still reviewed (exit 1).",
    ),
    "review.inputs": ("简报或简报文件夹，可以给多个。", "Briefs or folders of briefs; one or more."),
    "review.output": ("复盘表（Excel）。", "The review sheet (Excel)."),
    "review.docx_path": (
        "同时写出 Word 版复盘：先是总览，然后每个商机一页。",
        "Also write the review as Word: an overview, then one page per deal.",
    ),
    "review.today": (
        "复盘的日期（据此判断发现、逾期应收款和拜访）。默认：今天。",
        "The day of the review (findings, overdue receivables, visits). Default: today.",
    ),
    # --- diff ------------------------------------------------------------------------
    "diff.short": (
        "用销售方法的语言比较简报的两个版本。",
        "What changed between two versions of a brief, in the method's words.",
    ),
    "diff": (
        "用销售方法的语言列出从 OLD 到 NEW 的变化：阶段推进、每个人的关系和态度、联系人的增减、四个问题、"
        "竞争对手、客户异议、报价行和总价、折扣、目标和底线、新记录的拜访、应收款和投诉。\n\n"
        "无论有无变化，退出码都是 0（差异驱动失败时 git 会停下来）。",
        "Show what changed from OLD to NEW in the method's words: stage moves, relationship and attitude per "
        "person, contacts in and out, the four questions, competitors, objections, price lines and totals, "
        "discounts, targets and bottom line, visits logged, receivables and complaints.\n\n"
        "Exit 0 whether or not anything changed (git stops on a failing diff driver).",
    ),
    "diff.files": (
        "OLD NEW：简报的两个版本（或 git 调用差异驱动时传入的七个参数）。",
        "OLD NEW: two versions of a brief (or the seven arguments git passes to a diff driver).",
    ),
    "diff.output_format": (
        "`text` 供人阅读；`json` 供工具使用（`{{old, new, changes: [{{section, kind, message, values}}]}}`）。",
        "text for people; json for tools ({{old, new, changes: [{{section, kind, message, values}}]}}).",
    ),
    # --- preflight -------------------------------------------------------------------
    "preflight.short": (
        "文档发给客户前的检查：内部信息、隐藏内容。",
        "Check a document before it goes to the customer: internal facts, hidden content.",
    ),
    "preflight": (
        "在 FILES（.docx、.pptx、.xlsx、.pdf 或存放它们的文件夹）发给客户之前检查：简报中的内部信息、"
        "其他客户的名称、批注、修订、隐藏内容、备注、文档属性、占位符。\n\n"
        "没有错误级的发现时退出码为 0，否则为 1（加 --strict 时任何发现都算）。",
        "Check FILES (.docx, .pptx, .xlsx, .pdf, or folders of them) before they go to the customer: internal "
        "facts of the brief, other customers' names, comments, tracked changes, hidden content, notes, "
        "properties, placeholders.\n\nExit 0 when no finding is an error; 1 otherwise (with --strict, on any finding).",
    ),
    "preflight.files": (
        "要检查的文档（.docx、.pptx、.xlsx、.pdf）或文件夹，可以给多个。",
        "Documents (.docx, .pptx, .xlsx, .pdf) or folders to check; one or more.",
    ),
    "preflight.brief_path": (
        "该客户的简报：其中的内部字段就是不能让客户看到的内容。",
        "The account's brief: its internal fields are what must not reach the customer.",
    ),
    "preflight.archive": (
        "列出其他客户的简报、简报文件夹或客户清单（CSV/XLSX）。可以重复使用。",
        "Briefs, folders of briefs or customer lists (CSV/XLSX) naming the other customers. Repeatable.",
    ),
    "preflight.output_format": (
        '`text` 供人阅读；`json` 供脚本使用：`{{"files": [{{"file", "findings": [{{rule, severity, where, text}}]}}]}}`。',
        'text for people; json for scripts: {{"files": [{{"file", "findings": [{{rule, severity, where, text}}]}}]}}.',
    ),
    "preflight.clean_out": (
        "把唯一的 FILE 清理后另存为 OUT：删除批注、备注、隐藏内容、个人属性和嵌入的数据。仍有修订或内部信息时拒绝清理。",
        "Write a cleaned copy of the one FILE to OUT: comments, notes, hidden content, personal properties and "
        "embedded data removed. Refused while tracked changes or internal facts remain.",
    ),
    # --- convert ---------------------------------------------------------------------
    "convert.short": (
        "在 YAML 和 Excel 工作簿（brief.xlsx）之间无损转换简报。",
        "Convert a brief between YAML and an Excel workbook (brief.xlsx), without loss.",
    ),
    "convert": (
        "把简报 SOURCE 转换为 TARGET：brief.yaml → brief.xlsx，或 brief.xlsx → brief.yaml。",
        "Convert the brief SOURCE into TARGET: brief.yaml → brief.xlsx, or brief.xlsx → brief.yaml.",
    ),
    "convert.source": ("要转换的简报（.yaml 或 .xlsx）。", "The brief to convert (.yaml or .xlsx)."),
    "convert.target": (
        "转换结果，另一种格式（.xlsx 或 .yaml）。",
        "The converted brief, of the other kind (.xlsx or .yaml).",
    ),
    "convert.language": (
        "工作簿中工作表名和表头的语言（默认：简报的语言）。",
        "Language of the workbook's sheets and headers (default: the brief's language).",
    ),
    # --- schema ----------------------------------------------------------------------
    "schema.short": (
        "写出简报的 JSON Schema（供编辑器自动补全）。",
        "Write the JSON Schema of the brief (for editor autocompletion).",
    ),
    "schema": (
        "输出简报的 JSON Schema；在简报第一行写上 `# yaml-language-server: $schema=brief.schema.json`，"
        "编辑器就能据此自动补全和检查。",
        "Print the JSON Schema of the brief; point your editor at it with "
        "`# yaml-language-server: $schema=brief.schema.json`.",
    ),
    "schema.output": ("写入 FILE，而不是输出到屏幕。", "Write to FILE instead of standard output."),
    # --- init ------------------------------------------------------------------------
    "init.short": ("写出带注释的简报和卖方文件模板。", "Write a commented starter brief and seller file."),
    "init": (
        "在 DIRECTORY 中写出带注释的入门简报 brief.yaml（加 --xlsx 时为 brief.xlsx）、seller.yaml 和 brief.schema.json。",
        "Write a commented starter brief.yaml (or brief.xlsx with --xlsx), seller.yaml and brief.schema.json "
        "into DIRECTORY.",
    ),
    "init.directory": ("写入的文件夹（默认：当前文件夹）。", "Folder to write into (default: the current folder)."),
    "init.language": ("入门简报的语言。", "Language of the starter brief."),
    "init.workbook": (
        "写出可在 Excel 或 WPS 中填写的工作簿 brief.xlsx，而不是 brief.yaml。",
        "Write brief.xlsx, a workbook to fill in Excel or WPS, instead of brief.yaml.",
    ),
    "init.example": ("用内置示例填好简报。", "Fill the brief from the built-in example."),
    "init.force": ("覆盖已有的文件。", "Overwrite existing files."),
    # --- templates -------------------------------------------------------------------
    "templates.short": ("导出内置模板以便修改。", "Export the built-in templates for editing."),
    "templates": (
        "管理模板：导出内置模板，修改后用 --templates DIR 生成文档。",
        "Work with templates: export the built-ins, edit them, render with --templates DIR.",
    ),
    "templates.export.short": (
        "把内置模板复制到一个文件夹中以便修改。",
        "Copy the built-in templates into a folder for editing.",
    ),
    "templates.export": (
        "把内置模板复制到 DIRECTORY 以便修改。\n\n"
        "可以修改其中任何一个（或把公司的信笺模板放进去，命名为 proposal.docx），然后给生成命令加上 "
        "`--templates DIRECTORY`；删掉的文件仍使用内置模板。",
        "Copy the built-in templates into DIRECTORY for editing.\n\n"
        "Edit any of them (or drop in your company's letterhead as proposal.docx) and pass "
        "`--templates DIRECTORY` to a render command; files you delete fall back to the built-ins.",
    ),
    "templates.export.directory": ("复制到的文件夹。", "Folder to copy the templates into."),
    "templates.export.force": ("覆盖 DIRECTORY 中已有的文件。", "Overwrite files that already exist in DIRECTORY."),
    # --- demo ------------------------------------------------------------------------
    "demo.short": ("用内置示例生成 kam 的所有文档。", "Render every document kam makes from the built-in examples."),
    "demo": (
        "用内置示例把 kam 能生成的每种文档写到 OUTDIR。\n\n加 --pdf 时，客户收到的文档（建议书和演示文稿）同时生成 PDF。",
        "Render every document kam makes from the built-in examples into OUTDIR.\n\n"
        "With --pdf, the documents a customer receives (proposals and decks) also as PDF.",
    ),
    "demo.outdir": ("写入文档的文件夹。", "Folder to write the documents into."),
    # --- serve -----------------------------------------------------------------------
    "serve.short": (
        "以网页形式为团队提供 kam（上传、检查、下载）。",
        "Serve kam as a web page for the team (upload, check, download).",
    ),
    "serve": (
        "以网页形式提供 kam：上传简报，查看它的问题和成交教练的提示，下载每一种文档。",
        "Serve kam as a web page: upload a brief, read its problems and the coach's notes, download every document.",
    ),
    "serve.data": (
        "团队的简报文件夹，列在页面上（上传的简报可以保存到其中）。",
        "The team's folder of briefs, listed on the page (uploads can be saved into it).",
    ),
    "serve.host": (
        "监听的地址。本机回环地址以外的地址必须同时设置 --token。",
        "Address to listen on. Anything but loopback needs --token.",
    ),
    "serve.port": ("监听的端口。", "Port to listen on."),
    "serve.token": (
        "每个请求都必须携带的访问令牌（通过登录页或 `Authorization: Bearer` 请求头）。也可以用环境变量 `$KAM_TOKEN` 设置。",
        "Access token every request must carry (login page or `Authorization: Bearer`). Also $KAM_TOKEN.",
    ),
    "serve.max_upload": ("允许上传的最大大小。", "Largest upload accepted."),
    "serve.open_browser": ("在默认浏览器中打开页面。", "Open the page in the default browser."),
    "serve.language": (
        "网页的语言（默认：浏览器的语言；页面顶部也可以切换）。",
        "Language of the pages (default: the browser's; the switch at the top changes it).",
    ),
}
