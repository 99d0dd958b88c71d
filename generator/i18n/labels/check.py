"""Labels of the deal coach (`kam check`): findings, next actions and the report around them."""

LABELS = {
    # --- the report -------------------------------------------------------------------
    "severity_error": ("错误", "error"),
    "severity_warning": ("警告", "warning"),
    "severity_info": ("提示", "info"),
    "next": ("建议：", "Next: "),
    "clean": ("未发现问题。", "No findings."),
    "counts": (
        "错误 {errors} · 警告 {warnings} · 提示 {infos}",
        "errors {errors} · warnings {warnings} · info {infos}",
    ),
    "total": (
        "共检查 {briefs} 份简报：错误 {errors} · 警告 {warnings} · 提示 {infos}",
        "{briefs} briefs checked: errors {errors} · warnings {warnings} · info {infos}",
    ),
    "invalid": ("简报无法通过校验，未做检查：", "the brief is not valid, so it was not checked:"),
    "invalid_brief": ("{message}", "{message}"),
    "invalid_brief.action": (
        "按提示修正简报后重新运行 kam check。",
        "Fix the brief as the message says and run kam check again.",
    ),
    "not_recorded": ("未记录", "not recorded"),
    # --- the buying centre --------------------------------------------------------------
    "no_decision_maker": (
        "没有联系人担任决策者。决策层决定是否购买、何时购买、预算、选哪家供应商以及是否签约。",
        "No contact holds the decision-maker role. The decision level decides whether to buy, when, "
        "the budget, which supplier and whether to sign.",
    ),
    "no_decision_maker.action": (
        "请向导或现有联系人说明采购的汇报关系，找到决策者，并争取一次商务活动、参观或技术交流，把关系推进到约会层级。",
        "Ask your coach or current contacts how the purchase is reported upwards, find the decision maker "
        "and win an appointment-level meeting (business event, site visit or technical exchange).",
    ),
    "no_coach": (
        "没有联系人被标记为向导（内线）。没有内线，就拿不到采购计划、组织关系和竞争对手的第一手信息。",
        "No contact is marked as coach (an insider who guides us). Without one we get no first-hand news "
        "of the purchase plan, the organisation or the competitors.",
    ),
    "no_coach.action": (
        "在支持我们的联系人中挑选一位关系达到信赖或同盟的人，请他（她）提供信息、引荐关键人，并在简报中标记 coach: true。",
        "Pick a supporter at trust or alliance level, ask them for information and introductions to the key "
        "persons, and mark them `coach: true` in the brief.",
    ),
    "stage_key_person_missing": (
        "客户处于「{stage}」阶段，这一阶段的关键人是{role}，但没有联系人担任这一角色。",
        "The customer is at the {stage} stage, whose key person is the {role}, but no contact holds that role.",
    ),
    "stage_key_person_missing.action": (
        "通过向导找出{role}，了解其职能、级别和关注点，并尽快建立联系。",
        "Find the {role} through your coach, learn their function, level and concerns, and get in touch soon.",
    ),
    "weak_key_relationship": (
        "{name}是「{stage}」阶段的关键人（{role}），但关系只到「{relationship}」；这一阶段至少需要「{required}」。",
        "{name} is the key person of the {stage} stage ({role}) but the relationship is only at {relationship}; "
        "this stage needs at least {required}.",
    ),
    "weak_key_relationship_unknown": (
        "{name}是「{stage}」阶段的关键人（{role}），但没有记录与其关系的阶段；这一阶段至少需要「{required}」。",
        "{name} is the key person of the {stage} stage ({role}) but the relationship stage is not recorded; "
        "this stage needs at least {required}.",
    ),
    "weak_key_relationship.action_appointment": (
        "与{name}安排商务活动、到访参观或技术交流，把关系推进到约会层级；在此之前不要要求书面需求。",
        "Arrange a business event, site visit or technical exchange with {name} to reach appointment level; "
        "don't ask for written needs before that.",
    ),
    "weak_key_relationship.action_trust": (
        "争取{name}明确的个人支持（信赖）：了解其个人动机，兑现承诺，请向导帮助确认其立场。",
        "Win {name}'s explicit personal support (trust): learn their personal motive, deliver on promises, "
        "and have your coach confirm where they stand.",
    ),
    "opponent_in_power": ("{name}是{roles}，态度却是反对。", "{name} is {roles} and opposes us."),
    "opponent_in_power.action": (
        "弄清反对背后的利益与顾虑（组织动机和个人动机），用补偿或交换回应；请支持我们的高层或向导平衡其影响。",
        "Find the interests behind the opposition (organisational and personal motives) and answer them by "
        "compensation or exchange; get a senior supporter or your coach to balance their influence.",
    ),
    "single_threaded_none": (
        "没有记录任何客户联系人，无法判断采购组织中的角色和关系。",
        "No contacts are recorded, so the buying centre's roles and relationships are unknown.",
    ),
    "single_threaded_one": (
        "只有一位联系人（{name}），关系是单线的：此人一旦调岗或离职，整个客户就断了线。",
        "There is only one contact ({name}): the relationship is single-threaded and breaks if they move on.",
    ),
    "single_threaded_no_senior": (
        "所有联系人都在操作层（或未记录级别），没有管理层或决策层的联系人。",
        "Every contact is at operational level (or has no level recorded); nobody at management or decision level.",
    ),
    "single_threaded.action": (
        "梳理采购涉及的部门、负责人和汇报关系，把关系扩展到使用、技术、采购部门和高层、中层管理者。",
        "Map the departments, heads and reporting lines involved and spread the relationship to the user, "
        "technical and procurement departments and to senior and middle management.",
    ),
    "single_threaded.action_senior": (
        "请现有联系人引荐其上级，安排我方高层拜访，把关系扩展到管理层和决策层。",
        "Ask your contacts to introduce their managers and schedule a senior-management visit to reach "
        "management and decision level.",
    ),
    # --- the opportunity ----------------------------------------------------------------
    "question_opportunity": ("存在销售机会么", "is there an opportunity"),
    "question_proposal": ("有提案么", "is there a proposal to make"),
    "question_winnable": ("能赢么", "can we win"),
    "question_worth_winning": ("值得赢么", "is it worth winning"),
    "assessment_missing": (
        "没有判断销售机会：存在销售机会么、有提案么、能赢么、值得赢么，四个问题都没有回答。",
        "The opportunity is not assessed: none of the four questions (is there an opportunity, a proposal to "
        "make, can we win, is it worth winning) is answered.",
    ),
    "assessment_missing.action": (
        "逐一回答四个问题并写明理由；机会不明确时，以维持关系为主。",
        "Answer the four questions with the reason for each; with no clear opportunity, keep the relationship warm.",
    ),
    "assessment_unanswered": (
        "判断销售机会：「{question}」没有回答。",
        "Opportunity assessment: “{question}” is not answered.",
    ),
    "assessment_open": (
        "判断销售机会：「{question}」的回答是「{answer}」。",
        "Opportunity assessment: “{question}” is answered {answer}.",
    ),
    "assessment_open_why": (
        "判断销售机会：「{question}」的回答是「{answer}」（{why}）。",
        "Opportunity assessment: “{question}” is answered {answer} ({why}).",
    ),
    "assessment_open.action_opportunity": (
        "向向导确认采购计划、预算和时间；如果没有明确的机会，以维持关系为主，不要投入投标资源。",
        "Confirm the purchase plan, budget and timing with your coach; with no clear opportunity, keep the "
        "relationship warm instead of spending bid resources.",
    ),
    "assessment_open.action_proposal": (
        "了解客户是否会邀请提交方案、由谁起草采购指标；争取参与采购设计。",
        "Find out whether the customer will invite a proposal and who drafts the purchase criteria; get involved "
        "in the purchase design.",
    ),
    "assessment_open.action_winnable": (
        "对照客户的采购指标比较我方与竞争对手的优劣势，找出我方劣势影响到的人并逐一应对。",
        "Compare our strengths and weaknesses with the competitors' against the purchase criteria; find the "
        "persons our weaknesses affect and win them over one by one.",
    ),
    "assessment_open.action_worth_winning": (
        "权衡金额、利润、后续业务与赢单成本；不值得赢就维持关系，把资源投向更好的机会。",
        "Weigh size, margin and follow-on business against the cost of winning; if it is not worth it, keep the "
        "relationship warm and put the resources elsewhere.",
    ),
    "needs_goals": ("目标和愿望", "goals and aspirations"),
    "needs_problems": ("问题", "problems"),
    "needs_solutions_sought": ("解决方案", "solutions sought"),
    "needs_products_services": ("产品和服务", "products and services"),
    "needs_criteria": ("采购指标", "purchase criteria"),
    "needs_missing": (
        "客户已进入「{stage}」阶段，但简报没有记录需求，更谈不上书面确认。",
        "The customer is at the {stage} stage but no needs are recorded, let alone confirmed in writing.",
    ),
    "needs_not_written": (
        "客户已进入「{stage}」阶段，需求仍未得到书面确认。",
        "The customer is at the {stage} stage and the needs are still not confirmed in writing.",
    ),
    "needs_not_written.action": (
        "把目标和愿望、问题、解决方案、产品和服务、采购指标整理成文，请客户书面确认（邮件或会议纪要均可）。",
        "Write up the goals, problems, solutions sought, products and services and purchase criteria and have "
        "the customer confirm them in writing (an e-mail or meeting minutes will do).",
    ),
    "needs_parts_missing": ("需求五部分中缺少：{parts}。", "The needs lack these of their five parts: {parts}."),
    "needs_parts_missing.action": (
        "在下次拜访中补问缺少的部分，并一并请客户书面确认。",
        "Ask for the missing parts at the next visit and include them in the written confirmation.",
    ),
    "no_competitor_analysis": (
        "客户已进入「{stage}」阶段，但简报没有记录任何竞争对手。",
        "The customer is at the {stage} stage but no competitors are recorded.",
    ),
    "no_competitor_analysis.action": (
        "列出参与竞争的对手、各自的优势和劣势及其产品在客户处的使用情况；向导通常最清楚。",
        "List the competitors in play, their strengths and weaknesses and where their products are in use at "
        "the customer; your coach usually knows.",
    ),
    "no_our_strengths": ("竞争分析没有列出我方优势。", "The competitive analysis lists none of our strengths."),
    "no_our_weaknesses": ("竞争分析没有列出我方劣势。", "The competitive analysis lists none of our weaknesses."),
    "no_competitor_analysis.action_ours": (
        "列出我方的优势和劣势：哪些客户要求由我们的优势满足，我们的劣势影响到哪些人。",
        "List our strengths and weaknesses: which customer requirements our strengths meet and which persons "
        "our weaknesses affect.",
    ),
    "decision_date_passed": (
        "决策日期 {date} 已过去 {days} 天（今天是 {today}），商机仍未进入实施。",
        "The decision date {date} passed {days} days ago (today is {today}) and the deal is not yet in implementation.",
    ),
    "decision_date_passed.action": (
        "向客户确认新的决策时间和原因，更新阶段与决策日期；决策一再推迟往往是隐藏异议的信号。",
        "Confirm the new decision date and the reason with the customer, and update the stage and date; "
        "repeated delays often hide an objection.",
    ),
    # --- the offer ----------------------------------------------------------------------
    "section_background": ("客户背景", "background"),
    "section_challenges": ("问题和挑战", "problems and challenges"),
    "section_solution": ("解决方案", "solution"),
    "section_pricing": ("报价", "pricing"),
    "section_credentials": ("资信文件", "credentials"),
    "solution_overview": ("方案概述", "overview"),
    "solution_offerings": ("产品介绍", "products"),
    "solution_implementation": ("实施计划", "implementation plan"),
    "solution_service": ("服务体系", "service system"),
    "proposal_missing": (
        "客户已进入「{stage}」阶段，但简报中还没有建议书。",
        "The customer is at the {stage} stage but the brief has no proposal yet.",
    ),
    "proposal_missing.action": (
        "按客户背景、问题和挑战、解决方案、报价、资信文件五部分准备建议书。",
        "Prepare the proposal in its five parts: background, problems and challenges, solution, pricing, credentials.",
    ),
    "proposal_section_missing": ("建议书缺少「{section}」部分。", "The proposal lacks its {section} section."),
    "proposal_section_missing.action_background": (
        "简要写出客户的现状和趋势，突出客户面前的机会。",
        "Describe the customer's situation and trends briefly, stressing the opportunities in front of them.",
    ),
    "proposal_section_missing.action_challenges": (
        "写出客户面临的问题，以及每个问题对客户未来造成的损害。",
        "Write down the customer's problems and the harm each does to their future.",
    ),
    "proposal_section_missing.action_solution": (
        "写出方案概述、产品介绍、实施计划和服务体系。",
        "Write the overview, the products, the implementation plan and the service system.",
    ),
    "proposal_section_missing.action_pricing": (
        "为方案中的每项产品和服务报价，按类别分组并合计，让客户能看懂、能计算、能确认。",
        "Price every product and service of the solution, grouped by category and summed, so the customer can "
        "understand, calculate and confirm.",
    ),
    "proposal_section_missing.action_credentials": (
        "在卖方资料（seller.credentials）中补充资质认证、荣誉、案例和公司简介。",
        "Add certifications, awards, references and a company profile to the seller's credentials "
        "(seller.credentials).",
    ),
    "solution_parts_missing": ("解决方案缺少：{parts}。", "The solution lacks: {parts}."),
    "proposal_section_missing.action_solution_parts": (
        "补齐解决方案的四个部分：方案概述、产品介绍、实施计划、服务体系。",
        "Complete the four parts of the solution: overview, products, implementation plan, service system.",
    ),
    "challenge_without_impact": (
        "问题「{problem}」没有说明它对客户的影响。",
        "The problem “{problem}” does not say what harm it does to the customer.",
    ),
    "challenge_without_impact.action": (
        "写出这个问题造成的损害，最好量化为金额、时间或风险。",
        "State the harm it does, in money, time or risk where you can.",
    ),
    "fab_feature": ("特征", "feature"),
    "fab_advantage": ("优势", "advantage"),
    "fab_benefit": ("利益", "benefit"),
    "fab_incomplete": (
        "「{name}」的 FAB 不完整，缺少{parts}。",
        "The FAB of “{name}” is incomplete: it lacks {parts}.",
    ),
    "fab_incomplete.action": (
        "补齐特征、优势和利益；利益要落到客户的目标和问题上。",
        "Complete feature, advantage and benefit; tie the benefit to the customer's goals and problems.",
    ),
    "pricing_zero": (
        "报价项「{name}」金额为零，但不是可选项。",
        "The price item “{name}” is priced at zero but is not optional.",
    ),
    "pricing_anomaly.action_zero": (
        "填写价格；如果是赠送，应标为可选项或在谈判中作为交换条件，而不是白白让出。",
        "Enter its price; if it is a give-away, mark it optional or keep it as something to trade in the "
        "negotiation rather than give for nothing.",
    ),
    "pricing_discount": (
        "报价项「{name}」的折扣 {discount} 超过 {limit} 的上限。",
        "The price item “{name}” carries a {discount} discount, above the {limit} limit.",
    ),
    "pricing_anomaly.action_discount": (
        "降低折扣，或把折扣写成有条件的让步（如果货款一次付清……），在谈判中换取对等条件。",
        "Lower the discount, or turn it into a conditional concession (if you pay in one instalment …) "
        "traded for something in the negotiation.",
    ),
    "pricing_all_optional": (
        "所有报价项都是可选项，报价合计为零。",
        "Every price item is optional, so the quoted total is zero.",
    ),
    "pricing_anomaly.action_all_optional": (
        "把方案必需的产品和服务标为必选（去掉 optional: true）。",
        "Make the products and services the solution needs required (remove `optional: true`).",
    ),
    "pricing_over_budget": (
        "报价合计（含税）{total} 超出商机预算 {budget}，超出 {over}。",
        "The quoted total with tax, {total}, is {over} above the opportunity's budget of {budget}.",
    ),
    "pricing_anomaly.action_budget": (
        "用客户价值说明超出预算的理由，或调整方案范围、分期实施；与决策者确认预算是否可以调整。",
        "Justify the gap with customer value, or trim the scope or phase the project; check with the decision "
        "maker whether the budget can move.",
    ),
    "trade_without_exchange": (
        "让步「{give}」没有换回任何条件。没有让步，只有交换。",
        "The concession “{give}” gets nothing in return. No concession without exchange.",
    ),
    "trade_without_exchange.action": (
        "为这项让步写明交换条件（get），并用“如果……”提出，例如“如果货款一次付清，我们可以……”。",
        "Write what we get in exchange (`get`) and offer it as an “if …”: “if you pay in one instalment, we can …”.",
    ),
    "target_below_bottom_line": (
        "谈判目标 {number}「{target}」（{amount}）低于我方底线 {bottom}。",
        "Negotiation target {number}, “{target}” ({amount}), is below our bottom line of {bottom}.",
    ),
    "target_below_bottom_line.action": (
        "重新设定分层目标：目标 1、2、3 依次递减，都不低于底线；低于底线的条件宁可放弃。",
        "Reset the tiered targets: targets 1, 2, 3 descending, none below the bottom line; walk away rather "
        "than go below it.",
    ),
    "proposal_below_bottom_line": (
        "建议书报价（不含税）{total} 低于谈判底线 {bottom}。",
        "The proposal's total before tax, {total}, is below the negotiation bottom line of {bottom}.",
    ),
    "proposal_below_bottom_line.action": (
        "在谈判开始之前修正报价或底线：报价应留出让步空间，而不是一开始就低于底线。",
        "Correct the price or the bottom line before negotiating: the quote should leave room for trades, not "
        "start below the bottom line.",
    ),
    "proposal_expired": (
        "建议书有效期至 {date}，已过期 {days} 天（今天是 {today}）。",
        "The proposal was valid until {date} and expired {days} days ago (today is {today}).",
    ),
    "proposal_expired.action": (
        "确认价格和交期仍然成立，发出更新了有效期的建议书。",
        "Check that prices and lead times still hold and send the proposal again with a new validity date.",
    ),
    # --- proposal depth (responses, tender, org chart) ------------------------------------
    "criterion_unanswered": (
        "采购指标「{criterion}」在建议书中没有对应的需求响应。",
        "The purchase criterion “{criterion}” has no response in the proposal.",
    ),
    "criterion_unanswered.action": (
        "在 proposal.solution.responses 中为这条指标写明响应方式和对应的产品（criterion 与指标原文一致）。",
        "Add a line to proposal.solution.responses saying how we meet it and with which offering "
        "(`criterion` as the criterion is written).",
    ),
    "offering_without_price": (
        "产品「{name}」在报价中没有对应的报价行（名称或类别）。",
        "The offering “{name}” has no pricing line of its name or category.",
    ),
    "offering_without_price.action": (
        "为它加一行报价（名称或类别与产品一致），或说明它包含在哪一项中；客户要能逐项核对。",
        "Add a pricing line named after it (or of its category), or say which line includes it: the customer "
        "must be able to check every item.",
    ),
    "weakness_unanswered": (
        "我方劣势「{weakness}」影响决策者{names}，但还没有准备好的回答。",
        "Our weakness “{weakness}” affects the decision maker {names}, and no answer is prepared.",
    ),
    "weakness_unanswered.action": (
        "为这项劣势写好回答（answer），或在 objections 中记录对应的异议和应对，在见决策者之前准备好。",
        "Write the answer (`answer`) to this weakness, or record the objection it raises with its response, "
        "before you meet the decision maker.",
    ),
    "objection_unanswered": (
        "异议「{statement}」还没有写好应对。",
        "The objection “{statement}” has no response written.",
    ),
    "objection_unanswered.action": (
        "选择回答方法（补偿法、太极法、询问法……）和时机，写好应对；确定不回答的异议标为 timing: never。",
        "Choose the method (compensate, turn it around, ask …) and the moment, and write the response; mark an "
        "objection you will deliberately leave unanswered `timing: never`.",
    ),
    # --- key-account care ---------------------------------------------------------------
    "key_account_unvisited": (
        "关键客户最近一次拜访是 {last}，已过去 {days} 天，超过 {limit} 天。",
        "The last visit to this key account was on {last}, {days} days ago, more than {limit} days.",
    ),
    "key_account_never_visited": ("关键客户没有任何拜访记录。", "This key account has no visit on record."),
    "key_account_unvisited_planned": (
        "关键客户最近一次拜访是 {last}，已过去 {days} 天；下一次拜访计划在 {planned}。",
        "The last visit to this key account was on {last}, {days} days ago; the next is planned for {planned}.",
    ),
    "key_account_never_visited_planned": (
        "关键客户还没有拜访记录；第一次拜访计划在 {planned}。",
        "This key account has no visit on record yet; the first is planned for {planned}.",
    ),
    "key_account_unvisited.action": (
        "安排拜访并记录在简报中（不停地晃）；每季度安排一次我方高层拜访。",
        "Book a visit and log it in the brief (keep showing up); schedule a senior-management visit each quarter.",
    ),
    "key_account_unvisited.action_planned": (
        "按计划完成拜访，拜访后记录结果和下一步。",
        "Make the planned visit and log its outcome and next steps.",
    ),
    "health_points_out_flaws": ("指出我方产品的缺点", "points out our product's flaws"),
    "health_discusses_business": ("愿意与我们讨论业务问题", "discusses business problems with us"),
    "health_returns_calls": ("回复我们的电话", "returns our calls"),
    "health_thinks_we_are_best": ("认为我们是最好的", "thinks we are the best"),
    "health_no_competitor_contracts": ("不与竞争对手签约", "signs nothing with competitors"),
    "health_postpones_competitors": ("推迟与竞争对手的会谈", "postpones talks with competitors"),
    "health_blames_us_sometimes": ("有时会责备我们", "sometimes blames us"),
    "health_we_help_them_succeed": ("认为我们能帮助其成功", "thinks we help them succeed"),
    "health_avoids_competitor_products": ("不选用竞争对手的产品", "does not choose competitors' products"),
    "health_mutual_need": ("与我们相互需要", "needs us as we need them"),
    "weak_relationship_health": (
        "关系健康度只有 {score}/10，低于 {needed}。未做到：{unmet}。",
        "Relationship health is only {score}/10, below {needed}. Not yet true: {unmet}.",
    ),
    "weak_relationship_health.action": (
        "从最容易改善的一两项入手（如主动约谈业务问题、邀请其评价我方产品），安排高层拜访并在年度客户会上巩固关系。",
        "Start with the one or two checks easiest to improve (e.g. discuss their business problems, invite their "
        "criticism of our product); schedule a senior visit and use the annual key-account meeting.",
    ),
    "relationship_health_unassessed": (
        "关键客户的关系健康度（十项检查）尚未评估。",
        "The relationship health of this key account (the ten checks) is not assessed.",
    ),
    "weak_relationship_health.action_assess": (
        "在 account.relationship_health 中逐项回答十项检查（true/false）。",
        "Answer the ten checks (true/false) under account.relationship_health.",
    ),
    # --- the account plan ----------------------------------------------------------------
    "no_account_plan": (
        "这是关键客户，却没有 {year} 年的经营计划：老客户要纳入预算体系，定年度目标和销售计划。",
        "A key account without a plan for {year}: put old customers into the budget with a yearly target and a selling plan.",
    ),
    "account_plan_stale": (
        "经营计划是 {plan_year} 年的，没有 {year} 年的计划。",
        "The account plan is for {plan_year}; there is none for {year}.",
    ),
    "no_account_plan.action": (
        "在简报中写 plan:（年度、目标、份额目标、增长机会、关系目标、重点活动），再用 kam plan 生成经营计划。",
        "Add plan: to the brief (year, target, share target, growth, relationship goals, initiatives) and run kam plan.",
    ),
    "target_gap_uncovered": (
        "年度目标 {target}，去年实际 {last}，差距 {gap}；增长机会合计只有 {growth}，还差 {short}。",
        "The target is {target} against {last} last year, a gap of {gap}; the growth lines add up to {growth}, {short} short.",
    ),
    "target_gap_uncovered.action": (
        "再找增长点：一人多产品，向客户推荐尚未采购的产品和服务；或与上级重新确认目标。",
        "Find more growth: sell products and services they don't buy yet, or agree the target again with your manager.",
    ),
    "share_of_wallet_low": (
        "我方只占客户需求的 {share}（{value} / {wallet}），低于 {limit}：大部分采购给了别人。",
        "We hold only {share} of their wallet ({value} of {wallet}), below {limit}: most of what they buy goes elsewhere.",
    ),
    "share_of_wallet_low.action": (
        "弄清其余份额给了谁、为什么；在计划中列出替换竞争对手的增长机会，目标是客户占比最大化。",
        "Find out who has the rest and why; list growth lines that replace the competitor's share in the plan.",
    ),
    "unprofitable_customer": (
        "扣除服务成本后毛利为 {profit}（{value} × {margin} − {cost}）：这是不盈利的客户。",
        "Gross profit after the cost to serve is {profit} ({value} × {margin} − {cost}): the customer is unprofitable.",
    ),
    "unprofitable_customer.action": (
        "有意识地管理不盈利客户：提高价格或减少折扣、降低服务成本，或转由成本更低的渠道服务。",
        "Manage it on purpose: raise the price or cut the discounts, cut the cost to serve, or move it to a cheaper channel.",
    ),
    "owner_churn": (
        "近 {years} 年换了 {count} 任客户经理（{names}）：客户要三年不换人。",
        "{count} account managers in {years} years ({names}): keep the same account manager three years.",
    ),
    "owner_churn.action": (
        "稳定现任客户经理，补齐交接记录；由上级陪同拜访关键人物，重建信任。",
        "Keep the current manager, complete the handover record, and visit the key people with your manager to rebuild trust.",
    ),
    "relationship_goal_overdue": (
        "{name}应于{date}前达到{stage}，目前仍是{current}。",
        "{name} should have reached {stage} by {date} and is still at {current}.",
    ),
    "relationship_goal_overdue.action": (
        "安排该阶段需要的活动（约会：商务活动、本地参观、技术交流；信赖：联谊、家庭活动、异地参观；同盟：穿针引线、成为向导），并重定日期。",
        "Plan the activities the stage needs (appointment: business events, local visits, technical exchange; trust: social and family "
        "events, reference visits elsewhere; alliance: introductions, becoming our guide) and set a new date.",
    ),
    "lost_without_winback": (
        "客户已流失，但计划中没有挽回活动，也没有安排拜访。",
        "The account is lost, and neither a win-back initiative nor a visit is planned.",
    ),
    "lost_without_winback.action": (
        "按 4R 挽回：查明原因、道歉或整改、提出方案、跟进巩固；在 plan.initiatives 中加一项 win_back 并安排拜访。",
        "Win it back (4R): find the reason, apologise or fix, make an offer, follow up; add a win_back initiative and plan a visit.",
    ),
    "single_product_key_account": (
        "这个关键客户只采购过一种产品（{product}），计划中也没有其他产品的增长机会。",
        "This key account has bought one product only ({product}), and the plan has no growth line for another.",
    ),
    "single_product_growing": (
        "这个关键客户只采购过一种产品（{product}）；计划中已有其他产品的增长机会。",
        "This key account has bought one product only ({product}); the plan already has growth lines for others.",
    ),
    "single_product_key_account.action": (
        "一人多产品：挖掘老客户价值，在 plan.growth 中列出可以交叉销售的产品和服务。",
        "Sell more than one product: list the products and services to cross-sell in plan.growth.",
    ),
    # --- offer and close ------------------------------------------------------------------
    "package_empty": (
        "方案「{id} {name}」没有自己的报价行：它与其他方案无从区分。",
        "Package {id} ({name}) has no price lines of its own, so nothing sets it apart.",
    ),
    "package_empty.action": (
        "为该方案的报价行加上 package: {id}，或删除该方案。",
        "Give its price lines `package: {id}`, or remove the package.",
    ),
    "package_unknown": (
        "没有 id 为「{id}」的方案（已有：{known}）。",
        "There is no package with id {id} (known: {known}).",
    ),
    "package_unknown.action": (
        "改用已定义的方案 id，或在 pricing.packages 中补上该方案。",
        "Use a defined package id, or add the package to pricing.packages.",
    ),
    "package_recommended_many": (
        "方案「{name}」和「{first}」都标为推荐：客户只会听到一个推荐。",
        "Both {name} and {first} are marked recommended; a customer hears one recommendation.",
    ),
    "package_recommended_many.action": (
        "只保留一个 recommended: true，让客户在对比中看到我们的建议。",
        "Keep `recommended: true` on one package only.",
    ),
    "augmented_product_missing": (
        "建议书没有提到安装、质保、交货或维护：客户买的是整体产品，附加产品同样要写清楚。",
        "The proposal says nothing of installation, warranty, delivery or maintenance; "
        "the customer buys the whole product, augmented parts included.",
    ),
    "augmented_product_missing.action": (
        "在 proposal.terms 中写明交货、安装、质保和维护条款。",
        "State delivery, installation, warranty and maintenance in `proposal.terms`.",
    ),
    "value_money_only": (
        "客户投入只列了货币成本；顾客总成本还包括时间、精力和精神成本。",
        "The customer's costs list money only; total customer cost also counts time, energy and psychic cost.",
    ),
    "value_money_only.action": (
        "补上客户要付出的时间、精力和精神成本（kind: time / energy / psychic），并说明我们如何降低它们。",
        "Add the time, energy and psychic costs (`kind: time / energy / psychic`) and how we lower them.",
    ),
    "price_before_deciders": (
        "建议书已注明报价日期（{date}），但决策者{name}的关系仅为「{relationship}」，尚未达到约会层级。",
        "The proposal carries dated prices ({date}) while the decision maker {name} is only at "
        "{relationship}, below appointment.",
    ),
    "price_before_deciders.action": (
        "先用询问法与{name}建立约会层级的关系、确认需求，再谈价格。",
        "Engage {name} first (ask, confirm the needs, reach appointment level), then discuss price.",
    ),
    # --- negotiation and after signing ------------------------------------------------
    "ladder_below_bottom_line": (
        "让步阶梯第 {number} 步落到「{target}」（{amount}），低于我方底线 {bottom}。",
        "Step {number} of the concession ladder lands on “{target}” ({amount}), below our bottom line of {bottom}.",
    ),
    "ladder_below_bottom_line.action": (
        "把这一档目标提高到底线以上，或删去它；底线之下没有交易，只有替代方案。",
        "Raise this target above the bottom line or drop it; below the bottom line there is no deal, only our "
        "alternatives.",
    ),
    "ladder_rises": (
        "让步阶梯第 {number} 步不降反升：「{target}」（{amount}）高于上一档 {previous}。",
        "Step {number} of the concession ladder goes up: “{target}” ({amount}) is above the tier before it "
        "({previous}).",
    ),
    "ladder_grows": (
        "让步阶梯第 {number} 步让出 {step}（首档的 {share}），比上一步的 {previous} 还多；让步应越来越小。",
        "Step {number} of the concession ladder gives away {step} ({share} of the first target), more than the "
        "step before ({previous}); concessions must shrink.",
    ),
    "ladder_grows.action": (
        "按从高到低排列目标，让每一步都比上一步小（如 268万 → 255万 → 245万），让对方感到已接近底线。",
        "Order the targets from high to low so that every step is smaller than the last (e.g. 2.68M → 2.55M → "
        "2.45M): the other side should feel the bottom coming.",
    ),
    "no_negotiation_team": (
        "客户处于「{stage}」阶段，但没有安排谈判团队和分工。",
        "The customer is at the {stage} stage but no negotiation team with roles is set.",
    ),
    "no_negotiation_team.action": (
        "在 negotiation.team 中安排主谈、技术、商务、决策和记录等角色，谈判前统一目标、底线和让步顺序。",
        "List the team under negotiation.team (lead, technical, commercial, decision, note-taker) and agree the "
        "targets, bottom line and order of concessions before the meeting.",
    ),
    "negotiation_team_no_lead": (
        "谈判团队（{names}）中没有主谈人。",
        "The negotiation team ({names}) has no lead negotiator.",
    ),
    "no_negotiation_team.action_lead": (
        "指定一位主谈（role: lead）掌控节奏、提出和交换条件，其他人按分工配合。",
        "Name one lead negotiator (role: lead) to run the talks and make the trades; the others play their parts.",
    ),
    "receivable_overdue": (
        "应收账款 {amount} 于 {due} 到期，已逾期 {days} 天，仍有 {outstanding} 未收回。",
        "A receivable of {amount} fell due on {due}; {outstanding} is still unpaid, {days} days overdue.",
    ),
    "receivable_overdue.action": (
        "与客户财务和对接人确认付款计划和日期，拜访时当面跟进；收回后在 received 和 received_on 中记录。",
        "Agree a payment date with the customer's finance contact and follow up in person; record it under "
        "received and received_on once paid.",
    ),
    "complaint_open": (
        "投诉「{issue}」自 {date} 起已处理 {days} 天仍未关闭（超过 {limit} 天；负责人：{owner}）。",
        "The complaint “{issue}” has been open since {date}, {days} days (more than {limit}; owner: {owner}).",
    ),
    "complaint_open.action": (
        "按投诉流程推进：判断、指派、解决、审批、告知客户、执行、回顾；关闭后记录 closed_on 并回访确认满意。",
        "Move it through the complaint flow (judge, assign, solve, approve, inform the customer, act, review); "
        "record closed_on and call back to confirm they are satisfied.",
    ),
    "satisfaction_never": (
        "这是关键客户，但从未记录满意度评分（每 {months} 个月至少一次）。",
        "This key account has no satisfaction score recorded (one at least every {months} months).",
    ),
    "satisfaction_stale": (
        "关键客户最近一次满意度评分是 {date}（{score} 分），已超过 {months} 个月。",
        "The key account's last satisfaction score was on {date} ({score}), more than {months} months ago.",
    ),
    "satisfaction_unknown.action": (
        "下次拜访时请客户给出 1–5 分的满意度评分并询问原因，记录在 account.satisfaction；满意的客户可以请其转介绍。",
        "On the next visit ask for a satisfaction score from 1 to 5 and the reasons, and record it under "
        "account.satisfaction; a satisfied customer can be asked for a referral.",
    ),
}
