"""The offline generator's text, and the LLM generator against a local chat-completions server."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import re

import grpc
from google.type import date_pb2

from horoscope_service.app import build_host
from horoscope_service.llm_generator import LlmGenerator, LlmSettings
from horoscope_service.model import LANGUAGES, HoroscopeKey, Period, Sign
from horoscope_service.offline_generator import MODEL, OfflineGenerator, compose
from horoscope_service.sky import sky_for
from tests.chat_server import chat_server
from tests.conftest import AUTH, horoscope_settings
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.database import dsn_for_role

DAY = dt.date(2026, 11, 27)


def _daily(day: dt.date, sign: Sign, language: str) -> str:
    content = compose(HoroscopeKey.of(Period.DAILY, day, sign, language), sky_for(day, day))
    return " ".join([content.summary, content.love, content.career, content.health])


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()}


def test_72_daily_items_are_distinct_and_not_one_text_with_the_sign_swapped() -> None:
    texts = {(sign, language): _daily(DAY, sign, language) for sign in Sign for language in LANGUAGES}
    assert len(set(texts.values())) == 72
    for language in LANGUAGES:
        for a, b in itertools.combinations(Sign, 2):
            shared = _sentences(texts[a, language]) & _sentences(texts[b, language])
            everything = _sentences(texts[a, language]) | _sentences(texts[b, language])
            assert len(shared) / len(everything) < 0.5, (language, a, b, shared)


def test_each_sign_of_a_day_gets_its_own_mood_and_colour() -> None:
    for language in LANGUAGES:
        contents = [compose(HoroscopeKey.of(Period.DAILY, DAY, sign, language), sky_for(DAY, DAY)) for sign in Sign]
        assert len({c.mood for c in contents}) == 12 and len({c.lucky_color for c in contents}) == 12, language


def test_text_is_deterministic_and_fully_filled() -> None:
    for language in LANGUAGES:
        first = _daily(DAY, Sign.SCORPIO, language)
        assert first == _daily(DAY, Sign.SCORPIO, language)
        assert "{" not in first and "}" not in first


def test_each_language_speaks_its_own_words() -> None:
    moon_in_cancer = {"en": "in Cancer", "es": "en Cáncer", "pt": "em Câncer", "fr": "en Cancer",
                      "de": "im Krebs", "it": "in Cancro"}
    for language, phrase in moon_in_cancer.items():
        # On 2026-11-27 the Moon is in Cancer; Cancer's own horoscope says so.
        assert phrase in _daily(DAY, Sign.CANCER, language), language


def _families(day: dt.date, sign: Sign, language: str = "en") -> set[str]:
    trace: list[tuple[str, int]] = []
    compose(HoroscopeKey.of(Period.DAILY, day, sign, language), sky_for(day, day), trace)
    return {family for family, _ in trace}


def test_mercury_retrograde_is_mentioned_only_when_it_is() -> None:
    during, after = dt.date(2026, 11, 1), dt.date(2026, 11, 20)
    for sign in Sign:
        assert "mercury_retrograde_work" in _families(during, sign)
        assert not {"mercury_retrograde", "mercury_retrograde_work"} & _families(after, sign)


def test_sun_sign_readers_hear_it_is_their_season() -> None:
    assert "sun_own" in _families(DAY, Sign.SAGITTARIUS)
    assert "sun_own" not in _families(DAY, Sign.LEO)


async def test_one_llm_call_writes_a_sign_in_all_six_languages() -> None:
    with chat_server() as server:
        generator = LlmGenerator(LlmSettings(base_url=server.url, api_key="sk-test", model="asked-model"))
        try:
            written = await asyncio.gather(
                *(generator.write(HoroscopeKey.of(Period.WEEKLY, DAY, Sign.LEO, language)) for language in LANGUAGES)
            )
        finally:
            await generator.close()
    assert len(server.requests) == 1  # one call for the sign's six languages
    share = server.usage[0] // 6
    for language, item in zip(LANGUAGES, written, strict=True):
        assert item.model == "test-model-2026-11" and item.tokens_used == share > 0
        assert item.content.summary == f"LLM summary in {language}. The sky is generous."
        assert item.content.sky is not None and item.content.sky.sun_sign is Sign.SAGITTARIUS
        # Key days: the dates the sky gave, the notes the model wrote.
        offline = compose(HoroscopeKey.of(Period.WEEKLY, DAY, Sign.LEO, language), sky_for(dt.date(2026, 11, 23), dt.date(2026, 11, 29)))
        assert [k.date for k in item.content.key_days] == [k.date for k in offline.key_days]
        assert all(k.note.startswith(f"LLM note {language}") for k in item.content.key_days)
    request = server.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer sk-test"
    assert request["body"]["response_format"]["type"] == "json_schema"
    assert "Leão" in request["body"]["messages"][-1]["content"]  # the sign's name in each language
    dates = request["body"]["response_format"]["json_schema"]["schema"]["properties"]["fr"]["properties"]["key_days"]
    assert dates["items"]["properties"]["date"]["enum"] == [k.date.isoformat() for k in offline.key_days]


async def test_the_model_is_shown_the_sign_s_recent_summaries() -> None:
    asked: list[tuple[HoroscopeKey, int]] = []

    async def recent(key: HoroscopeKey, count: int) -> list[str]:
        asked.append((key, count))
        return ["Yesterday's words about patience.", "The day before: a bold start."]

    with chat_server() as server:
        generator = LlmGenerator(LlmSettings(base_url=server.url, api_key="k", model="m"), recent=recent)
        try:
            await generator.write(HoroscopeKey.of(Period.DAILY, DAY, Sign.VIRGO, "it"))
        finally:
            await generator.close()
    assert asked == [(HoroscopeKey.of(Period.DAILY, DAY, Sign.VIRGO, "en"), 7)]
    prompt = server.requests[0]["body"]["messages"][-1]["content"]
    assert "Yesterday's words about patience." in prompt and "Do not repeat" in prompt


async def test_llm_failures_fall_back_to_offline_text_per_item() -> None:
    for mode in ("error", "garbage", "partial"):
        with chat_server() as server:
            server.mode = mode
            generator = LlmGenerator(LlmSettings(base_url=server.url, api_key="k", model="m", max_retries=0))
            try:
                german = await generator.write(HoroscopeKey.of(Period.DAILY, DAY, Sign.LEO, "de"))
                english = await generator.write(HoroscopeKey.of(Period.DAILY, DAY, Sign.LEO, "en"))
            finally:
                await generator.close()
        offline = await OfflineGenerator().write(HoroscopeKey.of(Period.DAILY, DAY, Sign.LEO, "de"))
        assert german == offline and german.model == MODEL, mode
        assert (english.model == "test-model-2026-11") is (mode == "partial"), mode


async def test_generate_rpc_through_the_llm_records_tokens(dsn: str) -> None:
    with chat_server() as server:
        settings = horoscope_settings(OPENAI_BASE_URL=server.url, OPENAI_API_KEY="sk-test", OPENAI_MODEL="m")
        host, _ = await build_host(settings, dsn_for_role(dsn, "zodiac_horoscope"))
        port = await host.start("127.0.0.1:0")
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                api = pb_grpc.HoroscopeServiceStub(channel)
                date = date_pb2.Date(year=2026, month=11, day=27)
                report = await api.GenerateHoroscopes(
                    pb.GenerateHoroscopesRequest(period=pb.DAILY, date=date, signs=[pb.ARIES, pb.LEO], languages=["fr"]),
                    metadata=AUTH,
                )
                stored = await api.GetDailyHoroscope(pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="fr", date=date))
        finally:
            await host.stop(grace=1.0)
    # One call per sign (two signs), each shared among its six languages: one share per stored item.
    shares = [total // 6 for total in server.usage]
    assert len(server.requests) == 2 and (report.created, report.failed) == (2, 0)
    assert report.tokens_used == sum(shares)
    assert stored.model == "test-model-2026-11" and stored.tokens_used in shares
