"""The default generator: text composed from hand-written phrases, grounded in the real sky.

What a sign reads is chosen from the sky as it stands for that sign: the house the Moon (for a
day) or the Sun (for a week or month) occupies counting the sign as the first, the day's exact
lunar aspect, the period's lunations, stations and ingresses. On one day the Moon stands in a
different house for each of the twelve signs, so no two of them open alike.

Within a family of phrases, the choice rotates with the period's number (`Dealer`): a sign reads
phrase k today, k+1 tomorrow, so nothing returns to it before the family comes round again, and
every family that can recur within a week holds more phrases than a week has days. The choices
depend only on the key and the sky (deterministic), and are the same in every language: the books
hold the same phrases in the same order.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from horoscope_service.model import (
    Body,
    HoroscopeContent,
    HoroscopeKey,
    KeyDay,
    MoonPhase,
    Period,
    Sign,
    SignChange,
    SkyFacts,
    Written,
)
from horoscope_service.phrasebooks import ASPECTED, LUNATIONS, Phrasebook, phrasebook
from horoscope_service.sky import sky_for

MODEL = "offline-templates/v2"
_SLOW_PLANETS = (Body.JUPITER, Body.SATURN, Body.URANUS, Body.NEPTUNE, Body.PLUTO)
# Signs that get along: the same element, or the element that feeds it.
_FRIENDLY_ELEMENTS = {"fire": "air", "air": "fire", "earth": "water", "water": "earth"}
# Which of the day's exact lunar aspects a reader hears of first.
_ASPECT_WEIGHT = {Body.SUN: 6, Body.VENUS: 5, Body.MARS: 5, Body.JUPITER: 4, Body.SATURN: 4, Body.MERCURY: 3}
KEY_DAYS = {Period.WEEKLY: 3, Period.MONTHLY: 6}


def house(of: Sign, reader: Sign) -> int:
    """The solar house (1-12) a body in sign `of` occupies for a reader of sign `reader`."""
    return (of - reader) % 12 + 1


class Dealer:
    """Picks one phrase of a family for one sign and period, the same in every language."""

    def __init__(self, key: HoroscopeKey, trace: list[tuple[str, int]] | None = None) -> None:
        self._sign = key.sign
        self._turn = key.period.number(key.start_date)
        self._seed = f"{key.period.name}|{key.start_date.isoformat()}"
        self._trace = trace

    def _offset(self, family: str) -> int:
        """Where the sign starts in the family: a fixed deal of the twelve signs per family, so
        that on one day a twelve-phrase family gives each sign its own phrase."""
        digest = hashlib.sha256(f"offset|{family}".encode()).digest()
        deck = random.Random(int.from_bytes(digest[:8], "big")).sample(range(12), 12)
        return deck[self._sign - 1]

    def pick(self, family: str, options: tuple[str, ...]) -> str:
        index = (self._turn + self._offset(family)) % len(options)
        if self._trace is not None:
            self._trace.append((family, index))
        return options[index]

    def number(self, slot: str, low: int, high: int) -> int:
        digest = hashlib.sha256(f"{self._seed}|{slot}|{self._sign}".encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big")).randint(low, high)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def fill(text: str, when: str) -> str:
    """A phrase with its time word in place, as a sentence (capitalised: {planet} may open it)."""
    return _capitalised(text.replace("{when}", when))


@dataclass(frozen=True)
class _Scene:
    """What one text is composed for."""

    key: HoroscopeKey
    sky: SkyFacts
    book: Phrasebook
    deal: Dealer
    when: str

    @property
    def sign(self) -> Sign:
        return self.key.sign


def _event(scene: _Scene) -> str | None:
    """The one sky event of the period that matters most to this sign, if any.

    A week or a month reads only dated events (a station, an ingress: their phrases say "this
    week"): the standing ones (the Sun's season, a retrograde) are the dailies' to tell, and a
    week's dailies go through most of their phrases, so the weekly text would repeat one of them.
    """
    sky, book, deal, sign = scene.sky, scene.book, scene.deal, scene.sign
    planet_changes = [c for c in sky.sign_changes if c.body is not Body.MOON]
    if sky.stations:
        station = sky.stations[0]
        family = "station_retrograde" if station.turns_retrograde else "station_direct"
        return deal.pick(family, getattr(book, family)).replace("{planet}", book.planets[station.body])
    for change in planet_changes:
        if change.to_sign == sign:
            return deal.pick("ingress_yours", book.ingress_yours).replace("{planet}", book.planets[change.body])
    if scene.key.period is not Period.DAILY:
        return _ingress(scene, planet_changes)
    if sky.sun_sign == sign:
        return deal.pick("sun_own", book.sun_own)
    if Body.MERCURY in sky.retrograde_planets:
        return deal.pick("mercury_retrograde", book.mercury_retrograde)
    if planet_changes:
        return _ingress(scene, planet_changes)
    if sky.sun_sign == sign.opposite:
        return deal.pick("sun_opposite", book.sun_opposite)
    slow = [p for p in sky.retrograde_planets if p in _SLOW_PLANETS]
    if slow:
        planet = slow[(deal.number("slow", 0, 99)) % len(slow)]
        return deal.pick("slow_retrograde", book.slow_retrograde).replace("{planet}", book.planets[planet])
    return None


def _ingress(scene: _Scene, planet_changes: list[SignChange]) -> str | None:
    if not planet_changes:
        return None
    change = planet_changes[0]
    return (
        scene.deal.pick("ingress", scene.book.ingress)
        .replace("{planet}", scene.book.planets[change.body])
        .replace("{in_sign}", scene.book.in_sign(change.to_sign))
    )


def _daily_summary(scene: _Scene) -> list[str]:
    sky, book, deal, sign = scene.sky, scene.book, scene.deal, scene.sign
    moon = sky.moon_signs[0]
    sentences = [deal.pick(f"moon_house:{house(moon, sign)}", book.moon_house[house(moon, sign) - 1])
                 .replace("{moon_in}", book.in_sign(moon))]
    aspects = sorted(
        (a for a in sky.aspects if a.other in ASPECTED),
        key=lambda a: (-_ASPECT_WEIGHT[a.other], a.time),
    )
    if aspects:
        top = aspects[0]
        sentences.append(deal.pick(f"aspect:{top.other.name}:{top.aspect.name}", book.lunar_aspects[(top.other, top.aspect)]))
    if len(sky.moon_signs) > 1:
        sentences.append(
            book.moon_moves.replace("{moon_in}", book.in_sign(sky.moon_signs[0])).replace(
                "{next_in}", book.in_sign(sky.moon_signs[-1])
            )
        )
    event = _event(scene)
    if event is not None:
        sentences.append(event)
    if not aspects or event is None:
        sentences.append(deal.pick(f"phase:{sky.moon_phase.name}", book.phases[sky.moon_phase]))
    sentences.append(deal.pick("closer", book.closers))
    return sentences


def _planet_house(sky: SkyFacts, body: Body, sign: Sign) -> int:
    where = sky.planet_sign(body) or sky.sun_sign
    return house(where, sign)


def _weekly_summary(scene: _Scene) -> list[str]:
    sky, book, deal, sign = scene.sky, scene.book, scene.deal, scene.sign
    sun_house = _planet_house(sky, Body.SUN, sign)
    sentences = [deal.pick(f"week_sun_house:{sun_house}", book.week_sun_house[sun_house - 1])]
    lunations = [n for n in sky.lunations if n.phase in LUNATIONS]
    if lunations:
        lunation = lunations[0]
        sentences.append(
            deal.pick(f"week_lunation:{lunation.phase.name}", book.week_lunation[lunation.phase])
            .replace("{in_sign}", book.in_sign(lunation.sign))
            .replace("{on_day}", book.on_weekdays[lunation.time.weekday()])
        )
    event = _event(scene)
    if event is not None:
        sentences.append(event)
    sentences.append(deal.pick("week_closer", book.week_closers))
    return sentences


def _monthly_summary(scene: _Scene) -> list[str]:
    sky, book, deal, sign = scene.sky, scene.book, scene.deal, scene.sign
    sun_house = _planet_house(sky, Body.SUN, sign)
    sentences = [deal.pick(f"month_sun_house:{sun_house}", book.month_sun_house[sun_house - 1])]
    for phase, by_house in ((MoonPhase.NEW_MOON, book.month_new_moon), (MoonPhase.FULL_MOON, book.month_full_moon)):
        lunation = next((n for n in sky.lunations if n.phase is phase), None)
        if lunation is not None:
            sentences.append(by_house[house(lunation.sign, sign) - 1])
    event = _event(scene)
    if event is not None:
        sentences.append(event)
    sentences.append(deal.pick("month_closer", book.month_closers))
    return sentences


_SUMMARIES = {Period.DAILY: _daily_summary, Period.WEEKLY: _weekly_summary, Period.MONTHLY: _monthly_summary}


def key_days(
    key: HoroscopeKey, sky: SkyFacts, book: Phrasebook, moon_houses: Sequence[tuple[dt.date, int]] | None = None
) -> tuple[KeyDay, ...]:
    """The days that stand out in a week or month for `key.sign`, best first, then in date order:
    one note a day, from the Moon entering a house, lunations, stations and the planets' ingresses.

    The houses are the sign's solar houses (the Moon's sign changes: at least two in any seven
    days, so a week always has two key days) unless `moon_houses` gives when the Moon enters which
    house of a birth chart."""
    sign = key.sign
    found: dict[dt.date, tuple[int, str]] = {}

    def consider(day: dt.date, weight: int, note: str) -> None:
        if weight > found.get(day, (0, ""))[0]:
            found[day] = (weight, _capitalised(note))

    solar = moon_houses is None
    if moon_houses is None:
        moon_houses = [(c.time.date(), house(c.to_sign, sign)) for c in sky.sign_changes if c.body is Body.MOON]
    for day, entered in moon_houses:
        if solar and entered == 1:  # the Moon in the reader's own sign
            consider(day, 9, book.key_moon_yours)
        else:
            consider(day, 5 if entered == 1 else 4 if entered in (4, 7, 10) else 2, book.key_moon_house[entered - 1])
    for change in sky.sign_changes:
        if change.body is Body.MOON:
            continue
        if change.to_sign == sign:
            consider(change.time.date(), 9, book.key_ingress_yours.replace("{planet}", book.planets[change.body]))
        else:
            note = book.key_ingress.replace("{planet}", book.planets[change.body]).replace(
                "{in_sign}", book.in_sign(change.to_sign))
            consider(change.time.date(), 6 if change.body is Body.SUN else 5, note)
    for lunation in sky.lunations:
        weight = 8 if lunation.phase in (MoonPhase.NEW_MOON, MoonPhase.FULL_MOON) else 6
        consider(lunation.time.date(), weight, book.key_lunation[lunation.phase].replace("{in_sign}", book.in_sign(lunation.sign)))
    for station in sky.stations:
        template = book.key_station_retrograde if station.turns_retrograde else book.key_station_direct
        consider(station.time.date(), 7, template.replace("{planet}", book.planets[station.body]))
    best = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))[: KEY_DAYS[key.period]]
    return tuple(KeyDay(day, note) for day, (_, note) in sorted(best))


def _compatible(deal: Dealer, sign: Sign) -> Sign:
    friends = [
        s
        for s in Sign
        if s != sign and s.element.value in (sign.element.value, _FRIENDLY_ELEMENTS[sign.element.value])
    ]
    return friends[deal.number("compatible", 0, 99) % len(friends)]


def compose(key: HoroscopeKey, sky: SkyFacts, trace: list[tuple[str, int]] | None = None) -> HoroscopeContent:
    """The content for `key` under `sky`; `trace`, when given, receives each (family, phrase) chosen."""
    book = phrasebook(key.language)
    deal = Dealer(key, trace)
    when = {Period.DAILY: book.today, Period.WEEKLY: book.this_week, Period.MONTHLY: book.this_month}[key.period]
    scene = _Scene(key, sky, book, deal, when)

    love = [deal.pick("love", book.love)]
    if Body.VENUS in sky.retrograde_planets:
        love.insert(0, deal.pick("venus_retrograde", book.venus_retrograde))
    career = [deal.pick("career", book.career)]
    if Body.MERCURY in sky.retrograde_planets:
        career.insert(0, deal.pick("mercury_retrograde_work", book.mercury_retrograde_work))
    health = [deal.pick("health", book.health)]
    if Body.MARS in sky.retrograde_planets:
        health.insert(0, deal.pick("mars_retrograde", book.mars_retrograde))

    def text(parts: list[str]) -> str:
        return " ".join(fill(p, when) for p in parts)

    return HoroscopeContent(
        summary=text(_SUMMARIES[key.period](scene)),
        love=text(love),
        career=text(career),
        health=text(health),
        mood=deal.pick("mood", book.moods),
        lucky_number=deal.number("lucky", 1, 99),
        lucky_color=deal.pick("color", book.colors),
        compatible_sign=_compatible(deal, key.sign),
        sky=sky,
        key_days=() if key.period is Period.DAILY else key_days(key, sky, book),
    )


class OfflineGenerator:
    """Writes horoscopes locally; no network, no tokens."""

    model = MODEL

    async def write(self, key: HoroscopeKey) -> Written:
        sky = await asyncio.to_thread(sky_for, key.start_date, key.end_date)
        return Written(compose(key, sky), MODEL, 0)
