"""Hand-written phrases, one module per language, from which the offline generator composes text.

Every language has the same families with the same number of phrases, in the same order, and
phrase i of a family means the same in every language: the generator picks by position, so a sign
reads the same horoscope in all six. Each phrase is a whole sentence written in the language (not a
word-for-word translation); placeholders are filled by plain replacement:

- {when}: `today`, `this_week` or `this_month`, as the sentence needs it;
- {moon_in} / {in_sign}: a sign as it follows "the Moon" or "is" ("in Cancer", "im Krebs");
- {planet}: a body's name as the sentence's subject ("Mercury", "die Sonne");
- {on_day}: a weekday as a time adverbial ("on Monday", "am Montag").

`tests/test_phrasebooks.py` checks the counts, the placeholders, and that no phrase is used twice.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from dataclasses import dataclass

from horoscope_service.model import Aspect, Body, MoonPhase, Sign

# The bodies the Moon's aspects are read for, in the order their phrases are listed.
ASPECTED = (Body.SUN, Body.MERCURY, Body.VENUS, Body.MARS, Body.JUPITER, Body.SATURN)
LUNATIONS = (MoonPhase.NEW_MOON, MoonPhase.FIRST_QUARTER, MoonPhase.FULL_MOON, MoonPhase.LAST_QUARTER)

# How many phrases each family holds (the generator relies on these; the test checks them).
COUNTS = {
    "moon_house": (12, 4),
    "lunar_aspects": (len(ASPECTED) * len(Aspect), 3),
    "phases": (8, 5),
    "events": 8,
    "closers": 12,
    "sections": 12,
    "retrograde_sections": 8,
    "week_sun_house": (12, 3),
    "week_lunation": (4, 3),
    "week_closers": 12,
    "month_sun_house": (12, 2),
    "month_lunation": (12, 1),
    "month_closers": 12,
    "key_moon_house": 12,
}


@dataclass(frozen=True)
class Phrasebook:
    signs: tuple[str, ...]  # Aries to Pisces
    in_signs: tuple[str, ...]  # "in Aries" ... as the language says it after "the Moon" or "is"
    planets: Mapping[Body, str]  # as a sentence's subject
    on_weekdays: tuple[str, ...]  # "on Monday" ... "on Sunday"
    today: str
    this_week: str
    this_month: str

    # The daily summary, in this order: the Moon's house (opening), the day's exact lunar aspect,
    # the sky's event, the Moon's phase, a closer.
    moon_house: tuple[tuple[str, ...], ...]  # [house 1..12][4]: opens the day; {moon_in}
    lunar_aspects: Mapping[tuple[Body, Aspect], tuple[str, ...]]  # [ASPECTED x Aspect][3]: the Moon's exact aspect today
    phases: Mapping[MoonPhase, tuple[str, ...]]  # [8][5]
    moon_moves: str  # the Moon changes sign during the day: {moon_in}, then {next_in}
    station_direct: tuple[str, ...]  # [8] {planet} {when}
    station_retrograde: tuple[str, ...]  # [8] {planet} {when}
    ingress_yours: tuple[str, ...]  # [8] {planet} enters the reader's sign {when}
    ingress: tuple[str, ...]  # [8] {planet} enters another sign ({in_sign}) {when}
    sun_own: tuple[str, ...]  # [8] the Sun is in the reader's sign
    sun_opposite: tuple[str, ...]  # [8] the Sun is in the opposite sign
    mercury_retrograde: tuple[str, ...]  # [8]
    slow_retrograde: tuple[str, ...]  # [8] {planet}: Jupiter to Pluto
    closers: tuple[str, ...]  # [12]

    # The premium sections and extras (daily, weekly and monthly; {when} as fits the period).
    love: tuple[str, ...]  # [12]
    venus_retrograde: tuple[str, ...]  # [8], before love's phrase
    career: tuple[str, ...]  # [12]
    mercury_retrograde_work: tuple[str, ...]  # [8], before career's phrase
    health: tuple[str, ...]  # [12]
    mars_retrograde: tuple[str, ...]  # [8], before health's phrase
    moods: tuple[str, ...]  # [12] one word or two
    colors: tuple[str, ...]  # [12]

    # The weekly summary: the Sun's house (opening), the week's lunation, the sky's event, a closer.
    week_sun_house: tuple[tuple[str, ...], ...]  # [house 1..12][3]
    week_lunation: Mapping[MoonPhase, tuple[str, ...]]  # [LUNATIONS][3]: {in_sign} {on_day}
    week_closers: tuple[str, ...]  # [12]

    # The monthly summary: the Sun's house, the month's new and full Moon by house, a closer.
    month_sun_house: tuple[tuple[str, ...], ...]  # [house 1..12][2]
    month_new_moon: tuple[str, ...]  # [house 1..12]
    month_full_moon: tuple[str, ...]  # [house 1..12]
    month_closers: tuple[str, ...]  # [12]

    # Key days: short notes (a few words) for the days that stand out in a week or month.
    key_moon_house: tuple[str, ...]  # [house 1..12]: the Moon enters that house
    key_moon_yours: str  # the Moon enters the reader's sign
    key_lunation: Mapping[MoonPhase, str]  # [LUNATIONS] {in_sign}
    key_ingress: str  # {planet} {in_sign}
    key_ingress_yours: str  # {planet}
    key_station_retrograde: str  # {planet}
    key_station_direct: str  # {planet}

    def sign(self, sign: Sign) -> str:
        return self.signs[sign - 1]

    def in_sign(self, sign: Sign) -> str:
        return self.in_signs[sign - 1]


@functools.cache
def phrasebook(language: str) -> Phrasebook:
    """The book of a language in `model.LANGUAGES` (its module is imported on first use)."""
    book: Phrasebook = importlib.import_module(f"horoscope_service.phrasebooks.{language}").BOOK
    return book
