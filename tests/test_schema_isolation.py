"""Each service's role can use its own schema and nothing else."""

from __future__ import annotations

import asyncpg
import pytest

from zodiac_platform.database import dsn_for_role


async def _as(role: str, dsn: str, query: str) -> object:
    connection = await asyncpg.connect(dsn_for_role(dsn, role))
    try:
        return await connection.fetchval(query)
    finally:
        await connection.close()


async def test_the_horoscope_role_cannot_read_receipt_validations(dsn: str) -> None:
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await _as("zodiac_horoscope", dsn, "SELECT count(*) FROM subscription.receipt_validations")
    assert await _as("zodiac_horoscope", dsn, "SELECT count(*) FROM horoscope.daily_horoscopes") == 0


async def test_the_subscription_role_cannot_read_horoscopes(dsn: str) -> None:
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await _as("zodiac_subscription", dsn, "SELECT count(*) FROM horoscope.daily_horoscopes")
    assert await _as("zodiac_subscription", dsn, "SELECT count(*) FROM subscription.receipt_validations") == 0


async def test_service_roles_cannot_change_the_schema_or_read_migration_history(dsn: str) -> None:
    for role in ("zodiac_horoscope", "zodiac_subscription"):
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await _as(role, dsn, "CREATE TABLE horoscope.sneaky (id int)")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await _as(role, dsn, "SELECT count(*) FROM schema_migrations")
