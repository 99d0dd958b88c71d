"""Loaders: files in, models out. The only place that reads user input files."""

from generator.load.brief import LoadedBrief, load_brief, load_brief_or_seller, load_seller  # noqa: F401
