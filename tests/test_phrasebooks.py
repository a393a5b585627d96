"""The six phrasebooks: the same families, sizes and placeholders, every phrase used once."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from horoscope_service.model import LANGUAGES, Aspect, Body, MoonPhase
from horoscope_service.phrasebooks import ASPECTED, LUNATIONS, Phrasebook, phrasebook

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# What each family's phrases must contain (and may: nothing else but {when}).
REQUIRED = {
    "moon_house": {"{moon_in}"},
    "moon_moves": {"{moon_in}", "{next_in}"},
    "station_direct": {"{planet}", "{when}"},
    "station_retrograde": {"{planet}", "{when}"},
    "ingress_yours": {"{planet}", "{when}"},
    "ingress": {"{planet}", "{in_sign}", "{when}"},
    "slow_retrograde": {"{planet}"},
    "week_lunation": {"{in_sign}", "{on_day}"},
    "key_lunation": {"{in_sign}"},
    "key_ingress": {"{planet}", "{in_sign}"},
    "key_ingress_yours": {"{planet}"},
    "key_station_retrograde": {"{planet}"},
    "key_station_direct": {"{planet}"},
}
# Families and how many phrases each holds: (groups, phrases per group), or phrases.
SIZES = {
    "moon_house": (12, 4), "lunar_aspects": (len(ASPECTED) * len(Aspect), 3), "phases": (8, 5),
    "week_sun_house": (12, 3), "week_lunation": (len(LUNATIONS), 3), "month_sun_house": (12, 2),
    **{name: 8 for name in ("station_direct", "station_retrograde", "ingress_yours", "ingress", "sun_own",
                            "sun_opposite", "mercury_retrograde", "slow_retrograde", "venus_retrograde",
                            "mercury_retrograde_work", "mars_retrograde")},
    **{name: 12 for name in ("closers", "love", "career", "health", "moods", "colors", "week_closers",
                             "month_new_moon", "month_full_moon", "month_closers", "key_moon_house", "signs",
                             "in_signs")},
    "on_weekdays": 7,
}


def phrases(book: Phrasebook) -> Iterator[tuple[str, str]]:
    """(family, phrase) for every phrase of the book."""
    for field in dataclasses.fields(book):
        value = getattr(book, field.name)
        if isinstance(value, str):
            yield field.name, value
        elif isinstance(value, dict):
            for item in value.values():
                yield from ((field.name, p) for p in (item if isinstance(item, tuple) else (item,)))
        else:
            for item in value:
                yield from ((field.name, p) for p in (item if isinstance(item, tuple) else (item,)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_family_has_its_size(language: str) -> None:
    book = phrasebook(language)
    for name, size in SIZES.items():
        value = getattr(book, name)
        groups = list(value.values()) if isinstance(value, dict) else list(value)
        if isinstance(size, tuple):
            assert len(groups) == size[0], (language, name)
            assert all(len(group) == size[1] for group in groups), (language, name)
        else:
            assert len(groups) == size, (language, name)
    assert set(book.lunar_aspects) == {(body, aspect) for body in ASPECTED for aspect in Aspect}
    assert set(book.phases) == set(MoonPhase)
    assert set(book.week_lunation) == set(book.key_lunation) == set(LUNATIONS)
    assert set(book.planets) == set(Body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_the_ones_each_family_fills(language: str) -> None:
    for family, phrase in phrases(phrasebook(language)):
        found = set(PLACEHOLDER.findall(phrase))
        required = REQUIRED.get(family, set())
        assert required <= found, (language, family, phrase)
        assert found <= required | {"{when}"}, (language, family, phrase)
        assert phrase == phrase.strip() and "  " not in phrase, (language, family, phrase)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_phrase_is_written_twice(language: str) -> None:
    book = phrasebook(language)
    seen: dict[str, str] = {}
    for family, phrase in phrases(book):
        if family in ("signs", "in_signs", "planets", "on_weekdays", "today", "this_week", "this_month"):
            continue
        assert phrase not in seen, (language, family, seen.get(phrase), phrase)
        seen[phrase] = family


@pytest.mark.parametrize("language", LANGUAGES)
def test_openings_differ_from_their_first_words(language: str) -> None:
    book = phrasebook(language)
    for family in (book.moon_house, book.week_sun_house):
        openings = [p.replace("{moon_in}", "")[:50] for group in family for p in group]
        assert len(set(openings)) == len(openings), language


def test_a_sign_says_the_same_in_every_language() -> None:
    """Phrase i of a family fills the same placeholders in every language (it says the same thing)."""
    english = list(phrases(phrasebook("en")))
    for language in LANGUAGES:
        other = list(phrases(phrasebook(language)))
        assert [f for f, _ in other] == [f for f, _ in english], language
        for (family, mine), (_, theirs) in zip(english, other, strict=True):
            assert set(PLACEHOLDER.findall(mine)) == set(PLACEHOLDER.findall(theirs)), (language, family, theirs)
