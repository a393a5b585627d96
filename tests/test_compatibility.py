"""Compatibility: 78 pairs with their own text in every language, symmetric, stored once, over gRPC."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools

import asyncpg
import grpc
import pytest
from google.type import date_pb2

from horoscope_service.compatibility_text import (
    compose_day_note,
    compose_pair,
    day_case,
    element_pair,
    modality_pair,
    score,
)
from horoscope_service.model import LANGUAGES, PairKey, Sign
from horoscope_service.phrasebooks import phrasebook
from horoscope_service.phrasebooks.compatibility import compatibility_book
from horoscope_service.sky import sky_for
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc

PAIRS = list(itertools.combinations_with_replacement(Sign, 2))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_of_the_78_pairs_has_its_own_text(language: str) -> None:
    contents = [compose_pair(PairKey(a, b, language)) for a, b in PAIRS]
    assert len(PAIRS) == 78
    assert len({c.summary for c in contents}) == 78
    for content in contents:
        assert all((content.summary, content.love, content.friendship, content.work))
        assert "{" not in content.summary + content.love + content.friendship + content.work


def test_a_pair_reads_the_same_both_ways_and_scores_sensibly() -> None:
    for a, b in itertools.product(Sign, repeat=2):
        assert PairKey.of(a, b, "en") == PairKey.of(b, a, "en")
    scores = {(a, b): score(PairKey(a, b, "en")) for a, b in PAIRS}
    assert all(0 <= s <= 100 for s in scores.values())
    # Trines (same element) beat squares, whatever the signs.
    assert score(PairKey(Sign.ARIES, Sign.LEO, "en")) > score(PairKey(Sign.ARIES, Sign.CANCER, "en"))
    assert len(set(scores.values())) >= 20


def test_every_language_reads_a_pair_from_the_same_choices() -> None:
    """The summary is (distance, elements, modalities) sentences: the same variant of each in every language."""
    for a, b in PAIRS:
        chosen = set()
        for language in LANGUAGES:
            key, book = PairKey(a, b, language), compatibility_book(language)
            summary = compose_pair(key).summary
            distance = [i for i, s in enumerate(book.distance[key.distance]) if summary.startswith(s)]
            elements = [i for i, s in enumerate(book.element_pair[element_pair(key)]) if f" {s} " in summary]
            modalities = [i for i, s in enumerate(book.modality_pair[modality_pair(key)]) if summary.endswith(s)]
            chosen.add((tuple(distance), tuple(elements), tuple(modalities)))
        assert len(chosen) == 1 and all(len(c) == 1 for c in next(iter(chosen))), (a, b, chosen)


def test_the_day_note_reads_the_moon_for_the_pair() -> None:
    day = dt.date(2026, 11, 27)  # the Moon is in Cancer all day
    sky = sky_for(day, day)
    assert day_case(PairKey(Sign.CANCER, Sign.LEO, "en"), Sign.CANCER) == "moon_in_one"
    assert day_case(PairKey(Sign.ARIES, Sign.SCORPIO, "en"), Sign.CANCER) == "moon_in_shared_element"
    assert day_case(PairKey(Sign.TAURUS, Sign.VIRGO, "en"), Sign.CANCER) == "moon_harmonious"
    assert day_case(PairKey(Sign.ARIES, Sign.LEO, "en"), Sign.CANCER) == "moon_tense"
    for language in LANGUAGES:
        key = PairKey(Sign.CANCER, Sign.LEO, language)
        note = compose_day_note(key, day, sky, phrasebook(language).in_signs)
        assert phrasebook(language).in_sign(Sign.CANCER) in note and "{" not in note


def stub(channel: grpc.aio.Channel) -> pb_grpc.HoroscopeServiceStub:
    return pb_grpc.HoroscopeServiceStub(channel)


async def test_get_compatibility_over_grpc_is_symmetric_and_stored_once(
    horoscope_channel: grpc.aio.Channel, dsn: str
) -> None:
    api = stub(horoscope_channel)
    ask = [pb.GetCompatibilityRequest(sign=pb.GEMINI, partner_sign=pb.SAGITTARIUS, language="it")] * 10
    ask += [pb.GetCompatibilityRequest(sign=pb.SAGITTARIUS, partner_sign=pb.GEMINI, language="it")] * 10
    answers = await asyncio.gather(*(api.GetCompatibility(r) for r in ask))  # concurrent first readers
    assert len({(a.summary, a.score) for a in answers}) == 1
    first, last = answers[0], answers[-1]
    assert (first.sign, first.partner_sign, last.sign, last.partner_sign) == (pb.GEMINI, pb.SAGITTARIUS, pb.SAGITTARIUS, pb.GEMINI)
    assert (first.sign_element, first.partner_element) == (pb.AIR, pb.FIRE)
    assert (first.sign_modality, first.partner_modality) == (pb.MUTABLE, pb.MUTABLE)
    assert first.distance == 6 and not first.HasField("date") and first.day_note == ""
    assert list(first.locked_sections) == ["love", "friendship", "work"] and first.love == ""
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            "SELECT sign_a, sign_b FROM horoscope.compatibility WHERE language_code = 'it' AND sign_b = 'sagittarius'"
            " AND sign_a = 'gemini'"
        )
    finally:
        await connection.close()
    assert [(r["sign_a"], r["sign_b"]) for r in rows] == [("gemini", "sagittarius")]


async def test_a_date_adds_that_day_s_note_stored_near_today_only(
    horoscope_channel: grpc.aio.Channel, dsn: str
) -> None:
    api = stub(horoscope_channel)
    today = dt.datetime.now(dt.UTC).date()
    near = date_pb2.Date(year=today.year, month=today.month, day=today.day)
    far = date_pb2.Date(year=2150, month=6, day=1)
    request = pb.GetCompatibilityRequest(sign=pb.TAURUS, partner_sign=pb.TAURUS, language="pt")
    request.date.CopyFrom(near)
    first, again = await api.GetCompatibility(request), await api.GetCompatibility(request)
    assert first.day_note and first.day_note == again.day_note and first.date == near
    request.date.CopyFrom(far)
    distant = await api.GetCompatibility(request)
    assert distant.day_note and distant.date == far
    connection = await asyncpg.connect(dsn)
    try:
        stored = await connection.fetch(
            "SELECT date, note FROM horoscope.compatibility_days WHERE sign_a = 'taurus' AND sign_b = 'taurus'"
            " AND language_code = 'pt'"
        )
    finally:
        await connection.close()
    assert [(r["date"], r["note"]) for r in stored] == [(today, first.day_note)]


@pytest.mark.parametrize(
    ("request_", "fields"),
    [
        (pb.GetCompatibilityRequest(language="en"), {"sign", "partner_sign"}),
        (pb.GetCompatibilityRequest(sign=pb.LEO, partner_sign=13, language="klingon"), {"partner_sign", "language"}),
        (pb.GetCompatibilityRequest(sign=pb.LEO, partner_sign=pb.LEO, language="en",
                                    date=date_pb2.Date(year=2027, month=2, day=29)), {"date"}),
        (pb.GetCompatibilityRequest(sign=pb.LEO, partner_sign=pb.LEO, language="en", user_id="x\n"), {"user_id"}),
    ],
)
async def test_get_compatibility_rejects_bad_input(
    horoscope_channel: grpc.aio.Channel, request_: pb.GetCompatibilityRequest, fields: set[str]
) -> None:
    error = await rpc_error(stub(horoscope_channel).GetCompatibility(request_))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert set(field_violations(error)) == fields


async def test_the_generation_loop_stores_every_pair_once(dsn: str) -> None:
    from horoscope_service.compatibility import Compatibilities
    from horoscope_service.compatibility_storage import CompatibilityStore
    from zodiac_platform.database import Database, PoolSettings, dsn_for_role

    database = await Database.connect(dsn_for_role(dsn, "zodiac_horoscope"), PoolSettings(1, 4, 5.0, 10.0), application_name="test")
    try:
        compatibilities = Compatibilities(CompatibilityStore(database))
        await compatibilities.reading(PairKey(Sign.LEO, Sign.LEO, "es"))  # one stored on first read
        runs = await asyncio.gather(*(compatibilities.ensure_all(dt.date(2027, 1, 1)) for _ in range(3)))
        assert sum(runs) == 78 * 6 - 1  # concurrent runs store each missing pair once
        assert await compatibilities.ensure_all(dt.date(2027, 1, 1)) == 0
    finally:
        await database.close()
