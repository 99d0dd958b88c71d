"""The parts of a brief that answer the customer point by point: responses to the purchase
criteria, the tender's deviation tables and qualifications (customer-facing), and the
competitive mapping of our strengths and weaknesses (internal)."""

from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from generator.models.base import Model, Required, Text, TextList
from generator.models.enums import Deviation


class Response(Model):
    """How the solution meets one purchase criterion (需求响应)."""

    criterion: Required = Field(description="The purchase criterion, as in opportunity.needs.criteria")
    response: Text | None = Field(None, description="How we meet it")
    offering: Text | None = Field(None, description="The offering (proposal.solution.offerings[].name) that meets it")
    deviation: Deviation | None = Field(None, description="none | better | worse (无偏离 / 正偏离 / 负偏离)")
    note: Text | None = None


class TenderLine(Model):
    """One row of a deviation table (偏离表): the tender's clause and requirement, our answer."""

    clause: Text | None = Field(None, description='The tender document\'s clause number, e.g. "3.2.1" (quote it)')
    requirement: Required
    response: Text | None = None
    deviation: Deviation | None = Field(None, description="none | better | worse (无偏离 / 正偏离 / 负偏离)")
    note: Text | None = None


class Tender(Model):
    """A bid (投标): the technical and commercial deviation tables and the qualification checklist."""

    number: Text | None = Field(None, description="The tender's number (招标编号)")
    technical: list[TenderLine] = Field([], description="技术偏离表")
    commercial: list[TenderLine] = Field([], description="商务偏离表")
    qualifications: TextList = Field([], description="资格文件清单: the documents the bid encloses")


def _text_as_mapping(value: Any) -> Any:
    """Return a plain string (or number) as {text: …}, so a list may mix strings and mappings."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return {"text": str(value)}
    return value


class Strength(Model):
    """One of our strengths and the purchase criteria it meets (internal)."""

    text: Required
    criteria: TextList = Field([], description="The purchase criteria (opportunity.needs.criteria) this strength meets")


class Weakness(Model):
    """One of our weaknesses and the people it affects (internal)."""

    text: Required
    affects: list[Text] = Field([], description="Ids of the contacts this weakness affects")
    answer: Text | None = Field(None, description="The prepared answer when it comes up")


StrengthItem = Annotated[Strength, BeforeValidator(_text_as_mapping, json_schema_input_type=str | Strength)]
WeaknessItem = Annotated[Weakness, BeforeValidator(_text_as_mapping, json_schema_input_type=str | Weakness)]
