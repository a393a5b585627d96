"""The subscription use cases: validate a purchase, apply a notification, answer entitlement checks."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from subscription_service.apple import AppleVerifier, VerificationFailed, transaction_id_from_app_receipt
from subscription_service.lifecycle import state_from_notification, state_from_transaction
from subscription_service.model import Subscription, VerifiedNotification
from subscription_service.storage import BoundToAnotherUser, SubscriptionStore
from zodiac_platform.errors import FailedPrecondition, FieldViolation, InvalidArgument, NotFound, PermissionDenied, Unavailable

log = logging.getLogger(__name__)

# Looks up a legacy receipt's transaction through the App Store Server API: returns its signed JWS.
TransactionLookup = Callable[[str], Awaitable[str]]


@dataclass(frozen=True)
class Validation:
    valid: bool
    reason: str = ""
    subscription: Subscription | None = None
    transaction_id: str = ""


@dataclass(frozen=True)
class NotificationResult:
    notification: VerifiedNotification
    outcome: str


@dataclass(frozen=True)
class Entitlement:
    entitled: bool
    subscription: Subscription | None
    until: dt.datetime | None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ValidationObserver(Protocol):
    def record_validation(self, kind: str, outcome: str) -> None: ...

    def record_notification(self, notification_type: str, outcome: str) -> None: ...


class Subscriptions:
    def __init__(
        self,
        store: SubscriptionStore,
        verifier: AppleVerifier,
        product_entitlements: Mapping[str, frozenset[str]],
        *,
        lookup_transaction: TransactionLookup | None = None,
        observer: ValidationObserver | None = None,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.store = store
        self.verifier = verifier
        self.product_entitlements = product_entitlements
        self._lookup = lookup_transaction
        self._observer = observer
        self._clock = clock

    async def _record(self, *, kind: str, outcome: str, **details: Any) -> None:
        await self.store.record_validation(kind=kind, outcome=outcome, **details)
        if self._observer is not None:
            self._observer.record_validation(kind, outcome)

    async def validate_signed_transaction(self, user_id: str, signed: str, *, kind: str = "signed_transaction") -> Validation:
        digest = _sha256(signed)
        try:
            transaction = await self.verifier.transaction(signed)
        except VerificationFailed as failure:
            outcome = "unavailable" if failure.retryable else "invalid"
            await self._record(
                kind=kind, payload_sha256=digest, user_id=user_id, outcome=outcome, reason=str(failure)
            )
            if failure.retryable:
                raise Unavailable(f"the purchase could not be checked now: {failure}") from failure
            return Validation(valid=False, reason=str(failure))
        ids = {"transaction_id": transaction.transaction_id, "original_transaction_id": transaction.original_transaction_id}
        state = state_from_transaction(transaction, None, self._clock())
        try:
            subscription = await self.store.apply_purchase(user_id, transaction, state)
        except BoundToAnotherUser:
            await self._record(
                kind=kind, payload_sha256=digest, user_id=user_id, outcome="denied",
                reason="bound to another user", **ids,
            )
            raise PermissionDenied("this purchase belongs to another user") from None
        await self._record(kind=kind, payload_sha256=digest, user_id=user_id, outcome="valid", **ids)
        return Validation(valid=True, subscription=subscription, transaction_id=transaction.transaction_id)

    async def validate_app_receipt(self, user_id: str, app_receipt: str) -> Validation:
        transaction_id = await asyncio.to_thread(transaction_id_from_app_receipt, app_receipt)  # ASN.1 parsing
        if transaction_id is None:
            await self._record(
                kind="app_receipt", payload_sha256=_sha256(app_receipt), user_id=user_id, outcome="invalid",
                reason="no in-app transaction in the receipt",
            )
            raise InvalidArgument([FieldViolation("app_receipt", "not an app receipt holding an in-app purchase")])
        if self._lookup is None:
            raise FailedPrecondition(
                "legacy app receipts are checked with the App Store Server API: set APPLE_API_KEY_ID, "
                "APPLE_API_ISSUER_ID and APPLE_API_PRIVATE_KEY_PATH, or send a StoreKit 2 signed_transaction"
            )
        signed = await self._lookup(transaction_id)
        return await self.validate_signed_transaction(user_id, signed, kind="app_receipt")

    async def handle_notification(self, signed_payload: str) -> NotificationResult:
        try:
            notification = await self.verifier.notification(signed_payload)
        except VerificationFailed as failure:
            await self._record(
                kind="notification", payload_sha256=_sha256(signed_payload), user_id="", outcome="invalid",
                reason=str(failure),
            )
            if failure.retryable:
                raise Unavailable(f"the notification could not be checked now: {failure}") from failure
            raise InvalidArgument([FieldViolation("signed_payload", f"rejected: {failure}")]) from failure
        state = state_from_notification(notification, self._clock())
        outcome = await self.store.apply_notification(notification, state)
        if self._observer is not None:
            self._observer.record_notification(notification.type, outcome)
        log.info("notification %s %s/%s: %s", notification.uuid, notification.type, notification.subtype, outcome)
        return NotificationResult(notification, outcome)

    def _entitlements_of(self, subscription: Subscription) -> frozenset[str]:
        return self.product_entitlements.get(subscription.product_id, frozenset())

    def entitlements(self, subscription: Subscription) -> frozenset[str]:
        """What `subscription` grants right now (nothing once it has lapsed)."""
        return self._entitlements_of(subscription) if subscription.grants_access(self._clock()) else frozenset()

    async def subscription(self, user_id: str) -> tuple[Subscription, frozenset[str]]:
        """The user's subscription that grants the most (active first, then the latest expiry)."""
        subscriptions = await self.store.for_user(user_id)
        if not subscriptions:
            raise NotFound(f"user {user_id!r} has no App Store subscription")
        now = self._clock()
        epoch = dt.datetime.min.replace(tzinfo=dt.timezone.utc)

        def rank(s: Subscription) -> tuple[bool, dt.datetime]:
            return s.grants_access(now), s.expires_at or epoch

        best = max(subscriptions, key=rank)
        return best, self.entitlements(best)

    async def check(self, user_id: str, entitlement: str) -> Entitlement:
        now = self._clock()
        granting = [
            s for s in await self.store.for_user(user_id) if entitlement in self._entitlements_of(s)
        ]
        active = [s for s in granting if s.grants_access(now)]
        if active:
            epoch = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
            best = max(active, key=lambda s: s.access_until(now) or epoch)
            return Entitlement(True, best, best.access_until(now))
        latest = max(granting, key=lambda s: s.updated_at, default=None)
        return Entitlement(False, latest, None)
