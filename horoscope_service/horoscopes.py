"""The horoscope use cases: read, list, write, and generate what is missing. No gRPC, no SQL."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from horoscope_service.model import (
    LANGUAGES,
    PREMIUM_SECTIONS,
    GenerationReport,
    Horoscope,
    HoroscopeKey,
    Period,
    Sign,
    Written,
)
from horoscope_service.premium import Premium
from horoscope_service.storage import HoroscopeStore
from zodiac_platform.errors import NotFound
from zodiac_platform.ttl_cache import TtlCache

log = logging.getLogger(__name__)


class Generator(Protocol):
    model: str

    async def write(self, key: HoroscopeKey) -> Written: ...


class GenerationObserver(Protocol):
    def record_generation(self, period: Period, report: GenerationReport) -> None: ...

    def record_content(self, latest_daily: dt.date | None, missing_today: int) -> None: ...

    def record_read(self, key: HoroscopeKey) -> None: ...


def free_edition(horoscope: Horoscope, *, degraded: bool = False) -> Horoscope:
    """The horoscope with its premium sections withheld (and listed as locked)."""
    return replace(horoscope, locked_sections=PREMIUM_SECTIONS, degraded=degraded)


class Horoscopes:
    def __init__(
        self,
        store: HoroscopeStore,
        generator: Generator,
        *,
        cache: TtlCache[HoroscopeKey, Horoscope] | None = None,
        premium: Premium | None = None,
        observer: GenerationObserver | None = None,
        concurrency: int = 8,
        replica_lag: float = 5.0,
    ) -> None:
        self.store = store
        self.generator = generator
        self._premium = premium or Premium(None)
        self._observer = observer
        # Horoscopes are written once a period and read all day: reads are served from here for a
        # while. A committed write by any replica drops the entry everywhere (`written`, fed by
        # PostgreSQL NOTIFY); while that feed is down nothing is cached (`track_writes`). Misses are
        # never cached, so new content is visible at once. `_epoch` counts invalidations: a read
        # caches what it loaded only if none happened while it was loading.
        self._cache: TtlCache[HoroscopeKey, Horoscope] = cache or TtlCache(ttl=0)
        self._caching = True
        self._epoch = 0
        self._loading: dict[HoroscopeKey, asyncio.Task[Horoscope | None]] = {}
        # Keys written lately, read from the primary for `replica_lag` seconds (a standby may not
        # have replayed the write yet).
        self._replica_lag = replica_lag
        self._written_at: dict[HoroscopeKey, float] = {}
        self._concurrency = concurrency

    def written(self, key: HoroscopeKey) -> None:
        """Some replica committed a write of `key`."""
        self._epoch += 1
        self._cache.forget(key)
        now = time.monotonic()
        if len(self._written_at) > 10_000:  # forget what no standby can still be behind on
            self._written_at = {k: t for k, t in self._written_at.items() if now - t < self._replica_lag}
        self._written_at[key] = now

    def _fresh(self, key: HoroscopeKey) -> bool:
        written = self._written_at.get(key)
        return written is not None and time.monotonic() - written < self._replica_lag

    def track_writes(self, tracking: bool) -> None:
        """Whether `written` hears of every write: caching is safe only while it does."""
        self._epoch += 1
        self._cache.clear()
        self._caching = tracking

    def _keep(self, horoscope: Horoscope, epoch: int) -> None:
        if self._caching and epoch == self._epoch:
            self._cache.put(horoscope.key, horoscope)

    async def _load(self, key: HoroscopeKey) -> Horoscope | None:
        epoch = self._epoch
        horoscope = await self.store.get(key, fresh=self._fresh(key))
        if horoscope is not None:
            self._keep(horoscope, epoch)
        return horoscope

    async def get(self, key: HoroscopeKey) -> Horoscope:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        # Single flight: concurrent misses for one key share one query.
        loading = self._loading.get(key)
        if loading is None:
            loading = self._loading[key] = asyncio.ensure_future(self._load(key))
            loading.add_done_callback(lambda done: self._loaded(key, done))
        horoscope = await asyncio.shield(loading)
        if horoscope is None:
            period = key.period.name.lower()
            raise NotFound(
                f"no {key.describe()} yet; generate it with "
                f"`zodiac generate --period {period} --date {key.start_date.isoformat()}` "
                "or the GenerateHoroscopes RPC"
            )
        return horoscope

    def _loaded(self, key: HoroscopeKey, done: asyncio.Future[Horoscope | None]) -> None:
        self._loading.pop(key, None)
        if not done.cancelled():
            done.exception()  # retrieved here too: every waiter may have gone

    async def read(self, key: HoroscopeKey, user_id: str, time_left: float | None) -> Horoscope:
        """The horoscope as `user_id` may see it: premium sections only for the entitled (`Premium`)."""
        horoscope = await self.get(key)
        if self._observer is not None:
            self._observer.record_read(key)
        entitled, degraded = await self._premium.opens_for(user_id, time_left)
        return horoscope if entitled else free_edition(horoscope, degraded=degraded)

    async def list(
        self, period: Period, day: dt.date, language: str, signs: Sequence[Sign]
    ) -> tuple[list[Horoscope], list[Sign]]:
        start = period.bounds(day)[0]
        found: dict[Sign, Horoscope] = {}
        for sign in signs:
            cached = self._cache.get(HoroscopeKey(period, start, language, sign))
            if cached is not None:
                found[sign] = cached
        missing = [s for s in signs if s not in found]
        if missing:
            epoch = self._epoch
            fresh = any(self._fresh(HoroscopeKey(period, start, language, s)) for s in missing)
            for horoscope in await self.store.list(period, start, language, missing, fresh=fresh):
                found[horoscope.key.sign] = horoscope
                self._keep(horoscope, epoch)
        listed = [free_edition(found[s]) for s in sorted(found)]
        return listed, sorted(s for s in set(signs) if s not in found)

    async def upsert(self, key: HoroscopeKey, written: Written) -> Horoscope:
        horoscope, _ = await self.store.upsert(key, written)
        self.written(key)  # at once here; other replicas hear it through the store's notification
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
                self.written(key)
                report.created += created
                report.updated += not created
            elif await self.store.insert_if_missing(key, written):
                report.created += 1
            else:  # another writer stored it first
                report.skipped += 1
                return
            report.tokens_used += written.tokens_used

        await asyncio.gather(*(one(key) for key in keys))
        if self._observer is not None:
            self._observer.record_generation(period, report)
        log.info(
            "generated %s %s: created=%d updated=%d skipped=%d failed=%d tokens=%d",
            period.name.lower(), start, report.created, report.updated, report.skipped, report.failed,
            report.tokens_used,
        )
        return report

    async def today_is_complete(self, today: dt.date) -> bool:
        """Are all of today's daily horoscopes stored? (The stale-content health signal.)"""
        stored = len(await self.store.existing(Period.DAILY, today, LANGUAGES, list(Sign)))
        missing = len(LANGUAGES) * len(Sign) - stored
        if self._observer is not None:
            self._observer.record_content(await self.store.latest_start(Period.DAILY), missing)
        return missing == 0

    async def ensure_current(self, today: dt.date) -> None:
        """Make sure today's and tomorrow's dailies, this week's weeklies and this and next month's
        monthlies exist."""
        signs = list(Sign)
        next_month = Period.MONTHLY.bounds(today)[1] + dt.timedelta(days=1)
        await self.generate(Period.DAILY, today, signs, LANGUAGES)
        await self.generate(Period.DAILY, today + dt.timedelta(days=1), signs, LANGUAGES)
        await self.generate(Period.WEEKLY, today, signs, LANGUAGES)
        await self.generate(Period.MONTHLY, today, signs, LANGUAGES)
        await self.generate(Period.MONTHLY, next_month, signs, LANGUAGES)
