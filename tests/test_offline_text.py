"""The offline text over whole fortnights: varied openings, no sentence back within a week, weekly
text of its own, key days, and the same choices in every language."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest

from horoscope_service.model import LANGUAGES, HoroscopeContent, HoroscopeKey, Period, Sign
from horoscope_service.offline_generator import compose
from horoscope_service.sky import sky_for
from tests.scripts import SCRIPTS, load_script

# The second holds a Mercury station, the third two weeks of Mercury retrograde (whose standing
# phrases the dailies go through: weekly text must not repeat them).
FORTNIGHTS = (dt.date(2027, 1, 4), dt.date(2026, 10, 19), dt.date(2026, 10, 26))
DAYS = 14
OPENING = 80


@functools.cache
def content(period: Period, day: dt.date, sign: Sign, language: str) -> HoroscopeContent:
    key = HoroscopeKey.of(period, day, sign, language)
    return compose(key, sky_for(key.start_date, key.end_date))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def days(first: dt.date, count: int = DAYS) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range(count)]


@pytest.mark.parametrize("first", FORTNIGHTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_twelve_signs_of_a_day_open_differently(language: str, first: dt.date) -> None:
    for day in days(first):
        openings = {content(Period.DAILY, day, sign, language).summary[:OPENING] for sign in Sign}
        assert len(openings) == 12, (language, day)


@pytest.mark.parametrize("first", FORTNIGHTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_sentence_returns_to_a_sign_within_seven_days(language: str, first: dt.date) -> None:
    for sign in Sign:
        seen: dict[str, dt.date] = {}
        for day in days(first - dt.timedelta(days=7), DAYS + 7):
            for sentence in sentences(content(Period.DAILY, day, sign, language).summary):
                last = seen.get(sentence)
                assert last is None or (day - last).days > 7, (language, sign, last, day, sentence)
                seen[sentence] = day


@pytest.mark.parametrize("first", FORTNIGHTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_weekly_text_is_not_the_dailies_again(language: str, first: dt.date) -> None:
    for sign in Sign:
        weekly = content(Period.WEEKLY, first, sign, language)
        monday = HoroscopeKey.of(Period.WEEKLY, first, sign, language).start_date
        daily = {s for day in days(monday, 7) for s in sentences(content(Period.DAILY, day, sign, language).summary)}
        assert not set(sentences(weekly.summary)) & daily, (language, sign)


@pytest.mark.parametrize("first", FORTNIGHTS)
def test_every_language_makes_the_same_choices(first: dt.date) -> None:
    for period, day in ((Period.DAILY, first), (Period.DAILY, first + dt.timedelta(days=5)),
                        (Period.WEEKLY, first), (Period.MONTHLY, first)):
        for sign in Sign:
            traces = []
            for language in LANGUAGES:
                key = HoroscopeKey.of(period, day, sign, language)
                trace: list[tuple[str, int]] = []
                compose(key, sky_for(key.start_date, key.end_date), trace)
                traces.append(trace)
            assert all(t == traces[0] for t in traces), (period, day, sign)


@pytest.mark.parametrize("language", LANGUAGES)
def test_weeks_and_months_carry_key_days_in_their_language(language: str) -> None:
    for first in FORTNIGHTS:
        for period, least in ((Period.WEEKLY, 2), (Period.MONTHLY, 4)):
            for sign in Sign:
                found = content(period, first, sign, language)
                start, end = period.bounds(first)
                dates = [k.date for k in found.key_days]
                assert len(dates) >= least, (language, period, sign)
                assert dates == sorted(set(dates)) and all(start <= d <= end for d in dates)
                assert all(k.note and "{" not in k.note and len(k.note) < 80 for k in found.key_days)
    if language != "en":
        ours = content(Period.WEEKLY, FORTNIGHTS[0], Sign.LEO, language).key_days
        english = content(Period.WEEKLY, FORTNIGHTS[0], Sign.LEO, "en").key_days
        assert [k.date for k in ours] == [k.date for k in english]
        assert [k.note for k in ours] != [k.note for k in english]


def test_a_daily_names_the_days_exact_lunar_aspect() -> None:
    # 2026-11-27: the Moon's only exact major aspect among the six is its trine to Mercury (14:31 UTC).
    day = dt.date(2026, 11, 27)
    sky = sky_for(day, day)
    assert [(a.other.name, a.aspect.name) for a in sky.aspects] == [("MERCURY", "TRINE")]
    for sign in Sign:
        trace: list[tuple[str, int]] = []
        compose(HoroscopeKey.of(Period.DAILY, day, sign, "en"), sky, trace)
        assert ("aspect:MERCURY:TRINE" in {family for family, _ in trace}), sign


def test_the_same_inputs_give_the_same_text() -> None:
    for language in LANGUAGES:
        key = HoroscopeKey.of(Period.MONTHLY, dt.date(2027, 1, 15), Sign.PISCES, language)
        sky = sky_for(key.start_date, key.end_date)
        first, again = compose(key, sky), compose(key, sky)
        assert first == again
        for text in (first.summary, first.love, first.career, first.health):
            assert text and "{" not in text and "}" not in text and text[0].isupper(), (language, text)


def test_the_samples_doc_shows_what_the_generator_writes() -> None:
    module = load_script("content_samples")
    doc = SCRIPTS.parent / "docs" / "samples.md"
    assert doc.read_text(encoding="utf-8") == module.render(), "run: python scripts/content_samples.py > docs/samples.md"
