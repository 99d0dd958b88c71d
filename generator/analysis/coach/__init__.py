"""The deal coach: rules a sales director would apply to a brief."""
