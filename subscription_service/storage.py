"""SQL for subscriptions, their transactions, notifications, app account tokens and the audit.

Every write that touches a subscription runs in `SubscriptionStore.in_subscription`: one database
transaction that first locks (or creates) the subscription's row, then records Apple's facts, then
saves the derived state. One lock order for every path (the subscription row, then the rows that
hang off it) means a purchase racing its own notification waits instead of deadlocking; a deadlock
or serialization failure that still happens (say, with another tool writing) is retried here and,
if it persists, becomes `Aborted`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import asyncpg

from subscription_service import signed_payloads
from subscription_service.lifecycle import Derived, Period
from subscription_service.model import (
    AppleStatus,
    Environment,
    NotificationOutcome,
    Ownership,
    Status,
    StatusStatement,
    Subscription,
    ValidationKind,
    ValidationOutcome,
    VerifiedNotification,
    VerifiedRenewal,
    VerifiedTransaction,
)
from zodiac_platform.database import Database
from zodiac_platform.errors import Aborted

log = logging.getLogger(__name__)
T = TypeVar("T")

_SUBSCRIPTION_COLUMNS = """user_id, original_transaction_id, product_id, status, expires_at,
    grace_period_expires_at, auto_renew, auto_renew_product_id, price_increase_pending, ownership_type,
    environment, updated_at"""

# Placeholders for a new row: `save` overwrites them before the transaction commits.
_LOCK_OR_CREATE = """
    INSERT INTO subscription.subscriptions AS s (original_transaction_id, product_id, status, environment)
    VALUES ($1, $2, 'expired', $3)
    ON CONFLICT ON CONSTRAINT subscriptions_original_transaction_id_key
        DO UPDATE SET original_transaction_id = s.original_transaction_id  -- a no-op that locks the row
    RETURNING user_id"""

# A transaction once; a newer signature of it (a refund, its reversal, an extension) replaces it.
_UPSERT_TRANSACTION = """
    INSERT INTO subscription.transactions AS t (transaction_id, original_transaction_id, product_id,
        purchased_at, expires_at, revoked_at, revocation_reason, is_upgraded, ownership_type,
        app_account_token, offer_type, signed_at, environment, payload)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
    ON CONFLICT ON CONSTRAINT transactions_transaction_id_key DO UPDATE SET
        expires_at = EXCLUDED.expires_at, revoked_at = EXCLUDED.revoked_at,
        revocation_reason = EXCLUDED.revocation_reason, is_upgraded = EXCLUDED.is_upgraded,
        ownership_type = EXCLUDED.ownership_type, app_account_token = EXCLUDED.app_account_token,
        offer_type = EXCLUDED.offer_type, signed_at = EXCLUDED.signed_at, payload = EXCLUDED.payload
    WHERE t.signed_at < EXCLUDED.signed_at AND t.original_transaction_id = EXCLUDED.original_transaction_id
    RETURNING id"""

_APPLY_RENEWAL = """
    UPDATE subscription.subscriptions
    SET auto_renew = coalesce($2, auto_renew), auto_renew_product_id = $3, price_increase_pending = $4,
        renewal_signed_at = $5
    WHERE original_transaction_id = $1 AND (renewal_signed_at IS NULL OR renewal_signed_at < $5)
    RETURNING id"""

_APPLY_STATEMENT = """
    UPDATE subscription.subscriptions
    SET apple_status = $2, apple_status_signed_at = $3, apple_grace_period_expires_at = $4
    WHERE original_transaction_id = $1 AND (apple_status_signed_at IS NULL OR apple_status_signed_at < $3)
    RETURNING id"""

_GET_STATEMENT = """
    SELECT apple_status, apple_status_signed_at, apple_grace_period_expires_at
    FROM subscription.subscriptions WHERE original_transaction_id = $1"""

# The current period: see lifecycle's docstring (and transactions_current_period_idx).
_CURRENT_PERIOD = """
    SELECT transaction_id, product_id, coalesce(purchased_at, signed_at) AS purchased_at, expires_at,
        revoked_at, ownership_type, environment
    FROM subscription.transactions
    WHERE original_transaction_id = $1
    ORDER BY is_upgraded, expires_at DESC NULLS LAST, purchased_at DESC
    LIMIT 1"""

_BIND_USER = """
    UPDATE subscription.subscriptions SET user_id = $2, updated_at = now()
    WHERE original_transaction_id = $1 AND user_id IS NULL"""

_SAVE = f"""
    UPDATE subscription.subscriptions
    SET product_id = $2, status = $3, expires_at = $4, grace_period_expires_at = $5, ownership_type = $6,
        environment = $7, current_transaction_id = $8, updated_at = now()
    WHERE original_transaction_id = $1
    RETURNING {_SUBSCRIPTION_COLUMNS}"""

# Once per UUID: the UUID is claimed in a table of its own (the notifications are partitioned by
# month, and a partitioned table's unique keys must include the month).
_INSERT_NOTIFICATION = """
    WITH claimed AS (
        INSERT INTO subscription.notification_uuids (notification_uuid) VALUES ($1)
        ON CONFLICT ON CONSTRAINT notification_uuids_pkey DO NOTHING
        RETURNING notification_uuid)
    INSERT INTO subscription.notifications (notification_uuid, notification_type, subtype,
        original_transaction_id, signed_at, outcome, environment, payload)
    SELECT notification_uuid, $2, $3, $4, $5, 'stored', $6, $7 FROM claimed
    RETURNING id"""

_INSERT_HEADER = """
    INSERT INTO subscription.jws_headers (sha256, header) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING"""
_HEADERS = "SELECT sha256, header FROM subscription.jws_headers WHERE sha256 = ANY($1::text[])"
_NOTIFICATION_PAYLOAD = "SELECT payload FROM subscription.notifications WHERE notification_uuid = $1"

_SET_NOTIFICATION_OUTCOME = "UPDATE subscription.notifications SET outcome = $2 WHERE id = $1"

_LIST_FOR_USER = f"""
    SELECT {_SUBSCRIPTION_COLUMNS} FROM subscription.subscriptions WHERE user_id = $1
    ORDER BY updated_at DESC"""

_ISSUE_TOKEN = """
    INSERT INTO subscription.app_account_tokens (user_id) VALUES ($1)
    ON CONFLICT ON CONSTRAINT app_account_tokens_pkey DO NOTHING"""
_TOKEN_OF_USER = "SELECT app_account_token::text FROM subscription.app_account_tokens WHERE user_id = $1"
_USER_OF_TOKEN = "SELECT user_id FROM subscription.app_account_tokens WHERE app_account_token = $1::uuid"

_ENSURE_PARTITIONS = "SELECT subscription.ensure_monthly_partitions($1)"

_RECORD_VALIDATION = """
    INSERT INTO subscription.receipt_validations AS v (kind, payload_sha256, user_id, outcome, reason,
        transaction_id, original_transaction_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT ON CONSTRAINT receipt_validations_payload_user_outcome_key
        DO UPDATE SET attempts = v.attempts + 1, last_seen_at = now(), reason = EXCLUDED.reason"""

# Conflicts between concurrent transactions: worth running the whole unit again.
_CONFLICTS = (asyncpg.DeadlockDetectedError, asyncpg.SerializationError)
ATTEMPTS = 4


def _subscription(row: asyncpg.Record) -> Subscription:
    return Subscription(
        user_id=row["user_id"],
        original_transaction_id=row["original_transaction_id"],
        product_id=row["product_id"],
        status=Status(row["status"]),
        expires_at=row["expires_at"],
        grace_period_expires_at=row["grace_period_expires_at"],
        auto_renew=row["auto_renew"],
        auto_renew_product_id=row["auto_renew_product_id"],
        price_increase_pending=row["price_increase_pending"],
        ownership=Ownership(row["ownership_type"]),
        environment=Environment(row["environment"]),
        updated_at=row["updated_at"],
    )


async def _insert_notification(
    connection: asyncpg.Connection, n: VerifiedNotification, original_transaction_id: str | None
) -> int | None:
    """Store a notification once (its JWS headers in `jws_headers`); None when its UUID was seen before."""
    environment = n.environment.value if n.environment else None
    payload, headers = signed_payloads.compact(n.payload)
    if headers:
        await connection.executemany(_INSERT_HEADER, list(headers.items()))
    notification_id: int | None = await connection.fetchval(
        _INSERT_NOTIFICATION, n.uuid, n.type, n.subtype, original_transaction_id, n.signed_at, environment, payload
    )
    return notification_id


async def stored_notification(connection: asyncpg.Connection, notification_uuid: str) -> dict[str, Any] | None:
    """A stored notification's claims exactly as Apple signed them (headers put back)."""
    payload: dict[str, Any] | None = await connection.fetchval(_NOTIFICATION_PAYLOAD, notification_uuid)
    if payload is None:
        return None
    wanted = list(signed_payloads.digests(payload))
    rows = await connection.fetch(_HEADERS, wanted) if wanted else []
    expanded: dict[str, Any] = signed_payloads.expand(payload, {row["sha256"]: row["header"] for row in rows})
    return expanded


class SubscriptionUnit:
    """One subscription, locked for the length of a database transaction."""

    def __init__(self, connection: asyncpg.Connection, original_transaction_id: str, user_id: str | None) -> None:
        self._connection = connection
        self.original_transaction_id = original_transaction_id
        self.user_id = user_id

    async def add_transaction(self, t: VerifiedTransaction) -> bool:
        """Record a transaction; True when it was new or a newer signature of a known one."""
        inserted = await self._connection.fetchval(
            _UPSERT_TRANSACTION, t.transaction_id, t.original_transaction_id, t.product_id, t.purchased_at,
            t.expires_at, t.revoked_at, t.revocation_reason, t.is_upgraded, t.ownership.value,
            t.app_account_token, t.offer_type, t.signed_at, t.environment.value, t.payload,
        )
        return inserted is not None

    async def add_renewal(self, r: VerifiedRenewal) -> bool:
        applied = await self._connection.fetchval(
            _APPLY_RENEWAL, self.original_transaction_id, r.auto_renew, r.auto_renew_product_id,
            r.price_increase_pending, r.signed_at,
        )
        return applied is not None

    async def add_statement(self, s: StatusStatement) -> bool:
        applied = await self._connection.fetchval(
            _APPLY_STATEMENT, self.original_transaction_id, s.status.value, s.signed_at, s.grace_period_expires_at
        )
        return applied is not None

    async def add_notification(self, n: VerifiedNotification) -> int | None:
        """Store the notification; None when its UUID was seen before."""
        return await _insert_notification(self._connection, n, self.original_transaction_id)

    async def set_notification_outcome(self, notification_id: int, outcome: NotificationOutcome) -> None:
        await self._connection.execute(_SET_NOTIFICATION_OUTCOME, notification_id, outcome.value)

    async def user_of_token(self, app_account_token: str) -> str | None:
        user: str | None = await self._connection.fetchval(_USER_OF_TOKEN, app_account_token)
        return user

    async def bind(self, user_id: str) -> None:
        await self._connection.execute(_BIND_USER, self.original_transaction_id, user_id)
        self.user_id = user_id

    async def statement(self) -> StatusStatement | None:
        row = await self._connection.fetchrow(_GET_STATEMENT, self.original_transaction_id)
        if row is None or row["apple_status"] is None:
            return None
        return StatusStatement(
            AppleStatus(row["apple_status"]), row["apple_status_signed_at"], row["apple_grace_period_expires_at"]
        )

    async def current_period(self) -> Period | None:
        row = await self._connection.fetchrow(_CURRENT_PERIOD, self.original_transaction_id)
        if row is None:
            return None
        return Period(
            transaction_id=row["transaction_id"],
            product_id=row["product_id"],
            purchased_at=row["purchased_at"],
            expires_at=row["expires_at"],
            revoked_at=row["revoked_at"],
            ownership=Ownership(row["ownership_type"]),
            environment=Environment(row["environment"]),
        )

    async def save(self, period: Period, derived: Derived) -> Subscription:
        row = await self._connection.fetchrow(
            _SAVE, self.original_transaction_id, period.product_id, derived.status.value, period.expires_at,
            derived.grace_period_expires_at, period.ownership.value, period.environment.value, period.transaction_id,
        )
        if row is None:  # the unit holds the row locked: it cannot have gone
            raise RuntimeError(f"subscription {self.original_transaction_id} vanished while locked")
        return _subscription(row)


class SubscriptionStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def in_subscription(
        self,
        original_transaction_id: str,
        product_id: str,
        environment: Environment,
        work: Callable[[SubscriptionUnit], Awaitable[T]],
    ) -> T:
        """Run `work` with the subscription locked (created if new) in one database transaction.

        `work` may run more than once (after a deadlock or serialization failure): it must do
        nothing but database work through the unit.
        """
        for attempt in range(1, ATTEMPTS + 1):
            try:
                async with self._db.transaction() as connection:
                    user_id = await connection.fetchval(_LOCK_OR_CREATE, original_transaction_id, product_id, environment.value)
                    return await work(SubscriptionUnit(connection, original_transaction_id, user_id))
            except _CONFLICTS as error:
                log.warning("subscription %s: %s (attempt %d of %d)", original_transaction_id,
                            type(error).__name__, attempt, ATTEMPTS)
                await asyncio.sleep(0.01 * attempt)
        raise Aborted(f"subscription {original_transaction_id} is being changed concurrently; retry")

    async def add_notification(self, notification: VerifiedNotification) -> bool:
        """Store a notification about no subscription (TEST, summaries); False when seen before."""
        async with self._db.connection() as connection:
            return await _insert_notification(connection, notification, None) is not None

    async def ensure_partitions(self, months_ahead: int = 3) -> int:
        """Create this month's and the coming months' partitions where missing; returns how many."""
        async with self._db.connection() as connection:
            created: int = await connection.fetchval(_ENSURE_PARTITIONS, months_ahead)
        return created

    async def for_user(self, user_id: str) -> list[Subscription]:
        async with self._db.connection() as connection:
            rows = await connection.fetch(_LIST_FOR_USER, user_id)
        return [_subscription(row) for row in rows]

    async def app_account_token(self, user_id: str) -> str:
        """The user's token, issued on first request and the same ever after."""
        async with self._db.transaction() as connection:
            await connection.execute(_ISSUE_TOKEN, user_id)
            token: str = await connection.fetchval(_TOKEN_OF_USER, user_id)
        return token

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
    ) -> None:
        async with self._db.connection() as connection:
            await connection.execute(
                _RECORD_VALIDATION, kind.value, payload_sha256, user_id, outcome.value, reason, transaction_id,
                original_transaction_id,
            )
