"""Labels of `kam diff`: what changed between two versions of a brief, in the method's words."""

LABELS = {
    "header": ("{old} → {new}", "{old} → {new}"),
    "no_changes": ("没有变化。", "No changes."),
    "count": ("共 {count} 处变化。", "{count} changes."),
    "unset": ("未填写", "not set"),
    "new_file": ("（新简报）", "(new brief)"),
    "section_deal": ("商机", "The deal"),
    "section_people": ("采购团队", "The buying centre"),
    "section_assessment": ("判断销售机会", "Opportunity assessment"),
    "section_competition": ("竞争与异议", "Competition and objections"),
    "section_pricing": ("报价", "Pricing"),
    "section_negotiation": ("谈判", "Negotiation"),
    "section_visits": ("拜访", "Visits"),
    "section_after_sale": ("签约后", "After signing"),
    # --- the deal ---------------------------------------------------------------------
    "stage": ("采购阶段：{old} → {new}", "Buying stage: {old} → {new}"),
    "stage_forward": ("采购阶段推进：{old} → {new}", "Buying stage moved on: {old} → {new}"),
    "stage_back": ("采购阶段倒退：{old} → {new}", "Buying stage moved back: {old} → {new}"),
    "decision_date": ("决策日期：{old} → {new}", "Decision date: {old} → {new}"),
    "budget": ("预算：{old} → {new}", "Budget: {old} → {new}"),
    # --- people -----------------------------------------------------------------------
    "contact_added": (
        "新联系人：{name} {title}（关系：{relationship}，态度：{attitude}）",
        "New contact: {name} {title} (relationship: {relationship}, attitude: {attitude})",
    ),
    "contact_added_untitled": (
        "新联系人：{name}（关系：{relationship}，态度：{attitude}）",
        "New contact: {name} (relationship: {relationship}, attitude: {attitude})",
    ),
    "contact_removed": ("移除联系人：{name}", "Contact removed: {name}"),
    "relationship": ("{name}的关系：{old} → {new}", "{name}'s relationship: {old} → {new}"),
    "relationship_forward": ("{name}的关系推进：{old} → {new}", "{name}'s relationship moved on: {old} → {new}"),
    "relationship_back": ("{name}的关系倒退：{old} → {new}", "{name}'s relationship slipped back: {old} → {new}"),
    "attitude": ("{name}的态度：{old} → {new}", "{name}'s attitude: {old} → {new}"),
    "roles": ("{name}的角色：{old} → {new}", "{name}'s roles: {old} → {new}"),
    "level": ("{name}的级别：{old} → {new}", "{name}'s level: {old} → {new}"),
    "title": ("{name}的职务：{old} → {new}", "{name}'s title: {old} → {new}"),
    "coach_now": ("{name} 成为我们的向导（内线）", "{name} is now our coach"),
    "coach_no_longer": ("{name} 不再是我们的向导（内线）", "{name} is no longer our coach"),
    # --- assessment -------------------------------------------------------------------
    "answer": ("「{question}」：{old} → {new}（{why}）", "“{question}”: {old} → {new} ({why})"),
    "answer_no_why": ("「{question}」：{old} → {new}", "“{question}”: {old} → {new}"),
    "why": ("「{question}」的理由改为：{why}", "“{question}”: the reason is now: {why}"),
    # --- competition and objections -----------------------------------------------------
    "competitor_added": ("新竞争对手：{name}（优势：{strengths}）", "New competitor: {name} (strengths: {strengths})"),
    "competitor_changed": ("竞争对手「{name}」的情况有更新", "Competitor {name}: details updated"),
    "competitor_removed": ("竞争对手移除：{name}", "Competitor removed: {name}"),
    "objection_added": (
        "新异议（{type}）：{statement}；应答：{response}",
        "New objection ({type}): {statement}; answer: {response}",
    ),
    "objection_added_no_answer": (
        "新异议（{type}）：{statement}；尚无应答",
        "New objection ({type}): {statement}; no answer yet",
    ),
    "objection_answer": (
        "异议「{statement}」的应答改为：{response}",
        "Objection “{statement}”: the answer is now: {response}",
    ),
    "objection_removed": ("异议移除：{statement}", "Objection removed: {statement}"),
    # --- pricing ----------------------------------------------------------------------
    "line_added": ("新增报价项：{name}，{amount}", "Price line added: {name}, {amount}"),
    "line_removed": ("删除报价项：{name}（原 {amount}）", "Price line removed: {name} (was {amount})"),
    "line_amount": ("报价项「{name}」：{old} → {new}（{delta}）", "Price line {name}: {old} → {new} ({delta})"),
    "discount": ("报价项「{name}」的折扣：{old} → {new}", "Discount on {name}: {old} → {new}"),
    "now_optional": ("报价项「{name}」改为选配", "Price line {name} is now optional"),
    "now_required": ("报价项「{name}」改为必选", "Price line {name} is now required"),
    "subtotal": ("报价合计（不含税）：{old} → {new}（{delta}）", "Total before tax: {old} → {new} ({delta})"),
    "total": ("报价合计（含税）：{old} → {new}（{delta}）", "Total with tax: {old} → {new} ({delta})"),
    "subtotal_set": ("报价合计（不含税）：{new}", "Total before tax: {new}"),
    "total_set": ("报价合计（含税）：{new}", "Total with tax: {new}"),
    "subtotal_gone": ("报价已删除（原不含税合计 {old}）", "Pricing removed (was {old} before tax)"),
    "total_gone": ("报价已删除（原含税合计 {old}）", "Pricing removed (was {old} with tax)"),
    # --- negotiation ------------------------------------------------------------------
    "target": ("谈判目标 {number}：{old} → {new}", "Target {number}: {old} → {new}"),
    "target_added": ("新增谈判目标 {number}：{new}", "Target {number} added: {new}"),
    "target_removed": ("删除谈判目标 {number}：{old}", "Target {number} removed: {old}"),
    "bottom_line": ("我方底线：{old} → {new}", "Our bottom line: {old} → {new}"),
    "their_bottom_line": ("对方底线（估计）：{old} → {new}", "Their bottom line (estimate): {old} → {new}"),
    "member_added": ("谈判团队新增：{name}（{role}）", "Negotiation team: {name} joins ({role})"),
    "member_removed": ("谈判团队移除：{name}（{role}）", "Negotiation team: {name} leaves ({role})"),
    "trade_added": ("新交换条件：我方给 {give}，换取 {get}", "New trade: we give {give} for {get}"),
    # --- visits -----------------------------------------------------------------------
    "visit_logged": (
        "新拜访记录 {date}：{objective}（{people}）→ {outcome}",
        "Visit logged {date}: {objective} ({people}) → {outcome}",
    ),
    "visit_planned": ("新计划拜访 {date}：{objective}（{people}）", "Visit planned {date}: {objective} ({people})"),
    "visit_outcome": ("{date}拜访的结果：{outcome}", "Outcome of the visit on {date}: {outcome}"),
    "visit_removed": ("删除拜访 {date}：{objective}", "Visit removed {date}: {objective}"),
    # --- after signing ----------------------------------------------------------------
    "receivable_added": ("新应收账款：{amount}，{due} 到期", "New receivable: {amount}, due {due}"),
    "receivable_received": (
        "{due}到期的账款已收 {received}，尚余 {outstanding}",
        "Receivable due {due}: {received} received, {outstanding} outstanding",
    ),
    "complaint_added": ("新投诉 {date}：{issue}", "New complaint {date}: {issue}"),
    "complaint_closed": ("投诉已关闭：{issue}（{closed_on}）", "Complaint closed: {issue} ({closed_on})"),
    "complaint_reopened": ("投诉重新打开：{issue}", "Complaint reopened: {issue}"),
    "satisfaction_added": (
        "新满意度评分 {date}：{score} / 5（{by}）",
        "New satisfaction score {date}: {score} / 5 ({by})",
    ),
    "referral_added": ("新转介绍：{to}（{outcome}）", "New referral: {to} ({outcome})"),
    # --- the command ----------------------------------------------------------------
    "usage": (
        "用法：kam diff OLD NEW，或由 git 以 7 个参数调用（diff.kam.command）",
        "usage: kam diff OLD NEW, or 7 arguments from git (diff.kam.command)",
    ),
}
