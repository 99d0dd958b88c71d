"""Uploads held in memory for a short while, so a rep can download several documents from one upload.

Nothing uploaded is written to disk outside the per-request temporary folder a render uses;
an entry belongs to the browser session that made it and is forgotten after its time to live.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

DEFAULT_TTL = 30 * 60
"""Seconds an upload is kept for its downloads (since its last use)."""


@dataclass
class Entry:
    """What one upload holds: its files by safe relative name, and whose it is."""

    owner: str
    files: dict[str, bytes]
    kind: str = "briefs"
    used: float = field(default_factory=time.monotonic)
    extra: dict = field(default_factory=dict)

    @property
    def size(self) -> int:
        """Return the bytes the entry holds."""
        return sum(len(data) for data in self.files.values())


class Store:
    """A bounded, thread-safe map of id → Entry, by owner; old entries go first when full."""

    def __init__(self, *, ttl: float = DEFAULT_TTL, max_entries: int = 200, max_bytes: int = 512 * 1024 * 1024):
        self.ttl = ttl
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: dict[str, Entry] = {}
        self._lock = threading.Lock()

    def put(self, entry: Entry) -> str:
        """Store `entry` and return its new unguessable id."""
        key = secrets.token_urlsafe(18)
        with self._lock:
            self._expire()
            self._entries[key] = entry
            while len(self._entries) > self.max_entries or sum(e.size for e in self._entries.values()) > self.max_bytes:
                oldest = min(self._entries, key=lambda k: self._entries[k].used)
                del self._entries[oldest]
        return key

    def get(self, key: str, owner: str) -> Entry | None:
        """Return the entry `key` of `owner` (refreshing its time), or None when unknown, expired or not theirs."""
        with self._lock:
            self._expire()
            entry = self._entries.get(key)
            if entry is None or not secrets.compare_digest(entry.owner, owner):
                return None
            entry.used = time.monotonic()
            return entry

    def forget(self, key: str, owner: str) -> None:
        """Drop the entry `key` when it is `owner`'s."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and secrets.compare_digest(entry.owner, owner):
                del self._entries[key]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def _expire(self) -> None:
        now = time.monotonic()
        for key in [k for k, e in self._entries.items() if now - e.used > self.ttl]:
            del self._entries[key]
