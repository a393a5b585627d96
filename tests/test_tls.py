"""Mutual TLS on the gRPC ports, with a CA made at test time: plaintext and certificate-less clients
are refused, the horoscope service reaches the subscription service with its own certificate, and a
rotated certificate is served without a restart."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from google.type import date_pb2

from horoscope_service.app import build_host
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, GATEWAY, horoscope_settings, serve_subscriptions, subscription_settings
from tests.tls_pki import Ca
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.database import dsn_for_role
from zodiac_platform.tls import ClientTls, secure_or_insecure_aio_channel

DAY = date_pb2.Date(year=2026, month=11, day=27)
NOW = dt.datetime.now(dt.UTC)


@dataclass
class Pki:
    ca: Path
    server: tuple[Path, Path]
    client: tuple[Path, Path]

    def env(self) -> dict[str, str]:
        return {
            "ZODIAC_TLS_CERT": str(self.server[0]), "ZODIAC_TLS_KEY": str(self.server[1]),
            "ZODIAC_TLS_CLIENT_CA": str(self.ca),
            "ZODIAC_TLS_CA": str(self.ca), "ZODIAC_TLS_CLIENT_CERT": str(self.client[0]),
            "ZODIAC_TLS_CLIENT_KEY": str(self.client[1]),
        }

    def client_tls(self, *, with_certificate: bool = True) -> ClientTls:
        return ClientTls(self.ca, *(self.client if with_certificate else (None, None)))


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    ca = Ca.make("zodiac-test-ca")
    return Pki(ca.write(tmp_path), ca.issue(tmp_path, "server", server=True), ca.issue(tmp_path, "client", server=False))


async def _answers(channel: grpc.aio.Channel) -> grpc.StatusCode:
    try:
        await pb_grpc.HoroscopeServiceStub(channel).ListHoroscopes(
            pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=DAY), timeout=3
        )
    except grpc.aio.AioRpcError as error:
        return error.code()
    return grpc.StatusCode.OK


@pytest.fixture
async def mutual(dsn: str, app_store: TestAppStore, pki: Pki) -> AsyncIterator[tuple[str, Pki]]:
    """Both services with mutual TLS; the horoscope service calls the other over it."""
    async with serve_subscriptions(subscription_settings(app_store, **pki.env()), dsn) as subscriptions:
        api = sub_grpc.SubscriptionServiceStub(subscriptions.channel)  # this channel is plaintext: refused
        assert (await _status(api)) == grpc.StatusCode.UNAVAILABLE
        async with secure_or_insecure_aio_channel(f"localhost:{subscriptions.port}", pki.client_tls()) as secure:
            await sub_grpc.SubscriptionServiceStub(secure).ValidateReceipt(
                sub_pb.ValidateReceiptRequest(user_id="subscriber", signed_transaction=app_store.transaction("9901")),
                metadata=AUTH, timeout=5,
            )
        settings = horoscope_settings(SUBSCRIPTION_TARGET=f"localhost:{subscriptions.port}", **pki.env())
        host, _ = await build_host(settings, dsn_for_role(dsn, "zodiac_horoscope"))
        port = await host.start("127.0.0.1:0")
        try:
            yield f"localhost:{port}", pki
        finally:
            await host.stop(grace=0.5)


async def _status(api: sub_grpc.SubscriptionServiceStub) -> grpc.StatusCode:
    try:
        await api.CheckEntitlement(sub_pb.CheckEntitlementRequest(user_id="x", entitlement="premium"), metadata=AUTH, timeout=3)
    except grpc.aio.AioRpcError as error:
        return error.code()
    return grpc.StatusCode.OK


async def test_only_clients_with_a_certificate_get_in(mutual: tuple[str, Pki]) -> None:
    target, pki = mutual
    async with grpc.aio.insecure_channel(target) as plaintext:
        assert await _answers(plaintext) == grpc.StatusCode.UNAVAILABLE
    async with secure_or_insecure_aio_channel(target, pki.client_tls(with_certificate=False)) as anonymous:
        assert await _answers(anonymous) == grpc.StatusCode.UNAVAILABLE
    async with secure_or_insecure_aio_channel(target, pki.client_tls()) as trusted:
        assert await _answers(trusted) == grpc.StatusCode.OK


async def test_premium_reads_cross_to_the_subscription_service_over_mutual_tls(mutual: tuple[str, Pki]) -> None:
    target, pki = mutual
    async with secure_or_insecure_aio_channel(target, pki.client_tls()) as channel:
        api = pb_grpc.HoroscopeServiceStub(channel)
        await api.GenerateHoroscopes(
            pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"]), metadata=AUTH
        )
        read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY, user_id="subscriber")
        answer = await api.GetDailyHoroscope(read, metadata=GATEWAY, timeout=5)
    assert answer.content.love and not answer.locked_sections and not answer.degraded


async def test_a_rotated_certificate_is_served_without_a_restart(mutual: tuple[str, Pki], tmp_path: Path) -> None:
    target, pki = mutual
    successor = Ca.make("zodiac-next-ca")
    trusting_successor = ClientTls(successor.write(tmp_path), *pki.client)
    async with secure_or_insecure_aio_channel(target, trusting_successor) as before:
        assert await _answers(before) == grpc.StatusCode.UNAVAILABLE  # the server's certificate is the old CA's
    new_cert, new_key = successor.issue(tmp_path, "server-next", server=True)
    await asyncio.sleep(0.01)  # a later modification time
    pki.server[1].write_bytes(new_key.read_bytes())
    pki.server[0].write_bytes(new_cert.read_bytes())
    async with secure_or_insecure_aio_channel(target, trusting_successor) as after:
        assert await _answers(after) == grpc.StatusCode.OK
