"""A small time-bounded cache of stored horoscopes, for reads.

Horoscopes are written once a period and read all day, so a read hitting PostgreSQL every time
spends most of its work on the round trip. Writes through this process drop the entry at once;
a write made by another replica shows here within `ttl` seconds. Misses are never cached, so
newly generated content is visible immediately everywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from horoscope_service.model import Horoscope, HoroscopeKey


class ReadCache:
    def __init__(self, ttl: float, max_entries: int = 20_000, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._entries: dict[HoroscopeKey, tuple[float, Horoscope]] = {}

    def get(self, key: HoroscopeKey) -> Horoscope | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, horoscope = entry
        if self._clock() >= expires:
            del self._entries[key]
            return None
        return horoscope

    def put(self, horoscope: Horoscope) -> None:
        if self._ttl <= 0:
            return
        if len(self._entries) >= self._max:
            del self._entries[next(iter(self._entries))]  # the oldest insertion
        self._entries[horoscope.key] = (self._clock() + self._ttl, horoscope)

    def forget(self, key: HoroscopeKey) -> None:
        self._entries.pop(key, None)
