"""The horoscope use cases: read, list, write, and generate what is missing. No gRPC, no SQL."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence
from typing import Protocol

from horoscope_service.model import LANGUAGES, GenerationReport, Horoscope, HoroscopeKey, Period, Sign, Written
from horoscope_service.read_cache import ReadCache
from horoscope_service.storage import HoroscopeStore
from zodiac_platform.errors import NotFound

log = logging.getLogger(__name__)


class Generator(Protocol):
    model: str

    async def write(self, key: HoroscopeKey) -> Written: ...


class Horoscopes:
    def __init__(
        self,
        store: HoroscopeStore,
        generator: Generator,
        *,
        cache: ReadCache | None = None,
        concurrency: int = 8,
    ) -> None:
        self.store = store
        self.generator = generator
        self._cache = cache or ReadCache(ttl=0)
        self._concurrency = concurrency

    async def get(self, key: HoroscopeKey) -> Horoscope:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        horoscope = await self.store.get(key)
        if horoscope is None:
            period = key.period.name.lower()
            raise NotFound(
                f"no {key.describe()} yet; generate it with "
                f"`zodiac generate --period {period} --date {key.start_date.isoformat()}` "
                "or the GenerateHoroscopes RPC"
            )
        self._cache.put(horoscope)
        return horoscope

    async def list(
        self, period: Period, day: dt.date, language: str, signs: Sequence[Sign]
    ) -> tuple[list[Horoscope], list[Sign]]:
        start = period.bounds(day)[0]
        found = await self.store.list(period, start, language, signs)
        have = {h.key.sign for h in found}
        return found, sorted(s for s in set(signs) if s not in have)

    async def upsert(self, key: HoroscopeKey, written: Written) -> Horoscope:
        self._cache.forget(key)
        horoscope, _ = await self.store.upsert(key, written)
        self._cache.forget(key)  # a read may have cached the old row while we wrote
        return horoscope

    async def generate(
        self,
        period: Period,
        day: dt.date,
        signs: Sequence[Sign],
        languages: Sequence[str],
        *,
        overwrite: bool = False,
    ) -> GenerationReport:
        start, end = period.bounds(day)
        report = GenerationReport(start_date=start, end_date=end)
        existing = set() if overwrite else await self.store.existing(period, start, languages, signs)
        keys = [
            HoroscopeKey(period, start, language, sign)
            for language in languages
            for sign in signs
            if (sign, language) not in existing
        ]
        report.skipped = len(languages) * len(signs) - len(keys)
        limit = asyncio.Semaphore(self._concurrency)

        async def one(key: HoroscopeKey) -> None:
            async with limit:
                try:
                    written = await self.generator.write(key)
                except Exception as error:  # a generator failure costs one item, never the batch
                    log.exception("generating %s failed", key.describe())
                    report.failed += 1
                    report.failures.append(f"{key.describe()}: {type(error).__name__}: {error}")
                    return
            if overwrite:
                _, created = await self.store.upsert(key, written)
                self._cache.forget(key)
                report.created += created
                report.updated += not created
            elif await self.store.insert_if_missing(key, written):
                report.created += 1
            else:  # another writer stored it first
                report.skipped += 1
                return
            report.tokens_used += written.tokens_used

        await asyncio.gather(*(one(key) for key in keys))
        log.info(
            "generated %s %s: created=%d updated=%d skipped=%d failed=%d tokens=%d",
            period.name.lower(), start, report.created, report.updated, report.skipped, report.failed,
            report.tokens_used,
        )
        return report

    async def ensure_current(self, today: dt.date) -> None:
        """Make sure today's and tomorrow's dailies and this week's weeklies exist."""
        signs = list(Sign)
        await self.generate(Period.DAILY, today, signs, LANGUAGES)
        await self.generate(Period.DAILY, today + dt.timedelta(days=1), signs, LANGUAGES)
        await self.generate(Period.WEEKLY, today, signs, LANGUAGES)
