"""A subscription's life through App Store Server Notifications V2 and re-validations, with
realistic periods: each renewal is its own transaction, bought before the period it pays for."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import asyncpg
import grpc

from tests.apple_pki import YEARLY, TestAppStore, millis
from tests.conftest import AUTH
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc

DAY = dt.timedelta(days=1)
NOW = dt.datetime.now(dt.UTC)


def period(original: str, n: int, start: dt.datetime, end: dt.datetime, **extra: Any) -> dict[str, Any]:
    """Transaction fields of the subscription's `n`th paid period, [start, end)."""
    return {
        "transaction_id": f"{original}.{n}",
        "purchased_at": start,
        "expires_in": end - dt.datetime.now(dt.UTC),
        **extra,
    }


class Life:
    """One user's subscription, driven through a real channel. Apple signs each event after the last."""

    def __init__(self, channel: grpc.aio.Channel, store: TestAppStore, original: str, user: str = "user-1") -> None:
        self.api = pb_grpc.SubscriptionServiceStub(channel)
        self.store, self.original, self.user = store, original, user
        self.clock = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)

    def _tick(self) -> dt.datetime:
        self.clock += dt.timedelta(seconds=1)
        return self.clock

    async def notify(
        self, kind: str, subtype: str | None = None, *, transaction: dict[str, Any], **fields: Any
    ) -> pb.HandleAppStoreNotificationResponse:
        signed_at = fields.pop("signed_at", None) or self._tick()
        payload = self.store.notification(
            kind, self.original, subtype=subtype, signed_at=signed_at,
            transaction={**transaction, "signed_at": signed_at}, **fields,
        )
        return await self.api.HandleAppStoreNotification(
            pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH
        )

    async def present(self, transaction: dict[str, Any]) -> pb.ValidateReceiptResponse:
        """The app presents a transaction (a purchase, or a re-signed old one from Transaction.all)."""
        signed = self.store.transaction(self.original, signed_at=self._tick(), **transaction)
        return await self.api.ValidateReceipt(
            pb.ValidateReceiptRequest(user_id=self.user, signed_transaction=signed), metadata=AUTH
        )

    async def subscription(self) -> pb.Subscription:
        return await self.api.GetSubscription(pb.GetSubscriptionRequest(user_id=self.user), metadata=AUTH)

    async def entitled(self) -> bool:
        answer = await self.api.CheckEntitlement(
            pb.CheckEntitlementRequest(user_id=self.user, entitlement="premium"), metadata=AUTH
        )
        return answer.entitled


async def test_buy_renew_grace_recover_retry_expire_resubscribe(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2001")
    first = period("2001", 1, NOW - 20 * DAY, NOW + 10 * DAY)
    assert (await life.notify("SUBSCRIBED", "INITIAL_BUY", transaction=first)).outcome == pb.APPLIED
    await life.present(first)  # binds it to the user
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()

    second = period("2001", 2, NOW - DAY, NOW + 40 * DAY)
    assert (await life.notify("DID_RENEW", transaction=second)).outcome == pb.APPLIED
    renewed = await life.subscription()
    assert renewed.expires_time.ToDatetime(dt.UTC) > NOW + 39 * DAY

    await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_DISABLED", transaction=second, renewal={"auto_renew": False})
    assert not (await life.subscription()).auto_renew
    await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_ENABLED", transaction=second)
    assert (await life.subscription()).auto_renew

    lapsed = period("2001", 2, NOW - DAY, NOW - dt.timedelta(hours=1))  # its expiry, as Apple now signs it
    grace_end = NOW + 6 * DAY
    await life.notify("DID_FAIL_TO_RENEW", "GRACE_PERIOD", transaction=lapsed,
                      renewal={"gracePeriodExpiresDate": millis(grace_end)})
    in_grace = await life.subscription()
    assert in_grace.status == pb.IN_GRACE_PERIOD and await life.entitled()
    assert abs(in_grace.grace_period_expires_time.ToDatetime(dt.UTC) - grace_end) < dt.timedelta(seconds=1)

    await life.notify("GRACE_PERIOD_EXPIRED", transaction=lapsed)
    assert (await life.subscription()).status == pb.IN_BILLING_RETRY and not await life.entitled()

    third = period("2001", 3, NOW, NOW + 30 * DAY)
    await life.notify("DID_RENEW", "BILLING_RECOVERY", transaction=third)
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()

    third_lapsed = period("2001", 3, NOW, NOW - dt.timedelta(minutes=1))
    await life.notify("DID_FAIL_TO_RENEW", transaction=third_lapsed)
    assert (await life.subscription()).status == pb.IN_BILLING_RETRY and not await life.entitled()

    await life.notify("EXPIRED", "BILLING_RETRY", transaction=third_lapsed, renewal={"auto_renew": False})
    expired = await life.subscription()
    assert expired.status == pb.EXPIRED and not expired.auto_renew and not await life.entitled()

    fourth = period("2001", 4, NOW + dt.timedelta(minutes=1), NOW + 30 * DAY)
    await life.notify("SUBSCRIBED", "RESUBSCRIBE", transaction=fourth)
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()


async def test_an_old_renewal_resigned_today_does_not_end_the_current_period(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2010")
    current = period("2010", 2, NOW - 5 * DAY, NOW + 25 * DAY)
    await life.present(current)
    old = period("2010", 1, NOW - 35 * DAY, NOW - 5 * DAY)
    answer = await life.present(old)  # Transaction.all hands the app last month's renewal, signed now
    assert answer.valid and answer.subscription.status == pb.ACTIVE
    got = await life.subscription()
    assert got.status == pb.ACTIVE and await life.entitled()
    assert got.expires_time.ToDatetime(dt.UTC) > NOW + 24 * DAY


async def test_a_refund_of_last_month_leaves_this_month_paid(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2011")
    last_month = period("2011", 1, NOW - 35 * DAY, NOW - 5 * DAY)
    this_month = period("2011", 2, NOW - 5 * DAY, NOW + 25 * DAY)
    await life.present(last_month)
    await life.notify("DID_RENEW", transaction=this_month)
    refunded = {**last_month, "revocationDate": millis(NOW), "revocationReason": 0}
    assert (await life.notify("REFUND", transaction=refunded, status=1)).outcome == pb.APPLIED
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()

    # A refund of the period being paid for ends access; its reversal gives it back.
    await life.notify("REFUND", transaction={**this_month, "revocationDate": millis(NOW), "revocationReason": 1})
    assert (await life.subscription()).status == pb.REFUNDED and not await life.entitled()
    await life.notify("REFUND_REVERSED", transaction=this_month)
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()


async def test_grace_period_holds_through_renewal_changes_and_revalidation(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2012")
    lapsed = period("2012", 1, NOW - 30 * DAY, NOW - DAY)
    grace_end = NOW + 5 * DAY
    await life.present(lapsed)
    await life.notify("DID_FAIL_TO_RENEW", "GRACE_PERIOD", transaction=lapsed,
                      renewal={"gracePeriodExpiresDate": millis(grace_end)})
    await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_DISABLED", transaction=lapsed, renewal={"auto_renew": False})
    await life.present(lapsed)  # the app re-validates what it has
    held = await life.subscription()
    assert held.status == pb.IN_GRACE_PERIOD and await life.entitled() and not held.auto_renew
    assert abs(held.grace_period_expires_time.ToDatetime(dt.UTC) - grace_end) < dt.timedelta(seconds=1)


async def test_apples_status_field_is_the_word_on_state(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2013")
    lapsed = period("2013", 1, NOW - 30 * DAY, NOW - DAY)
    await life.present(lapsed)
    # A renewal-status change carrying status 4 (billing grace period): grace, by Apple's word.
    await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_ENABLED", transaction=lapsed, status=4,
                      renewal={"gracePeriodExpiresDate": millis(NOW + 2 * DAY)})
    assert (await life.subscription()).status == pb.IN_GRACE_PERIOD and await life.entitled()


async def test_an_older_notification_never_overwrites_newer_state(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    life = Life(subscription_channel, app_store, "2005")
    current = period("2005", 1, NOW - 20 * DAY, NOW - DAY)
    await life.present(current)
    newer = await life.notify("EXPIRED", "VOLUNTARY", transaction=current, signed_at=NOW)
    older = await life.notify("DID_CHANGE_RENEWAL_STATUS", "AUTO_RENEW_DISABLED", transaction=current,
                              signed_at=NOW - dt.timedelta(minutes=5), status=1)
    assert (newer.outcome, older.outcome) == (pb.APPLIED, pb.STALE)
    assert (await life.subscription()).status == pb.EXPIRED
    connection = await asyncpg.connect(dsn)
    try:
        stored = await connection.fetchval("SELECT count(*) FROM subscription.notifications")
    finally:
        await connection.close()
    assert stored == 2  # the stale one is kept, raw, for the record


async def test_an_upgrade_moves_access_to_the_new_product(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2014")
    monthly = period("2014", 1, NOW - 10 * DAY, NOW + 20 * DAY)
    await life.present(monthly)
    # Apple re-signs the monthly period with isUpgraded and starts a yearly one at once, in the same
    # subscription (group); the upgraded-from period no longer grants anything.
    yearly = period("2014", 2, NOW, NOW + 365 * DAY, product_id=YEARLY)
    await life.notify("DID_CHANGE_RENEWAL_PREF", "UPGRADE", transaction=yearly, renewal={"product_id": YEARLY, "auto_renew_product_id": YEARLY})
    await life.present({**monthly, "isUpgraded": True})
    got = await life.subscription()
    assert got.product_id == YEARLY and got.status == pb.ACTIVE
    assert got.expires_time.ToDatetime(dt.UTC) > NOW + 360 * DAY


async def test_a_downgrade_waits_for_the_renewal(subscription_channel: grpc.aio.Channel, app_store: TestAppStore) -> None:
    life = Life(subscription_channel, app_store, "2015")
    yearly = period("2015", 1, NOW - 10 * DAY, NOW + 355 * DAY, product_id=YEARLY)
    await life.present(yearly)
    await life.notify("DID_CHANGE_RENEWAL_PREF", "DOWNGRADE", transaction=yearly,
                      renewal={"product_id": YEARLY, "auto_renew_product_id": "com.example.premium.monthly"})
    got = await life.subscription()
    assert got.product_id == YEARLY and got.auto_renew_product_id == "com.example.premium.monthly"
    assert got.status == pb.ACTIVE


async def test_family_sharing_grants_until_apple_revokes_it(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    member = Life(subscription_channel, app_store, "2016", user="family-member")
    shared = period("2016", 1, NOW - DAY, NOW + 29 * DAY, inAppOwnershipType="FAMILY_SHARED")
    await member.present(shared)
    got = await member.subscription()
    assert got.ownership_type == pb.FAMILY_SHARED and await member.entitled()
    await member.notify("REVOKE", transaction={**shared, "revocationDate": millis(NOW)})
    assert (await member.subscription()).status == pb.REVOKED and not await member.entitled()


async def test_an_offer_code_redemption_starts_access(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2017")
    redeemed = period("2017", 1, NOW, NOW + 90 * DAY, offerType=3, offerIdentifier="WINTER26")
    answer = await life.notify("OFFER_REDEEMED", "INITIAL_BUY", transaction=redeemed)
    assert answer.outcome == pb.APPLIED
    await life.present(redeemed)
    assert (await life.subscription()).status == pb.ACTIVE and await life.entitled()


async def test_a_price_increase_awaits_consent_then_expires_without_it(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    life = Life(subscription_channel, app_store, "2018")
    current = period("2018", 1, NOW - 25 * DAY, NOW + 5 * DAY)
    await life.present(current)
    await life.notify("PRICE_INCREASE", "PENDING", transaction=current, renewal={"priceIncreaseStatus": 0})
    pending = await life.subscription()
    assert pending.price_increase_pending and pending.status == pb.ACTIVE
    await life.notify("PRICE_INCREASE", "ACCEPTED", transaction=current, renewal={"priceIncreaseStatus": 1})
    assert not (await life.subscription()).price_increase_pending

    other = Life(subscription_channel, app_store, "2019", user="declined")
    ended = period("2019", 1, NOW - 30 * DAY, NOW - DAY)
    await other.present(ended)
    await other.notify("EXPIRED", "PRICE_INCREASE", transaction=ended, renewal={"auto_renew": False})
    assert (await other.subscription()).status == pb.EXPIRED and not await other.entitled()


async def test_a_purchase_racing_its_own_notification_never_fails(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    async def pair(i: int) -> list[object]:
        life = Life(subscription_channel, app_store, f"race-{i}", user=f"racer-{i}")
        bought = period(f"race-{i}", 1, NOW, NOW + 30 * DAY)
        return await asyncio.gather(life.present(bought), life.notify("SUBSCRIBED", "INITIAL_BUY", transaction=bought),
                                    return_exceptions=True)

    results = [r for pair_results in await asyncio.gather(*(pair(i) for i in range(80))) for r in pair_results]
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    for i in (0, 41, 79):
        answer = await api.CheckEntitlement(pb.CheckEntitlementRequest(user_id=f"racer-{i}", entitlement="premium"), metadata=AUTH)
        assert answer.entitled


async def test_refund_ends_access(subscription_channel: grpc.aio.Channel, app_store: TestAppStore) -> None:
    refunded = Life(subscription_channel, app_store, "2002", user="refunded")
    bought = period("2002", 1, NOW - DAY, NOW + 29 * DAY)
    await refunded.present(bought)
    await refunded.notify("REFUND", transaction={**bought, "revocationDate": millis(NOW), "revocationReason": 0}, status=5)
    assert (await refunded.subscription()).status == pb.REFUNDED and not await refunded.entitled()


async def test_a_notification_delivered_twice_is_applied_once(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    life = Life(subscription_channel, app_store, "2004")
    bought = period("2004", 1, NOW - DAY, NOW + 29 * DAY)
    await life.present(bought)
    payload = app_store.notification(
        "EXPIRED", "2004", subtype="VOLUNTARY", notification_uuid="11111111-2222-3333-4444-555555555555",
        transaction=bought,
    )
    request = pb.HandleAppStoreNotificationRequest(signed_payload=payload)
    first = await life.api.HandleAppStoreNotification(request, metadata=AUTH)
    second = await life.api.HandleAppStoreNotification(request, metadata=AUTH)
    assert (first.outcome, second.outcome) == (pb.APPLIED, pb.DUPLICATE)
    connection = await asyncpg.connect(dsn)
    try:
        assert await connection.fetchval("SELECT count(*) FROM subscription.notifications") == 1
    finally:
        await connection.close()


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
    bought = period("2006", 1, NOW - DAY, NOW + 29 * DAY)
    await life.notify("SUBSCRIBED", "INITIAL_BUY", transaction=bought)
    assert not await life.entitled()  # not bound to anyone yet
    await life.present(bought)
    assert await life.entitled()


async def test_forged_notifications_are_rejected_and_recorded(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str, tmp_path_factory: object
) -> None:
    forger = TestAppStore(tmp_path_factory.mktemp("forger"))  # type: ignore[attr-defined]
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    payload = forger.notification("REFUND", "2007", transaction={"revocationDate": millis(dt.datetime.now(dt.UTC))})
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
