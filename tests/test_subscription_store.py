"""The storage layer's conflict handling, against a real database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from subscription_service.model import Environment
from subscription_service.storage import ATTEMPTS, SubscriptionStore, SubscriptionUnit
from zodiac_platform.database import Database, PoolSettings, dsn_for_role
from zodiac_platform.errors import Aborted


@pytest.fixture
async def store(dsn: str) -> AsyncIterator[SubscriptionStore]:
    settings = PoolSettings(min_size=1, max_size=2, acquire_timeout=5, command_timeout=5)
    database = await Database.connect(dsn_for_role(dsn, "zodiac_subscription"), settings, application_name="test")
    yield SubscriptionStore(database)
    await database.close()


async def test_a_deadlock_is_retried_with_the_whole_unit(store: SubscriptionStore) -> None:
    runs: list[str | None] = []

    async def work(unit: SubscriptionUnit) -> str:
        runs.append(unit.user_id)
        await unit.bind("first-try")  # undone by the rollback that the deadlock brings
        if len(runs) == 1:
            raise asyncpg.DeadlockDetectedError("deadlock detected")
        return "done"

    assert await store.in_subscription("3131", "p", Environment.SANDBOX, work) == "done"
    assert runs == [None, None]  # the second run saw nothing of the first


async def test_a_conflict_that_persists_is_aborted(store: SubscriptionStore) -> None:
    runs = 0

    async def work(unit: SubscriptionUnit) -> None:
        nonlocal runs
        runs += 1
        raise asyncpg.SerializationError("could not serialize access")

    with pytest.raises(Aborted, match="retry"):
        await store.in_subscription("3132", "p", Environment.SANDBOX, work)
    assert runs == ATTEMPTS
