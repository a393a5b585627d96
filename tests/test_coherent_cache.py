"""Replicas' read caches stay coherent: a write through one is seen by every other at once
(PostgreSQL NOTIFY), caching stops while that feed is down, and concurrent misses share a query."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import grpc
import pytest
from google.type import date_pb2

from horoscope_service.app import build_host
from horoscope_service.horoscopes import Horoscopes
from horoscope_service.model import HoroscopeKey, Period, Sign
from horoscope_service.offline_generator import OfflineGenerator
from horoscope_service.storage import HoroscopeStore
from tests.conftest import EDITOR, horoscope_settings
from tests.db_proxy import DatabaseProxy
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.database import Database, PoolSettings, dsn_for_role
from zodiac_platform.server import ServiceHost
from zodiac_platform.ttl_cache import TtlCache

DAY = date_pb2.Date(year=2026, month=11, day=27)
READ = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)


def _upsert(summary: str) -> pb.UpsertHoroscopeRequest:
    return pb.UpsertHoroscopeRequest(
        sign=pb.LEO, language="en", period=pb.DAILY, date=DAY, model="editor",
        content=pb.HoroscopeContent(summary=summary),
    )


async def _replica(dsn: str, **settings: str) -> tuple[ServiceHost, pb_grpc.HoroscopeServiceStub, grpc.aio.Channel]:
    host, _ = await build_host(horoscope_settings(HOROSCOPE_CACHE_SECONDS="600", **settings), dsn_for_role(dsn, "zodiac_horoscope"))
    port = await host.start("127.0.0.1:0")
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    return host, pb_grpc.HoroscopeServiceStub(channel), channel


async def _sees(api: pb_grpc.HoroscopeServiceStub, summary: str, within: float) -> float:
    started = asyncio.get_running_loop().time()
    while (elapsed := asyncio.get_running_loop().time() - started) < within:
        if (await api.GetDailyHoroscope(READ)).content.summary == summary:
            return elapsed
        await asyncio.sleep(0.01)
    raise AssertionError(f"{summary!r} not seen within {within}s")


@pytest.fixture
async def two_replicas(dsn: str) -> AsyncIterator[tuple[pb_grpc.HoroscopeServiceStub, pb_grpc.HoroscopeServiceStub]]:
    first, a, channel_a = await _replica(dsn)
    second, b, channel_b = await _replica(dsn)
    yield a, b
    for channel in (channel_a, channel_b):
        await channel.close()
    for host in (first, second):
        await host.stop(grace=0.5)


async def test_a_write_through_one_replica_shows_on_the_other_at_once(
    two_replicas: tuple[pb_grpc.HoroscopeServiceStub, pb_grpc.HoroscopeServiceStub],
) -> None:
    a, b = two_replicas
    await a.UpsertHoroscope(_upsert("first words"), metadata=EDITOR)
    await _sees(b, "first words", within=1.0)  # now cached on b, for 600 s
    await _sees(b, "first words", within=1.0)
    await a.UpsertHoroscope(_upsert("second thoughts"), metadata=EDITOR)
    assert await _sees(b, "second thoughts", within=1.0) < 1.0
    listed = await b.ListHoroscopes(pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=DAY, signs=[pb.LEO]))
    assert [h.content.summary for h in listed.horoscopes] == ["second thoughts"]


async def test_after_losing_the_database_a_replica_caches_again_only_once_it_listens(dsn: str) -> None:
    proxy = DatabaseProxy(dsn)
    await proxy.start()
    cut_off, a, channel_a = await _replica(proxy.dsn, DB_ACQUIRE_TIMEOUT="0.5")
    writer, b, channel_b = await _replica(dsn)
    try:
        await b.UpsertHoroscope(_upsert("before the outage"), metadata=EDITOR)
        await _sees(a, "before the outage", within=2.0)
        await proxy.cut()
        await asyncio.sleep(0.3)
        # Written while a could not hear it: a must not serve its cached copy once it is back.
        await b.UpsertHoroscope(_upsert("written during the outage"), metadata=EDITOR)
        await proxy.start()
        assert await _sees(a, "written during the outage", within=5.0) < 5.0
        await b.UpsertHoroscope(_upsert("after the outage"), metadata=EDITOR)
        await _sees(a, "after the outage", within=3.0)  # listening again
    finally:
        for channel in (channel_a, channel_b):
            await channel.close()
        for host in (cut_off, writer):
            await host.stop(grace=0.5)
        await proxy.cut()


class CountingStore(HoroscopeStore):
    """The real store, counting the queries reads make."""

    gets = lists = 0

    async def get(self, key: HoroscopeKey, **options):  # type: ignore[no-untyped-def]
        self.gets += 1
        await asyncio.sleep(0.05)  # a slow query, so that the misses overlap
        return await super().get(key, **options)

    async def list(self, *args, **options):  # type: ignore[no-untyped-def]
        self.lists += 1
        return await super().list(*args, **options)


async def test_concurrent_misses_share_one_query_and_lists_come_from_the_cache(dsn: str) -> None:
    database = await Database.connect(
        dsn_for_role(dsn, "zodiac_horoscope"), PoolSettings(1, 4, 5.0, 5.0), application_name="test"
    )
    try:
        store = CountingStore(database)
        horoscopes = Horoscopes(store, OfflineGenerator(), cache=TtlCache(600))
        day = dt.date(2026, 11, 27)
        await horoscopes.generate(Period.DAILY, day, list(Sign), ["en"])
        key = HoroscopeKey(Period.DAILY, day, "en", Sign.LEO)
        read = await asyncio.gather(*(horoscopes.get(key) for _ in range(50)))
        assert store.gets == 1 and len({r.content.summary for r in read}) == 1
        await horoscopes.list(Period.DAILY, day, "en", list(Sign))  # 11 signs not cached yet: one query
        listed, missing = await horoscopes.list(Period.DAILY, day, "en", list(Sign))
        assert store.lists == 1 and len(listed) == 12 and missing == []
    finally:
        await database.close()
