"""The Word proposal (customer-facing)."""
