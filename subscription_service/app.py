"""Wires the subscription service's layers together and runs it."""

from __future__ import annotations

import logging

from subscription_service.apple import AppleVerifier
from subscription_service.app_store_api import make_transaction_lookup
from subscription_service.config import SubscriptionSettings
from subscription_service.metrics import SubscriptionMetrics
from subscription_service.servicer import ALL_METHODS, SERVICE_NAME, SubscriptionServicer
from subscription_service.storage import SubscriptionStore
from subscription_service.subscriptions import Subscriptions
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc
from zodiac_platform.database import Database
from zodiac_platform.metrics import ServiceMetrics
from zodiac_platform.server import ServiceBinding, ServiceHost

log = logging.getLogger(__name__)


async def build_host(settings: SubscriptionSettings, dsn: str) -> tuple[ServiceHost, Subscriptions]:
    database = await Database.connect(dsn, settings.pool, application_name="subscription-service")
    metrics = ServiceMetrics()
    subscriptions = Subscriptions(
        SubscriptionStore(database),
        AppleVerifier(settings.apple),
        settings.product_entitlements,
        lookup_transaction=make_transaction_lookup(settings.apple),
        observer=SubscriptionMetrics(metrics.registry),
    )
    servicer = SubscriptionServicer(subscriptions)
    binding = ServiceBinding(
        name=SERVICE_NAME,
        add_to_server=lambda server: pb_grpc.add_SubscriptionServiceServicer_to_server(servicer, server),
        protected_methods=ALL_METHODS,
    )
    host = ServiceHost(
        [binding],
        database,
        service_token=settings.platform.service_token,
        health_interval=settings.platform.health_interval,
        metrics=metrics,
    )
    return host, subscriptions


async def serve(settings: SubscriptionSettings, dsn: str) -> None:
    host, _ = await build_host(settings, dsn)
    port = await host.start(f"{settings.platform.host}:{settings.platform.subscription_port}", settings.metrics_port)
    log.info(
        "SubscriptionService listening on %s:%d, metrics on :%s (App Store %s, bundle %s)",
        settings.platform.host, port, host.metrics_port, settings.apple.environment, settings.apple.bundle_id,
    )
    if settings.platform.service_token is None:
        log.warning("ZODIAC_SERVICE_TOKEN is not set: every SubscriptionService call will be refused")
    await host.run_until_signalled(settings.platform.grace_seconds)
