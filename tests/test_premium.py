"""Premium sections over internal gRPC: entitled users get them, and a premium outage never breaks a free read."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import grpc
import pytest
from google.type import date_pb2

from horoscope_service.app import build_host as build_horoscope_host
from subscription_service.app import build as build_subscription
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, EDITOR, GATEWAY, horoscope_settings, subscription_settings
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.database import dsn_for_role
from zodiac_platform.server import ServiceHost

DAY = date_pb2.Date(year=2026, month=11, day=27)


def read(user: str) -> pb.GetDailyHoroscopeRequest:
    return pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY, user_id=user)


async def _horoscopes(dsn: str, subscription_target: str, **settings: str) -> tuple[ServiceHost, pb_grpc.HoroscopeServiceStub, grpc.aio.Channel]:
    host, _ = await build_horoscope_host(
        horoscope_settings(SUBSCRIPTION_TARGET=subscription_target, **settings), dsn_for_role(dsn, "zodiac_horoscope")
    )
    port = await host.start("127.0.0.1:0")
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    api = pb_grpc.HoroscopeServiceStub(channel)
    await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"]), metadata=AUTH
    )
    return host, api, channel


@pytest.fixture
async def subscription_host(dsn: str, app_store: TestAppStore) -> AsyncIterator[tuple[ServiceHost, int]]:
    host = (await build_subscription(subscription_settings(app_store), dsn_for_role(dsn, "zodiac_subscription"))).host
    port = await host.start("127.0.0.1:0")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        api = sub_grpc.SubscriptionServiceStub(channel)
        await api.ValidateReceipt(
            sub_pb.ValidateReceiptRequest(user_id="subscriber", signed_transaction=app_store.transaction("3001")),
            metadata=AUTH,
        )
    yield host, port
    await host.stop(grace=0.5)


async def test_entitled_users_get_premium_sections_and_others_do_not(
    dsn: str, subscription_host: tuple[ServiceHost, int]
) -> None:
    _, port = subscription_host
    host, api, channel = await _horoscopes(dsn, f"127.0.0.1:{port}")
    try:
        premium = await api.GetDailyHoroscope(read("subscriber"), metadata=GATEWAY, timeout=5)
        free = await api.GetDailyHoroscope(read("stranger"), metadata=GATEWAY, timeout=5)
        unasserted = await api.GetDailyHoroscope(read("subscriber"), timeout=5)  # anyone naming a subscriber
        editor = await api.GetDailyHoroscope(read("subscriber"), metadata=EDITOR, timeout=5)
    finally:
        await channel.close()
        await host.stop(grace=0.5)
    assert premium.content.love and premium.content.career and premium.content.health
    assert list(premium.locked_sections) == [] and not premium.degraded
    assert free.content.love == "" and list(free.locked_sections) == ["love", "career", "health"]
    assert not free.degraded and free.content.summary == premium.content.summary
    for ignored in (unasserted, editor):  # callers without user.assert: the free edition, not degraded
        assert ignored.content.love == "" and list(ignored.locked_sections) == ["love", "career", "health"]
        assert not ignored.degraded


async def test_compatibility_premium_sections_follow_the_same_rule(
    dsn: str, subscription_host: tuple[ServiceHost, int]
) -> None:
    _, port = subscription_host
    host, api, channel = await _horoscopes(dsn, f"127.0.0.1:{port}")

    def ask(user: str) -> pb.GetCompatibilityRequest:
        return pb.GetCompatibilityRequest(sign=pb.LEO, partner_sign=pb.PISCES, language="en", user_id=user)

    try:
        premium = await api.GetCompatibility(ask("subscriber"), metadata=GATEWAY, timeout=5)
        free = await api.GetCompatibility(ask("stranger"), metadata=GATEWAY, timeout=5)
        unasserted = await api.GetCompatibility(ask("subscriber"), timeout=5)
    finally:
        await channel.close()
        await host.stop(grace=0.5)
    assert premium.love and premium.friendship and premium.work and not premium.locked_sections
    for locked in (free, unasserted):
        assert (locked.love, locked.friendship, locked.work) == ("", "", "")
        assert list(locked.locked_sections) == ["love", "friendship", "work"]
        assert locked.summary == premium.summary and locked.score == premium.score


async def test_a_user_id_without_user_assert_asks_the_subscription_service_nothing(dsn: str) -> None:
    host, api, channel = await _horoscopes(dsn, "127.0.0.1:1")  # nothing listens: asking would degrade
    try:
        answer = await api.GetDailyHoroscope(read("subscriber"), timeout=2)
    finally:
        await channel.close()
        await host.stop(grace=0.5)
    assert not answer.degraded and list(answer.locked_sections) == ["love", "career", "health"]


async def test_a_stopped_subscription_service_gives_free_content_marked_degraded(dsn: str) -> None:
    host, api, channel = await _horoscopes(dsn, "127.0.0.1:1")
    try:
        answer = await api.GetDailyHoroscope(read("subscriber"), metadata=GATEWAY, timeout=2)
    finally:
        await channel.close()
        await host.stop(grace=0.5)
    assert answer.degraded and list(answer.locked_sections) == ["love", "career", "health"]
    assert answer.content.summary and answer.content.love == ""


async def test_a_slow_subscription_service_cannot_make_a_read_miss_its_deadline(dsn: str) -> None:
    async def never_answers(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        await asyncio.sleep(30)
        return b""

    slow = grpc.aio.server()
    slow.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler(
            "zodiac.subscription.v1.SubscriptionService",
            {"CheckEntitlement": grpc.unary_unary_rpc_method_handler(never_answers)},
        )]
    )
    port = slow.add_insecure_port("127.0.0.1:0")
    await slow.start()
    host, api, channel = await _horoscopes(dsn, f"127.0.0.1:{port}", HOROSCOPE_ENTITLEMENT_TIMEOUT="5")
    try:
        started = asyncio.get_running_loop().time()
        answer = await api.GetDailyHoroscope(read("subscriber"), metadata=GATEWAY, timeout=1.0)  # DEADLINE_EXCEEDED would raise
        elapsed = asyncio.get_running_loop().time() - started
    finally:
        await channel.close()
        await host.stop(grace=0.5)
        await slow.stop(None)
    assert answer.degraded and answer.content.summary
    assert elapsed < 1.0


async def test_entitlement_answers_are_cached_briefly(
    dsn: str, subscription_host: tuple[ServiceHost, int]
) -> None:
    subscriptions, port = subscription_host
    host, api, channel = await _horoscopes(dsn, f"127.0.0.1:{port}")
    try:
        assert not (await api.GetDailyHoroscope(read("subscriber"), metadata=GATEWAY, timeout=5)).locked_sections
        await subscriptions.stop(grace=0.1)
        cached = await api.GetDailyHoroscope(read("subscriber"), metadata=GATEWAY, timeout=5)
        uncached = await api.GetDailyHoroscope(read("someone-else"), metadata=GATEWAY, timeout=5)
    finally:
        await channel.close()
        await host.stop(grace=0.5)
    assert not cached.locked_sections and not cached.degraded
    assert uncached.degraded
