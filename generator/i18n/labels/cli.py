"""What the commands print: success lines, warnings, progress labels, usage and output errors."""

LABELS = {
    # --- success lines ---------------------------------------------------------------
    "wrote": ("已写入 {path}", "wrote {path}"),
    "wrote_internal": ("已写入 {path}（内部文件，请勿发给客户）", "wrote {path} (internal: do not send)"),
    "ok": ("通过 {path}", "OK {path}"),
    "ok_seller": ("通过 {path}（卖方文件）", "OK {path} (seller file)"),
    # --- the session -----------------------------------------------------------------
    "aborted": ("已中止。", "Aborted."),
    "interrupted": ("已中断。", "Interrupted."),
    "warning": ("警告：{message}", "warning: {message}"),
    "progress_reading": ("读取客户", "Reading customers"),
    "progress_cards": ("生成档案卡", "Writing cards"),
    # --- usage -----------------------------------------------------------------------
    "no_customers": ("输入中没有客户", "no customers in the inputs"),
    "no_accounts": ("输入中没有客户", "no accounts in the inputs"),
    "plan_needs_folder": (
        "{path}: {count} 个客户需要用文件夹作为 -o，而不是一个 .docx",
        "{path}: {count} accounts need a folder for -o, not one .docx",
    ),
    "check_failed": ("检查发现了问题", "the check found problems"),
    "deck_not_pptx": (
        "{path}: 演示文稿是 PowerPoint 文件，请以 .pptx 结尾命名",
        "{path}: the deck is a PowerPoint file; name it ….pptx",
    ),
    "convert_kinds": (
        "请给出一个 .yaml 简报和一个 .xlsx 简报，顺序不限（kam convert brief.yaml brief.xlsx）",
        "give a .yaml and a .xlsx brief, in either order (kam convert brief.yaml brief.xlsx)",
    ),
    "name_it": ("{path}: 请以 {suffix} 结尾命名", "{path}: name it …{suffix}"),
    "plan_not_docx": (
        "{path}: 谈判预案是 Word 文件，请以 .docx 结尾命名",
        "{path}: the plan is a Word file; name it ….docx",
    ),
    "bad_times": (
        "{part}：开始时间请写成 HH:MM，例如 09:30,14:00",
        "{part}: write start times as HH:MM, e.g. 09:30,14:00",
    ),
    "bad_country": (
        "{value}：holidays 库不认识这个国家（请用 ISO 3166 代码，如 CN、US、DE）",
        "{value}: not a country the holidays library knows (ISO 3166 code such as CN, US, DE)",
    ),
    "bad_date": ("{value}：日期请写成 YYYY-MM-DD", "{value}: write the date as YYYY-MM-DD"),
    "cadence_syntax": (
        "{part}：拜访频率请写成 key=2w,ordinary=1m,small=3m（d 天、w 周、m 月、q 季度）",
        "{part}: write the cadence as key=2w,ordinary=1m,small=3m (d days, w weeks, m months, q quarters)",
    ),
    "cadence_zero": ("{part}：间隔至少为一天", "{part}: the interval must be at least one day"),
    "grading_syntax": (
        "{text}：分级规则请写成 value:70,90、profit:70,90 或 top:20,50",
        "{text}: write the grading rule as value:70,90, profit:70,90 or top:20,50",
    ),
    "grading_limits": (
        "{text}：界限须从大于 0 递增到不超过 100（关键 ≤ 普通）",
        "{text}: limits must rise from above 0 to at most 100 (key ≤ ordinary)",
    ),
    # --- output ----------------------------------------------------------------------
    "already_exists": ("{paths}: 已存在；要覆盖请加 --force", "{paths}: already exists; use --force to overwrite"),
    "cannot_write": ("{path}: 无法写入：{reason}", "{path}: cannot write: {reason}"),
    "cannot_remove": ("{path}: 无法删除：{reason}", "{path}: cannot remove: {reason}"),
    "cannot_remove_temp": (
        "{path}: 无法删除残留的临时文件：{reason}",
        "{path}: cannot remove a stale temporary file: {reason}",
    ),
    "outside_folder": ("{name}: 拒绝写到 {folder} 之外", "{name}: refusing to write outside {folder}"),
    "no_section": (
        "{path}: 简报中没有 {sections} 部分；面向客户的文档需要它",
        "{path}: the brief has no {sections} section; a customer document needs it",
    ),
    "or": ("或", " or "),
    # --- PDF -------------------------------------------------------------------------
    "pdf_no_soffice": (
        "{path}: 无法生成 PDF：未安装 LibreOffice（soffice）；{hint}",
        "{path}: cannot make a PDF: LibreOffice (soffice) is not installed; {hint}",
    ),
    "pdf_no_font": (
        "{path}: 无法生成 PDF：文档是中文的，但没有安装中文字体；{hint}",
        "{path}: cannot make a PDF: the document is in Chinese but no Chinese font is installed; {hint}",
    ),
    "pdf_install_hint": ("请安装：{command}", "install them with: {command}"),
    "pdf_timeout": (
        "{path}: LibreOffice 未能在 {seconds} 秒内完成 PDF",
        "{path}: LibreOffice did not finish the PDF within {seconds} s",
    ),
    "pdf_none": ("{path}: LibreOffice 没有生成 PDF（{detail}）", "{path}: LibreOffice made no PDF ({detail})"),
    # --- templates -------------------------------------------------------------------
    "template_not_found": ("在 {folders} 中找不到模板 {name}", "template {name} not found in {folders}"),
    "template_no_block": ("{name}: 没有区块 {block}", "{name}: no block {block}"),
    "template_timeout": (
        "{name}: 区块 {block} 运行超过 {seconds} 秒，已停止",
        "{name}: block {block} ran longer than {seconds} s and was stopped",
    ),
    "template_syntax": ("{where}: 模板语法错误：{detail}", "{where}: template syntax error: {detail}"),
    "template_error": ("{name}: 模板出错：{detail}", "{name}: {detail}"),
    "template_sandbox": ("{name}: 被模板沙箱拒绝：{detail}", "{name}: refused by the template sandbox: {detail}"),
    "template_include": (
        "{name}: 找不到模板 {other}（模板只能引用模板文件夹中的文件）",
        "{name}: template {other} not found (templates can only include files from the template folders)",
    ),
    "template_failed": ("{name}: 区块 {block} 出错：{detail}", "{name}: block {block} failed: {detail}"),
    "template_unreadable_pptx": (
        "{path}: 不是可读取的 PowerPoint 模板（{detail}）",
        "{path}: not a readable PowerPoint template ({detail})",
    ),
    "template_unreadable_docx": (
        "{path}: 不是可用的 Word 模板（{detail}）",
        "{path}: not a usable Word template ({detail})",
    ),
    # --- visit plans and calendars ---------------------------------------------------
    "unknown_make_up_year": (
        "holidays 库 {version} 中没有{country} {years} 年的官方调休上班日，这些年份只按周末和法定假日排期；"
        "国务院公布安排后，请把调休上班日写进日历文件（workdays: [YYYY-MM-DD, …]），用 --calendar FILE 传入"
        "（或在卖方文件中写 calendar:），或升级 holidays 库。",
        "the holidays library {version} has no official make-up workdays for {country} in {years}, so those years "
        "follow weekends and statutory holidays only; once the State Council publishes them, list the make-up "
        "workdays in a calendar file (workdays: [YYYY-MM-DD, …]) and pass it with --calendar FILE (or as calendar: "
        "in the seller file), or upgrade the holidays library.",
    ),
    "calendar_overlap": (
        "{date} 既在 holidays 中又在 workdays 中；以 workdays 为准（上班）",
        "{date} is in both holidays and workdays; workdays wins (a working day)",
    ),
}
LABELS.update(
    {
        "template_no_layout": (
            "{path}: 没有可用于“标题和内容”的幻灯片版式：kam 需要一个带标题和正文/内容占位符的版式，"
            "名称如“标题和内容”或 'Title and Content'（找到的版式：{names}）",
            "{path}: no usable slide layout for title and content: kam needs a layout with a title "
            "and a body/content placeholder, named e.g. 'Title and Content' or '标题和内容' (layouts found: {names})",
        ),
        "pdf_install_office": (
            "请先安装 LibreOffice，例如在 Debian/Ubuntu 上运行 `apt-get install libreoffice-writer-nogui "
            "libreoffice-impress-nogui`，或从 https://www.libreoffice.org 下载",
            "install LibreOffice first, e.g. `apt-get install libreoffice-writer-nogui libreoffice-impress-nogui` "
            "on Debian/Ubuntu or from https://www.libreoffice.org",
        ),
        "pdf_install_font": (
            "请先安装中日韩字体，例如在 Debian/Ubuntu 上运行 `apt-get install fonts-noto-cjk`",
            "install a CJK font first, e.g. `apt-get install fonts-noto-cjk` on Debian/Ubuntu",
        ),
        # --- kam --version (--help: generator/i18n/labels/help.py) ----------------------
        "version": ("kam，版本 {version}", "kam, version {version}"),
        "in_file": ("{path}: {message}", "{path}: {message}"),
        "no_section_plain": (
            "简报中没有 {sections} 部分；面向客户的文档需要它",
            "the brief has no {sections} section; a customer document needs it",
        ),
    }
)
