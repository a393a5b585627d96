"""Catching up with Apple through its App Store Server API (a local stand-in, over real HTTP):
the authoritative status after a purchase, and notifications replayed from Apple's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest

from subscription_service.app import SubscriptionService
from tests.app_store_standin import AppStoreApiStandIn, StatusEntry, api_settings
from tests.apple_pki import TestAppStore, millis
from tests.conftest import AUTH, serve_subscriptions, subscription_settings
from tests.grpc_helpers import rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc

NOW = dt.datetime.now(dt.UTC)
DAY = dt.timedelta(days=1)


@dataclass
class Stack:
    api: pb_grpc.SubscriptionServiceStub
    apple: AppStoreApiStandIn
    port: int
    service: SubscriptionService


@pytest.fixture
async def stack(dsn: str, app_store: TestAppStore, tmp_path: Path) -> AsyncIterator[Stack]:
    apple = AppStoreApiStandIn()
    async with apple.serving() as base_url:
        settings = subscription_settings(app_store, **api_settings(tmp_path, base_url))
        async with serve_subscriptions(settings, dsn) as served:
            yield Stack(pb_grpc.SubscriptionServiceStub(served.channel), apple, served.port, served.service)


async def test_a_purchase_is_followed_by_apples_authoritative_status(stack: Stack, app_store: TestAppStore) -> None:
    lapsed = {"transaction_id": "8001.1", "purchased_at": NOW - 30 * DAY, "expires_in": -DAY}
    grace_end = NOW + 3 * DAY
    stack.apple.statuses["8001.1"] = [
        StatusEntry(4, app_store.transaction("8001", **lapsed),
                    app_store.renewal("8001", gracePeriodExpiresDate=millis(grace_end), isInBillingRetryPeriod=True))
    ]
    answer = await stack.api.ValidateReceipt(
        pb.ValidateReceiptRequest(user_id="in-grace", signed_transaction=app_store.transaction("8001", **lapsed)), metadata=AUTH
    )
    # By its own expiry the purchase has lapsed; Apple says it is in its billing grace period.
    assert answer.valid and answer.subscription.status == pb.IN_GRACE_PERIOD
    assert list(answer.subscription.entitlements) == ["premium"]
    assert "GET /inApps/v1/subscriptions/8001.1" in stack.apple.requests


@pytest.mark.parametrize("trouble", ["failing", "refusing"])
async def test_a_purchase_stands_when_apple_cannot_be_asked(stack: Stack, app_store: TestAppStore, trouble: str) -> None:
    setattr(stack.apple, trouble, True)  # down, or refusing our credentials
    bought = app_store.transaction("8002", transaction_id="8002.1")
    answer = await stack.api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="u", signed_transaction=bought), metadata=AUTH)
    assert answer.valid and answer.subscription.status == pb.ACTIVE
    assert "GET /inApps/v1/subscriptions/8002.1" in stack.apple.requests


async def test_sync_replays_missed_notifications_once(stack: Stack, app_store: TestAppStore) -> None:
    bought = {"transaction_id": "8003.1", "purchased_at": NOW - 2 * DAY, "expires_in": 28 * DAY}
    presented = app_store.transaction("8003", signed_at=NOW - 2 * DAY, **bought)  # before the refund
    await stack.api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="missed", signed_transaction=presented), metadata=AUTH)
    sent = [
        (NOW - 2 * DAY, app_store.notification("SUBSCRIBED", "8003", subtype="INITIAL_BUY", signed_at=NOW - 2 * DAY, transaction=bought)),
        (NOW - DAY, app_store.notification("TEST", signed_at=NOW - DAY)),
        (NOW - dt.timedelta(hours=1), app_store.notification(
            "REFUND", "8003", signed_at=NOW - dt.timedelta(hours=1), status=5,
            transaction={**bought, "revocationDate": millis(NOW - dt.timedelta(hours=1)), "revocationReason": 0},
        )),
        (NOW - 30 * DAY, app_store.notification("TEST", signed_at=NOW - 30 * DAY)),  # before the range
    ]
    stack.apple.history = [(millis(at), payload) for at, payload in sent]
    request = pb.SyncAppStoreNotificationsRequest()
    request.start_time.FromDatetime(NOW - 7 * DAY)
    first = await stack.api.SyncAppStoreNotifications(request, metadata=AUTH)
    assert (first.fetched, first.applied, first.stored, first.duplicate, first.rejected) == (3, 2, 1, 0, 0)
    check = await stack.api.CheckEntitlement(pb.CheckEntitlementRequest(user_id="missed", entitlement="premium"), metadata=AUTH)
    assert not check.entitled and check.status == pb.REFUNDED
    again = await stack.api.SyncAppStoreNotifications(request, metadata=AUTH)
    assert (again.fetched, again.duplicate) == (3, 3)


async def test_sync_through_the_command_line(
    stack: Stack, app_store: TestAppStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import SERVICE_TOKEN
    from tests.test_cli import zodiac

    stack.apple.history = [(millis(NOW - DAY), app_store.notification("DID_RENEW", "8004", signed_at=NOW - DAY))]
    monkeypatch.setenv("SUBSCRIPTION_TARGET", f"127.0.0.1:{stack.port}")
    monkeypatch.setenv("ZODIAC_SERVICE_TOKEN", SERVICE_TOKEN)
    await zodiac("subscriptions", "sync", "--since", "7d")
    assert capsys.readouterr().out.strip() == "fetched 1: applied 1, duplicate 0, stale 0, stored 0, refused 0"


@pytest.mark.parametrize(
    ("start", "end"),
    [(None, None), (NOW - 200 * DAY, None), (NOW - DAY, NOW - 2 * DAY)],
)
async def test_sync_needs_a_range_apple_keeps(stack: Stack, start: dt.datetime | None, end: dt.datetime | None) -> None:
    request = pb.SyncAppStoreNotificationsRequest()
    if start is not None:
        request.start_time.FromDatetime(start)
    if end is not None:
        request.end_time.FromDatetime(end)
    error = await rpc_error(stack.api.SyncAppStoreNotifications(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_sync_without_api_credentials_says_what_is_missing(subscription_channel: grpc.aio.Channel) -> None:
    request = pb.SyncAppStoreNotificationsRequest()
    request.start_time.FromDatetime(NOW - DAY)
    error = await rpc_error(pb_grpc.SubscriptionServiceStub(subscription_channel).SyncAppStoreNotifications(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION and "APPLE_API_KEY_ID" in (error.details() or "")


async def test_sync_when_apple_is_down_is_unavailable(stack: Stack) -> None:
    stack.apple.failing = True
    request = pb.SyncAppStoreNotificationsRequest()
    request.start_time.FromDatetime(NOW - DAY)
    error = await rpc_error(stack.api.SyncAppStoreNotifications(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.UNAVAILABLE


async def test_the_service_replays_apples_history_on_its_own(stack: Stack, app_store: TestAppStore, dsn: str) -> None:
    import asyncio
    import contextlib

    import asyncpg

    from subscription_service.app import keep_in_sync

    an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    stack.apple.history = [(millis(an_hour_ago), app_store.notification("DID_RENEW", "8005", signed_at=an_hour_ago))]
    subscriptions = stack.service.subscriptions
    loop = asyncio.create_task(keep_in_sync(subscriptions, every=0.05))
    try:
        for _ in range(100):
            await asyncio.sleep(0.05)
            if "POST /inApps/v1/notifications/history" in stack.apple.requests:
                break
        await asyncio.sleep(0.2)
    finally:
        loop.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await loop
    connection = await asyncpg.connect(dsn)
    try:
        stored = await connection.fetchval("SELECT count(*) FROM subscription.notifications WHERE original_transaction_id = '8005'")
    finally:
        await connection.close()
    assert stored == 1
