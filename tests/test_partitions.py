"""The growing subscription tables, partitioned by month by migration 0008, keep their rows."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import asyncpg

from zodiac_platform.database import dsn_for_role
from zodiac_platform.migrations import MIGRATIONS_DIR, apply_migrations

PARTITIONING = "0008_partition_notifications_and_validations.sql"


async def test_partitioning_keeps_every_row_in_its_month(empty_dsn: str, tmp_path: Path) -> None:
    before = tmp_path / "migrations"
    before.mkdir()
    for migration in sorted(MIGRATIONS_DIR.glob("*.sql")):
        if migration.name < PARTITIONING:
            shutil.copy(migration, before / migration.name)
    await apply_migrations(empty_dsn, directory=before)
    now = dt.datetime.now(dt.UTC)
    months_ago = now - dt.timedelta(days=95)
    connection = await asyncpg.connect(empty_dsn)
    try:
        await connection.execute(
            """INSERT INTO subscription.notifications (notification_uuid, notification_type, outcome, payload, received_at)
               VALUES ('old-uuid', 'DID_RENEW', 'applied', '{}', $1), ('new-uuid', 'TEST', 'stored', '{}', $2)""",
            months_ago, now,
        )
        await connection.execute(
            """INSERT INTO subscription.receipt_validations (kind, payload_sha256, outcome, first_seen_at, attempts)
               VALUES ('signed_transaction', 'abc', 'valid', $1, 7)""",
            months_ago,
        )
    finally:
        await connection.close()

    await apply_migrations(empty_dsn)

    connection = await asyncpg.connect(empty_dsn)
    try:
        placed = await connection.fetch(
            "SELECT notification_uuid, tableoid::regclass::text AS partition FROM subscription.notifications ORDER BY 1"
        )
        assert [(r["notification_uuid"], r["partition"]) for r in placed] == [
            ("new-uuid", f"subscription.notifications_{now:%Y_%m}"),
            ("old-uuid", f"subscription.notifications_{months_ago:%Y_%m}"),
        ]
        validation = await connection.fetchrow(
            "SELECT attempts, month, tableoid::regclass::text AS partition FROM subscription.receipt_validations"
        )
        assert validation["attempts"] == 7 and validation["month"] == months_ago.date().replace(day=1)
        assert await connection.fetchval("SELECT count(*) FROM subscription.notification_uuids") == 2
        # The coming months exist; the defaults are empty.
        ahead = (now.replace(day=1) + dt.timedelta(days=95)).strftime("%Y_%m")
        assert await connection.fetchval("SELECT to_regclass($1) IS NOT NULL", f"subscription.notifications_{ahead}")
        assert await connection.fetchval("SELECT count(*) FROM subscription.notifications_default") == 0
    finally:
        await connection.close()

    service = await asyncpg.connect(dsn_for_role(empty_dsn, "zodiac_subscription"))
    try:  # the service's own role runs the maintenance, idempotently, and may use what it makes
        assert await service.fetchval("SELECT subscription.ensure_monthly_partitions(6)") == 6
        assert await service.fetchval("SELECT subscription.ensure_monthly_partitions(6)") == 0
        await service.execute(
            "INSERT INTO subscription.receipt_validations (kind, payload_sha256, outcome) VALUES ('notification', 'x', 'invalid')"
        )
    finally:
        await service.close()


async def test_rows_that_arrived_before_their_month_existed_move_into_it(dsn: str) -> None:
    far = (dt.datetime.now(dt.UTC).replace(day=1) + dt.timedelta(days=32 * 8)).replace(day=15)
    owner = await asyncpg.connect(dsn)
    try:
        await owner.execute(
            """INSERT INTO subscription.notifications (notification_uuid, notification_type, outcome, payload, received_at)
               VALUES ('early', 'TEST', 'stored', '{}', $1)""",
            far,
        )
        assert await owner.fetchval("SELECT count(*) FROM subscription.notifications_default") == 1
    finally:
        await owner.close()
    service = await asyncpg.connect(dsn_for_role(dsn, "zodiac_subscription"))
    try:
        assert await service.fetchval("SELECT subscription.ensure_monthly_partitions(9)") > 0
    finally:
        await service.close()
    owner = await asyncpg.connect(dsn)
    try:
        placed = await owner.fetchval(
            "SELECT tableoid::regclass::text FROM subscription.notifications WHERE notification_uuid = 'early'"
        )
        assert placed == f"subscription.notifications_{far:%Y_%m}"
        assert await owner.fetchval("SELECT count(*) FROM subscription.notifications_default") == 0
    finally:
        await owner.close()
