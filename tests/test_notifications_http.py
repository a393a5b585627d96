"""Apple's notifications over HTTP, posted as Apple posts them, to a real server and database."""

from __future__ import annotations

import datetime as dt
import json
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from tests.apple_pki import TestAppStore, millis
from tests.conftest import AUTH, serve_subscriptions, subscription_settings
from tests.db_proxy import DatabaseProxy
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc

NOW = dt.datetime.now(dt.UTC)
DAY = dt.timedelta(days=1)


@dataclass
class Running:
    api: pb_grpc.SubscriptionServiceStub
    url: str
    http: aiohttp.ClientSession

    async def post(self, body: bytes | str, content_type: str = "application/json") -> tuple[int, dict[str, object]]:
        data = body.encode() if isinstance(body, str) else body
        async with self.http.post(self.url, data=data, headers={"Content-Type": content_type}) as response:
            return response.status, await response.json()

    async def deliver(self, signed_payload: str) -> tuple[int, dict[str, object]]:
        return await self.post(json.dumps({"signedPayload": signed_payload}))


async def _serve(dsn: str, app_store: TestAppStore, **settings: str) -> AsyncIterator[Running]:
    async with serve_subscriptions(subscription_settings(app_store, **settings), dsn) as served:
        http_port = await served.service.endpoint.start("127.0.0.1", 0)
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{http_port}/apple/notifications"
            yield Running(pb_grpc.SubscriptionServiceStub(served.channel), url, http)


@pytest.fixture
async def running(dsn: str, app_store: TestAppStore) -> AsyncIterator[Running]:
    async for served in _serve(dsn, app_store):
        yield served


async def _count(dsn: str, query: str) -> int:
    connection = await asyncpg.connect(dsn)
    try:
        return int(await connection.fetchval(query))
    finally:
        await connection.close()


async def test_a_refund_posted_twice_is_acknowledged_twice_and_ends_access(
    running: Running, app_store: TestAppStore, dsn: str
) -> None:
    bought = {"transaction_id": "7001.1", "purchased_at": NOW - DAY, "expires_in": 29 * DAY}
    await running.api.ValidateReceipt(
        pb.ValidateReceiptRequest(user_id="payer", signed_transaction=app_store.transaction("7001", **bought)), metadata=AUTH
    )
    refund = app_store.notification(
        "REFUND", "7001", transaction={**bought, "revocationDate": millis(NOW), "revocationReason": 0}, status=5
    )
    assert await running.deliver(refund) == (200, {"status": 200, "message": "applied"})
    assert await running.deliver(refund) == (200, {"status": 200, "message": "duplicate"})
    check = await running.api.CheckEntitlement(pb.CheckEntitlementRequest(user_id="payer", entitlement="premium"), metadata=AUTH)
    assert not check.entitled and check.status == pb.REFUNDED
    assert await _count(dsn, "SELECT count(*) FROM subscription.notifications") == 1


async def test_a_forged_post_changes_nothing_and_is_recorded(
    running: Running, app_store: TestAppStore, dsn: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    bought = {"transaction_id": "7002.1", "purchased_at": NOW - DAY, "expires_in": 29 * DAY}
    await running.api.ValidateReceipt(
        pb.ValidateReceiptRequest(user_id="victim", signed_transaction=app_store.transaction("7002", **bought)), metadata=AUTH
    )
    forger = TestAppStore(tmp_path_factory.mktemp("forger"))
    forged = forger.notification("REFUND", "7002", transaction={**bought, "revocationDate": millis(NOW)})
    status, body = await running.deliver(forged)
    assert status == 403 and "VERIFICATION_FAILURE" in str(body["message"])
    check = await running.api.CheckEntitlement(pb.CheckEntitlementRequest(user_id="victim", entitlement="premium"), metadata=AUTH)
    assert check.entitled
    assert await _count(dsn, "SELECT count(*) FROM subscription.notifications") == 0
    assert await _count(
        dsn, "SELECT count(*) FROM subscription.receipt_validations WHERE kind = 'notification' AND outcome = 'invalid'"
    ) == 1


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[]",
        '{"signedPayload": 42}',
        '{"unsignedPayload": "a.b.c"}',
        '{"signedPayload": "only.two"}',
        '{"signedPayload": "a.b.c\\u0000"}',
        "\xff\xfe",
    ],
)
async def test_a_body_not_of_apples_shape_is_a_bad_request(running: Running, body: str) -> None:
    status, answer = await running.post(body)
    assert status == 400 and answer["status"] == 400


async def test_an_oversized_body_is_refused_before_it_is_read(running: Running) -> None:
    status, _ = await running.post(json.dumps({"signedPayload": "a." + "b" * 200_000 + ".c"}))
    assert status == 413


async def test_a_notification_that_cannot_be_stored_asks_apple_to_retry(
    dsn: str, app_store: TestAppStore
) -> None:
    proxy = DatabaseProxy(dsn)
    await proxy.start()
    try:
        async for served in _serve(proxy.dsn, app_store, DB_ACQUIRE_TIMEOUT="0.5"):
            renewal = app_store.notification("DID_RENEW", "7003", transaction={"transaction_id": "7003.2"})
            await proxy.cut()
            status, _ = await served.deliver(renewal)
            assert status == 503
            await proxy.start()
            status, body = await served.deliver(renewal)
            assert (status, body["message"]) == (200, "applied")
    finally:
        await proxy.cut()


async def test_grpc_and_http_share_one_path(running: Running, app_store: TestAppStore) -> None:
    payload = app_store.notification("SUBSCRIBED", "7004", subtype="INITIAL_BUY")
    assert (await running.deliver(payload))[0] == 200
    again = await running.api.HandleAppStoreNotification(pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH)
    assert again.outcome == pb.DUPLICATE


async def test_the_endpoint_serves_https_when_given_a_certificate(
    dsn: str, app_store: TestAppStore, tmp_path: Path
) -> None:
    cert, key = _self_signed(tmp_path)
    settings = subscription_settings(app_store)
    async with serve_subscriptions(settings, dsn) as served:
        port = await served.service.endpoint.start("127.0.0.1", 0, tls_cert=str(cert), tls_key=str(key))
        trusted = ssl.create_default_context(cafile=str(cert))
        payload = app_store.notification("TEST")
        async with aiohttp.ClientSession() as http:
            url = f"https://localhost:{port}/apple/notifications"
            async with http.post(url, json={"signedPayload": payload}, ssl=trusted) as response:
                assert response.status == 200 and (await response.json())["message"] == "stored"
            with pytest.raises(aiohttp.ClientConnectorCertificateError):  # it is TLS, with our certificate
                await http.post(url, json={"signedPayload": payload}, ssl=ssl.create_default_context())


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - DAY).not_valid_after(NOW + DAY)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "tls.pem", folder / "tls.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path
