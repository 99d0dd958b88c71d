"""Enumerations of the method (DOMAIN.md), each accepting its English value or Chinese term."""

from __future__ import annotations

import enum
import unicodedata
from typing import Any


class Term(str, enum.Enum):
    """A term of the method: its value is the English code name; Chinese terms are aliases.

    A member is written `KEY = "key", "关键客户", "大客户"`: the value, then the other words
    accepted for it (the first is the Chinese term documents print). Matching is
    case-insensitive for English and ignores spaces, hyphens and underscores.
    """

    _value_: str
    _synonyms: tuple[str, ...]

    def __new__(cls, value: str, *synonyms: str) -> Term:
        member = str.__new__(cls, value)
        member._value_ = value
        member._synonyms = synonyms
        return member

    @classmethod
    def aliases(cls) -> dict[str, list[str]]:
        """Return the other words accepted for each value (Chinese terms first)."""
        return {member.value: list(member._synonyms) for member in cls}

    @classmethod
    def boolean(cls) -> bool:
        """Return True when YAML booleans (`true`/`false`) are values of this term."""
        return False

    @classmethod
    def _missing_(cls, value: Any):
        if isinstance(value, bool):
            value = "true" if value else "false"
        if not isinstance(value, str):
            return None
        key = _normalise(value)
        for member in cls:
            if _normalise(member.value) == key:
                return member
            if any(_normalise(alias) == key for alias in member._synonyms):
                return member
        return None

    @property
    def zh(self) -> str:
        """Return the first Chinese term of this value (the one documents print)."""
        return self._synonyms[0] if self._synonyms else self.value

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):
        schema = handler(core_schema)
        schema = handler.resolve_ref_schema(schema)
        schema["enum"] = [m.value for m in cls] + [a for m in cls for a in cls.aliases().get(m.value, [])]
        if cls.boolean():
            # YAML reads `answer: yes`-like words as text but `nature: true` as a boolean.
            schema["enum"] += [True, False]
            schema.pop("type", None)
        return schema


def _normalise(text: str) -> str:
    # NFKC: full-width letters and digits from Excel or WPS (Ａ类, ｋｅｙ) match their ordinary forms.
    text = unicodedata.normalize("NFKC", text)
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


class Level(Term):
    """Organisation level of a stakeholder (级别)."""

    OPERATIONAL = "operational", "操作层", "执行层", "基层"
    MANAGEMENT = "management", "管理层", "中层", "中层管理"
    DECISION = "decision", "决策层", "高层", "领导层"


class Function(Term):
    """Function of a stakeholder (职能)."""

    USER = "user", "使用部门", "使用"
    TECHNICAL = "technical", "技术部门", "技术"
    PROCUREMENT = "procurement", "采购部门", "采购"
    FINANCE = "finance", "财务部门", "财务"
    MANAGEMENT = "management", "管理部门", "管理", "高层"


class Role(Term):
    """Buying-centre role (角色)."""

    INITIATOR = "initiator", "发起人", "发起者", "倡议者"
    DECISION_MAKER = "decision_maker", "决策者", "决策人", "拍板人"
    USER = "user", "使用者", "用户"
    DESIGNER = "designer", "设计者"
    EVALUATOR = "evaluator", "评估者", "评估人"
    INFLUENCER = "influencer", "影响者", "影响人"
    APPROVER = "approver", "批准者", "批准人", "审批人"
    BUYER = "buyer", "购买者", "采购者", "采购人"
    GATEKEEPER = "gatekeeper", "守门者", "守门人", "把关者"


class Style(Term):
    """Communication style (沟通风格)."""

    ANALYTICAL = "analytical", "分析型"
    AMIABLE = "amiable", "亲切型", "友善型", "和蔼型", "友好型"
    EXPRESSIVE = "expressive", "表现型", "表达型"
    DRIVER = "driver", "进取型", "支配型", "驱动型", "控制型"


class RelationshipStage(Term):
    """Relationship stage with a person (关系阶段)."""

    ACQUAINTANCE = "acquaintance", "认识", "初识"
    APPOINTMENT = "appointment", "约会", "约见"
    TRUST = "trust", "信赖", "信任"
    ALLIANCE = "alliance", "同盟", "盟友"


class Attitude(Term):
    """Attitude towards us (态度)."""

    SUPPORTER = "supporter", "支持者", "支持", "支持型"
    NEUTRAL = "neutral", "中立者", "中立", "中立型"
    OPPONENT = "opponent", "反对者", "反对", "反对型"


class Stage(Term):
    """Buying stage of the opportunity (采购阶段)."""

    NEED_DISCOVERY = "need_discovery", "发现需求", "需求发现", "需求阶段"
    DELIBERATION = "deliberation", "内部酝酿", "酝酿"
    DESIGN = "design", "采购设计", "方案设计"
    EVALUATION = "evaluation", "评估比较", "评估选择", "方案评估"
    COMMITMENT = "commitment", "购买承诺", "承诺", "商务谈判"
    IMPLEMENTATION = "implementation", "安装实施", "实施", "交付实施"


class Nature(Term):
    """Customer classification by nature (客户性质)."""

    GOVERNMENT = "government", "政府机构", "政府", "事业单位"
    SPECIAL_COMPANY = "special_company", "特殊公司"
    ORDINARY_COMPANY = "ordinary_company", "普通公司", "企业", "一般企业"
    PARTNER = "partner", "商业伙伴", "合作伙伴"
    INDIVIDUAL = "individual", "个人", "个人客户"


class DealStatus(Term):
    """Customer classification by deal (交易状态)."""

    DONE = "done", "已交易", "已成交", "成交客户"
    IN_PROGRESS = "in_progress", "正交易", "交易中", "跟进中"
    PROSPECTIVE = "prospective", "将交易", "潜在客户", "意向客户"


class Tier(Term):
    """Customer tier in the pyramid (客户等级)."""

    # DOMAIN.md wins over issue 12's list: 一般客户 is ORDINARY (§3 "大客户 key, 一般客户
    # ordinary, 零散客户 occasional"; §4 关键客户/普通客户/小客户), so the tiers' words are
    # key ← 关键客户/重点客户/大客户/A类/A, ordinary ← 普通客户/一般客户/B类/B,
    # small ← 小客户/零散客户/C类/C (the A/B/C classes Chinese CRMs export).
    KEY = "key", "关键客户", "重点客户", "大客户", "A类", "A", "A类客户", "关键", "重点"
    ORDINARY = "ordinary", "普通客户", "一般客户", "B类", "B", "B类客户", "普通", "一般"
    SMALL = "small", "小客户", "零散客户", "C类", "C", "C类客户", "小", "零散"


class Motivation(Term):
    """Customer motivation type (购买动机)."""

    PRICE = "price", "价格导向"
    PROBLEM = "problem", "问题导向"
    QUALITY = "quality", "品质导向"
    STRATEGY = "strategy", "战略导向"


class Loyalty(Term):
    """Loyalty ladder step (忠诚度)."""

    PRICE_COMPARER = "price_comparer", "比价"
    HABITUAL = "habitual", "习惯"
    SATISFIED = "satisfied", "满意"
    EMOTIONAL = "emotional", "情感"
    LOYAL = "loyal", "忠诚"


class Answer(Term):
    """Answer to one of the four assessment questions."""

    YES = "yes", "是", "能", "有", "值得", "true"
    NO = "no", "否", "不能", "没有", "不值得", "false"
    UNKNOWN = "unknown", "未知", "不确定", "待定"

    @classmethod
    def boolean(cls) -> bool:
        """Return True: YAML reads `nature: true`-like words as booleans, which this term accepts."""
        return True


class ObjectionType(Term):
    """Objection by content (异议类型)."""

    NEED = "need", "需求"
    PRICE = "price", "价格"
    PRODUCT = "product", "产品"
    TIMING = "timing", "购买时间", "时间"
    SALESPERSON = "salesperson", "销售员"
    SERVICE = "service", "服务"
    PAYMENT = "payment", "支付能力", "支付"


class ObjectionNature(Term):
    """Objection by nature (真/假/隐藏)."""

    TRUE = "true", "真", "真异议"
    FALSE = "false", "假", "假异议"
    HIDDEN = "hidden", "隐藏", "隐藏异议"

    @classmethod
    def boolean(cls) -> bool:
        """Return True: YAML reads `nature: true`-like words as booleans, which this term accepts."""
        return True


class ObjectionMethod(Term):
    """Method of answering an objection."""

    IGNORE = "ignore", "忽视法"
    COMPENSATE = "compensate", "补偿法"
    TURN_AROUND = "turn_around", "太极法"
    ASK = "ask", "询问法"
    YES_IF = "yes_if", "是的……如果", "是的如果", "是的…如果"
    REFUTE = "refute", "直接反驳法", "反驳法"


class ObjectionTiming(Term):
    """When to answer an objection."""

    BEFORE = "before", "提前"
    IMMEDIATELY = "immediately", "立即", "即时"
    LATER = "later", "推迟", "以后"
    NEVER = "never", "不回答"


class Deviation(Term):
    """How a bid's answer stands against a requirement (偏离): none, better or worse."""

    NONE = "none", "无偏离", "无", "满足", "完全满足"
    BETTER = "better", "正偏离", "优于", "超出"
    WORSE = "worse", "负偏离", "低于", "不满足"


class ServiceKind(Term):
    """Kind of service (售前/售中/售后)."""

    PRE_SALE = "pre_sale", "售前"
    IN_SALE = "in_sale", "售中"
    AFTER_SALE = "after_sale", "售后"


class ServiceMode(Term):
    """Where a service is delivered (定点/流动: at the customer's site, remotely, or mobile)."""

    ON_SITE = "on_site", "现场", "定点", "上门"
    REMOTE = "remote", "远程"
    MOBILE = "mobile", "流动", "巡回"


class Charge(Term):
    """Whether a service is free or paid (免费/收费)."""

    FREE = "free", "免费"
    PAID = "paid", "收费", "付费"


class BenefitKind(Term):
    """Kind of customer value (总顾客价值: 产品/服务/人员/形象价值)."""

    PRODUCT = "product", "产品价值", "产品"
    SERVICE = "service", "服务价值", "服务"
    PERSONNEL = "personnel", "人员价值", "人员"
    IMAGE = "image", "形象价值", "形象"


class CostKind(Term):
    """Kind of customer cost (总顾客成本: 货币/时间/精力/精神成本)."""

    MONEY = "money", "货币成本", "货币"
    TIME = "time", "时间成本", "时间"
    ENERGY = "energy", "精力成本", "精力", "体力成本"
    PSYCHIC = "psychic", "精神成本", "精神", "心理成本"


class ClosingMethod(Term):
    """How to ask for the order at the commitment stage (成交方法)."""

    DIRECT = "direct", "直接建议法", "直接建议", "直接法"
    ALTERNATIVE = "alternative", "选择法", "二选一法"
    CONCESSION = "concession", "让步法", "让步"
    AGREEMENT = "agreement", "达成协议法", "达成协议", "协议法"


class NegotiationRole(Term):
    """A role in our negotiation team (谈判分工)."""

    LEAD = "lead", "主谈", "主谈人"
    TECHNICAL = "technical", "技术", "技术支持"
    COMMERCIAL = "commercial", "商务"
    DECISION = "decision", "决策", "决策人"
    NOTE_TAKER = "note_taker", "记录", "记录员", "note-taker"


class ComplaintStatus(Term):
    """Where a complaint stands in the service loop (投诉状态)."""

    OPEN = "open", "处理中", "未结"
    CLOSED = "closed", "已关闭", "已结"


class Language(Term):
    """Language of the generated documents."""

    ZH = "zh", "中文", "zh-CN", "zh_cn"
    EN = "en", "英文", "English", "en-US", "en_us"


# Orders that analysis compares against (earlier < later).
STAGE_ORDER = list(Stage)
RELATIONSHIP_ORDER = list(RelationshipStage)
LEVEL_ORDER = list(Level)

KEY_ROLE: dict[Stage, Role] = {
    Stage("need_discovery"): Role("initiator"),
    Stage("deliberation"): Role("decision_maker"),
    Stage("design"): Role("designer"),
    Stage("evaluation"): Role("evaluator"),
    Stage("commitment"): Role("decision_maker"),
    Stage("implementation"): Role("user"),
}
"""The key person of each buying stage (the method's table of stages and roles)."""


# --- account plan -----------------------------------------------------------------------


class AccountStatus(Term):
    """Whether the customer still buys (客户状态)."""

    ACTIVE = "active", "活跃"
    DORMANT = "dormant", "休眠"
    LOST = "lost", "流失", "已流失"


class ChannelKind(Term):
    """How the account buys from us (销售渠道)."""

    DIRECT = "direct", "直销"
    DEALER = "dealer", "经销", "经销商"
    AGENT = "agent", "代理", "代理商"
    INTEGRATOR = "integrator", "集成商", "系统集成商"
    ONLINE = "online", "线上", "电商"
    BROKER = "broker", "居间", "居间商"
    CONSIGNMENT = "consignment", "代销"


class Concern(Term):
    """What a person weighs most in a purchase (关注点)."""

    PRICE = "price", "价格"
    FUNCTION = "function", "功能"
    VALUE = "value", "性价比"


class GrowthStatus(Term):
    """Where a growth opportunity in the account stands."""

    IDEA = "idea", "设想", "构想"
    PROPOSED = "proposed", "已提案", "提案"
    WON = "won", "已赢单", "赢单", "已赢得"
    LOST = "lost", "已丢单", "丢单", "未成"


class InitiativeKind(Term):
    """Service initiatives for a key account (the ten rules of DOMAIN §5, and win-back)."""

    PILOT = "pilot", "新品试用", "试点"
    CO_DESIGN = "co_design", "共同设计促销", "联合设计"
    JOINT_PROMOTION = "joint_promotion", "联合推广", "联合促销"
    REWARD = "reward", "特别奖励", "奖励"
    TRAINING = "training", "培训"
    ANNUAL_MEETING = "annual_meeting", "年度大客户会议", "年会"
    SENIOR_VISIT = "senior_visit", "高层拜访"
    WIN_BACK = "win_back", "客户挽回", "挽回"


class Festival(Term):
    """Festivals a care occasion may name; lunar ones move with the lunar calendar."""

    NEW_YEAR = "new_year", "元旦", "New Year's Day", "New Year"
    SPRING_FESTIVAL = "spring_festival", "春节", "Chinese New Year", "Lunar New Year", "Spring Festival"
    LANTERN = "lantern", "元宵", "元宵节", "Lantern Festival"
    DRAGON_BOAT = "dragon_boat", "端午", "端午节", "Dragon Boat Festival"
    MID_AUTUMN = "mid_autumn", "中秋", "中秋节", "Mid-Autumn Festival", "Moon Festival"
    DOUBLE_NINTH = "double_ninth", "重阳", "重阳节", "Double Ninth Festival"
    NATIONAL_DAY = "national_day", "国庆", "国庆节", "National Day"
    CHRISTMAS = "christmas", "圣诞", "圣诞节", "Christmas"


class CustomerAge(Term):
    """Customer classification by time (按时间: 老客户/新客户/未来客户)."""

    OLD = "old", "老客户"
    NEW = "new", "新客户"
    FUTURE = "future", "未来客户"
