"""Compatibility readings composed offline from what a pair of signs rests on: their elements,
their modalities and the distance between them round the zodiac (see `phrasebooks.compatibility`).
The choices depend only on the pair (and the day, for a day's note), never on the language."""

from __future__ import annotations

import datetime as dt
import hashlib

from horoscope_service.model import Body, Element, Modality, PairContent, PairKey, Sign, SkyFacts
from horoscope_service.phrasebooks.compatibility import ELEMENTS, MODALITIES, CompatibilityBook, compatibility_book

MODEL = "offline-templates/v2"
# By distance: the same sign, neighbours, sextile, square, trine, quincunx, opposite signs.
_DISTANCE_SCORE = (72, 56, 84, 47, 91, 41, 66)
_ELEMENT_SCORE = {
    (Element.FIRE, Element.FIRE): 3, (Element.EARTH, Element.EARTH): 2, (Element.AIR, Element.AIR): 1,
    (Element.WATER, Element.WATER): 4, (Element.FIRE, Element.AIR): 3, (Element.EARTH, Element.WATER): 4,
    (Element.FIRE, Element.EARTH): -2, (Element.FIRE, Element.WATER): -4, (Element.EARTH, Element.AIR): -3,
    (Element.AIR, Element.WATER): -1,
}
_MODALITY_SCORE = {
    (Modality.CARDINAL, Modality.CARDINAL): -3, (Modality.FIXED, Modality.FIXED): -4,
    (Modality.MUTABLE, Modality.MUTABLE): 1, (Modality.CARDINAL, Modality.FIXED): 1,
    (Modality.CARDINAL, Modality.MUTABLE): 2, (Modality.FIXED, Modality.MUTABLE): 0,
}


def element_pair(key: PairKey) -> tuple[Element, Element]:
    a, b = key.first.element, key.second.element
    return (a, b) if ELEMENTS.index(a) <= ELEMENTS.index(b) else (b, a)


def modality_pair(key: PairKey) -> tuple[Modality, Modality]:
    a, b = key.first.modality, key.second.modality
    return (a, b) if MODALITIES.index(a) <= MODALITIES.index(b) else (b, a)


def score(key: PairKey) -> int:
    """0 (hard work) to 100 (effortless): the distance sets the tone, elements and modalities shade it."""
    value = _DISTANCE_SCORE[key.distance] + _ELEMENT_SCORE[element_pair(key)] + _MODALITY_SCORE[modality_pair(key)]
    return max(0, min(100, value))


def _variant(key: PairKey, family: str, count: int, turn: int = 0) -> int:
    digest = hashlib.sha256(f"{family}|{key.first.value}|{key.second.value}".encode()).digest()
    return (int.from_bytes(digest[:4], "big") + turn) % count


def compose_pair(key: PairKey) -> PairContent:
    book = compatibility_book(key.language)
    elements, modalities, distance = element_pair(key), modality_pair(key), key.distance
    summary = [
        book.distance[distance][_variant(key, "distance", 2)],
        book.element_pair[elements][_variant(key, "elements", 2)],
        book.modality_pair[modalities][_variant(key, "modalities", 2)],
    ]
    return PairContent(
        score=score(key),
        summary=" ".join(summary),
        love=f"{book.love[elements]} {book.love_distance[distance]}",
        friendship=f"{book.friendship[elements]} {book.friendship_distance[distance]}",
        work=f"{book.work[elements]} {book.work_distance[distance]}",
    )


def day_case(key: PairKey, moon: Sign) -> str:
    """What the day's Moon sign is to the pair (one of `DAY_CASES`)."""
    pair = (key.first, key.second)
    if moon in pair:
        return "moon_in_one"
    if moon.element in (key.first.element, key.second.element):
        return "moon_in_shared_element"
    distances = [moon.distance(sign) for sign in pair]
    if all(d in (2, 4) for d in distances):
        return "moon_harmonious"
    if any(d in (3, 6) for d in distances):
        return "moon_tense"
    return "moon_neutral"


def compose_day_note(key: PairKey, day: dt.date, sky: SkyFacts, in_signs: tuple[str, ...]) -> str:
    """What `day`'s sky does to the pair: read from the Moon's sign at noon UTC (its sign for most
    of the day), `in_signs` being how the language says "in Aries"..."""
    book: CompatibilityBook = compatibility_book(key.language)
    moon = _noon_moon(sky, day)
    options = book.day[day_case(key, moon)]
    return options[_variant(key, "day", len(options), day.toordinal())].replace("{moon_in}", in_signs[moon - 1])


def _noon_moon(sky: SkyFacts, day: dt.date) -> Sign:
    noon = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
    moon = sky.moon_signs[0]
    for change in sky.sign_changes:
        if change.body is Body.MOON and change.time <= noon:
            moon = change.to_sign
    return moon
