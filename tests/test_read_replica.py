"""Horoscope reads from a real streaming standby (HOROSCOPE_READ_DATABASE_URL): served there,
fresh after replay, a just-written key read from the primary, and the primary when the standby stops."""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import grpc
import pytest
from google.type import date_pb2

from horoscope_service.app import build_host
from tests.conftest import EDITOR, horoscope_settings
from tests.standby import Standby, streaming_standby
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.database import database_name, dsn_for_role

pytestmark = pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")), reason="the standby is made from the embedded test cluster")
DAY = date_pb2.Date(year=2026, month=11, day=27)
READ = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)


@pytest.fixture(scope="module")
def standby(server_dsn: str, template_name: str) -> Iterator[Standby]:
    # Under /tmp, not pytest's folder: the server runs as another user (pgserver) when tests run as root.
    with streaming_standby(server_dsn, Path(tempfile.mkdtemp(prefix="zodiac-standby-"))) as running:
        yield running


async def _on_standby(standby: Standby, database: str, statement: str) -> object:
    for _ in range(100):  # the database itself may not have been replayed yet
        try:
            connection = await asyncpg.connect(standby.dsn(database))
        except asyncpg.InvalidCatalogNameError:
            await asyncio.sleep(0.05)
            continue
        try:
            return await connection.fetchval(statement)
        finally:
            await connection.close()
    raise AssertionError(f"{database} never reached the standby")


async def _write_behind_the_services_back(dsn: str, summary: str) -> None:
    """A write the services hear nothing of (no NOTIFY): only replication carries it."""
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(
            "UPDATE horoscope.daily_horoscopes SET content = jsonb_set(content, '{summary}', $1::jsonb) "
            "WHERE sign = 'leo' AND language_code = 'en' AND date = '2026-11-27'",
            json.dumps(summary),
        )
    finally:
        await connection.close()


async def test_reads_come_from_the_standby_and_fall_back_to_the_primary(dsn: str, standby: Standby) -> None:
    database = database_name(dsn)
    await _on_standby(standby, database, "SELECT 1")
    settings = horoscope_settings(
        HOROSCOPE_CACHE_SECONDS="0", DB_ACQUIRE_TIMEOUT="1", HOROSCOPE_REPLICA_LAG_SECONDS="1",
        HOROSCOPE_READ_DATABASE_URL=standby.dsn(database, "zodiac_horoscope"),
    )
    host, _ = await build_host(settings, dsn_for_role(dsn, "zodiac_horoscope"))
    port = await host.start("127.0.0.1:0")
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            api = pb_grpc.HoroscopeServiceStub(channel)
            upsert = pb.UpsertHoroscopeRequest(
                sign=pb.LEO, language="en", period=pb.DAILY, date=DAY, model="editor",
                content=pb.HoroscopeContent(summary="as written"),
            )
            await api.UpsertHoroscope(upsert, metadata=EDITOR)
            # Just written: read from the primary, whatever the standby has replayed.
            assert (await api.GetDailyHoroscope(READ)).content.summary == "as written"

            await _on_standby(standby, database, "SELECT pg_wal_replay_pause()")
            await asyncio.sleep(1.1)  # HOROSCOPE_REPLICA_LAG_SECONDS: no longer fresh, read from the standby
            await _write_behind_the_services_back(dsn, "replicated later")
            assert (await api.GetDailyHoroscope(READ)).content.summary == "as written"  # the standby's view
            await _on_standby(standby, database, "SELECT pg_wal_replay_resume()")
            for _ in range(100):
                if (await api.GetDailyHoroscope(READ)).content.summary == "replicated later":
                    break
                await asyncio.sleep(0.05)
            else:
                raise AssertionError("the write never showed after replay")

            standby.stop()
            try:
                answer = await api.GetDailyHoroscope(READ, timeout=10)
                assert answer.content.summary == "replicated later"  # from the primary
            finally:
                standby.start()
    finally:
        await host.stop(grace=0.5)


def test_the_setting_is_read(tmp_path: Path) -> None:
    settings = horoscope_settings(HOROSCOPE_READ_DATABASE_URL="postgresql://a,b/zodiac?target_session_attrs=prefer-standby")
    assert settings.read_database_url is not None and settings.replica_lag == 5.0
