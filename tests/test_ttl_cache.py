"""The TTL cache (reads, entitlement answers): bounded in time and size; reads never hide this process's own writes."""

from __future__ import annotations

import datetime as dt

import grpc
from google.type import date_pb2

from horoscope_service.model import Horoscope, HoroscopeContent, HoroscopeKey, Period, Sign
from tests.conftest import AUTH
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.ttl_cache import TtlCache

NOW = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)


def _horoscope(sign: Sign) -> Horoscope:
    key = HoroscopeKey.of(Period.DAILY, NOW.date(), sign, "en")
    return Horoscope(key, HoroscopeContent(summary=sign.key), "m", 0, NOW, NOW)


def test_entries_expire_after_the_ttl() -> None:
    now = [0.0]
    cache = TtlCache(ttl=10, clock=lambda: now[0])
    leo = _horoscope(Sign.LEO)
    cache.put(leo.key, leo)
    now[0] = 9.9
    assert cache.get(leo.key) is leo
    now[0] = 10.0
    assert cache.get(leo.key) is None


def test_size_is_bounded_by_dropping_the_oldest() -> None:
    cache = TtlCache(ttl=60, max_entries=2)
    aries, taurus, gemini = (_horoscope(s) for s in (Sign.ARIES, Sign.TAURUS, Sign.GEMINI))
    for horoscope in (aries, taurus, gemini):
        cache.put(horoscope.key, horoscope)
    assert cache.get(aries.key) is None and cache.get(gemini.key) is gemini


def test_zero_ttl_disables_caching() -> None:
    cache = TtlCache(ttl=0)
    leo = _horoscope(Sign.LEO)
    cache.put(leo.key, leo)
    assert cache.get(leo.key) is None


async def test_a_write_is_visible_to_the_next_read(horoscope_channel: grpc.aio.Channel) -> None:
    api = pb_grpc.HoroscopeServiceStub(horoscope_channel)
    date = date_pb2.Date(year=2026, month=11, day=27)
    write = pb.UpsertHoroscopeRequest(
        sign=pb.LEO, language="en", period=pb.DAILY, date=date, model="m", content=pb.HoroscopeContent(summary="old")
    )
    read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=date)
    await api.UpsertHoroscope(write, metadata=AUTH)
    assert (await api.GetDailyHoroscope(read)).content.summary == "old"  # now cached
    write.content.summary = "new"
    await api.UpsertHoroscope(write, metadata=AUTH)
    assert (await api.GetDailyHoroscope(read)).content.summary == "new"
    await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.DAILY, date=date, signs=[pb.LEO], languages=["en"], overwrite=True),
        metadata=AUTH,
    )
    assert (await api.GetDailyHoroscope(read)).model == "offline-templates/v2"
