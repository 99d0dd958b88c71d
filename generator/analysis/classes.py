"""What the archive index shows of a customer beyond its grade: its class by time (old, new, future
customer, DOMAIN §3) and how complete its record is (the five kinds of detail)."""

from __future__ import annotations

import datetime as dt

from generator.models.brief import Brief
from generator.models.enums import CustomerAge, DealStatus

NEW_CUSTOMER_DAYS = 365
"""A customer for less than a year is a new customer."""

DETAIL_KINDS = ("basic", "business", "personal", "logistics", "record")
"""The five kinds of detail a customer record holds (基本、商业、个人、后勤细节和商业记录)."""


def customer_age(brief: Brief, today: dt.date) -> CustomerAge | None:
    """Return old, new or future customer: future before a first deal (prospective, or not yet a customer),
    new within a year of `customer_since`, old after; None when the brief says too little."""
    account = brief.account
    since = account.customer_since
    if since is None or since > today:
        if account.deal_status == DealStatus("done"):
            return CustomerAge("old") if since is None else CustomerAge("future")
        if account.deal_status is not None or since is not None:
            return CustomerAge("future")
        return None
    return CustomerAge("new") if (today - since).days < NEW_CUSTOMER_DAYS else CustomerAge("old")


def filled_details(brief: Brief) -> list[str]:
    """Return which of the five kinds of detail the record fills (in DETAIL_KINDS order)."""
    account = brief.account

    def any_set(part) -> bool:
        return part is not None and any(v not in (None, "", []) for v in part.field_values().values())

    personal = any(any_set(c.personal) for c in brief.contacts)
    present = {
        "basic": any_set(account.basic),
        "business": any_set(account.business),
        "personal": personal,
        "logistics": any_set(account.logistics),
        "record": bool(account.history),
    }
    return [kind for kind in DETAIL_KINDS if present[kind]]
