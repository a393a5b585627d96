"""Wires the horoscope service's layers together and runs it."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from dataclasses import dataclass

import asyncpg

from horoscope_service import birthplace
from horoscope_service.birth_storage import BirthStore
from horoscope_service.compatibility import Compatibilities
from horoscope_service.compatibility_storage import CompatibilityStore
from horoscope_service.config import HoroscopeSettings
from horoscope_service.entitlement_client import SubscriptionEntitlements
from horoscope_service.horoscopes import Generator, Horoscopes
from horoscope_service.llm_generator import LlmGenerator
from horoscope_service.metrics import HoroscopeMetrics
from horoscope_service.offline_generator import OfflineGenerator
from horoscope_service.ops_storage import OpsStore
from horoscope_service.personal import PersonalHoroscopes
from horoscope_service.premium import Premium
from horoscope_service.servicer import METHOD_SCOPES, SERVICE_NAME, HoroscopeServicer
from horoscope_service.storage import HoroscopeStore
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.database import Database
from zodiac_platform.errors import ZodiacError
from zodiac_platform.metrics import ServiceMetrics
from zodiac_platform.server import ServiceBinding, ServiceHost
from zodiac_platform.ttl_cache import TtlCache

log = logging.getLogger(__name__)
AUTOGENERATE_EVERY = 600.0
OPERATIONS_WATCH_EVERY = 60.0
SLOWEST_QUERIES = 5
# A health entry of its own: NOT_SERVING while today's daily horoscopes are incomplete (stale content).
CONTENT_HEALTH = f"{SERVICE_NAME}.content"


def make_generator(settings: HoroscopeSettings, store: HoroscopeStore | None = None) -> Generator:
    """The LLM generator when one is configured (shown the sign's recent summaries from `store`),
    else the offline one."""
    if settings.llm is None:
        return OfflineGenerator()
    return LlmGenerator(settings.llm, recent=store.recent_summaries if store is not None else None)


@dataclass(frozen=True)
class Content:
    """What the service keeps generated: horoscopes and compatibility readings."""

    horoscopes: Horoscopes
    compatibilities: Compatibilities
    ops: OpsStore | None = None
    metrics: HoroscopeMetrics | None = None

    async def ensure_current(self, today: dt.date) -> None:
        await self.horoscopes.ensure_current(today)
        await self.compatibilities.ensure_all(today)

    async def watch_operations(self, every: float = OPERATIONS_WATCH_EVERY) -> None:
        """Keep the backup and slowest-statement gauges current, every `every` seconds."""
        if self.ops is None or self.metrics is None:
            return
        while True:
            try:
                self.metrics.record_backups(await self.ops.backup_health())
                self.metrics.record_queries(await self.ops.slowest_queries(SLOWEST_QUERIES))
            except (ZodiacError, asyncpg.PostgresError) as error:  # the gauges go stale; the alert on them fires
                log.warning("reading the operations schema failed: %s", error)
            await asyncio.sleep(every)


async def build_host(settings: HoroscopeSettings, dsn: str) -> tuple[ServiceHost, Content]:
    database = await Database.connect(dsn, settings.pool, application_name="horoscope-service")
    entitlements = SubscriptionEntitlements(
        settings.subscription_target,
        settings.subscription_token,
        tls=settings.platform.client_tls,
        tracing=settings.platform.tracing,
        entitlement=settings.premium_entitlement,
        cache_seconds=settings.entitlement_cache_seconds,
    )
    metrics = ServiceMetrics()
    reads = None
    if settings.read_database_url:
        reads = await Database.connect(settings.read_database_url, settings.pool, application_name="horoscope-service-reads")
    store = HoroscopeStore(database, reads)
    generator = make_generator(settings, store)
    observer = HoroscopeMetrics(metrics.registry)
    premium = Premium(entitlements, settings.entitlement_timeout, record=observer.record_premium)
    horoscopes = Horoscopes(
        store,
        generator,
        cache=TtlCache(settings.cache_seconds),
        premium=premium,
        observer=observer,
        replica_lag=settings.replica_lag,
    )
    compatibilities = Compatibilities(CompatibilityStore(database), premium)
    personal = PersonalHoroscopes(BirthStore(database), premium)
    servicer = HoroscopeServicer(horoscopes, compatibilities, personal, _today)
    binding = ServiceBinding(
        name=SERVICE_NAME,
        add_to_server=lambda server: pb_grpc.add_HoroscopeServiceServicer_to_server(servicer, server),
        method_scopes=METHOD_SCOPES,
    )
    on_stop = [entitlements.close, *([generator.close] if isinstance(generator, LlmGenerator) else [])]
    if reads is not None:
        on_stop.append(reads.close)
    if settings.cache_seconds > 0:
        # Every replica hears every committed write (PostgreSQL NOTIFY) and drops it from its cache;
        # nothing is cached until the listener is in place, nor while it is reconnecting.
        horoscopes.track_writes(False)
        listener = store.watch_writes(horoscopes.written, horoscopes.track_writes)
        listener.start()
        on_stop.insert(0, listener.aclose)
    host = ServiceHost(
        [binding],
        database,
        callers=settings.platform.callers,
        limits=settings.platform.limits,
        tls=settings.platform.server_tls,
        tracing=settings.platform.tracing,
        health_interval=settings.platform.health_interval,
        extra_health={CONTENT_HEALTH: lambda: horoscopes.today_is_complete(_today())},
        metrics=metrics,
        on_stop=on_stop,
    )
    return host, Content(horoscopes, compatibilities, OpsStore(database), observer)


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


async def keep_current(content: Content, every: float = AUTOGENERATE_EVERY) -> None:
    """Generate what is missing (this day's, week's and month's horoscopes, and the compatibility
    readings), now and every `every` seconds."""
    while True:
        try:
            await content.ensure_current(_today())
        except Exception:  # a failed round is retried next round; the service keeps serving
            log.exception("generating current horoscopes failed")
        await asyncio.sleep(every)


async def _warm_up() -> None:
    """Load personal horoscopes' offline data (zone polygons, cities) before the first reader needs it."""
    try:
        await asyncio.to_thread(birthplace.warm_up)
    except Exception:  # they load again on first use; serving goes on either way
        log.exception("loading the birthplace data failed")


async def serve(settings: HoroscopeSettings, dsn: str) -> None:
    host, content = await build_host(settings, dsn)
    # Before listening: loading holds the interpreter for about a second, which calls would feel.
    await _warm_up()
    address = f"{settings.platform.host}:{settings.platform.horoscope_port}"
    port = await host.start(address, settings.platform.metrics_port(settings.metrics_port))
    log.info("HoroscopeService listening on %s:%d, metrics on :%s", settings.platform.host, port, host.metrics_port)
    if not settings.platform.callers:
        log.warning("neither ZODIAC_CALLERS nor ZODIAC_SERVICE_TOKEN is set: every write and premium read will be refused")
    generating = settings.autogenerate and settings.platform.first_worker
    background = asyncio.create_task(keep_current(content)) if generating else None
    watching = asyncio.create_task(content.watch_operations()) if settings.platform.first_worker else None
    try:
        await host.run_until_signalled(settings.platform.grace_seconds)
    finally:
        for task in (background, watching):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
