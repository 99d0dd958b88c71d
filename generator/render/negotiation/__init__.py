"""The negotiation plan (谈判预案): internal, one page, on the report template."""
