"""Personal horoscopes: text for one chart, over gRPC with saved birth data, the wheel as SVG."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import grpc
import pytest
from google.type import date_pb2, datetime_pb2

from horoscope_service.model import LANGUAGES, Body, Period
from horoscope_service.natal_model import Birth
from horoscope_service.personal import compute, locate
from horoscope_service.phrasebooks import phrasebook
from tests.conftest import EDITOR, GATEWAY
from tests.grpc_helpers import field_violations, rpc_error
from tests.scripts import load_script
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc

PEOPLE = (
    Birth(dt.datetime(1879, 3, 14, 11, 30), place="Ulm, Germany"),
    Birth(dt.datetime(1961, 8, 4, 19, 24), latitude=21.3069, longitude=-157.8583),
    Birth(dt.datetime(1990, 5, 17), latitude=-33.87, longitude=151.21, time_unknown=True),
    Birth(dt.datetime(2001, 11, 2, 6, 5), latitude=-23.55, longitude=-46.63, time_zone="America/Sao_Paulo"),
)
DAY = dt.date(2027, 1, 6)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


@pytest.mark.parametrize("language", LANGUAGES)
def test_four_people_read_four_texts_and_each_the_same_twice(language: str) -> None:
    readings = [compute(birth, Period.DAILY, DAY, language).content.summary for birth in PEOPLE]
    assert len(set(readings)) == 4
    assert readings == [compute(birth, Period.DAILY, DAY, language).content.summary for birth in PEOPLE]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_chart_hears_no_sentence_twice_within_a_week(language: str) -> None:
    for birth in PEOPLE:
        seen: dict[str, dt.date] = {}
        for n in range(21):
            day = DAY + dt.timedelta(days=n)
            for sentence in sentences(compute(birth, Period.DAILY, day, language).content.summary):
                last = seen.get(sentence)
                assert last is None or (day - last).days > 7, (birth.local_time, last, day, sentence)
                seen[sentence] = day


def test_a_transit_that_perfects_twice_in_a_week_is_told_once() -> None:
    """Mercury stations in February 2027 and crosses the same points again within days: for these
    two charts (over the sea off Japan, and in the South Pacific) it perfects the same aspects twice."""
    births = (Birth(dt.datetime(1972, 12, 12, 22, 53), latitude=31.389, longitude=143.59),
              Birth(dt.datetime(1943, 8, 25, 7, 41), latitude=-44.296, longitude=-116.671))
    for birth in births:
        seen: dict[str, dt.date] = {}
        for n in range(35):
            day = dt.date(2027, 1, 25) + dt.timedelta(days=n)
            for sentence in sentences(compute(birth, Period.DAILY, day, "fr").content.summary):
                last = seen.get(sentence)
                assert last is None or (day - last).days > 7, (birth.local_time, last, day, sentence)
                seen[sentence] = day


def test_weeks_mark_the_days_the_moon_enters_the_chart_s_own_houses() -> None:
    from horoscope_service.natal import house_of
    from horoscope_service.sky import longitude
    from horoscope_service.transits import moon_house_entries

    chart = locate(PEOPLE[1]).chart
    entries = moon_house_entries(chart, dt.date(2027, 1, 4), dt.date(2027, 1, 10))
    assert len(entries) >= 2  # the Moon moves 80 degrees or more in a week
    for at, entered in entries:
        just_after = longitude(Body.MOON, at + dt.timedelta(minutes=5))
        just_before = longitude(Body.MOON, at - dt.timedelta(minutes=5))
        assert house_of(just_after, chart.cusps) == entered and house_of(just_before, chart.cusps) != entered
    houses = [entered for _, entered in entries]
    assert all(b == a % 12 + 1 for a, b in zip(houses, houses[1:], strict=False))  # in order round the chart
    reading = compute(PEOPLE[1], Period.WEEKLY, dt.date(2027, 1, 6), "en")
    book = phrasebook("en")
    notes = {k.note for k in reading.content.key_days}
    assert notes & {note[:1].upper() + note[1:] for note in book.key_moon_house}


def test_the_text_reads_the_strongest_transits_of_the_period() -> None:
    for period, day in ((Period.DAILY, DAY), (Period.WEEKLY, DAY), (Period.MONTHLY, DAY)):
        reading = compute(PEOPLE[1], period, day, "en")
        start, end = period.bounds(day)
        assert reading.transits and all(start <= t.exact.date() <= end for t, _ in reading.transits)
        times = [t.exact for t, _ in reading.transits]
        assert times == sorted(times)
        if period is not Period.DAILY:
            assert len(reading.content.key_days) >= 2
        assert "{" not in reading.content.summary and reading.content.love


def stub(channel: grpc.aio.Channel) -> pb_grpc.HoroscopeServiceStub:
    return pb_grpc.HoroscopeServiceStub(channel)


def obama() -> pb.BirthData:
    # Barack Obama: 4 August 1961, 19:24 HST, Honolulu (Astro-Databank, rating AA).
    return pb.BirthData(
        local_time=datetime_pb2.DateTime(year=1961, month=8, day=4, hours=19, minutes=24),
        latitude=21.3069, longitude=-157.8583,
    )


async def test_get_personal_horoscope_with_birth_data_in_the_request(horoscope_channel: grpc.aio.Channel) -> None:
    request = pb.GetPersonalHoroscopeRequest(
        birth=obama(), period=pb.DAILY, date=date_pb2.Date(year=2027, month=1, day=6), language="en"
    )
    reading = await stub(horoscope_channel).GetPersonalHoroscope(request)
    natal = reading.natal
    assert (natal.sun_sign, natal.moon_sign, natal.ascendant_sign) == (pb.LEO, pb.GEMINI, pb.AQUARIUS)
    assert natal.time_zone == "Pacific/Honolulu" and natal.house_system == pb.PLACIDUS
    assert natal.birth_time.ToDatetime(dt.UTC) == dt.datetime(1961, 8, 5, 5, 24, tzinfo=dt.UTC)
    assert len(natal.bodies) == 10 and len(natal.house_cusps) == 12 and natal.aspects
    assert reading.transits and reading.content.summary
    assert list(reading.locked_sections) == ["love", "career", "health"] and reading.content.love == ""
    again = await stub(horoscope_channel).GetPersonalHoroscope(request)
    assert again == reading


async def test_saved_birth_data_serves_by_user_id_for_the_gateway_only(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    save = pb.SaveBirthDataRequest(user_id="ana", birth=pb.BirthData(
        local_time=datetime_pb2.DateTime(year=1990, month=5, day=17), time_unknown=True, place="Sydney, Australia"
    ))
    assert (await rpc_error(api.SaveBirthData(save))).code() == grpc.StatusCode.UNAUTHENTICATED
    assert (await rpc_error(api.SaveBirthData(save, metadata=EDITOR))).code() == grpc.StatusCode.PERMISSION_DENIED
    saved = await api.SaveBirthData(save, metadata=GATEWAY)
    assert saved.natal.place == "Sydney, AU" and saved.natal.time_unknown and saved.natal.ascendant_sign == pb.SIGN_UNSPECIFIED
    by_id = pb.GetPersonalHoroscopeRequest(user_id="ana", period=pb.WEEKLY, date=date_pb2.Date(year=2027, month=1, day=6), language="pt")
    reading = await api.GetPersonalHoroscope(by_id, metadata=GATEWAY)
    assert reading.natal.sun_sign == pb.TAURUS and reading.content.key_days
    denied = await rpc_error(api.GetPersonalHoroscope(by_id))  # anyone else naming ana gets nothing of hers
    assert denied.code() == grpc.StatusCode.PERMISSION_DENIED
    assert (await api.DeleteBirthData(pb.DeleteBirthDataRequest(user_id="ana"), metadata=GATEWAY)).deleted
    assert not (await api.DeleteBirthData(pb.DeleteBirthDataRequest(user_id="ana"), metadata=GATEWAY)).deleted
    gone = await rpc_error(api.GetPersonalHoroscope(by_id, metadata=GATEWAY))
    assert gone.code() == grpc.StatusCode.NOT_FOUND


async def test_render_natal_chart_returns_a_wheel(horoscope_channel: grpc.aio.Channel) -> None:
    request = pb.RenderNatalChartRequest(birth=obama(), size=500, transits_on=date_pb2.Date(year=2027, month=1, day=6))
    rendered = await stub(horoscope_channel).RenderNatalChart(request)
    root = ET.fromstring(rendered.svg)
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 500 500"
    bodies = [g for g in root.iter() if g.get("data-body")]
    assert len([g for g in bodies if g.get("data-transit") != "true"]) == 10
    assert len([g for g in bodies if g.get("data-transit") == "true"]) == 10
    assert rendered.natal.ascendant_sign == pb.AQUARIUS


@pytest.mark.parametrize(
    ("birth", "fields"),
    [
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=2, day=30, hours=25), latitude=95, longitude=0),
         {"birth.local_time", "birth.latitude"}),
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=2, day=3), latitude=10), {"birth.longitude"}),
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=2, day=3)), {"birth.place"}),
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=2, day=3), place="Atlantis, Narnia"),
         {"birth.place"}),
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=2, day=3, time_zone=datetime_pb2.TimeZone(id="Mars/Olympus")),
                      latitude=1, longitude=2), {"birth.local_time.time_zone.id"}),
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=2026, month=3, day=29, hours=1, minutes=30),
                      place="London, United Kingdom"), {"birth.local_time"}),
        (pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=2, day=3), latitude=float("nan"), longitude=2),
         {"birth.latitude"}),
    ],
)
async def test_bad_birth_data_names_every_bad_field(
    horoscope_channel: grpc.aio.Channel, birth: pb.BirthData, fields: set[str]
) -> None:
    request = pb.GetPersonalHoroscopeRequest(birth=birth, period=pb.DAILY, date=date_pb2.Date(year=2027, month=1, day=6), language="en")
    error = await rpc_error(stub(horoscope_channel).GetPersonalHoroscope(request))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert set(field_violations(error)) == fields
    assert "95" not in (error.details() or "")  # the values themselves are never echoed


def test_every_language_has_a_personal_book() -> None:
    from horoscope_service.phrasebooks.personal import TRANSIT_KEYS, personal_book

    for language in LANGUAGES:
        book = personal_book(language)
        assert list(book.transits) == list(TRANSIT_KEYS)
        every = list(book.transits.values())
        assert len(set(every)) == len(every) and not any("{" in s for s in every)


async def test_a_birth_without_a_time_ignores_the_clock_fields(horoscope_channel: grpc.aio.Channel) -> None:
    birth = pb.BirthData(local_time=datetime_pb2.DateTime(year=1990, month=5, day=17, hours=99, minutes=-3),
                         time_unknown=True, latitude=-33.87, longitude=151.21)
    rendered = await stub(horoscope_channel).RenderNatalChart(pb.RenderNatalChartRequest(birth=birth))
    assert rendered.natal.time_unknown and rendered.natal.birth_time.ToDatetime(dt.UTC).hour == 2  # noon AEST


async def test_birth_data_never_reaches_the_log(
    horoscope_channel: grpc.aio.Channel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    api = stub(horoscope_channel)
    day = date_pb2.Date(year=2027, month=1, day=6)
    await api.GetPersonalHoroscope(pb.GetPersonalHoroscopeRequest(birth=obama(), period=pb.DAILY, date=day, language="en"))
    await api.SaveBirthData(pb.SaveBirthDataRequest(user_id="bo", birth=obama()), metadata=GATEWAY)
    bad = pb.BirthData(local_time=datetime_pb2.DateTime(year=1961, month=8, day=4, hours=19, minutes=24),
                       place="Honolulu-on-Thames, Narnia")
    await rpc_error(api.GetPersonalHoroscope(pb.GetPersonalHoroscopeRequest(birth=bad, period=pb.DAILY, date=day, language="en")))
    assert caplog.records  # the calls were logged...
    for secret in ("21.3069", "157.8583", "1961", "Honolulu", "Narnia"):
        assert secret not in caplog.text  # ...and nothing of the birth with them


def test_the_example_wheel_in_docs_is_what_the_service_draws() -> None:
    module = load_script("chart_example")
    assert module.EXAMPLE.read_text(encoding="utf-8") == module.render(), "run: python scripts/chart_example.py"


async def test_render_save_and_delete_name_their_bad_fields(horoscope_channel: grpc.aio.Channel) -> None:
    api = stub(horoscope_channel)
    render = await rpc_error(api.RenderNatalChart(pb.RenderNatalChartRequest(
        birth=obama(), size=50, transits_on=date_pb2.Date(year=2027, month=2, day=30)
    )))
    assert render.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert set(field_violations(render)) == {"size", "transits_on"}
    save = await rpc_error(api.SaveBirthData(pb.SaveBirthDataRequest(user_id=""), metadata=GATEWAY))
    assert set(field_violations(save)) == {"user_id", "birth"}
    delete = await rpc_error(api.DeleteBirthData(pb.DeleteBirthDataRequest(user_id="x" * 129), metadata=GATEWAY))
    assert delete.code() == grpc.StatusCode.INVALID_ARGUMENT and set(field_violations(delete)) == {"user_id"}
    nobody = await rpc_error(api.RenderNatalChart(pb.RenderNatalChartRequest(user_id="ana")))
    assert nobody.code() == grpc.StatusCode.PERMISSION_DENIED  # a saved chart is the gateway's to ask for
