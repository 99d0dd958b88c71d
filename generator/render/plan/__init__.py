"""The key-account plan (大客户经营计划)."""
