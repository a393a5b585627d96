"""Wires the subscription service's layers together and runs it: gRPC, and Apple's HTTP endpoint."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from dataclasses import dataclass

from subscription_service.app_store_api import AppStoreServerApi
from subscription_service.apple import AppleReceipts, AppleVerifier
from subscription_service.config import SubscriptionSettings
from subscription_service.metrics import SubscriptionMetrics
from subscription_service.servicer import METHOD_SCOPES, SERVICE_NAME, SubscriptionServicer
from subscription_service.storage import SubscriptionStore
from subscription_service.subscriptions import Subscriptions
from subscription_service.webhook import NotificationEndpoint
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc
from zodiac_platform.database import Database
from zodiac_platform.errors import ZodiacError
from zodiac_platform.metrics import ServiceMetrics
from zodiac_platform.server import ServiceBinding, ServiceHost

log = logging.getLogger(__name__)
# Each sync looks back this far: overlapping runs are harmless (notifications apply once).
SYNC_LOOKBACK = dt.timedelta(days=1)


@dataclass
class SubscriptionService:
    host: ServiceHost
    subscriptions: Subscriptions
    endpoint: NotificationEndpoint
    store: SubscriptionStore


async def build(settings: SubscriptionSettings, dsn: str) -> SubscriptionService:
    database = await Database.connect(dsn, settings.pool, application_name="subscription-service")
    metrics = ServiceMetrics()
    app_store = AppStoreServerApi(settings.apple) if settings.apple.api is not None else None
    receipts = AppleReceipts(settings.apple) if settings.apple.receipt_roots else None
    store = SubscriptionStore(database)
    subscriptions = Subscriptions(
        store,
        AppleVerifier(settings.apple),
        settings.product_entitlements,
        app_store=app_store,
        receipts=receipts,
        observer=SubscriptionMetrics(metrics.registry),
    )
    servicer = SubscriptionServicer(subscriptions)
    binding = ServiceBinding(
        name=SERVICE_NAME,
        add_to_server=lambda server: pb_grpc.add_SubscriptionServiceServicer_to_server(servicer, server),
        method_scopes=METHOD_SCOPES,
    )
    endpoint = NotificationEndpoint(subscriptions)
    host = ServiceHost(
        [binding],
        database,
        callers=settings.platform.callers,
        limits=settings.platform.limits,
        tls=settings.platform.server_tls,
        tracing=settings.platform.tracing,
        health_interval=settings.platform.health_interval,
        metrics=metrics,
        # Apple's endpoint stops before the pool closes; the gRPC drain has already happened.
        on_stop=[endpoint.aclose, *([app_store.aclose] if app_store is not None else [])],
    )
    return SubscriptionService(host, subscriptions, endpoint, store)


async def keep_in_sync(subscriptions: Subscriptions, every: float) -> None:
    """Replay the last day of Apple's notification history every `every` seconds."""
    while True:
        await asyncio.sleep(every)
        now = dt.datetime.now(dt.UTC)
        try:
            await subscriptions.sync(now - SYNC_LOOKBACK, now)
        except ZodiacError as error:  # retried next round; the service keeps serving
            log.warning("catching up with Apple's notification history failed: %s", error)
        except Exception:  # a bug: logged with its traceback, and the loop goes on
            log.exception("catching up with Apple's notification history failed")


async def keep_partitions(store: SubscriptionStore, every: float = 86400.0) -> None:
    """The coming months' partitions of the growing tables, now and daily."""
    while True:
        try:
            created = await store.ensure_partitions()
            if created:
                log.info("created %d monthly partitions", created)
        except ZodiacError as error:  # retried next round
            log.warning("creating monthly partitions failed: %s", error)
        await asyncio.sleep(every)


async def serve(settings: SubscriptionSettings, dsn: str) -> None:
    service = await build(settings, dsn)
    platform = settings.platform
    port = await service.host.start(f"{platform.host}:{platform.subscription_port}", platform.metrics_port(settings.metrics_port))
    http = settings.http
    http_port = await service.endpoint.start(
        platform.host, http.port, tls_cert=http.tls_cert, tls_key=http.tls_key, reuse_port=platform.workers > 1
    )
    log.info(
        "SubscriptionService listening on %s:%d, App Store notifications on %s://%s:%d/apple/notifications, "
        "metrics on :%s (App Store %s, bundle %s)",
        platform.host, port, "https" if http.tls_cert else "http", platform.host, http_port, service.host.metrics_port,
        "+".join(e.value for e in settings.apple.accepted_environments), settings.apple.bundle_id,
    )
    if not platform.callers:
        log.warning("neither ZODIAC_CALLERS nor ZODIAC_SERVICE_TOKEN is set: every SubscriptionService call will be refused")
    syncing = settings.sync_every > 0 and settings.apple.api is not None and platform.first_worker
    background = []
    if syncing:
        background.append(asyncio.create_task(keep_in_sync(service.subscriptions, settings.sync_every)))
    if platform.first_worker:
        background.append(asyncio.create_task(keep_partitions(service.store)))
    try:
        await service.host.run_until_signalled(platform.grace_seconds)
    finally:
        for task in background:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
