"""What the preflight tests share: kam's own documents, rendered once from the examples."""

from __future__ import annotations

import pytest

from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.deck.notes import presenter_notes
from generator.render.proposal.document import render_proposal


@pytest.fixture(scope="session")
def documents(zh_brief, en_brief, zh_plain_brief):
    """Return {language: {"proposal", "deck", "presenter": bytes}} rendered from the examples."""
    out = {}
    # The zh deck from the price list without packages: its pricing slide carries a native chart to edit.
    for language, brief in (("zh", zh_plain_brief), ("en", en_brief.brief)):
        view = customer_view(brief)
        out[language] = {
            "proposal": render_proposal(view),
            "deck": render_deck(view),
            "presenter": render_deck(view, notes=presenter_notes(brief)),
        }
    return out
