"""The label catalogue: `generator/i18n/labels/<namespace>.py`, each LABELS = {key: (zh, en)}."""

from __future__ import annotations

import importlib
from functools import cache


@cache
def labels(namespace: str) -> dict[str, tuple[str, str]]:
    """Return the labels of one namespace (the module generator.i18n.labels.<namespace>)."""
    return importlib.import_module(f"generator.i18n.labels.{namespace}").LABELS


def label_pair(key: str) -> tuple[str, str]:
    """Return the (zh, en) pair of the catalogue label `namespace.key`, or raise KeyError."""
    namespace, _, name = key.partition(".")
    try:
        return labels(namespace)[name]
    except (ModuleNotFoundError, KeyError):
        raise KeyError(f"no label {key!r} in the catalogue") from None
