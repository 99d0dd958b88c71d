"""Enumerations of the method (DOMAIN.md), each accepting its English value or Chinese term."""

from __future__ import annotations

import enum
from typing import Any


class Term(str, enum.Enum):
    """A term of the method: its value is the English code name; Chinese terms are aliases.

    Each enum keeps its Chinese terms in `_ALIASES` (value → terms). Matching is
    case-insensitive for English and ignores spaces, hyphens and underscores.
    """

    @classmethod
    def aliases(cls) -> dict[str, list[str]]:
        """Return the Chinese terms accepted for each value."""
        return getattr(cls, "_ALIASES", {})

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
            if any(_normalise(alias) == key for alias in cls.aliases().get(member.value, [])):
                return member
        return None

    @property
    def zh(self) -> str:
        """Return the first Chinese term of this value (the one documents print)."""
        return self.aliases().get(self.value, [self.value])[0]

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):
        schema = handler(core_schema)
        schema = handler.resolve_ref_schema(schema)
        schema["enum"] = [m.value for m in cls] + [a for m in cls for a in cls.aliases().get(m.value, [])]
        if getattr(cls, "_BOOLEAN", False):
            # YAML reads `answer: yes`-like words as text but `nature: true` as a boolean.
            schema["enum"] += [True, False]
            schema.pop("type", None)
        return schema


def _normalise(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


def _term(name: str, members: dict[str, list[str]]) -> type[Term]:
    """Return a Term enum called `name` whose members map to their Chinese aliases."""
    cls = Term(name, {value.upper(): value for value in members})
    cls._ALIASES = members  # type: ignore[attr-defined]
    cls.__module__ = __name__
    return cls


Level = _term("Level", {
    "operational": ["操作层"], "management": ["管理层"], "decision": ["决策层"],
})
Function = _term("Function", {
    "user": ["使用部门", "使用"], "technical": ["技术部门", "技术"], "procurement": ["采购部门", "采购"],
    "finance": ["财务部门", "财务"], "management": ["管理部门", "管理", "高层"],
})
Role = _term("Role", {
    "initiator": ["发起人", "发起者"], "decision_maker": ["决策者", "决策人"], "user": ["使用者"],
    "designer": ["设计者"], "evaluator": ["评估者"], "influencer": ["影响者"], "approver": ["批准者"],
    "buyer": ["购买者", "采购者"], "gatekeeper": ["守门者", "守门人"],
})
Style = _term("Style", {
    "analytical": ["分析型"], "amiable": ["亲切型"], "expressive": ["表现型"], "driver": ["进取型"],
})
RelationshipStage = _term("RelationshipStage", {
    "acquaintance": ["认识"], "appointment": ["约会"], "trust": ["信赖"], "alliance": ["同盟"],
})
Attitude = _term("Attitude", {
    "supporter": ["支持者", "支持"], "neutral": ["中立者", "中立"], "opponent": ["反对者", "反对"],
})
Stage = _term("Stage", {
    "need_discovery": ["发现需求"], "deliberation": ["内部酝酿"], "design": ["采购设计"],
    "evaluation": ["评估比较"], "commitment": ["购买承诺"], "implementation": ["安装实施"],
})
Nature = _term("Nature", {
    "government": ["政府机构"], "special_company": ["特殊公司"], "ordinary_company": ["普通公司"],
    "partner": ["商业伙伴"], "individual": ["个人"],
})
DealStatus = _term("DealStatus", {
    "done": ["已交易"], "in_progress": ["正交易"], "prospective": ["将交易"],
})
Tier = _term("Tier", {
    "key": ["关键客户", "大客户", "关键"], "ordinary": ["普通客户", "一般客户", "普通"],
    "small": ["小客户", "零散客户", "小"],
})
Motivation = _term("Motivation", {
    "price": ["价格导向"], "problem": ["问题导向"], "quality": ["品质导向"], "strategy": ["战略导向"],
})
Loyalty = _term("Loyalty", {
    "price_comparer": ["比价"], "habitual": ["习惯"], "satisfied": ["满意"], "emotional": ["情感"],
    "loyal": ["忠诚"],
})
Answer = _term("Answer", {
    "yes": ["是", "能", "有", "值得", "true"], "no": ["否", "不能", "没有", "不值得", "false"],
    "unknown": ["未知", "不确定", "待定"],
})
ObjectionType = _term("ObjectionType", {
    "need": ["需求"], "price": ["价格"], "product": ["产品"], "timing": ["购买时间", "时间"],
    "salesperson": ["销售员"], "service": ["服务"], "payment": ["支付能力", "支付"],
})
ObjectionNature = _term("ObjectionNature", {
    "true": ["真", "真异议"], "false": ["假", "假异议"], "hidden": ["隐藏", "隐藏异议"],
})
ObjectionMethod = _term("ObjectionMethod", {
    "ignore": ["忽视法"], "compensate": ["补偿法"], "turn_around": ["太极法"], "ask": ["询问法"],
    "yes_if": ["是的……如果", "是的如果", "是的…如果"], "refute": ["直接反驳法", "反驳法"],
})
ObjectionTiming = _term("ObjectionTiming", {
    "before": ["提前"], "immediately": ["立即", "即时"], "later": ["推迟", "以后"], "never": ["不回答"],
})
Answer._BOOLEAN = True  # type: ignore[attr-defined]
ObjectionNature._BOOLEAN = True  # type: ignore[attr-defined]

ServiceKind = _term("ServiceKind", {
    "pre_sale": ["售前"], "in_sale": ["售中"], "after_sale": ["售后"],
})
Language = _term("Language", {"zh": ["中文", "zh-CN", "zh_cn"], "en": ["英文", "English", "en-US", "en_us"]})

# Orders that analysis compares against (earlier < later).
STAGE_ORDER = list(Stage)
RELATIONSHIP_ORDER = list(RelationshipStage)
LEVEL_ORDER = list(Level)
