"""Labels of the brief workbook (brief.xlsx) and the brief reference: field names, sheet names, notes.

Field labels are keyed by the field's name (`field_name`); a dotted key (`field_contacts.name`)
overrides it where one name means different things in different places.
"""

_FIELDS = {
    "acceptance": ("验收", "Acceptance"), "account": ("客户", "Account"), "address": ("地址", "Address"),
    "advantage": ("优势（A）", "Advantage"), "affects": ("影响的联系人（编号）", "Affects (contact ids)"),
    "alternatives": ("我方替代方案", "Our alternatives"), "amount": ("金额", "Amount"),
    "annual_value": ("年采购额", "Annual value"), "answer": ("判断", "Answer"), "assessment": ("机会判断", "Assessment"),
    "attitude": ("态度", "Attitude"), "avoids_competitor_products": ("避免使用竞争对手产品", "Avoids competitor products"),
    "awards": ("获奖", "Awards"), "background": ("背景", "Background"), "bank": ("开户银行", "Bank"),
    "bank_account": ("银行账号", "Bank account"), "basic": ("基本信息", "Basic details"), "benefit": ("利益（B）", "Benefit"),
    "benefits": ("客户利益", "Benefits"), "birthday": ("生日", "Birthday"),
    "blames_us_sometimes": ("有时会抱怨我们", "Blames us sometimes"), "bottom_line": ("我方底线", "Our bottom line"),
    "brief": ("格式版本", "Format version"), "budget": ("预算", "Budget"), "business": ("业务信息", "Business details"),
    "by": ("评分人", "Given by"), "category": ("类别", "Category"), "certifications": ("认证", "Certifications"),
    "challenges": ("客户挑战", "Challenges"), "charge": ("收费", "Charge"), "clause": ("条款号", "Clause"),
    "close": ("成交方法", "Close"), "closed_on": ("关闭日期", "Closed on"), "closing": ("结束语", "Closing"),
    "coach": ("向导（内线）", "Coach"), "commercial": ("商务偏离表", "Commercial deviations"),
    "competitors": ("竞争对手", "Competitors"), "complaints": ("投诉", "Complaints"),
    "confirmed_in_writing": ("需求已书面确认", "Confirmed in writing"), "contact": ("联系人", "Contact"),
    "contacts": ("联系人", "Contacts"), "costs": ("客户成本", "Costs"), "credentials": ("资质", "Credentials"),
    "criteria": ("采购标准", "Criteria"), "criterion": ("采购标准", "Criterion"), "currency": ("币种", "Currency"),
    "customer": ("客户", "Customer"), "customer_since": ("合作起始日", "Customer since"), "date": ("日期", "Date"),
    "deal_status": ("成交状态", "Deal status"), "decision_date": ("决策日期", "Decision date"), "deck": ("演示文稿", "Deck"),
    "deliverables": ("交付物", "Deliverables"), "delivery": ("交货", "Delivery"),
    "delivery_address": ("送货地址", "Delivery address"), "department": ("部门", "Department"),
    "description": ("描述", "Description"), "development_plans": ("发展规划", "Development plans"),
    "deviation": ("偏离", "Deviation"), "discount": ("折扣", "Discount"),
    "discusses_business": ("与我们讨论业务", "Discusses business"), "due": ("到期日", "Due"), "email": ("邮箱", "Email"),
    "end": ("结束日期", "End"), "fax": ("传真", "Fax"), "feature": ("特征（F）", "Feature"),
    "fiscal_year_end": ("财年结束（月-日）", "Fiscal year end (MM-DD)"),
    "fiscal_year_start": ("财年开始（月-日）", "Fiscal year start (MM-DD)"), "function": ("职能", "Function"),
    "get": ("我方得到", "We get"), "give": ("我方给予", "We give"), "goals": ("目标", "Goals"), "history": ("交易记录", "History"),
    "hobbies": ("爱好", "Hobbies"), "hook": ("开场白", "Hook"), "id": ("编号", "Id"), "image": ("图片文件", "Image file"),
    "impact": ("影响", "Impact"), "implementation": ("实施计划", "Implementation"),
    "in_use_at_customer": ("客户处在用情况", "In use at the customer"), "includes": ("包含方案（编号）", "Includes (package ids)"),
    "industry": ("行业", "Industry"), "installation": ("安装", "Installation"), "interests": ("兴趣", "Interests"),
    "issue": ("问题", "Issue"), "item": ("项目", "Item"), "items": ("报价明细", "Price lines"),
    "key_points": ("要点", "Key points"), "kind": ("类型", "Kind"), "language": ("文档语言", "Document language"),
    "level": ("级别", "Level"), "localized": ("其他语言版本", "Other languages"), "logistics": ("物流信息", "Logistics"),
    "logo": ("标志文件", "Logo file"), "loyalty": ("忠诚度", "Loyalty"), "maintenance": ("维护", "Maintenance"),
    "method": ("方法", "Method"), "mode": ("方式", "Mode"), "motivation": ("购买动机", "Motivation"),
    "mutual_need": ("相互需要", "Mutual need"), "name": ("名称", "Name"), "nature": ("客户性质", "Nature"),
    "needs": ("需求", "Needs"), "negotiation": ("谈判", "Negotiation"), "next_steps": ("下一步", "Next steps"),
    "no_competitor_contracts": ("未与竞争对手签约", "No competitor contracts"), "note": ("备注", "Note"),
    "notes": ("备注", "Notes"), "number": ("招标编号", "Tender number"), "objections": ("异议", "Objections"),
    "objective": ("拜访目的", "Objective"), "offering": ("对应产品/服务", "Offering"), "offerings": ("产品与服务", "Offerings"),
    "opportunities": ("机会", "Opportunities"), "opportunity": ("销售机会", "Opportunity"), "optional": ("可选项", "Optional"),
    "other": ("其他条款", "Other terms"), "our_strengths": ("我方优势", "Our strengths"),
    "our_weaknesses": ("我方劣势", "Our weaknesses"), "outcome": ("结果", "Outcome"), "overview": ("方案概述", "Overview"),
    "owner": ("负责人", "Owner"), "package": ("所属方案（编号）", "Package (id)"), "packages": ("可选方案", "Packages"),
    "payment": ("付款条件", "Payment"), "payment_terms": ("付款条件", "Payment terms"), "penalties": ("违约责任", "Penalties"),
    "personal": ("个人信息", "Personal"), "phase": ("阶段", "Phase"), "phone": ("电话", "Phone"),
    "planned": ("计划中", "Planned"), "points_out_flaws": ("指出我们的不足", "Points out flaws"),
    "postpones_competitors": ("推迟与竞争对手的会面", "Postpones competitors"), "prejudices": ("忌讳", "Prejudices"),
    "price": ("价格", "Price"), "pricing": ("报价", "Pricing"), "priority_delivery": ("优先送货", "Priority delivery"),
    "problem": ("问题", "Problem"), "problems": ("问题", "Problems"), "products_services": ("所需产品与服务", "Products and services"),
    "profile": ("公司简介", "Profile"), "project": ("项目", "Project"), "proposal": ("建议书", "Proposal"),
    "qualifications": ("资格文件清单", "Qualifications"), "quantity": ("数量", "Quantity"), "receivables": ("应收账款", "Receivables"),
    "received": ("已收金额", "Received"), "received_on": ("收款日期", "Received on"), "recommended": ("推荐", "Recommended"),
    "references": ("成功案例", "References"), "referrals": ("转介绍", "Referrals"), "relationship": ("关系阶段", "Relationship"),
    "relationship_health": ("关系健康度", "Relationship health"), "reports_to": ("上级（编号）", "Reports to (id)"),
    "requirement": ("要求", "Requirement"), "response": ("应答", "Response"), "responses": ("需求响应", "Responses"),
    "result": ("成果", "Result"), "returns_calls": ("及时回电", "Returns calls"), "role": ("角色", "Role"),
    "roles": ("角色", "Roles"), "satisfaction": ("满意度", "Satisfaction"), "score": ("评分（1-5）", "Score (1-5)"),
    "seller": ("卖方", "Seller"), "senior": ("高层参与", "Senior"), "service": ("服务", "Service"),
    "short_name": ("简称", "Short name"), "signals": ("购买信号", "Buying signals"), "solution": ("解决方案", "Solution"),
    "solutions_sought": ("期望的解决办法", "Solutions sought"), "spec": ("规格", "Spec"), "stage": ("采购阶段", "Stage"),
    "start": ("开始日期", "Start"), "statement": ("异议内容", "Statement"), "status": ("状态", "Status"),
    "strengths": ("优势", "Strengths"), "style": ("沟通风格", "Style"), "summary": ("概述", "Summary"),
    "tagline": ("口号", "Tagline"), "targets": ("谈判目标", "Targets"), "tax_rate": ("税率", "Tax rate"),
    "team": ("谈判团队", "Team"), "technical": ("技术偏离表", "Technical deviations"), "tender": ("投标", "Tender"),
    "terms": ("商务条款", "Terms"), "text": ("内容", "Text"), "their_bottom_line": ("对方底线（估计）", "Their bottom line"),
    "their_interests": ("对方利益", "Their interests"), "thinks_we_are_best": ("认为我们最好", "Thinks we are best"),
    "tier": ("客户等级", "Tier"), "timing": ("处理时机", "Timing"), "title": ("职务", "Title"), "to": ("介绍给", "Introduced to"),
    "trades": ("交换条件", "Trades"), "training": ("培训", "Training"), "trends": ("趋势", "Trends"), "type": ("类型", "Type"),
    "unit": ("单位", "Unit"), "unit_price": ("单价", "Unit price"), "valid_until": ("有效期至", "Valid until"),
    "validity": ("有效期", "Validity"), "value": ("客户价值", "Customer value"), "visits": ("拜访", "Visits"),
    "warranty": ("质保", "Warranty"), "we_help_them_succeed": ("我们帮助他们成功", "We help them succeed"),
    "weaknesses": ("劣势", "Weaknesses"), "website": ("网站", "Website"), "why": ("理由", "Why"),
    "winnable": ("能否赢", "Winnable"), "worth_winning": ("值得赢", "Worth winning"), "year": ("年份", "Year"),
    # where one name means something else in one place
    "proposal.title": ("建议书标题", "Proposal title"), "visits.contacts": ("拜访对象（编号）", "Contacts (ids)"),
    "seller.contact": ("卖方联系人", "Seller contact"), "opportunity.name": ("机会名称", "Opportunity name"),
    "account.name": ("客户名称", "Customer name"),
    "proposal.solution.service.technical": ("技术性服务", "Technical"),
    "proposal.tender.technical": ("技术偏离表", "Technical deviations"),
    "assessment.opportunity": ("是否有机会", "Is there an opportunity"), "assessment.proposal": ("能否提出方案", "Can we propose"),
}

_SHEETS = {
    "instructions": ("填写说明", "How to fill in"), "brief": ("简报", "Brief"), "account": ("客户", "Account"),
    "history": ("交易记录", "History"), "health": ("关系健康度", "Relationship health"), "contacts": ("联系人", "Contacts"),
    "opportunity": ("销售机会", "Opportunity"), "competitors": ("竞争对手", "Competitors"),
    "strengths": ("我方优势", "Strengths"), "weaknesses": ("我方劣势", "Weaknesses"), "proposal": ("建议书", "Proposal"),
    "challenges": ("客户挑战", "Challenges"), "offerings": ("产品与服务", "Offerings"), "implementation": ("实施计划", "Implementation"),
    "service": ("服务", "Service"), "responses": ("需求响应", "Responses"), "pricing": ("报价", "Pricing"),
    "packages": ("可选方案", "Packages"), "terms": ("商务条款", "Terms"), "benefits": ("客户利益", "Benefits"),
    "costs": ("客户成本", "Costs"), "tender": ("投标", "Tender"), "technical": ("技术偏离表", "Technical deviations"),
    "commercial": ("商务偏离表", "Commercial deviations"), "objections": ("异议", "Objections"),
    "negotiation": ("谈判", "Negotiation"), "trades": ("交换条件", "Trades"), "team": ("谈判团队", "Team"),
    "visits": ("拜访", "Visits"), "receivables": ("应收账款", "Receivables"), "complaints": ("投诉", "Complaints"),
    "satisfaction": ("满意度", "Satisfaction"), "referrals": ("转介绍", "Referrals"), "seller": ("卖方", "Seller"),
    "references": ("成功案例", "References"), "pricing_notes": ("税率与付款", "Tax and payment"),
    "references_zh": ("成功案例（中文版）", "References (Chinese)"), "references_en": ("成功案例（英文版）", "References (English)"),
}

LABELS = {
    **{f"field_{key}": pair for key, pair in _FIELDS.items()},
    **{f"sheet_{key}": pair for key, pair in _SHEETS.items()},
    "column_label": ("项目", "Item"),
    "column_value": ("填写", "Value"),
    "column_key": ("字段", "Field"),
    "banner_internal": ("内部资料：本页内容不会出现在给客户的文档中", "Internal: nothing on this sheet reaches the customer"),
    "banner_customer": ("客户可见：本页内容会出现在建议书和演示文稿中", "Customer-facing: this sheet feeds the proposal and the deck"),
    "banner_mixed": ("部分客户可见：见各项批注", "Partly customer-facing: see each note"),
    "note_required": ("必填", "Required"),
    "note_optional": ("选填", "Optional"),
    "note_customer": ("客户可见", "Customer-facing"),
    "note_internal": ("内部", "Internal"),
    "note_example": ("示例：{example}", "Example: {example}"),
    "note_choices": ("从下拉列表选择：{choices}", "Pick from the list: {choices}"),
    "note_list": ("每行一项（单元格内换行：Alt+Enter）", "One item per line (a line break in a cell: Alt+Enter)"),
    "note_money": ("金额：380000、¥380,000 或 38万", "An amount: 380000, ¥380,000 or 38万"),
    "note_rate": ("比例：13% 或 0.13", "A rate: 13% or 0.13"),
    "note_date": ("日期：2026-03-31", "A date: 2026-03-31"),
    "note_bool": ("是 / 否", "yes / no"),
    "note_data": ("按 JSON 填写", "Written as JSON"),
    "note_key": ("kam 用此列识别各项，请勿修改", "kam reads this column to know each item: do not change it"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "instructions_title": ("kam 客户简报工作簿", "kam account brief workbook"),
    "instructions_body": (
        "1. 每个工作表对应简报的一部分，按销售方法的顺序排列；带“必填”批注的项目必须填写。\n"
        "2. 表头的批注说明填写内容、示例、是否必填、是否客户可见；有下拉列表的单元格请从列表中选择。\n"
        "3. 列表类单元格每行写一项（单元格内换行：Alt+Enter）；金额可写 380000、¥380,000 或 38万；日期写 2026-03-31。\n"
        "4. 红色标签、顶部有提示条的工作表是内部资料，不会出现在建议书和演示文稿中。\n"
        "5. 不要修改“字段”行/列：kam 用它识别各项。需要更多行时直接在表格下方继续填写。\n"
        "6. 卖方信息在“简报”页的“卖方”一项写 YAML 文件名（如 seller.yaml，与本工作簿放在同一文件夹），或填写“卖方”工作表。\n"
        "7. 填好后运行：kam validate brief.xlsx，然后 kam proposal brief.xlsx / kam deck brief.xlsx。字段说明见 docs/brief.md。",
        "1. Each sheet is one part of the brief, in the order of the sales method; items noted “Required” must be filled in.\n"
        "2. The note on each header says what to write, an example, whether it is required and whether the customer sees it; "
        "cells with a dropdown take a value from its list.\n"
        "3. List cells take one item per line (a line break in a cell: Alt+Enter); amounts may be 380000, ¥380,000 or 38万; "
        "dates are written 2026-03-31.\n"
        "4. Sheets with a red tab and a banner on top are internal: nothing on them reaches the proposal or the deck.\n"
        "5. Do not change the “Field” row or column: kam reads it to know each item. Add rows below a table as needed.\n"
        "6. The seller: write the name of its YAML file (e.g. seller.yaml, in this workbook's folder) under “Seller” on the "
        "“Brief” sheet, or fill in the “Seller” sheet.\n"
        "7. Then run: kam validate brief.xlsx, then kam proposal brief.xlsx / kam deck brief.xlsx. Every field is described "
        "in docs/brief.md."),
    # problems in the workbook's terms
    "fill_in": ("必填：请在“{sheet}”工作表填写“{column}”", "required: fill in “{column}” on the sheet “{sheet}”"),
    "unknown_sheet": ("未知的工作表“{sheet}”，已忽略", "unknown sheet “{sheet}”, ignored"),
    "unknown_sheet_hint": ("未知的工作表“{sheet}”，已忽略；是否应为“{hint}”？", "unknown sheet “{sheet}”, ignored; did you mean “{hint}”?"),
    "unknown_column": ("未知的列“{column}”，已忽略", "unknown column “{column}”, ignored"),
    "unknown_column_hint": ("未知的列“{column}”，已忽略；是否应为“{hint}”？", "unknown column “{column}”, ignored; did you mean “{hint}”?"),
    "formula_no_value": ("公式没有计算结果：请在 Excel 或 WPS 中打开并保存，或直接填写数值",
                         "a formula without a computed value: open and save the workbook in Excel or WPS, or type the value"),
    "bad_json": ("不是有效的 JSON：{detail}", "not valid JSON: {detail}"),
    "not_brief_workbook": ("不是 kam 客户简报工作簿（没有 kam-brief 标记，也没有“简报”和“客户”工作表）；客户名单请用 kam archive / kam visits",
                           "not a kam brief workbook (no kam-brief marker, no “Brief” and “Account” sheets); "
                           "a customer list goes to kam archive / kam visits"),
    "bad_error_cell": ("单元格是错误值 {value}", "the cell holds the error {value}"),
}
