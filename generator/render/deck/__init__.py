"""The PowerPoint pitch deck (customer-facing) and its presenter copy."""
