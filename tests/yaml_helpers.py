"""Write small briefs for tests and load them through the real loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.load import load_brief
from generator.models import Brief

SELLER = {"name": "测试卖方有限公司", "short_name": "测试卖方", "contact": {"name": "李明", "phone": "138"}}


def brief_with(folder: Path, **sections: Any) -> Brief:
    """Return the Brief loaded from a YAML file holding `sections` (a minimal valid brief otherwise)."""
    data = {"brief": 1, "seller": SELLER, "account": {"name": "客户有限公司"}}
    data.update(sections)
    path = Path(folder) / "brief.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")  # JSON is YAML
    return load_brief(path).brief
