"""Prometheus metrics and the stale-content health signal, read as a scraper and a prober would."""

from __future__ import annotations

import asyncio
import datetime as dt
import urllib.request
from collections.abc import AsyncIterator

import grpc
import pytest
from google.type import date_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from horoscope_service.app import CONTENT_HEALTH, build_host
from subscription_service.app import build as build_subscription
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, horoscope_settings, subscription_settings
from tests.grpc_helpers import rpc_error
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.database import dsn_for_role
from zodiac_platform.server import ServiceHost

GET_DAILY = "/zodiac.horoscope.v1.HoroscopeService/GetDailyHoroscope"


async def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    def fetch() -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return response.read().decode()

    text = await asyncio.to_thread(fetch)
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
async def horoscope_host(dsn: str) -> AsyncIterator[tuple[ServiceHost, grpc.aio.Channel]]:
    host, _ = await build_host(horoscope_settings(), dsn_for_role(dsn, "zodiac_horoscope"))
    port = await host.start("127.0.0.1:0", metrics_port=0)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield host, channel
    await host.stop(grace=0.5)


async def test_rpc_generation_and_pool_metrics_follow_the_calls(
    horoscope_host: tuple[ServiceHost, grpc.aio.Channel],
) -> None:
    host, channel = horoscope_host
    assert host.metrics_port
    api = pb_grpc.HoroscopeServiceStub(channel)
    day = date_pb2.Date(year=2026, month=11, day=27)
    read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=day)
    before = await scrape(host.metrics_port)
    assert value(before, "zodiac_rpc_total", method=GET_DAILY, caller="anonymous", code="OK") == 0

    await rpc_error(api.GetDailyHoroscope(read))
    await api.GenerateHoroscopes(pb.GenerateHoroscopesRequest(period=pb.DAILY, date=day), metadata=AUTH)
    await api.GetDailyHoroscope(read)
    await api.GetDailyHoroscope(read)
    after = await scrape(host.metrics_port)
    assert value(after, "zodiac_rpc_total", method=GET_DAILY, caller="anonymous", code="OK") == 2
    assert value(after, "zodiac_rpc_total", method=GET_DAILY, caller="anonymous", code="NOT_FOUND") == 1
    assert value(after, "zodiac_rpc_duration_seconds_count", method=GET_DAILY) == 3
    assert value(after, "zodiac_horoscopes_generated_total", period="daily", outcome="created") == 72
    assert value(after, "zodiac_generation_tokens_total", period="daily") == 0
    assert value(after, "zodiac_db_pool_size") >= 1 and value(after, "zodiac_db_pool_max") == 10
    assert value(after, "zodiac_db_pool_acquire_seconds_count") > value(before, "zodiac_db_pool_acquire_seconds_count")


async def _content_health(channel: grpc.aio.Channel) -> tuple[int, int]:
    stub = health_pb2_grpc.HealthStub(channel)
    overall = await stub.Check(health_pb2.HealthCheckRequest(service=""))
    content = await stub.Check(health_pb2.HealthCheckRequest(service=CONTENT_HEALTH))
    return overall.status, content.status


async def test_missing_content_for_today_is_a_health_signal_of_its_own(
    horoscope_host: tuple[ServiceHost, grpc.aio.Channel],
) -> None:
    host, channel = horoscope_host
    serving, not_serving = health_pb2.HealthCheckResponse.SERVING, health_pb2.HealthCheckResponse.NOT_SERVING
    assert await _content_health(channel) == (serving, not_serving)  # the service itself is fine
    assert value(await scrape(host.metrics_port or 0), "zodiac_horoscope_today_missing") == 72

    today = dt.datetime.now(dt.UTC).date()
    await pb_grpc.HoroscopeServiceStub(channel).GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(
            period=pb.DAILY, date=date_pb2.Date(year=today.year, month=today.month, day=today.day)
        ),
        metadata=AUTH,
    )
    for _ in range(100):
        if await _content_health(channel) == (serving, serving):
            break
        await asyncio.sleep(0.05)
    assert await _content_health(channel) == (serving, serving)
    samples = await scrape(host.metrics_port or 0)
    assert value(samples, "zodiac_horoscope_today_missing") == 0
    midnight = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    assert value(samples, "zodiac_horoscope_latest_daily_date_seconds") == midnight.timestamp()


async def test_validation_outcomes_are_counted(dsn: str, app_store: TestAppStore, tmp_path_factory: pytest.TempPathFactory) -> None:
    host = (await build_subscription(subscription_settings(app_store), dsn_for_role(dsn, "zodiac_subscription"))).host
    port = await host.start("127.0.0.1:0", metrics_port=0)
    forger = TestAppStore(tmp_path_factory.mktemp("forger"))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            api = sub_grpc.SubscriptionServiceStub(channel)
            for signed in (app_store.transaction("4001"), forger.transaction("4002")):
                await api.ValidateReceipt(sub_pb.ValidateReceiptRequest(user_id="u", signed_transaction=signed), metadata=AUTH)
            await api.HandleAppStoreNotification(
                sub_pb.HandleAppStoreNotificationRequest(signed_payload=app_store.notification("TEST")), metadata=AUTH
            )
        samples = await scrape(host.metrics_port or 0)
    finally:
        await host.stop(grace=0.5)
    assert value(samples, "zodiac_receipt_validations_total", kind="signed_transaction", outcome="valid") == 1
    assert value(samples, "zodiac_receipt_validations_total", kind="signed_transaction", outcome="invalid") == 1
    assert value(samples, "zodiac_notifications_total", type="TEST", outcome="stored") == 1


async def test_reads_are_counted_by_period_language_and_sign(
    horoscope_host: tuple[ServiceHost, grpc.aio.Channel],
) -> None:
    host, channel = horoscope_host
    api = pb_grpc.HoroscopeServiceStub(channel)
    day = date_pb2.Date(year=2026, month=11, day=27)
    await api.GenerateHoroscopes(pb.GenerateHoroscopesRequest(period=pb.WEEKLY, date=day, signs=[pb.LEO]), metadata=AUTH)
    for _ in range(3):
        await api.GetWeeklyHoroscope(pb.GetWeeklyHoroscopeRequest(sign=pb.LEO, language="pt", date=day))
    await rpc_error(api.GetWeeklyHoroscope(pb.GetWeeklyHoroscopeRequest(sign=pb.ARIES, language="pt", date=day)))
    samples = await scrape(host.metrics_port or 0)
    assert value(samples, "zodiac_horoscope_reads_total", period="weekly", language="pt", sign="leo") == 3
    assert value(samples, "zodiac_horoscope_reads_total", period="weekly", language="pt", sign="aries") == 0
    assert value(samples, "zodiac_database_up") == 1
