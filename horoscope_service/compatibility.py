"""Compatibility readings: read as stored, written once on first need. No gRPC, no SQL.

A pair's reading and a day's note for it never change once stored, so they are kept in memory
without expiry (78 pairs x 6 languages; day notes in a bounded cache). Day notes are stored for
days near today (`NOTE_WINDOW`), where nearly every request falls; further days are composed on
request, the same way, so a caller cannot grow the table by walking the calendar.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging

from horoscope_service import compatibility_text
from horoscope_service.compatibility_storage import CompatibilityStore
from horoscope_service.model import LANGUAGES, PREMIUM_PAIR_SECTIONS, Compatibility, PairKey, PairReading, Sign
from horoscope_service.phrasebooks import phrasebook
from horoscope_service.premium import Premium
from horoscope_service.sky import sky_for
from zodiac_platform.ttl_cache import TtlCache

log = logging.getLogger(__name__)
NOTE_WINDOW = (dt.timedelta(days=-7), dt.timedelta(days=62))
ALL_PAIRS = tuple(itertools.combinations_with_replacement(Sign, 2))  # 78


class Compatibilities:
    def __init__(self, store: CompatibilityStore, premium: Premium | None = None) -> None:
        self.store = store
        self._premium = premium or Premium(None)
        self._readings: dict[PairKey, PairReading] = {}
        self._notes: TtlCache[tuple[dt.date, PairKey], str] = TtlCache(ttl=24 * 3600, max_entries=10_000)

    async def reading(self, key: PairKey) -> PairReading:
        """The stored reading of a pair, stored first if nobody has yet."""
        reading = self._readings.get(key)
        if reading is None:
            reading = await self.store.get(key)
            if reading is None:
                await self.store.insert_missing([self._compose(key)])
                reading = await self.store.get(key)
                assert reading is not None  # stored just now, or by whoever stored it first; never deleted
            self._readings[key] = reading
        return reading

    @staticmethod
    def _compose(key: PairKey) -> PairReading:
        return PairReading(key, compatibility_text.compose_pair(key), compatibility_text.MODEL)

    async def day_note(self, key: PairKey, day: dt.date, today: dt.date) -> str:
        note = self._notes.get((day, key))
        if note is not None:
            return note
        sky = await asyncio.to_thread(sky_for, day, day)
        note = compatibility_text.compose_day_note(key, day, sky, phrasebook(key.language).in_signs)
        if today + NOTE_WINDOW[0] <= day <= today + NOTE_WINDOW[1]:
            note = await self.store.keep_day_note(day, key, note, compatibility_text.MODEL)
            self._notes.put((day, key), note)
        return note

    async def read(
        self,
        sign: Sign,
        partner: Sign,
        language: str,
        *,
        day: dt.date | None,
        today: dt.date,
        user_id: str,
        time_left: float | None,
    ) -> Compatibility:
        """The reading as `user_id` may see it, in the order asked, with `day`'s note if asked."""
        key = PairKey.of(sign, partner, language)
        reading = await self.reading(key)
        note = await self.day_note(key, day, today) if day is not None else ""
        entitled, degraded = await self._premium.opens_for(user_id, time_left)
        locked = () if entitled else PREMIUM_PAIR_SECTIONS
        return Compatibility(sign, partner, reading, day, note, locked, degraded)

    async def ensure_all(self, today: dt.date) -> int:
        """Store every pair's reading in every language that is missing; prune old day notes.
        Returns how many readings were stored."""
        existing = await self.store.existing(list(LANGUAGES))
        every = (PairKey(first, second, language) for language in LANGUAGES for first, second in ALL_PAIRS)
        missing = [self._compose(key) for key in every if key not in existing]
        stored = await self.store.insert_missing(missing) if missing else 0
        pruned = await self.store.prune_day_notes(today + NOTE_WINDOW[0])
        if stored or pruned:
            log.info("compatibility: stored %d readings, pruned %d old day notes", stored, pruned)
        return stored
