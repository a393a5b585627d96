"""A subscription's life through App Store Server Notifications V2."""

from __future__ import annotations

import datetime as dt

import asyncpg
import grpc

from tests.apple_pki import TestAppStore, millis
from tests.conftest import AUTH
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc

DAY = dt.timedelta(days=1)


class Life:
    """One user's subscription, driven by notifications through a real channel."""

    def __init__(self, channel: grpc.aio.Channel, store: TestAppStore, original: str, user: str = "user-1") -> None:
        self.api = pb_grpc.SubscriptionServiceStub(channel)
        self.store, self.original, self.user = store, original, user
        self.clock = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)

    async def notify(self, kind: str, subtype: str | None = None, **fields: object) -> pb.HandleAppStoreNotificationResponse:
        self.clock += dt.timedelta(seconds=1)  # each event signed after the previous one
        signed_at = fields.pop("signed_at", self.clock)
        payload = self.store.notification(kind, self.original, subtype=subtype, signed_at=signed_at, **fields)  # type: ignore[arg-type]
        return await self.api.HandleAppStoreNotification(
            pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH
        )

    async def subscription(self) -> pb.Subscription:
        return await self.api.GetSubscription(pb.GetSubscriptionRequest(user_id=self.user), metadata=AUTH)

    async def entitled(self) -> bool:
        answer = await self.api.CheckEntitlement(
            pb.CheckEntitlementRequest(user_id=self.user, entitlement="premium"), metadata=AUTH
        )
        return answer.entitled

    async def buy(self) -> None:
        signed = self.store.transaction(self.original, signed_at=self.clock)
        await self.api.ValidateReceipt(pb.ValidateReceiptRequest(user_id=self.user, signed_transaction=signed), metadata=AUTH)


async def test_buy_renew_grace_recover_expire_resubscribe(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2001")
    first = await life.notify("SUBSCRIBED", "INITIAL_BUY")
    assert first.outcome == pb.APPLIED and first.original_transaction_id == "2001"
    await life.buy()  # the app presents the purchase: binds it to the user
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()

    renewed = await life.notify("DID_RENEW", transaction={"expires_in": 60 * DAY})
    assert renewed.outcome == pb.APPLIED
    subscription = await life.subscription()
    assert subscription.expires_time.ToDatetime(dt.timezone.utc) > dt.datetime.now(dt.timezone.utc) + 59 * DAY

    await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_DISABLED", renewal={"auto_renew": False})
    assert not (await life.subscription()).auto_renew
    await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_ENABLED")
    assert (await life.subscription()).auto_renew

    grace_end = dt.datetime.now(dt.timezone.utc) + 6 * DAY
    await life.notify(
        "DID_FAIL_TO_RENEW", "GRACE_PERIOD",
        transaction={"expires_in": -DAY}, renewal={"gracePeriodExpiresDate": millis(grace_end)},
    )
    in_grace = await life.subscription()
    assert in_grace.status == pb.IN_GRACE_PERIOD and await life.entitled()
    assert abs(in_grace.grace_period_expires_time.ToDatetime(dt.timezone.utc) - grace_end) < dt.timedelta(seconds=1)

    await life.notify("GRACE_PERIOD_EXPIRED", transaction={"expires_in": -DAY})
    assert (await life.subscription()).status == pb.IN_BILLING_RETRY and not await life.entitled()

    await life.notify("DID_RENEW", "BILLING_RECOVERY")
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()

    await life.notify("DID_FAIL_TO_RENEW", transaction={"expires_in": -DAY})
    assert (await life.subscription()).status == pb.IN_BILLING_RETRY and not await life.entitled()

    await life.notify("EXPIRED", "BILLING_RETRY", transaction={"expires_in": -DAY})
    expired = await life.subscription()
    assert expired.status == pb.EXPIRED and not expired.auto_renew and not await life.entitled()

    await life.notify("SUBSCRIBED", "RESUBSCRIBE")
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()


async def test_refund_and_revoke_end_access(subscription_channel: grpc.aio.Channel, app_store: TestAppStore) -> None:
    refunded = Life(subscription_channel, app_store, "2002", user="refunded")
    await refunded.buy()
    revocation = {"revocationDate": millis(dt.datetime.now(dt.timezone.utc)), "revocationReason": 0}
    await refunded.notify("REFUND", transaction=revocation)
    assert (await refunded.subscription()).status == pb.REFUNDED and not await refunded.entitled()

    revoked = Life(subscription_channel, app_store, "2003", user="revoked")
    await revoked.buy()
    await revoked.notify("REVOKE", transaction={"revocationDate": millis(dt.datetime.now(dt.timezone.utc))})
    assert (await revoked.subscription()).status == pb.REVOKED and not await revoked.entitled()


async def test_a_notification_delivered_twice_is_applied_once(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    life = Life(subscription_channel, app_store, "2004")
    await life.buy()
    payload = app_store.notification("EXPIRED", "VOLUNTARY", notification_uuid="11111111-2222-3333-4444-555555555555")
    request = pb.HandleAppStoreNotificationRequest(signed_payload=payload)
    first = await life.api.HandleAppStoreNotification(request, metadata=AUTH)
    second = await life.api.HandleAppStoreNotification(request, metadata=AUTH)
    assert (first.outcome, second.outcome) == (pb.APPLIED, pb.DUPLICATE)
    connection = await asyncpg.connect(dsn)
    try:
        assert await connection.fetchval("SELECT count(*) FROM subscription.notifications") == 1
    finally:
        await connection.close()


async def test_an_older_notification_never_overwrites_newer_state(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    life = Life(subscription_channel, app_store, "2005")
    await life.buy()
    now = dt.datetime.now(dt.timezone.utc)
    newer = await life.notify("EXPIRED", "VOLUNTARY", signed_at=now, transaction={"expires_in": -DAY})
    older = await life.notify("DID_RENEW", signed_at=now - dt.timedelta(minutes=5))
    assert (newer.outcome, older.outcome) == (pb.APPLIED, pb.STALE)
    assert (await life.subscription()).status == pb.EXPIRED
    connection = await asyncpg.connect(dsn)
    try:
        stored = await connection.fetchval("SELECT count(*) FROM subscription.notifications")
    finally:
        await connection.close()
    assert stored == 2  # the stale one is kept, raw, for the record


async def test_test_and_unknown_notifications_are_stored_and_acknowledged(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    for kind in ("TEST", "SOMETHING_APPLE_ADDS_NEXT_YEAR"):
        payload = app_store.notification(kind)
        answer = await api.HandleAppStoreNotification(
            pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH
        )
        assert answer.outcome == pb.STORED and answer.notification_type == kind


async def test_a_notification_before_the_app_presents_the_purchase_is_kept_for_later(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2006", user="late")
    await life.notify("SUBSCRIBED", "INITIAL_BUY")
    assert not await life.entitled()  # not bound to anyone yet
    await life.buy()
    assert await life.entitled()


async def test_forged_notifications_are_rejected_and_recorded(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str, tmp_path_factory: object
) -> None:
    forger = TestAppStore(tmp_path_factory.mktemp("forger"))  # type: ignore[attr-defined]
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    payload = forger.notification("REFUND", "2007", transaction={"revocationDate": millis(dt.datetime.now(dt.timezone.utc))})
    error = await rpc_error(
        api.HandleAppStoreNotification(pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH)
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "VERIFICATION_FAILURE" in field_violations(error)["signed_payload"]
    connection = await asyncpg.connect(dsn)
    try:
        assert await connection.fetchval("SELECT count(*) FROM subscription.notifications") == 0
        assert await connection.fetchval(
            "SELECT count(*) FROM subscription.receipt_validations WHERE kind = 'notification' AND outcome = 'invalid'"
        ) == 1
    finally:
        await connection.close()
