"""Query performance from pg_stat_statements: the services' own statements listed after traffic,
on a server that has it; an empty answer, not an error, on one that does not."""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

import asyncpg
import pytest

from horoscope_service.horoscopes import Horoscopes
from horoscope_service.model import HoroscopeKey, Period, Sign
from horoscope_service.offline_generator import OfflineGenerator
from horoscope_service.ops_storage import OpsStore
from horoscope_service.storage import HoroscopeStore
from tests.stats_server import postgres_with_statements
from zodiac_cli.main import main
from zodiac_platform.database import Database, PoolSettings, dsn_for_database, dsn_for_role
from zodiac_platform.migrations import apply_migrations


async def _traffic(dsn: str) -> None:
    """What the horoscope service does, as its own role: generate a day, read it."""
    database = await Database.connect(dsn_for_role(dsn, "zodiac_horoscope"), PoolSettings(1, 2, 5.0, 10.0),
                                      application_name="test")
    try:
        horoscopes = Horoscopes(HoroscopeStore(database), OfflineGenerator())
        day = dt.date(2027, 1, 6)
        await horoscopes.generate(Period.DAILY, day, list(Sign), ["en"])
        for sign in Sign:
            await horoscopes.read(HoroscopeKey.of(Period.DAILY, day, sign, "en"), "", None)
    finally:
        await database.close()


async def test_the_services_statements_are_listed_after_traffic(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Under /tmp, not pytest's folder: the server runs as another user, who must reach it.
    with postgres_with_statements(Path(tempfile.mkdtemp(prefix="zodiac-stats-"))) as server:
        admin = await asyncpg.connect(server)
        await admin.execute("CREATE DATABASE zodiac")
        await admin.close()
        dsn = dsn_for_database(server, "zodiac")
        await apply_migrations(dsn)
        await _traffic(dsn)
        connection = await asyncpg.connect(dsn)
        try:
            rows = await connection.fetch("SELECT * FROM ops.v_query_performance")
        finally:
            await connection.close()
        ours = [r for r in rows if r["role_name"] == "zodiac_horoscope"]
        assert any("horoscope.daily_horoscopes" in r["query"] and r["calls"] >= 1 for r in ours)
        assert all(r["total_ms"] >= r["mean_ms"] >= 0 and r["max_ms"] >= r["mean_ms"] for r in rows)
        assert [r["total_ms"] for r in rows] == sorted((r["total_ms"] for r in rows), reverse=True)

        # The service's role reads the same through the function it is granted (its metrics).
        database = await Database.connect(dsn_for_role(dsn, "zodiac_horoscope"), PoolSettings(1, 1, 5.0, 10.0),
                                          application_name="test")
        try:
            slowest = await OpsStore(database).slowest_queries(5)
        finally:
            await database.close()
        assert len(slowest) == 5 and slowest[0].total_ms >= slowest[-1].total_ms

        monkeypatch.setenv("DATABASE_URL", dsn)
        await asyncio.to_thread(main, ["db", "top", "--limit", "3"])
        out = capsys.readouterr().out.splitlines()
        assert out[0].split()[:3] == ["total", "ms", "calls"] and len(out) == 4


async def test_without_pg_stat_statements_the_view_is_empty(dsn: str, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    connection = await asyncpg.connect(dsn)  # the embedded server: no pg_stat_statements
    try:
        assert await connection.fetch("SELECT * FROM ops.v_query_performance") == []
    finally:
        await connection.close()
    monkeypatch.setenv("DATABASE_URL", dsn)
    await asyncio.to_thread(main, ["db", "top"])
    assert "no statement statistics" in capsys.readouterr().out
