"""HoroscopeService through a real channel against a real database."""

from __future__ import annotations

import asyncio

import asyncpg
import grpc
import pytest
from google.type import date_pb2

from tests.conftest import AUTH
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc

DAY = date_pb2.Date(year=2026, month=11, day=27)


def stub(channel: grpc.aio.Channel) -> pb_grpc.HoroscopeServiceStub:
    return pb_grpc.HoroscopeServiceStub(channel)


def upsert_request(**overrides: object) -> pb.UpsertHoroscopeRequest:
    fields: dict[str, object] = dict(
        sign=pb.LEO,
        language="en",
        period=pb.DAILY,
        date=DAY,
        content=pb.HoroscopeContent(summary="A bright day.", love="Say it.", lucky_number=7),
        model="editor/manual",
        tokens_used=12,
    )
    fields.update(overrides)
    return pb.UpsertHoroscopeRequest(**fields)  # type: ignore[arg-type]


async def test_generate_then_get_daily(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    report = await api.GenerateHoroscopes(pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY), metadata=AUTH)
    assert (report.created, report.skipped, report.failed) == (72, 0, 0)

    horoscope = await api.GetDailyHoroscope(pb.GetDailyHoroscopeRequest(sign=pb.CANCER, language="de", date=DAY))
    assert horoscope.sign == pb.CANCER and horoscope.language == "de" and horoscope.period == pb.DAILY
    assert horoscope.start_date == DAY and horoscope.end_date == DAY
    assert horoscope.model == "offline-templates/v2" and horoscope.tokens_used == 0
    content = horoscope.content
    assert content.summary and content.mood
    # No user: the free edition, premium sections withheld and named.
    assert (content.love, content.career, content.health) == ("", "", "")
    assert list(horoscope.locked_sections) == ["love", "career", "health"] and not horoscope.degraded
    assert 1 <= content.lucky_number <= 99 and content.lucky_color and content.compatible_sign != pb.CANCER
    assert content.sky.sun_sign == pb.SAGITTARIUS
    assert list(content.sky.moon_signs) == [pb.CANCER]
    assert content.sky.moon_phase == pb.WANING_GIBBOUS
    assert "Krebs" in content.summary  # the Moon in the reader's own sign, in German


async def test_generate_again_skips_everything(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    request = pb.GenerateHoroscopesRequest(period=pb.WEEKLY, date=DAY, signs=[pb.ARIES], languages=["en", "fr"])
    first = await api.GenerateHoroscopes(request, metadata=AUTH)
    second = await api.GenerateHoroscopes(request, metadata=AUTH)
    assert (first.created, first.skipped) == (2, 0)
    assert (second.created, second.skipped) == (0, 2)
    overwritten = await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.WEEKLY, date=DAY, signs=[pb.ARIES], languages=["en"], overwrite=True),
        metadata=AUTH,
    )
    # Deterministic text: overwriting with the same content is counted as an update of the row.
    assert (overwritten.created, overwritten.updated) == (0, 1)


async def test_weekly_covers_the_iso_week(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.WEEKLY, date=DAY, signs=[pb.VIRGO], languages=["it"]), metadata=AUTH
    )
    sunday = date_pb2.Date(year=2026, month=11, day=29)
    horoscope = await api.GetWeeklyHoroscope(pb.GetWeeklyHoroscopeRequest(sign=pb.VIRGO, language="it", date=sunday))
    assert horoscope.start_date == date_pb2.Date(year=2026, month=11, day=23)
    assert horoscope.end_date == sunday
    assert horoscope.period == pb.WEEKLY
    assert len(horoscope.content.sky.moon_signs) >= 3  # the Moon crosses a sign every 2.5 days


async def test_monthly_covers_the_calendar_month_with_key_days(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    in_february = date_pb2.Date(year=2028, month=2, day=14)
    report = await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.MONTHLY, date=in_february, signs=[pb.LIBRA], languages=["de"]),
        metadata=AUTH,
    )
    assert report.created == 1 and report.end_date == date_pb2.Date(year=2028, month=2, day=29)
    horoscope = await api.GetMonthlyHoroscope(
        pb.GetMonthlyHoroscopeRequest(sign=pb.LIBRA, language="de", date=date_pb2.Date(year=2028, month=2, day=29))
    )
    assert horoscope.period == pb.MONTHLY
    assert (horoscope.start_date, horoscope.end_date) == (
        date_pb2.Date(year=2028, month=2, day=1), date_pb2.Date(year=2028, month=2, day=29)
    )
    key_days = horoscope.content.key_days
    assert len(key_days) >= 4 and all(k.date.month == 2 and k.note for k in key_days)
    assert {n.phase for n in horoscope.content.sky.lunations} >= {pb.NEW_MOON, pb.FULL_MOON}
    listed = await api.ListHoroscopes(pb.ListHoroscopesRequest(period=pb.MONTHLY, language="de", date=in_february))
    assert [h.sign for h in listed.horoscopes] == [pb.LIBRA]
    missing = await rpc_error(
        api.GetMonthlyHoroscope(pb.GetMonthlyHoroscopeRequest(sign=pb.LIBRA, language="de", date=DAY))
    )
    assert missing.code() == grpc.StatusCode.NOT_FOUND and "--period monthly" in (missing.details() or "")


async def test_weekly_content_carries_key_days(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    week = date_pb2.Date(year=2027, month=1, day=6)
    await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.WEEKLY, date=week, signs=[pb.ARIES], languages=["fr"]), metadata=AUTH
    )
    horoscope = await api.GetWeeklyHoroscope(pb.GetWeeklyHoroscopeRequest(sign=pb.ARIES, language="fr", date=week))
    days = [(k.date.month, k.date.day) for k in horoscope.content.key_days]
    assert len(days) >= 2 and days == sorted(days) and all((1, 4) <= d <= (1, 10) for d in days)


async def test_get_monthly_validates_like_the_other_reads(horoscope_channel: grpc.aio.Channel) -> None:
    error = await rpc_error(stub(horoscope_channel).GetMonthlyHoroscope(
        pb.GetMonthlyHoroscopeRequest(sign=14, language="xx", date=date_pb2.Date(year=2027, month=2, day=29))
    ))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert set(field_violations(error)) == {"sign", "language", "date"}


async def test_list_returns_stored_signs_in_order_and_names_missing(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    await api.GenerateHoroscopes(
        pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.PISCES, pb.ARIES], languages=["es"]),
        metadata=AUTH,
    )
    listed = await api.ListHoroscopes(pb.ListHoroscopesRequest(period=pb.DAILY, language="es", date=DAY))
    assert [h.sign for h in listed.horoscopes] == [pb.ARIES, pb.PISCES]
    assert len(listed.missing_signs) == 10 and pb.ARIES not in listed.missing_signs
    some = await api.ListHoroscopes(
        pb.ListHoroscopesRequest(period=pb.DAILY, language="es", date=DAY, signs=[pb.PISCES, pb.LEO])
    )
    assert [h.sign for h in some.horoscopes] == [pb.PISCES] and list(some.missing_signs) == [pb.LEO]


async def test_missing_horoscope_is_not_found_with_a_hint(horoscope_channel: grpc.aio.Channel) -> None:
    error = await rpc_error(
        stub(horoscope_channel).GetDailyHoroscope(pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY))
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND
    assert "zodiac generate --period daily --date 2026-11-27" in (error.details() or "")


async def test_upsert_writes_and_is_idempotent(horoscope_channel: grpc.aio.Channel, dsn: str) -> None:
    api = stub(horoscope_channel)
    first = await api.UpsertHoroscope(upsert_request(), metadata=AUTH)
    again = await api.UpsertHoroscope(upsert_request(), metadata=AUTH)
    assert first.content.summary == "A bright day." and first.model == "editor/manual" and first.tokens_used == 12
    assert again.update_time == first.update_time  # same values: the row is untouched
    changed = await api.UpsertHoroscope(
        upsert_request(content=pb.HoroscopeContent(summary="A new text.")), metadata=AUTH
    )
    assert changed.content.summary == "A new text." and changed.create_time == first.create_time
    read = await api.GetDailyHoroscope(pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY))
    assert read.content.summary == "A new text."
    connection = await asyncpg.connect(dsn)
    try:
        assert await connection.fetchval("SELECT count(*) FROM horoscope.daily_horoscopes") == 1
    finally:
        await connection.close()


async def test_upsert_weekly_stores_the_monday(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    written = await api.UpsertHoroscope(upsert_request(period=pb.WEEKLY), metadata=AUTH)
    assert written.start_date == date_pb2.Date(year=2026, month=11, day=23)


async def test_hundred_concurrent_upserts_leave_one_row(horoscope_channel: grpc.aio.Channel, dsn: str) -> None:
    api = stub(horoscope_channel)
    requests = [
        upsert_request(content=pb.HoroscopeContent(summary=f"Writer {i}."), tokens_used=i) for i in range(100)
    ]
    results = await asyncio.gather(*(api.UpsertHoroscope(r, metadata=AUTH) for r in requests))
    assert len(results) == 100
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch("SELECT content, tokens_used FROM horoscope.daily_horoscopes")
    finally:
        await connection.close()
    assert len(rows) == 1
    summary, tokens = rows[0]["content"], rows[0]["tokens_used"]
    assert f"Writer {tokens}." in summary  # one writer's values, whole: never a mix of two


async def test_writes_need_the_service_token(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    missing = await rpc_error(api.UpsertHoroscope(upsert_request()))
    wrong = await rpc_error(
        api.GenerateHoroscopes(
            pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY),
            metadata=(("authorization", "Bearer not-the-token"),),
        )
    )
    assert missing.code() == grpc.StatusCode.UNAUTHENTICATED
    assert wrong.code() == grpc.StatusCode.UNAUTHENTICATED
    listed = await api.ListHoroscopes(pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=DAY))
    assert len(listed.horoscopes) == 0  # nothing was written


@pytest.mark.parametrize(
    ("request_", "field", "fragment"),
    [
        (pb.GetDailyHoroscopeRequest(language="en", date=DAY), "sign", "required"),
        (pb.GetDailyHoroscopeRequest(sign=13, language="en", date=DAY), "sign", "unknown sign 13"),
        (pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="xx", date=DAY), "language", "unsupported"),
        (pb.GetDailyHoroscopeRequest(sign=pb.LEO, date=DAY), "language", "required"),
        (pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en"), "date", "required"),
        (
            pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=date_pb2.Date(year=2026, month=2, day=30)),
            "date",
            "2026-02-30 is not a calendar date",
        ),
        (
            pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY, user_id="u" * 129),
            "user_id",
            "at most",
        ),
        (  # refused here, never passed on to the subscription service
            pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY, user_id="al\x00ice"),
            "user_id",
            "printable characters only",
        ),
    ],
)
async def test_get_daily_rejects_bad_input(
    horoscope_channel: grpc.aio.Channel, request_: pb.GetDailyHoroscopeRequest, field: str, fragment: str
) -> None:
    error = await rpc_error(stub(horoscope_channel).GetDailyHoroscope(request_))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    violations = field_violations(error)
    assert fragment in violations[field]


async def test_all_violations_are_reported_together(horoscope_channel: grpc.aio.Channel) -> None:
    error = await rpc_error(stub(horoscope_channel).GetWeeklyHoroscope(pb.GetWeeklyHoroscopeRequest()))
    assert set(field_violations(error)) == {"sign", "language", "date"}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"content": pb.HoroscopeContent(summary="")}, "content.summary"),
        ({"content": pb.HoroscopeContent(summary="x" * 4001)}, "content.summary"),
        ({"content": pb.HoroscopeContent(summary="ok", love="x" * 4001)}, "content.love"),
        ({"content": pb.HoroscopeContent(summary="ok", compatible_sign=40)}, "content.compatible_sign"),
        ({"tokens_used": -1}, "tokens_used"),
        ({"model": ""}, "model"),
        ({"period": pb.PERIOD_UNSPECIFIED}, "period"),
        ({"date": date_pb2.Date(year=2026, month=13, day=1)}, "date"),
        ({"content": pb.HoroscopeContent(summary="ok", key_days=[pb.KeyDay(note="x")])}, "content.key_days[0].date"),
        ({"content": pb.HoroscopeContent(summary="ok", key_days=[pb.KeyDay(date=DAY)])}, "content.key_days[0].note"),
        ({"content": pb.HoroscopeContent(summary="ok", key_days=[pb.KeyDay(date=DAY, note="x")] * 32)},
         "content.key_days"),
        ({"content": pb.HoroscopeContent(summary="ok", sky=pb.SkyFacts(lunar_day=30))}, "content.sky.lunar_day"),
        ({"content": pb.HoroscopeContent(summary="ok", sky=pb.SkyFacts(aspects=[pb.ExactAspect(aspect=9)]))},
         "content.sky.aspects[0].aspect"),
    ],
)
async def test_upsert_rejects_bad_input(
    horoscope_channel: grpc.aio.Channel, overrides: dict[str, object], field: str
) -> None:
    error = await rpc_error(stub(horoscope_channel).UpsertHoroscope(upsert_request(**overrides), metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(error)


async def test_upsert_without_content_is_invalid(horoscope_channel: grpc.aio.Channel) -> None:
    request = upsert_request()
    request.ClearField("content")
    error = await rpc_error(stub(horoscope_channel).UpsertHoroscope(request, metadata=AUTH))
    assert "content" in field_violations(error)


async def test_generate_rejects_bad_lists(horoscope_channel: grpc.aio.Channel) -> None:
    request = pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO, 0], languages=["en", "klingon"])
    error = await rpc_error(stub(horoscope_channel).GenerateHoroscopes(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert set(field_violations(error)) == {"signs[1]", "languages[1]"}


async def test_a_million_signs_are_refused_at_once_with_a_small_status(horoscope_channel: grpc.aio.Channel) -> None:
    request = pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=DAY, signs=[13] * 1_000_000)
    started = asyncio.get_running_loop().time()
    error = await rpc_error(stub(horoscope_channel).ListHoroscopes(request, timeout=10))
    elapsed = asyncio.get_running_loop().time() - started
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field_violations(error) == {"signs": "at most 12 items (got 1000000)"}
    assert len(error.details() or "") < 200
    assert elapsed < 5  # generous for a loaded machine; it takes milliseconds (make bench measures speed)


async def test_upsert_refuses_what_postgresql_cannot_store(horoscope_channel: grpc.aio.Channel) -> None:
    from google.protobuf import timestamp_pb2

    sky = pb.SkyFacts(
        stations=[pb.Station(body=pb.MERCURY, time=timestamp_pb2.Timestamp(seconds=2**62, nanos=-1))],
    )
    request = pb.UpsertHoroscopeRequest(
        sign=pb.LEO, language="en", period=pb.DAILY, date=DAY, model="m",
        content=pb.HoroscopeContent(summary="a\x00b", love="fine", sky=sky),
    )
    error = await rpc_error(stub(horoscope_channel).UpsertHoroscope(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    violations = field_violations(error)
    assert violations["content.summary"] == "must not contain NUL characters"
    assert violations["content.sky.stations[0].time"] == "is not a time between the years 1 and 9999"
