"""What an Apple payload says about a subscription: pure functions, no I/O.

Notification types and subtypes are Apple's (App Store Server Notifications V2). Types that carry
no change of state (TEST, CONSUMPTION_REQUEST, PRICE_INCREASE, unknown future types) give None:
they are stored and acknowledged, never applied.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from subscription_service.model import (
    Status,
    SubscriptionState,
    VerifiedNotification,
    VerifiedRenewal,
    VerifiedTransaction,
)

# Types whose status follows from the transaction itself (active until it expires).
_FOLLOW_TRANSACTION = {
    "SUBSCRIBED",
    "DID_RENEW",
    "DID_CHANGE_RENEWAL_PREF",
    "DID_CHANGE_RENEWAL_STATUS",
    "OFFER_REDEEMED",
    "RENEWAL_EXTENDED",
    "REFUND_REVERSED",
    "REFUND_DECLINED",
}


def _by_expiry(transaction: VerifiedTransaction, now: dt.datetime) -> Status:
    if transaction.revoked_at is not None:
        return Status.REFUNDED
    if transaction.expires_at is not None and transaction.expires_at <= now:
        return Status.EXPIRED
    return Status.ACTIVE


def state_from_transaction(
    transaction: VerifiedTransaction,
    renewal: VerifiedRenewal | None,
    now: dt.datetime,
    *,
    status: Status | None = None,
    signed_at: dt.datetime | None = None,
    auto_renew: bool | None = None,
) -> SubscriptionState:
    if auto_renew is None and renewal is not None:
        auto_renew = renewal.auto_renew
    return SubscriptionState(
        original_transaction_id=transaction.original_transaction_id,
        product_id=transaction.product_id,
        status=status or _by_expiry(transaction, now),
        expires_at=transaction.expires_at,
        grace_period_expires_at=renewal.grace_period_expires_at if renewal else None,
        auto_renew=auto_renew,
        auto_renew_product_id=renewal.auto_renew_product_id if renewal else None,
        environment=transaction.environment,
        signed_at=signed_at or transaction.signed_at,
    )


def state_from_notification(notification: VerifiedNotification, now: dt.datetime) -> SubscriptionState | None:
    transaction = notification.transaction
    if transaction is None:
        return None
    kind, subtype = notification.type, notification.subtype
    status: Status | None
    auto_renew: bool | None = None
    if kind in _FOLLOW_TRANSACTION:
        status = None
        if kind == "DID_CHANGE_RENEWAL_STATUS" and subtype in ("AUTO_RENEW_ENABLED", "AUTO_RENEW_DISABLED"):
            auto_renew = subtype == "AUTO_RENEW_ENABLED"
    elif kind == "DID_FAIL_TO_RENEW":
        status = Status.IN_GRACE_PERIOD if subtype == "GRACE_PERIOD" else Status.IN_BILLING_RETRY
    elif kind == "GRACE_PERIOD_EXPIRED":
        status = Status.IN_BILLING_RETRY
    elif kind == "EXPIRED":
        status, auto_renew = Status.EXPIRED, False
    elif kind == "REFUND":
        status = Status.REFUNDED
    elif kind == "REVOKE":
        status = Status.REVOKED
    else:
        return None
    state = state_from_transaction(
        transaction, notification.renewal, now, status=status, signed_at=notification.signed_at, auto_renew=auto_renew
    )
    if state.status is not Status.IN_GRACE_PERIOD:
        return replace(state, grace_period_expires_at=None)
    return state
