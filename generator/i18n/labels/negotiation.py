"""Labels of the negotiation plan (`kam negotiate`): an internal one-page plan."""

LABELS = {
    "title": ("谈判预案", "Negotiation plan"),
    "internal": ("内部文件 · 请勿外传", "Internal · not for the customer"),
    "subtitle": ("{customer} · {opportunity}", "{customer} · {opportunity}"),
    "stage_line": ("采购阶段：{stage} · 编制日期：{date}", "Buying stage: {stage} · prepared {date}"),
    "date_line": ("编制日期：{date}", "Prepared {date}"),
    "rule": (
        "谈判七成在准备：分工明确、底线先定；没有让步，只有交换；让步越来越小。",
        "Preparation is 70 % of a negotiation: roles split and the bottom line set beforehand; no concession "
        "without exchange; concessions shrink.",
    ),
    "file_stem": ("谈判预案", "negotiation-plan"),
    # --- team -------------------------------------------------------------------------
    "team": ("我方团队与分工", "Our team and roles"),
    "col_member": ("姓名", "Name"),
    "col_role": ("角色", "Role"),
    "col_duty": ("职责", "Duty"),
    "duty_lead": ("掌控节奏，提出和交换条件", "Runs the talks; makes and trades the offers"),
    "duty_technical": ("回答技术问题，守住方案范围", "Answers technical questions; holds the scope"),
    "duty_commercial": ("价格、付款与合同条款", "Price, payment and contract terms"),
    "duty_decision": ("拍板或决定暂停、离场", "Says yes, or decides to pause or walk away"),
    "duty_note_taker": ("记录对方立场、让步与承诺", "Records their positions, concessions and commitments"),
    "duty_none": ("（未定角色）", "(no role set)"),
    "team_missing": (
        "尚未安排谈判团队：在 negotiation.team 中列出主谈、技术、商务、决策和记录。",
        "No team yet: list the lead, technical, commercial, decision and note-taker under negotiation.team.",
    ),
    "roles_missing": ("缺少角色：{roles}。", "Roles not filled: {roles}."),
    # --- targets ----------------------------------------------------------------------
    "targets": ("目标分级与底线", "Target tiers and bottom line"),
    "col_position": ("档位", "Position"),
    "col_terms": ("条件", "Terms"),
    "col_amount": ("金额", "Amount"),
    "col_vs_quote": ("较报价", "vs. quote"),
    "quote_before_tax": ("建议书报价（不含税）", "Proposal, before tax"),
    "quote_with_tax": ("建议书报价（含税）", "Proposal, with tax"),
    "target_n": ("目标 {number}", "Target {number}"),
    "bottom_line": ("我方底线", "Our bottom line"),
    "their_bottom_line": ("对方底线（估计）", "Their bottom line (estimate)"),
    "no_amount": ("—", "—"),
    "same_as_quote": ("持平", "as quoted"),
    "zone": (
        "成交区间：{low} 至 {high}（我方底线到对方估计底线）。",
        "Zone of agreement: {low} to {high} (our bottom line to their estimated limit).",
    ),
    "no_zone": (
        "对方估计底线 {theirs} 低于我方底线 {ours}：仅靠价格无法成交，要靠交换条件或替代方案。",
        "Their estimated limit {theirs} is below our bottom line {ours}: price alone won't close it; "
        "trade terms or use an alternative.",
    ),
    "no_bottom_line": (
        "尚未设定我方底线（negotiation.bottom_line）：谈判前必须先定底线。",
        "No bottom line set (negotiation.bottom_line): set it before the meeting.",
    ),
    # --- ladder -----------------------------------------------------------------------
    "ladder": ("让步阶梯", "Concession ladder"),
    "col_step": ("步", "Step"),
    "col_from_to": ("从 → 到", "From → to"),
    "col_concession": ("让步", "Concession"),
    "col_exchange": ("换取", "In exchange"),
    "col_offer": ("如果……我们可以……", "If you …, we can …"),
    "step_from_to": ("{start} → {end}", "{start} → {end}"),
    "step_amount": ("{amount}（{share}）", "{amount} ({share})"),
    "step_if": ("如果贵方同意{get}，我们可以调整到{end}。", "If you agree to {get}, we can move to {end}."),
    "step_if_give": (
        "如果贵方同意{get}，我们可以调整到{end}，并{give}。",
        "If you agree to {get}, we can move to {end} and offer {give}.",
    ),
    "step_no_trade": ("未配交换条件：先想好要对方付出什么", "No exchange yet: decide what to ask for first"),
    "break_below_bottom_line": ("低于底线", "below the bottom line"),
    "break_rises": ("不降反升", "goes up"),
    "break_grows": ("比上一步大", "larger than the step before"),
    # --- offers -----------------------------------------------------------------------
    "offers": ("交换条件（如果……我们可以……）", "Trades (If you …, we can …)"),
    "offer": ("如果贵方同意{get}，我们可以{give}。", "If you agree to {get}, we can offer {give}."),
    # --- their side -------------------------------------------------------------------
    "their_side": ("对方的利益、底线与我方替代方案", "Their interests and bottom line; our alternatives"),
    "their_interests": ("立场背后的利益", "Interests behind their positions"),
    "their_bottom_line_line": ("对方底线（估计）：{amount}", "Their bottom line (estimate): {amount}"),
    "alternatives": ("我方替代方案（谈不拢时）", "Our alternatives (if there is no deal)"),
    # --- objections -------------------------------------------------------------------
    "objections": ("预期异议与应答", "Objections to expect and our answers"),
    "col_type": ("类型", "Type"),
    "col_statement": ("异议", "Objection"),
    "col_method": ("方法", "Method"),
    "col_response": ("应答", "Answer"),
    "no_response": ("尚无应答：谈判前准备好", "No answer yet: prepare one"),
    # --- buying centre ----------------------------------------------------------------
    "stance": ("对方采购团队的立场", "The buying centre's stance"),
    "col_person": ("人员", "Person"),
    "col_roles": ("角色", "Roles"),
    "col_level": ("级别", "Level"),
    "col_attitude": ("态度", "Attitude"),
    "col_relationship": ("关系", "Relationship"),
    "key_mark": ("★", "★"),
    "key_legend": ("★ 本阶段关键人或决策者", "★ key person of the stage, or a decision maker"),
    "person": ("{name}（{title}）", "{name} ({title})"),
    # --- the command ----------------------------------------------------------------
    "wrote": ("已生成 {path}", "wrote {path}"),
    "wrote_internal": ("已生成 {path}（内部文件，请勿发给客户）", "wrote {path} (internal: do not send)"),
    "nothing_to_plan": (
        "{file}：简报没有 negotiation、报价或异议，无法编制谈判预案。",
        "{file}: the brief has no negotiation, pricing or objections to plan a negotiation from.",
    ),
}
