"""SQL for subscriptions, transactions, notifications and the validation audit."""

from __future__ import annotations

import asyncpg

from subscription_service.model import (
    Status,
    Subscription,
    SubscriptionState,
    VerifiedNotification,
    VerifiedTransaction,
)
from zodiac_platform.database import Database

_SUBSCRIPTION_COLUMNS = """user_id, original_transaction_id, product_id, status, expires_at,
    grace_period_expires_at, auto_renew, environment, updated_at"""

_LOCK_OR_CREATE = """
    INSERT INTO subscription.subscriptions AS s (original_transaction_id, user_id, product_id, status,
        expires_at, grace_period_expires_at, auto_renew, auto_renew_product_id, environment, last_signed_at)
    VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, true), $8, $9, $10)
    ON CONFLICT ON CONSTRAINT subscriptions_original_transaction_id_key
        DO UPDATE SET original_transaction_id = s.original_transaction_id  -- a no-op that locks the row
    RETURNING (xmax = 0) AS created, user_id"""

# Applies a state unless the row already holds a newer one (by Apple's signedDate).
_APPLY_STATE = """
    UPDATE subscription.subscriptions
    SET product_id = $2, status = $3, expires_at = $4, grace_period_expires_at = $5,
        auto_renew = coalesce($6, auto_renew), auto_renew_product_id = coalesce($7, auto_renew_product_id),
        environment = $8, last_signed_at = $9, updated_at = now()
    WHERE original_transaction_id = $1 AND last_signed_at <= $9
    RETURNING original_transaction_id"""

_BIND_USER = """
    UPDATE subscription.subscriptions SET user_id = $2, updated_at = now()
    WHERE original_transaction_id = $1 AND user_id IS NULL"""

_INSERT_TRANSACTION = """
    INSERT INTO subscription.transactions (transaction_id, original_transaction_id, product_id,
        purchased_at, expires_at, revoked_at, signed_at, environment, payload)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT ON CONSTRAINT transactions_transaction_id_key DO NOTHING"""

_INSERT_NOTIFICATION = """
    INSERT INTO subscription.notifications (notification_uuid, notification_type, subtype,
        original_transaction_id, signed_at, outcome, payload)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT ON CONSTRAINT notifications_notification_uuid_key DO NOTHING
    RETURNING id"""

_SET_NOTIFICATION_OUTCOME = "UPDATE subscription.notifications SET outcome = $2 WHERE id = $1"

_GET_BY_ORIGINAL = f"""
    SELECT {_SUBSCRIPTION_COLUMNS} FROM subscription.subscriptions WHERE original_transaction_id = $1"""
_LIST_FOR_USER = f"""
    SELECT {_SUBSCRIPTION_COLUMNS} FROM subscription.subscriptions WHERE user_id = $1
    ORDER BY updated_at DESC"""

_RECORD_VALIDATION = """
    INSERT INTO subscription.receipt_validations AS v (kind, payload_sha256, user_id, outcome, reason,
        transaction_id, original_transaction_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT ON CONSTRAINT receipt_validations_payload_user_outcome_key
        DO UPDATE SET attempts = v.attempts + 1, last_seen_at = now(), reason = EXCLUDED.reason"""


class BoundToAnotherUser(Exception):
    pass


def _subscription(row: asyncpg.Record) -> Subscription:
    return Subscription(
        user_id=row["user_id"],
        original_transaction_id=row["original_transaction_id"],
        product_id=row["product_id"],
        status=Status[row["status"].upper()],
        expires_at=row["expires_at"],
        grace_period_expires_at=row["grace_period_expires_at"],
        auto_renew=row["auto_renew"],
        environment=row["environment"],
        updated_at=row["updated_at"],
    )


def _state_values(state: SubscriptionState) -> tuple[object, ...]:
    return (
        state.original_transaction_id,
        state.product_id,
        state.status.key,
        state.expires_at,
        state.grace_period_expires_at,
        state.auto_renew,
        state.auto_renew_product_id,
        state.environment,
        state.signed_at,
    )


async def _record_transaction(connection: asyncpg.Connection, transaction: VerifiedTransaction) -> None:
    t = transaction
    await connection.execute(
        _INSERT_TRANSACTION, t.transaction_id, t.original_transaction_id, t.product_id, t.purchased_at,
        t.expires_at, t.revoked_at, t.signed_at, t.environment, t.payload,
    )


async def _lock_or_create(connection: asyncpg.Connection, state: SubscriptionState, user_id: str | None) -> asyncpg.Record:
    s = state
    row = await connection.fetchrow(
        _LOCK_OR_CREATE, s.original_transaction_id, user_id, s.product_id, s.status.key, s.expires_at,
        s.grace_period_expires_at, s.auto_renew, s.auto_renew_product_id, s.environment, s.signed_at,
    )
    assert row is not None
    return row


class SubscriptionStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def apply_purchase(
        self, user_id: str, transaction: VerifiedTransaction, state: SubscriptionState
    ) -> Subscription:
        """Bind the subscription to `user_id` (or refuse) and apply `state` unless newer state exists."""
        async with self._db.transaction() as connection:
            row = await _lock_or_create(connection, state, user_id)
            if not row["created"]:
                if row["user_id"] is not None and row["user_id"] != user_id:
                    raise BoundToAnotherUser(state.original_transaction_id)
                if row["user_id"] is None:
                    await connection.execute(_BIND_USER, state.original_transaction_id, user_id)
                await connection.execute(_APPLY_STATE, *_state_values(state))
            await _record_transaction(connection, transaction)
            found = await connection.fetchrow(_GET_BY_ORIGINAL, state.original_transaction_id)
        return _subscription(found)

    async def apply_notification(self, notification: VerifiedNotification, state: SubscriptionState | None) -> str:
        """Store the notification once; apply its state when it is the newest. Returns the outcome:
        applied, stale, stored, or duplicate."""
        original = notification.transaction.original_transaction_id if notification.transaction else None
        async with self._db.transaction() as connection:
            notification_id = await connection.fetchval(
                _INSERT_NOTIFICATION, notification.uuid, notification.type, notification.subtype, original,
                notification.signed_at, "stored", notification.payload,
            )
            if notification_id is None:
                return "duplicate"
            if notification.transaction is not None:
                await _record_transaction(connection, notification.transaction)
            if state is None:
                return "stored"
            row = await _lock_or_create(connection, state, None)
            applied = row["created"] or await connection.fetchval(_APPLY_STATE, *_state_values(state)) is not None
            outcome = "applied" if applied else "stale"
            await connection.execute(_SET_NOTIFICATION_OUTCOME, notification_id, outcome)
        return outcome

    async def for_user(self, user_id: str) -> list[Subscription]:
        async with self._db.connection() as connection:
            rows = await connection.fetch(_LIST_FOR_USER, user_id)
        return [_subscription(row) for row in rows]

    async def record_validation(
        self,
        *,
        kind: str,
        payload_sha256: str,
        user_id: str,
        outcome: str,
        reason: str = "",
        transaction_id: str | None = None,
        original_transaction_id: str | None = None,
    ) -> None:
        async with self._db.connection() as connection:
            await connection.execute(
                _RECORD_VALIDATION, kind, payload_sha256, user_id, outcome, reason, transaction_id,
                original_transaction_id,
            )
