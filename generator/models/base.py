"""What every brief model shares: the strict base class and the text types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
TextList = list[Text]


class Model(BaseModel):
    """Base of every brief model: unknown keys are errors."""

    # coerce_numbers_to_str: YAML reads `phone: 13800000000` as a number; text fields take its text.
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)
