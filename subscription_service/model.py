"""The subscription domain in plain Python."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any


class Status(enum.IntEnum):
    """Numbered as in the API."""

    ACTIVE = 1
    IN_GRACE_PERIOD = 2
    IN_BILLING_RETRY = 3
    EXPIRED = 4
    REVOKED = 5
    REFUNDED = 6

    @property
    def key(self) -> str:
        return self.name.lower()


ENVIRONMENT_NUMBERS = {"Production": 1, "Sandbox": 2, "Xcode": 3, "LocalTesting": 4}


@dataclass(frozen=True)
class VerifiedTransaction:
    transaction_id: str
    original_transaction_id: str
    product_id: str
    purchased_at: dt.datetime | None
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    signed_at: dt.datetime
    environment: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class VerifiedRenewal:
    original_transaction_id: str
    auto_renew: bool | None
    auto_renew_product_id: str | None
    grace_period_expires_at: dt.datetime | None
    signed_at: dt.datetime | None


@dataclass(frozen=True)
class VerifiedNotification:
    uuid: str
    type: str
    subtype: str | None
    signed_at: dt.datetime | None
    environment: str | None
    transaction: VerifiedTransaction | None
    renewal: VerifiedRenewal | None
    payload: dict[str, Any]


@dataclass(frozen=True)
class SubscriptionState:
    """What one Apple payload says a subscription now is."""

    original_transaction_id: str
    product_id: str
    status: Status
    expires_at: dt.datetime | None
    grace_period_expires_at: dt.datetime | None
    auto_renew: bool | None  # None: the payload does not say; keep what is known
    auto_renew_product_id: str | None
    environment: str
    signed_at: dt.datetime


@dataclass(frozen=True)
class Subscription:
    user_id: str | None
    original_transaction_id: str
    product_id: str
    status: Status
    expires_at: dt.datetime | None
    grace_period_expires_at: dt.datetime | None
    auto_renew: bool
    environment: str
    updated_at: dt.datetime

    def access_until(self, now: dt.datetime) -> dt.datetime | None:
        """Until when this subscription grants access, or None when it grants none now."""
        if self.status is Status.ACTIVE and (self.expires_at is None or self.expires_at > now):
            return self.expires_at
        if self.status is Status.IN_GRACE_PERIOD:
            until = self.grace_period_expires_at or self.expires_at
            if until is not None and until > now:
                return until
        return None

    def grants_access(self, now: dt.datetime) -> bool:
        if self.status is Status.ACTIVE and self.expires_at is None:
            return True
        return self.access_until(now) is not None
