"""The subscription service as a production deployment runs it (`python -m subscription_service`,
APPLE_ENVIRONMENT=Production, a root of our own, online checks off), used over gRPC and HTTP as the
app, the gateway and Apple would."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest

from tests.apple_pki import TestAppStore, millis
from tests.conftest import SERVICE_TOKEN, free_ports
from tests.test_stack import _wait_serving
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc
from zodiac_platform.database import dsn_for_role

AUTH = (("authorization", f"Bearer {SERVICE_TOKEN}"),)
NOW = dt.datetime.now(dt.UTC)
DAY = dt.timedelta(days=1)
APP_APPLE_ID = 1234


@dataclass
class Production:
    api: pb_grpc.SubscriptionServiceStub
    url: str
    sandbox: TestAppStore  # App Review's purchases
    store: TestAppStore  # the App Store itself, same keys

    def post(self, signed_payload: str) -> int:
        body = json.dumps({"signedPayload": signed_payload}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code

    def entitled(self, user: str) -> bool:
        request = pb.CheckEntitlementRequest(user_id=user, entitlement="premium")
        return self.api.CheckEntitlement(request, metadata=AUTH, timeout=10).entitled


def _wait_listening(port: int, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on {port}")


@pytest.fixture
def production(dsn: str, tmp_path: Path) -> Iterator[Production]:
    sandbox = TestAppStore(tmp_path, environment="Sandbox")
    store = sandbox.in_environment("Production", app_apple_id=APP_APPLE_ID)
    grpc_port, http_port, metrics_port = free_ports(3)
    env = {
        **os.environ,
        "ZODIAC_ENV": "production",
        "DATABASE_URL": dsn,
        "SUBSCRIPTION_DATABASE_URL": dsn_for_role(dsn, "zodiac_subscription"),
        "ZODIAC_SERVICE_TOKEN": SERVICE_TOKEN,
        "SUBSCRIPTION_PORT": str(grpc_port),
        "SUBSCRIPTION_HTTP_PORT": str(http_port),
        "SUBSCRIPTION_METRICS_PORT": str(metrics_port),
        "APPLE_ENVIRONMENT": "Production",
        "APPLE_APP_APPLE_ID": str(APP_APPLE_ID),
        "APPLE_BUNDLE_ID": sandbox.bundle_id,
        "APPLE_ROOT_CERTIFICATES": str(sandbox.root_path),
        "APPLE_ONLINE_CHECKS": "false",
        "PRODUCT_ENTITLEMENTS": "com.example.premium.monthly=premium",
    }
    log = tmp_path / "service.log"
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, "-m", "subscription_service"], env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_serving(f"127.0.0.1:{grpc_port}", process)  # type: ignore[arg-type]
        _wait_listening(http_port)  # the HTTP endpoint starts right after gRPC
        with grpc.insecure_channel(f"127.0.0.1:{grpc_port}") as channel:
            yield Production(pb_grpc.SubscriptionServiceStub(channel), f"http://127.0.0.1:{http_port}/apple/notifications", sandbox, store)
    finally:
        process.terminate()
        assert process.wait(30) == 0, log.read_text()


def test_app_review_buys_then_apple_refunds_twice_and_a_forger_tries(
    production: Production, tmp_path_factory: pytest.TempPathFactory
) -> None:
    bought = {"transaction_id": "4242.1", "purchased_at": NOW - DAY, "expires_in": 29 * DAY}
    signed = production.sandbox.transaction("4242", **bought)
    answer = production.api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="reviewer", signed_transaction=signed), metadata=AUTH, timeout=10)
    assert answer.valid and answer.subscription.environment == pb.SANDBOX and production.entitled("reviewer")

    forger = TestAppStore(tmp_path_factory.mktemp("forger"))
    forged = forger.notification("REFUND", "4242", transaction={**bought, "revocationDate": millis(NOW)}, status=5)
    assert production.post(forged) == 403 and production.entitled("reviewer")

    refund = production.sandbox.notification(
        "REFUND", "4242", transaction={**bought, "revocationDate": millis(NOW), "revocationReason": 0}, status=5
    )
    assert (production.post(refund), production.post(refund)) == (200, 200)
    assert not production.entitled("reviewer")


def test_a_production_purchase_and_its_notification(production: Production) -> None:
    bought = {"transaction_id": "4343.1", "purchased_at": NOW - DAY, "expires_in": 29 * DAY}
    assert production.post(production.store.notification("SUBSCRIBED", "4343", subtype="INITIAL_BUY", transaction=bought)) == 200
    signed = production.store.transaction("4343", **bought)
    answer = production.api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="payer", signed_transaction=signed), metadata=AUTH, timeout=10)
    assert answer.valid and answer.subscription.environment == pb.PRODUCTION and production.entitled("payer")


def test_a_nul_in_a_user_id_is_invalid(production: Production) -> None:
    with pytest.raises(grpc.RpcError) as error:
        production.entitled("re\x00viewer")
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
