"""Loaders: files in, models out. The only place that reads user input files."""

from generator.load.brief import LoadedBrief, is_seller_file, load_brief, load_seller  # noqa: F401
