"""Phrases for compatibility readings, one `CompatibilityBook` per language (`COMPATIBILITY` in
each language's module), with the same rules as the horoscope phrasebooks: the same families and
sizes everywhere, phrase i meaning the same in every language.

A pair of signs is read from three things it rests on: their elements, their modalities, and the
distance between them round the zodiac (0 for the same sign to 6 for opposite signs). The twelve
signs are the twelve (element, modality) combinations, so no two of the 78 pairs share all three.
Keys of element and modality pairs are in the order of `ELEMENTS` and `MODALITIES`, lower first.
"""

from __future__ import annotations

import functools
import importlib
import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from horoscope_service.model import Element, Modality

ELEMENTS = (Element.FIRE, Element.EARTH, Element.AIR, Element.WATER)
MODALITIES = (Modality.CARDINAL, Modality.FIXED, Modality.MUTABLE)
ELEMENT_PAIRS = tuple(itertools.combinations_with_replacement(ELEMENTS, 2))  # 10
MODALITY_PAIRS = tuple(itertools.combinations_with_replacement(MODALITIES, 2))  # 6
DISTANCES = 7  # 0 same sign, 1 neighbours, 2 sextile, 3 square, 4 trine, 5 quincunx, 6 opposite
# The day's sky for a pair: what the Moon's sign that day is to the two signs.
DAY_CASES = ("moon_in_one", "moon_in_shared_element", "moon_harmonious", "moon_tense", "moon_neutral")


@dataclass(frozen=True)
class CompatibilityBook:
    elements: Mapping[Element, str]  # "fire" ... as the language names the element
    modalities: Mapping[Modality, str]  # "cardinal" ...

    # The summary: the distance, then the elements, then the modalities.
    distance: tuple[tuple[str, ...], ...]  # [DISTANCES][2]
    element_pair: Mapping[tuple[Element, Element], tuple[str, ...]]  # [ELEMENT_PAIRS][2]
    modality_pair: Mapping[tuple[Modality, Modality], tuple[str, ...]]  # [MODALITY_PAIRS][2]

    # The premium sections: the elements' sentence, then the distance's.
    love: Mapping[tuple[Element, Element], str]  # [ELEMENT_PAIRS]
    love_distance: tuple[str, ...]  # [DISTANCES]
    friendship: Mapping[tuple[Element, Element], str]
    friendship_distance: tuple[str, ...]
    work: Mapping[tuple[Element, Element], str]
    work_distance: tuple[str, ...]

    # What a given day's sky does to the pair: [DAY_CASES][3]; {moon_in} is the day's Moon sign.
    day: Mapping[str, tuple[str, ...]]


@functools.cache
def compatibility_book(language: str) -> CompatibilityBook:
    """The book of a language in `model.LANGUAGES` (module `compatibility_<language>`)."""
    book: CompatibilityBook = importlib.import_module(
        f"horoscope_service.phrasebooks.compatibility_{language}"
    ).COMPATIBILITY
    return book
