"""The subscription domain in plain Python: Apple's facts about a subscription, and what we derive.

Each closed set is an enum, stored by its value (text columns with CHECK constraints) and mapped
to the API's enums in `convert.py`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

LONGEST_GRACE_PERIOD = dt.timedelta(days=28)


class Status(enum.StrEnum):
    """A subscription's state as the API reports it."""

    ACTIVE = "active"
    IN_GRACE_PERIOD = "in_grace_period"
    IN_BILLING_RETRY = "in_billing_retry"
    EXPIRED = "expired"
    REVOKED = "revoked"
    REFUNDED = "refunded"


class AppleStatus(enum.StrEnum):
    """Apple's own status of an auto-renewable subscription, as of a signed date: the `status` of a
    notification's data and of Get All Subscription Statuses (1 active ... 5 revoked)."""

    ACTIVE = "active"
    EXPIRED = "expired"
    BILLING_RETRY = "billing_retry"
    GRACE_PERIOD = "grace_period"
    REVOKED = "revoked"

    @classmethod
    def from_number(cls, number: int) -> AppleStatus | None:
        return _APPLE_STATUS_NUMBERS.get(number)


_APPLE_STATUS_NUMBERS = {
    1: AppleStatus.ACTIVE,
    2: AppleStatus.EXPIRED,
    3: AppleStatus.BILLING_RETRY,
    4: AppleStatus.GRACE_PERIOD,
    5: AppleStatus.REVOKED,
}


class Environment(enum.StrEnum):
    """App Store environments, spelled as in Apple's payloads."""

    PRODUCTION = "Production"
    SANDBOX = "Sandbox"
    XCODE = "Xcode"
    LOCAL_TESTING = "LocalTesting"

    @property
    def checks_signatures(self) -> bool:
        """Xcode and LocalTesting are StoreKit testing modes: Apple's library checks no signature."""
        return self in (Environment.PRODUCTION, Environment.SANDBOX)


class Ownership(enum.StrEnum):
    PURCHASED = "PURCHASED"
    FAMILY_SHARED = "FAMILY_SHARED"


class NotificationOutcome(enum.StrEnum):
    APPLIED = "applied"  # changed what we know of the subscription
    STALE = "stale"  # everything it says was already superseded
    STORED = "stored"  # nothing to apply (TEST, informational or unknown types)
    DUPLICATE = "duplicate"  # seen before (same notificationUUID)


class ValidationKind(enum.StrEnum):
    SIGNED_TRANSACTION = "signed_transaction"
    APP_RECEIPT = "app_receipt"
    NOTIFICATION = "notification"


class ValidationOutcome(enum.StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    DENIED = "denied"
    UNAVAILABLE = "unavailable"


class Rejected(Exception):
    """Signed data we do not accept. `str()` is `CODE: reason` (an Apple verification status, or
    MALFORMED), safe to show the caller; `retryable` when the check itself could not be made."""

    def __init__(self, code: str, reason: str, *, retryable: bool = False) -> None:
        self.code = code
        self.reason = reason
        self.retryable = retryable
        super().__init__(f"{code}: {reason}")


@dataclass(frozen=True)
class VerifiedTransaction:
    """A JWSTransaction whose signature verified. One per purchase or renewal period."""

    transaction_id: str
    original_transaction_id: str
    product_id: str
    purchased_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    revocation_reason: int | None
    is_upgraded: bool
    ownership: Ownership
    app_account_token: str | None
    offer_type: int | None
    signed_at: dt.datetime
    environment: Environment
    payload: dict[str, Any]


@dataclass(frozen=True)
class VerifiedRenewal:
    """A JWSRenewalInfo whose signature verified: what happens at the next renewal."""

    original_transaction_id: str
    auto_renew: bool | None
    auto_renew_product_id: str | None
    grace_period_expires_at: dt.datetime | None
    price_increase_pending: bool
    signed_at: dt.datetime
    payload: dict[str, Any]


@dataclass(frozen=True)
class VerifiedNotification:
    uuid: str
    type: str
    subtype: str | None
    signed_at: dt.datetime
    environment: Environment | None
    apple_status: AppleStatus | None  # data.status, when Apple sent it
    transaction: VerifiedTransaction | None
    renewal: VerifiedRenewal | None
    payload: dict[str, Any]


@dataclass(frozen=True)
class StatusStatement:
    """Apple's word on a subscription's status at a moment (a notification, or a status lookup)."""

    status: AppleStatus
    signed_at: dt.datetime
    grace_period_expires_at: dt.datetime | None = None


@dataclass(frozen=True)
class Subscription:
    user_id: str | None
    original_transaction_id: str
    product_id: str
    status: Status
    expires_at: dt.datetime | None
    grace_period_expires_at: dt.datetime | None
    auto_renew: bool
    auto_renew_product_id: str | None
    price_increase_pending: bool
    ownership: Ownership
    environment: Environment
    updated_at: dt.datetime

    def grace_until(self) -> dt.datetime | None:
        """The end of a grace period. Apple has sent grace notices without gracePeriodExpiresDate:
        then the longest grace Apple offers (28 days) after the period's end bounds it."""
        if self.grace_period_expires_at is not None:
            return self.grace_period_expires_at
        return None if self.expires_at is None else self.expires_at + LONGEST_GRACE_PERIOD

    def status_at(self, now: dt.datetime) -> Status:
        """The stored status moved on by the clock: a period or a grace period that has run out."""
        if self.status is Status.ACTIVE and self.expires_at is not None and self.expires_at <= now:
            return Status.EXPIRED
        if self.status is Status.IN_GRACE_PERIOD:
            until = self.grace_until()
            if until is not None and until <= now:
                return Status.IN_BILLING_RETRY
        return self.status

    def access_until(self, now: dt.datetime) -> dt.datetime | None:
        """Until when this subscription grants access, or None when it grants none now (or never ends)."""
        status = self.status_at(now)
        if status is Status.ACTIVE:
            return self.expires_at
        if status is Status.IN_GRACE_PERIOD:
            return self.grace_until()
        return None

    def grants_access(self, now: dt.datetime) -> bool:
        return self.status_at(now) in (Status.ACTIVE, Status.IN_GRACE_PERIOD)
