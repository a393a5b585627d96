"""What Apple's facts say a subscription is: pure functions, no I/O.

A subscription's state is derived from three kinds of fact, each superseded only by a newer one of
its own kind, never by whichever payload happened to be signed last:

- its transactions (one per purchase or renewal period): the current period is the one with the
  latest expiry, then the latest purchase, leaving out periods left by an upgrade (`isUpgraded`).
  A re-signed old renewal (what `Transaction.all` or a restore returns) is never the current one.
- Apple's status statements (a notification's `data.status`, or one read off its type for payloads
  without it; Get All Subscription Statuses): grace period and billing retry hold until Apple says
  otherwise, whatever renewal-status changes or re-validations arrive meanwhile. A statement older
  than the current period's purchase says nothing about it.
- the latest renewal info: auto-renew, the product it renews into, a pending price increase.

A refund or revocation ends access only when it hits the current period: Apple's documentation of
`revocationDate` ("the App Store refunded the transaction or revoked it from Family Sharing") is
per transaction, and a refund of an earlier renewal leaves the paid current period in force.
REFUND_REVERSED re-signs the transaction without its revocation date, which restores it.
https://developer.apple.com/documentation/appstoreservernotifications/notificationtype
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from subscription_service.model import (
    AppleStatus,
    Environment,
    Ownership,
    Status,
    StatusStatement,
    VerifiedNotification,
)

# For notifications that carry no `data.status` (older payloads): what their type says.
_STATUS_OF_TYPE: dict[tuple[str, str | None], AppleStatus] = {
    ("SUBSCRIBED", "INITIAL_BUY"): AppleStatus.ACTIVE,
    ("SUBSCRIBED", "RESUBSCRIBE"): AppleStatus.ACTIVE,
    ("DID_RENEW", None): AppleStatus.ACTIVE,
    ("DID_RENEW", "BILLING_RECOVERY"): AppleStatus.ACTIVE,
    ("OFFER_REDEEMED", "INITIAL_BUY"): AppleStatus.ACTIVE,
    ("OFFER_REDEEMED", "RESUBSCRIBE"): AppleStatus.ACTIVE,
    ("OFFER_REDEEMED", "UPGRADE"): AppleStatus.ACTIVE,
    ("DID_CHANGE_RENEWAL_PREF", "UPGRADE"): AppleStatus.ACTIVE,
    ("DID_FAIL_TO_RENEW", None): AppleStatus.BILLING_RETRY,
    ("DID_FAIL_TO_RENEW", "GRACE_PERIOD"): AppleStatus.GRACE_PERIOD,
    ("GRACE_PERIOD_EXPIRED", None): AppleStatus.BILLING_RETRY,
    ("REVOKE", None): AppleStatus.REVOKED,
}
_EXPIRED_TYPES = {"EXPIRED"}  # every subtype: VOLUNTARY, BILLING_RETRY, PRICE_INCREASE, PRODUCT_NOT_FOR_SALE


def statement_of(notification: VerifiedNotification) -> StatusStatement | None:
    """Apple's status statement in a notification, if it makes one."""
    status = notification.apple_status
    if status is None:
        if notification.type in _EXPIRED_TYPES:
            status = AppleStatus.EXPIRED
        else:
            status = _STATUS_OF_TYPE.get((notification.type, notification.subtype))
    if status is None or notification.transaction is None:
        return None
    grace = notification.renewal.grace_period_expires_at if notification.renewal is not None else None
    return StatusStatement(status, notification.signed_at, grace if status is AppleStatus.GRACE_PERIOD else None)


@dataclass(frozen=True)
class Period:
    """The subscription's current transaction, as stored."""

    transaction_id: str
    product_id: str
    purchased_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    ownership: Ownership
    environment: Environment


@dataclass(frozen=True)
class Derived:
    status: Status
    grace_period_expires_at: dt.datetime | None


def derive(period: Period, statement: StatusStatement | None, now: dt.datetime) -> Derived:
    """The subscription's status from its current period and Apple's latest statement."""
    # Apple's "revoked" is a refund, or (REVOKE) the end of access through Family Sharing.
    revoked = Status.REVOKED if period.ownership is Ownership.FAMILY_SHARED else Status.REFUNDED
    if period.revoked_at is not None:
        return Derived(revoked, None)
    by_clock = Status.ACTIVE if period.expires_at is None or period.expires_at > now else Status.EXPIRED
    if statement is None or statement.signed_at < period.purchased_at:
        return Derived(by_clock, None)  # a period bought after Apple's last word: the clock decides
    match statement.status:
        case AppleStatus.ACTIVE:
            return Derived(by_clock, None)
        case AppleStatus.GRACE_PERIOD:
            return Derived(Status.IN_GRACE_PERIOD, statement.grace_period_expires_at)
        case AppleStatus.BILLING_RETRY:
            return Derived(Status.IN_BILLING_RETRY, None)
        case AppleStatus.EXPIRED:
            return Derived(Status.EXPIRED, None)
        case AppleStatus.REVOKED:
            return Derived(revoked, None)
