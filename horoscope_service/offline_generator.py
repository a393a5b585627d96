"""The default generator: text composed from hand-written phrases, grounded in the real sky.

Deterministic: choices are drawn from SHA-256 of (period, date, slot), never from `hash()` or a
clock. Within one period the twelve signs are dealt variants through a shuffled deck per slot, so
no two signs read as one text with the name swapped. Languages share the choices, so a sign's
horoscope says the same thing in all six.
"""

from __future__ import annotations

import asyncio
import hashlib
import random

from horoscope_service.model import (
    Body,
    HoroscopeContent,
    HoroscopeKey,
    Period,
    Sign,
    SkyFacts,
    Written,
)
from horoscope_service.phrasebooks import Phrasebook, phrasebook
from horoscope_service.sky import sky_for

MODEL = "offline-templates/v1"
_SLOW_PLANETS = (Body.JUPITER, Body.SATURN, Body.URANUS, Body.NEPTUNE, Body.PLUTO)
# Signs that get along: the same element, or the element that feeds it.
_FRIENDLY_ELEMENTS = {"fire": "air", "air": "fire", "earth": "water", "water": "earth"}


class Dealer:
    """Deals each sign one variant per slot, the same for every language."""

    def __init__(self, key: HoroscopeKey) -> None:
        self._seed = f"{key.period.name}|{key.start_date.isoformat()}"
        self._sign = key.sign

    def _rng(self, slot: str) -> random.Random:
        digest = hashlib.sha256(f"{self._seed}|{slot}".encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big"))

    def index(self, slot: str, count: int) -> int:
        deck = self._rng(slot).sample(range(12), 12)
        return deck[self._sign - 1] % count

    def pick(self, slot: str, options: tuple[str, ...]) -> str:
        return options[self.index(slot, len(options))]

    def number(self, slot: str, low: int, high: int) -> int:
        return self._rng(f"{slot}|{self._sign}").randint(low, high)


def _moon_for(sign: Sign, sky: SkyFacts) -> Sign:
    """The Moon sign that says most to `sign` among those of the period."""
    for wanted in (lambda m: m == sign, lambda m: m.element == sign.element, lambda m: m == sign.opposite):
        for moon in sky.moon_signs:
            if wanted(moon):
                return moon
    return sky.moon_signs[0]


def _moon_sentence(book: Phrasebook, deal: Dealer, sign: Sign, sky: SkyFacts) -> str:
    """A template with {moon_in} filled, for the Moon sign that says most to `sign`."""
    moon = _moon_for(sign, sky)
    if moon == sign:
        options = book.moon_own
    elif moon.element == sign.element:
        options = book.moon_element
    elif moon == sign.opposite:
        options = book.moon_opposite
    else:
        options = book.moon_other
    return deal.pick("moon", options).replace("{moon_in}", book.in_sign(moon))


def _event_sentence(book: Phrasebook, deal: Dealer, sign: Sign, sky: SkyFacts) -> str | None:
    """The one sky event that matters most to this sign, if any (a template still holding {when})."""
    planet_changes = [c for c in sky.sign_changes if c.body is not Body.MOON]
    if sky.stations:
        station = sky.stations[deal.index("station", len(sky.stations))]
        options = book.station_retrograde if station.turns_retrograde else book.station_direct
        return deal.pick("event", options).replace("{planet}", book.planets[station.body])
    if sky.sun_sign == sign:
        return deal.pick("event", book.sun_own)
    if Body.MERCURY in sky.retrograde_planets:
        return deal.pick("event", book.mercury_retrograde)
    for change in planet_changes:
        if change.to_sign == sign:
            return deal.pick("event", book.ingress_yours).replace("{planet}", book.planets[change.body])
    if planet_changes:
        change = planet_changes[deal.index("ingress", len(planet_changes))]
        return deal.pick("event", book.ingress).replace("{planet}", book.planets[change.body]).replace(
            "{in_sign}", book.in_sign(change.to_sign)
        )
    if sky.sun_sign == sign.opposite:
        return deal.pick("event", book.sun_opposite)
    slow = [p for p in sky.retrograde_planets if p in _SLOW_PLANETS]
    if slow and deal.index("slow-event", 3) > 0:
        planet = slow[deal.index("slow", len(slow))]
        return deal.pick("event", book.slow_retrograde).replace("{planet}", book.planets[planet])
    return None


def _compatible(deal: Dealer, sign: Sign) -> Sign:
    friends = [
        s
        for s in Sign
        if s != sign and s.element.value in (sign.element.value, _FRIENDLY_ELEMENTS[sign.element.value])
    ]
    return friends[deal.index("compatible", len(friends))]


def compose(key: HoroscopeKey, sky: SkyFacts) -> HoroscopeContent:
    book = phrasebook(key.language)
    deal = Dealer(key)
    sign = key.sign
    when = book.today if key.period is Period.DAILY else book.this_week

    sentences = [deal.pick("phase", book.phases[sky.moon_phase]), _moon_sentence(book, deal, sign, sky)]
    if len(sky.moon_signs) > 1 and key.period is Period.DAILY:
        sentences.append(
            book.moon_moves.replace("{moon_in}", book.in_sign(sky.moon_signs[0])).replace(
                "{next_in}", book.in_sign(sky.moon_signs[-1])
            )
        )
    event = _event_sentence(book, deal, sign, sky)
    if event:
        sentences.append(event)
    sentences.append(deal.pick("closer", book.closers))

    love = [deal.pick("love", book.love)]
    if Body.VENUS in sky.retrograde_planets:
        love.insert(0, deal.pick("venus", book.venus_retrograde))
    career = [deal.pick("career", book.career)]
    if Body.MERCURY in sky.retrograde_planets:
        career.insert(0, deal.pick("mercury", book.mercury_retrograde))
    health = [deal.pick("health", book.health)]
    if Body.MARS in sky.retrograde_planets:
        health.insert(0, deal.pick("mars", book.mars_retrograde))

    def text(parts: list[str]) -> str:
        return " ".join(p.replace("{when}", when) for p in parts)

    return HoroscopeContent(
        summary=text(sentences),
        love=text(love),
        career=text(career),
        health=text(health),
        mood=deal.pick("mood", book.moods),
        lucky_number=deal.number("lucky", 1, 99),
        lucky_color=deal.pick("color", book.colors),
        compatible_sign=_compatible(deal, sign),
        sky=sky,
    )


class OfflineGenerator:
    """Writes horoscopes locally; no network, no tokens."""

    model = MODEL

    async def write(self, key: HoroscopeKey) -> Written:
        sky = await asyncio.to_thread(sky_for, key.start_date, key.end_date)
        return Written(compose(key, sky), MODEL, 0)
