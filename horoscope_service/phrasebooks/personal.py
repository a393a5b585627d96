"""Phrases for personal horoscopes, one `PersonalBook` per language (`PERSONAL` in module
`personal_<language>`), with the rules of the other phrasebooks: the same keys everywhere, each
sentence meaning the same in every language.

A personal horoscope reads the transits that perfect in its period: a body of today's sky (the
transiting body) reaching an exact aspect to a body of the reader's birth chart (the natal body).
Each (transiting body, aspect, natal body) has one sentence of its own, naming both plainly.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from dataclasses import dataclass

from horoscope_service.model import Aspect, Body

TRANSITING = (Body.MOON, Body.SUN, Body.MERCURY, Body.VENUS, Body.MARS, Body.JUPITER, Body.SATURN)
NATAL = (Body.SUN, Body.MOON, Body.MERCURY, Body.VENUS, Body.MARS, Body.JUPITER, Body.SATURN)
TRANSIT_KEYS = tuple((t, a, n) for t in TRANSITING for a in Aspect for n in NATAL)  # 245


@dataclass(frozen=True)
class PersonalBook:
    # [TRANSIT_KEYS]: e.g. (MARS, SQUARE, VENUS): "Mars squares your natal Venus: ..."
    transits: Mapping[tuple[Body, Aspect, Body], str]


@functools.cache
def personal_book(language: str) -> PersonalBook:
    book: PersonalBook = importlib.import_module(f"horoscope_service.phrasebooks.personal_{language}").PERSONAL
    return book
