"""The subscription use cases: validate a purchase, apply a notification, catch up with Apple,
answer entitlement checks. No gRPC, no SQL: they depend on the Protocols defined here.

Every change to a subscription goes through `_apply`: Apple's facts are recorded in the locked
subscription (each superseded only by a newer one of its kind), then its state is derived again
(`lifecycle.derive`). A purchase, its notification, a status lookup and a replayed notification
all take that one path, so they agree whatever order they arrive in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

from subscription_service.lifecycle import Derived, Period, derive, statement_of
from subscription_service.model import (
    AppleStatus,
    Environment,
    NotificationOutcome,
    Rejected,
    StatusStatement,
    Subscription,
    ValidationKind,
    ValidationOutcome,
    VerifiedNotification,
    VerifiedRenewal,
    VerifiedTransaction,
)
from zodiac_platform.errors import (
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unavailable,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


class SubscriptionUnit(Protocol):
    """One subscription, locked for the length of a database transaction."""

    user_id: str | None

    async def add_transaction(self, transaction: VerifiedTransaction) -> bool: ...

    async def add_renewal(self, renewal: VerifiedRenewal) -> bool: ...

    async def add_statement(self, statement: StatusStatement) -> bool: ...

    async def add_notification(self, notification: VerifiedNotification) -> int | None: ...

    async def set_notification_outcome(self, notification_id: int, outcome: NotificationOutcome) -> None: ...

    async def user_of_token(self, app_account_token: str) -> str | None: ...

    async def bind(self, user_id: str) -> None: ...

    async def statement(self) -> StatusStatement | None: ...

    async def current_period(self) -> Period | None: ...

    async def save(self, period: Period, derived: Derived) -> Subscription: ...


class SubscriptionStore(Protocol):
    """Returned booleans say whether a fact was new (newer than the one stored)."""

    async def in_subscription(
        self,
        original_transaction_id: str,
        product_id: str,
        environment: Environment,
        work: Callable[[SubscriptionUnit], Awaitable[T]],
    ) -> T:
        """Run `work` with the subscription locked (created if new), all or nothing; `work` may run
        again after a conflict, and `Aborted` is raised when conflicts persist."""
        ...

    async def add_notification(self, notification: VerifiedNotification) -> bool: ...

    async def for_user(self, user_id: str) -> list[Subscription]: ...

    async def app_account_token(self, user_id: str) -> str: ...

    async def record_validation(
        self,
        *,
        kind: ValidationKind,
        payload_sha256: str,
        user_id: str,
        outcome: ValidationOutcome,
        reason: str = "",
        transaction_id: str | None = None,
        original_transaction_id: str | None = None,
    ) -> None: ...


class Verifier(Protocol):
    """Apple's signed data, verified; raises `Rejected`."""

    async def transaction(self, signed: str) -> VerifiedTransaction: ...

    async def notification(self, signed_payload: str) -> VerifiedNotification: ...

    async def renewal(self, environment: Environment, signed: str) -> VerifiedRenewal: ...


@dataclass(frozen=True)
class StatusReport:
    """One subscription in Apple's Get All Subscription Statuses answer."""

    status: AppleStatus
    signed_transaction: str
    signed_renewal: str | None


class AppStore(Protocol):
    """The App Store Server API. Failures to reach it raise `Unavailable`."""

    async def statuses(self, environment: Environment, transaction_id: str) -> list[StatusReport]: ...

    def notification_history(self, start: dt.datetime, end: dt.datetime) -> AsyncIterator[str]:
        """Signed payloads Apple sent in [start, end], in every accepted environment."""
        ...

    async def signed_transaction(self, transaction_id: str) -> str: ...


@dataclass(frozen=True)
class VerifiedReceipt:
    bundle_id: str | None
    transaction_ids: tuple[str, ...]


class ReceiptVerifier(Protocol):
    """Legacy app receipts: raises `Rejected` unless the PKCS#7 signature chains to Apple's root
    and the receipt is this app's."""

    async def verify(self, app_receipt: str) -> VerifiedReceipt: ...


class ValidationObserver(Protocol):
    def record_validation(self, kind: ValidationKind, outcome: ValidationOutcome) -> None: ...

    def record_notification(self, notification_type: str, outcome: NotificationOutcome) -> None: ...


@dataclass(frozen=True)
class Validation:
    valid: bool
    reason: str = ""
    subscription: Subscription | None = None
    transaction_id: str = ""


@dataclass(frozen=True)
class NotificationResult:
    notification: VerifiedNotification
    outcome: NotificationOutcome


@dataclass(frozen=True)
class SyncReport:
    fetched: int
    outcomes: Mapping[NotificationOutcome, int]
    rejected: int


@dataclass(frozen=True)
class Entitlement:
    entitled: bool
    subscription: Subscription | None
    until: dt.datetime | None


@dataclass(frozen=True)
class Facts:
    """What one Apple payload says about one subscription."""

    transaction: VerifiedTransaction
    renewal: VerifiedRenewal | None = None
    statement: StatusStatement | None = None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Subscriptions:
    def __init__(
        self,
        store: SubscriptionStore,
        verifier: Verifier,
        product_entitlements: Mapping[str, frozenset[str]],
        *,
        app_store: AppStore | None = None,
        receipts: ReceiptVerifier | None = None,
        observer: ValidationObserver | None = None,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.store = store
        self.verifier = verifier
        self.product_entitlements = product_entitlements
        self._app_store = app_store
        self._receipts = receipts
        self._observer = observer
        self._clock = clock

    async def _audit(
        self,
        kind: ValidationKind,
        outcome: ValidationOutcome,
        payload: str,
        user_id: str,
        reason: str = "",
        transaction: VerifiedTransaction | None = None,
    ) -> None:
        await self.store.record_validation(
            kind=kind, payload_sha256=_sha256(payload), user_id=user_id, outcome=outcome, reason=reason,
            transaction_id=transaction.transaction_id if transaction else None,
            original_transaction_id=transaction.original_transaction_id if transaction else None,
        )
        if self._observer is not None:
            self._observer.record_validation(kind, outcome)

    async def _refused(self, kind: ValidationKind, rejection: Rejected, payload: str, user_id: str, what: str) -> None:
        """Audit signed data we refused; a check that could not be made now is `Unavailable`."""
        outcome = ValidationOutcome.UNAVAILABLE if rejection.retryable else ValidationOutcome.INVALID
        await self._audit(kind, outcome, payload, user_id, str(rejection))
        if rejection.retryable:
            raise Unavailable(f"the {what} could not be checked now: {rejection}") from None

    async def _record(self, unit: SubscriptionUnit, facts: Facts) -> tuple[bool, Subscription | None]:
        """Record the facts in the locked subscription and derive its state again.
        Returns whether any fact was new, and the subscription as now saved."""
        changed = await unit.add_transaction(facts.transaction)
        if facts.renewal is not None:
            changed = await unit.add_renewal(facts.renewal) or changed
        if facts.statement is not None:
            changed = await unit.add_statement(facts.statement) or changed
        period = await unit.current_period()
        if period is None:
            return changed, None
        derived = derive(period, await unit.statement(), self._clock())
        return changed, await unit.save(period, derived)

    async def _in_subscription(
        self, transaction: VerifiedTransaction, work: Callable[[SubscriptionUnit], Awaitable[T]]
    ) -> T:
        return await self.store.in_subscription(
            transaction.original_transaction_id, transaction.product_id, transaction.environment, work
        )

    # --- purchases presented by the app ---------------------------------------------------------

    async def validate_signed_transaction(
        self, user_id: str, signed: str, *, kind: ValidationKind = ValidationKind.SIGNED_TRANSACTION
    ) -> Validation:
        try:
            transaction = await self.verifier.transaction(signed)
        except Rejected as rejection:
            await self._refused(kind, rejection, signed, user_id, "purchase")
            return Validation(valid=False, reason=str(rejection))

        async def bind_and_record(unit: SubscriptionUnit) -> Subscription | None:
            if transaction.app_account_token is not None:
                buyer = await unit.user_of_token(transaction.app_account_token)
                if buyer is not None and buyer != user_id:
                    raise PermissionDenied("this purchase was made with another user's app account token")
            if unit.user_id is not None and unit.user_id != user_id:
                raise PermissionDenied("this purchase belongs to another user")
            if unit.user_id is None:
                await unit.bind(user_id)
            _, subscription = await self._record(unit, Facts(transaction))
            return subscription

        try:
            subscription = await self._in_subscription(transaction, bind_and_record)
        except PermissionDenied as denied:
            await self._audit(kind, ValidationOutcome.DENIED, signed, user_id, str(denied), transaction)
            raise
        await self._audit(kind, ValidationOutcome.VALID, signed, user_id, transaction=transaction)
        refreshed = await self.refresh(transaction)
        return Validation(valid=True, subscription=refreshed or subscription, transaction_id=transaction.transaction_id)

    async def validate_app_receipt(self, user_id: str, app_receipt: str) -> Validation:
        if self._receipts is None:
            raise FailedPrecondition(
                "legacy app receipts are refused: their PKCS#7 signature cannot be checked without "
                "APPLE_RECEIPT_ROOT_CERTIFICATES (Apple Inc. Root); send a StoreKit 2 signed_transaction"
            )
        try:
            receipt = await self._receipts.verify(app_receipt)
            if not receipt.transaction_ids:
                raise Rejected("MALFORMED", "the receipt holds no in-app purchase")
        except Rejected as rejection:
            await self._refused(ValidationKind.APP_RECEIPT, rejection, app_receipt, user_id, "receipt")
            return Validation(valid=False, reason=str(rejection))
        if self._app_store is None:
            raise FailedPrecondition(
                "legacy app receipts are looked up with the App Store Server API: set APPLE_API_KEY_ID, "
                "APPLE_API_ISSUER_ID and APPLE_API_PRIVATE_KEY_PATH, or send a StoreKit 2 signed_transaction"
            )
        signed = await self._app_store.signed_transaction(receipt.transaction_ids[-1])
        return await self.validate_signed_transaction(user_id, signed, kind=ValidationKind.APP_RECEIPT)

    async def refresh(self, transaction: VerifiedTransaction) -> Subscription | None:
        """Apple's authoritative status of this customer's subscriptions (Get All Subscription
        Statuses), applied as facts. Best effort: without the API, or when Apple cannot be reached,
        what the purchase said stands. Returns the subscription of `transaction`, as now saved."""
        if self._app_store is None:
            return None
        try:
            reports = await self._app_store.statuses(transaction.environment, transaction.transaction_id)
        except (Unavailable, FailedPrecondition) as error:  # down, or refusing our credentials
            log.warning("status lookup for %s skipped: %s", transaction.original_transaction_id, error)
            return None
        found = None
        for report in reports:
            try:
                facts = await self._facts_of_report(transaction.environment, report)
            except Rejected as rejection:
                log.warning("Apple's status for %s refused: %s", transaction.original_transaction_id, rejection)
                continue

            async def record(unit: SubscriptionUnit, facts: Facts = facts) -> Subscription | None:
                return (await self._record(unit, facts))[1]

            saved = await self._in_subscription(facts.transaction, record)
            if facts.transaction.original_transaction_id == transaction.original_transaction_id:
                found = saved
        return found

    async def _facts_of_report(self, environment: Environment, report: StatusReport) -> Facts:
        transaction = await self.verifier.transaction(report.signed_transaction)
        renewal = await self.verifier.renewal(environment, report.signed_renewal) if report.signed_renewal else None
        if renewal is not None and renewal.original_transaction_id != transaction.original_transaction_id:
            raise Rejected("MALFORMED", "the renewal info belongs to another subscription")
        # Apple signs both when it answers: the status is as of the later signature.
        signed_at = max(transaction.signed_at, renewal.signed_at if renewal else transaction.signed_at)
        grace = renewal.grace_period_expires_at if renewal and report.status is AppleStatus.GRACE_PERIOD else None
        return Facts(transaction, renewal, StatusStatement(report.status, signed_at, grace))

    # --- notifications from Apple ---------------------------------------------------------------

    async def handle_notification(self, signed_payload: str) -> NotificationResult:
        try:
            notification = await self.verifier.notification(signed_payload)
        except Rejected as rejection:
            await self._refused(ValidationKind.NOTIFICATION, rejection, signed_payload, "", "notification")
            raise InvalidArgument([FieldViolation("signed_payload", f"rejected: {rejection}")]) from None
        outcome = await self._apply_notification(notification)
        if self._observer is not None:
            self._observer.record_notification(notification.type, outcome)
        log.info("notification %s %s/%s: %s", notification.uuid, notification.type, notification.subtype, outcome)
        return NotificationResult(notification, outcome)

    async def _apply_notification(self, notification: VerifiedNotification) -> NotificationOutcome:
        transaction = notification.transaction
        if transaction is None:
            stored = await self.store.add_notification(notification)
            return NotificationOutcome.STORED if stored else NotificationOutcome.DUPLICATE
        facts = Facts(transaction, notification.renewal, statement_of(notification))

        async def record(unit: SubscriptionUnit) -> NotificationOutcome:
            notification_id = await unit.add_notification(notification)
            if notification_id is None:
                return NotificationOutcome.DUPLICATE
            if unit.user_id is None and transaction.app_account_token is not None:
                buyer = await unit.user_of_token(transaction.app_account_token)
                if buyer is not None:
                    await unit.bind(buyer)
            changed, _ = await self._record(unit, facts)
            outcome = NotificationOutcome.APPLIED if changed else NotificationOutcome.STALE
            await unit.set_notification_outcome(notification_id, outcome)
            return outcome

        return await self._in_subscription(transaction, record)

    async def sync(self, start: dt.datetime, end: dt.datetime) -> SyncReport:
        """Replay the notifications Apple sent in [start, end] (Get Notification History)."""
        if self._app_store is None:
            raise FailedPrecondition(
                "catching up needs the App Store Server API: set APPLE_API_KEY_ID, APPLE_API_ISSUER_ID "
                "and APPLE_API_PRIVATE_KEY_PATH"
            )
        outcomes: Counter[NotificationOutcome] = Counter()
        fetched = rejected = 0
        async for signed_payload in self._app_store.notification_history(start, end):
            fetched += 1
            try:
                outcomes[(await self.handle_notification(signed_payload)).outcome] += 1
            except (InvalidArgument, Unavailable) as error:
                rejected += 1
                log.warning("a notification from Apple's history was refused: %s", error)
        log.info("synced %d notifications from %s to %s: %s, %d refused", fetched, start, end, dict(outcomes), rejected)
        return SyncReport(fetched, dict(outcomes), rejected)

    # --- app account tokens and entitlements ---------------------------------------------------

    async def app_account_token(self, user_id: str) -> str:
        return await self.store.app_account_token(user_id)

    def _entitlements_of(self, subscription: Subscription) -> frozenset[str]:
        return self.product_entitlements.get(subscription.product_id, frozenset())

    def entitlements(self, subscription: Subscription) -> frozenset[str]:
        """What `subscription` grants right now (nothing once it has lapsed)."""
        return self._entitlements_of(subscription) if subscription.grants_access(self._clock()) else frozenset()

    def now(self) -> dt.datetime:
        return self._clock()

    async def subscription(self, user_id: str) -> tuple[Subscription, frozenset[str]]:
        """The user's subscription that grants the most (active first, then the latest expiry)."""
        subscriptions = await self.store.for_user(user_id)
        if not subscriptions:
            raise NotFound(f"user {user_id!r} has no App Store subscription")
        now = self._clock()
        epoch = dt.datetime.min.replace(tzinfo=dt.UTC)

        def rank(s: Subscription) -> tuple[bool, dt.datetime]:
            return s.grants_access(now), s.expires_at or epoch

        best = max(subscriptions, key=rank)
        return best, self.entitlements(best)

    async def check(self, user_id: str, entitlement: str) -> Entitlement:
        now = self._clock()
        granting = [s for s in await self.store.for_user(user_id) if entitlement in self._entitlements_of(s)]
        active = [s for s in granting if s.grants_access(now)]
        if active:
            never = dt.datetime.max.replace(tzinfo=dt.UTC)
            best = max(active, key=lambda s: s.access_until(now) or never)
            return Entitlement(True, best, best.access_until(now))
        latest = max(granting, key=lambda s: s.updated_at, default=None)
        return Entitlement(False, latest, None)

