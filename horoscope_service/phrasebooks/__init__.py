"""Hand-written phrases, one module per language, from which the offline generator composes text.

Placeholders, filled by plain replacement: {when} (today / this week), {moon_in} (e.g. "in Cancer"), {planet}, {in_sign}.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from horoscope_service.model import Body, MoonPhase, Sign


@dataclass(frozen=True)
class Phrasebook:
    signs: tuple[str, ...]  # Aries to Pisces
    in_signs: tuple[str, ...]  # "in Aries" ... as the language says it after a noun
    planets: Mapping[Body, str]
    today: str
    this_week: str
    phases: Mapping[MoonPhase, tuple[str, ...]]
    moon_own: tuple[str, ...]
    moon_element: tuple[str, ...]
    moon_opposite: tuple[str, ...]
    moon_other: tuple[str, ...]
    moon_moves: str  # "{moon_in}" then "{next_in}": the Moon changes sign within the period
    sun_own: tuple[str, ...]
    sun_opposite: tuple[str, ...]
    mercury_retrograde: tuple[str, ...]
    venus_retrograde: tuple[str, ...]
    mars_retrograde: tuple[str, ...]
    slow_retrograde: tuple[str, ...]  # {planet}: Jupiter to Pluto
    station_direct: tuple[str, ...]
    station_retrograde: tuple[str, ...]
    ingress_yours: tuple[str, ...]
    ingress: tuple[str, ...]
    love: tuple[str, ...]
    career: tuple[str, ...]
    health: tuple[str, ...]
    closers: tuple[str, ...]
    moods: tuple[str, ...]
    colors: tuple[str, ...]

    def sign(self, sign: Sign) -> str:
        return self.signs[sign - 1]

    def in_sign(self, sign: Sign) -> str:
        return self.in_signs[sign - 1]


def phrasebook(language: str) -> Phrasebook:
    from horoscope_service.phrasebooks import de, en, es, fr, it, pt

    books = {"en": en.BOOK, "es": es.BOOK, "pt": pt.BOOK, "fr": fr.BOOK, "de": de.BOOK, "it": it.BOOK}
    return books[language]
