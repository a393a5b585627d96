"""SubscriptionService through a real channel against a real database, with a test App Store PKI."""

from __future__ import annotations

import asyncio
import datetime as dt

import asyncpg
import grpc
import pytest

from tests.apple_pki import MONTHLY, YEARLY, TestAppStore
from tests.conftest import AUTH
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc

NOW = dt.datetime.now(dt.UTC)


def stub(channel: grpc.aio.Channel) -> pb_grpc.SubscriptionServiceStub:
    return pb_grpc.SubscriptionServiceStub(channel)


async def validate(channel: grpc.aio.Channel, user: str, signed: str) -> pb.ValidateReceiptResponse:
    return await stub(channel).ValidateReceipt(
        pb.ValidateReceiptRequest(user_id=user, signed_transaction=signed), metadata=AUTH
    )


async def entitled(channel: grpc.aio.Channel, user: str) -> bool:
    answer = await stub(channel).CheckEntitlement(
        pb.CheckEntitlementRequest(user_id=user, entitlement="premium"), metadata=AUTH
    )
    return answer.entitled


async def fetch(dsn: str, query: str, *args: object) -> list[asyncpg.Record]:
    connection = await asyncpg.connect(dsn)
    try:
        return await connection.fetch(query, *args)
    finally:
        await connection.close()


async def test_a_purchase_grants_premium(subscription_channel: grpc.aio.Channel, app_store: TestAppStore) -> None:
    response = await validate(subscription_channel, "user-1", app_store.transaction("1001", transaction_id="5001"))
    assert response.valid and response.reason == "" and response.transaction_id == "5001"
    subscription = response.subscription
    assert subscription.status == pb.ACTIVE and subscription.product_id == MONTHLY
    assert subscription.original_transaction_id == "1001" and subscription.user_id == "user-1"
    assert subscription.environment == pb.SANDBOX and list(subscription.entitlements) == ["premium"]

    check = await stub(subscription_channel).CheckEntitlement(
        pb.CheckEntitlementRequest(user_id="user-1", entitlement="premium"), metadata=AUTH
    )
    assert check.entitled and check.product_id == MONTHLY and check.status == pb.ACTIVE
    assert check.expires_time.ToDatetime(dt.UTC) > NOW + dt.timedelta(days=29)
    got = await stub(subscription_channel).GetSubscription(pb.GetSubscriptionRequest(user_id="user-1"), metadata=AUTH)
    assert got.original_transaction_id == "1001" and got.status == pb.ACTIVE


async def test_unknown_entitlement_and_unknown_user(subscription_channel: grpc.aio.Channel, app_store: TestAppStore) -> None:
    await validate(subscription_channel, "user-1", app_store.transaction("1002"))
    other = await stub(subscription_channel).CheckEntitlement(
        pb.CheckEntitlementRequest(user_id="user-1", entitlement="astrologer-chat"), metadata=AUTH
    )
    assert not other.entitled
    assert not await entitled(subscription_channel, "nobody")
    error = await rpc_error(
        stub(subscription_channel).GetSubscription(pb.GetSubscriptionRequest(user_id="nobody"), metadata=AUTH)
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_an_expired_purchase_is_valid_but_grants_nothing(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    signed = app_store.transaction("1003", expires_in=-dt.timedelta(days=1))
    response = await validate(subscription_channel, "user-1", signed)
    assert response.valid and response.subscription.status == pb.EXPIRED
    assert list(response.subscription.entitlements) == []
    assert not await entitled(subscription_channel, "user-1")


async def test_same_transaction_validated_52_times_gives_one_record(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    signed = app_store.transaction("1004", transaction_id="5004")
    first = await validate(subscription_channel, "user-1", signed)
    answers = await asyncio.gather(*(validate(subscription_channel, "user-1", signed) for _ in range(50)))
    last = await validate(subscription_channel, "user-1", signed)
    assert all(a.valid and a.subscription.original_transaction_id == "1004" for a in [*answers, last])
    assert last.subscription.expires_time == first.subscription.expires_time
    assert len(await fetch(dsn, "SELECT 1 FROM subscription.subscriptions")) == 1
    assert len(await fetch(dsn, "SELECT 1 FROM subscription.transactions")) == 1
    audit = await fetch(dsn, "SELECT outcome, attempts FROM subscription.receipt_validations")
    assert [(r["outcome"], r["attempts"]) for r in audit] == [("valid", 52)]


async def test_a_purchase_replayed_for_another_user_is_refused(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    await validate(subscription_channel, "alice", app_store.transaction("1005"))
    error = await rpc_error(validate(subscription_channel, "mallory", app_store.transaction("1005")))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    rows = await fetch(dsn, "SELECT user_id FROM subscription.subscriptions")
    assert [r["user_id"] for r in rows] == ["alice"]
    denied = await fetch(dsn, "SELECT user_id FROM subscription.receipt_validations WHERE outcome = 'denied'")
    assert [r["user_id"] for r in denied] == ["mallory"]
    assert not await entitled(subscription_channel, "mallory")


async def test_concurrent_users_racing_for_one_purchase_bind_exactly_one(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    signed = app_store.transaction("1006")
    calls = [validate(subscription_channel, f"user-{i}", signed) for i in range(10)]
    results = await asyncio.gather(*calls, return_exceptions=True)
    winners = [r for r in results if isinstance(r, pb.ValidateReceiptResponse)]
    refused = [r for r in results if isinstance(r, grpc.aio.AioRpcError)]
    assert len(winners) == 1 and len(refused) == 9
    assert all(e.code() == grpc.StatusCode.PERMISSION_DENIED for e in refused)
    rows = await fetch(dsn, "SELECT user_id FROM subscription.subscriptions")
    assert [r["user_id"] for r in rows] == [winners[0].subscription.user_id]


def _forged_store(tmp_path_factory: pytest.TempPathFactory) -> TestAppStore:
    return TestAppStore(tmp_path_factory.mktemp("forger"))


@pytest.mark.parametrize(
    ("forgery", "reason"),
    [
        ("other_root", "VERIFICATION_FAILURE"),
        ("tampered", "VERIFICATION_FAILURE"),
        ("no_x5c", "VERIFICATION_FAILURE"),
        ("wrong_bundle", "INVALID_APP_IDENTIFIER"),
        ("wrong_environment", "INVALID_ENVIRONMENT"),
    ],
)
async def test_forged_and_foreign_purchases_are_invalid_and_change_nothing(
    subscription_channel: grpc.aio.Channel,
    app_store: TestAppStore,
    dsn: str,
    tmp_path_factory: pytest.TempPathFactory,
    forgery: str,
    reason: str,
) -> None:
    if forgery == "other_root":
        signed = _forged_store(tmp_path_factory).transaction("1007")
    elif forgery == "tampered":
        header, payload, signature = app_store.transaction("1007").split(".")
        other = app_store.transaction("1007", product_id=YEARLY, expires_in=dt.timedelta(days=3650)).split(".")[1]
        signed = ".".join([header, other, signature])
    elif forgery == "no_x5c":
        signed = app_store.sign(app_store.transaction_payload("1007"), headers={"x5cwrong": app_store.chain})
    elif forgery == "wrong_bundle":
        signed = app_store.sign(app_store.transaction_payload("1007") | {"bundleId": "com.example.other"})
    else:
        signed = app_store.sign(app_store.transaction_payload("1007") | {"environment": "Production"})
    response = await validate(subscription_channel, "user-1", signed)
    assert not response.valid and response.reason.startswith(reason)
    assert not response.HasField("subscription")
    assert await fetch(dsn, "SELECT 1 FROM subscription.subscriptions") == []
    audit = await fetch(dsn, "SELECT outcome, reason FROM subscription.receipt_validations")
    assert [r["outcome"] for r in audit] == ["invalid"] and audit[0]["reason"].startswith(reason)


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (pb.ValidateReceiptRequest(signed_transaction="a.b.c"), "user_id"),
        (pb.ValidateReceiptRequest(user_id="u"), "receipt"),
        (pb.ValidateReceiptRequest(user_id="u", signed_transaction="not a jws at all"), "signed_transaction"),
        (pb.ValidateReceiptRequest(user_id="u", signed_transaction="é.b.c"), "signed_transaction"),
        (pb.ValidateReceiptRequest(user_id="u", signed_transaction="a." * 40000), "signed_transaction"),
        (pb.ValidateReceiptRequest(user_id="u" * 129, signed_transaction="a.b.c"), "user_id"),
        (pb.ValidateReceiptRequest(user_id="u", app_receipt="***"), "app_receipt"),
    ],
)
async def test_validate_rejects_bad_input(
    subscription_channel: grpc.aio.Channel, request_: pb.ValidateReceiptRequest, field: str
) -> None:
    error = await rpc_error(stub(subscription_channel).ValidateReceipt(request_, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(error)


async def test_other_rpcs_reject_bad_input(subscription_channel: grpc.aio.Channel) -> None:
    api = stub(subscription_channel)
    calls = {
        "signed_payload": api.HandleAppStoreNotification(pb.HandleAppStoreNotificationRequest(), metadata=AUTH),
        "user_id": api.GetSubscription(pb.GetSubscriptionRequest(), metadata=AUTH),
        "entitlement": api.CheckEntitlement(
            pb.CheckEntitlementRequest(user_id="u", entitlement="Premium Plus!"), metadata=AUTH
        ),
    }
    for field, call in calls.items():
        error = await rpc_error(call)
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and field in field_violations(error)


async def test_every_rpc_needs_the_service_token(subscription_channel: grpc.aio.Channel) -> None:
    api = stub(subscription_channel)
    for call in (
        api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="u", signed_transaction="a.b.c")),
        api.HandleAppStoreNotification(pb.HandleAppStoreNotificationRequest(signed_payload="a.b.c")),
        api.GetSubscription(pb.GetSubscriptionRequest(user_id="u")),
        api.CheckEntitlement(pb.CheckEntitlementRequest(user_id="u", entitlement="premium")),
        api.GetAppAccountToken(pb.GetAppAccountTokenRequest(user_id="u")),
        api.SyncAppStoreNotifications(pb.SyncAppStoreNotificationsRequest()),
    ):
        assert (await rpc_error(call)).code() == grpc.StatusCode.UNAUTHENTICATED

