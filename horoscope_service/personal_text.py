"""A personal horoscope's text: composed from one chart's transits in a period, in the language asked.

The opening reads the house of the reader's chart that the Moon (a day) or the Sun (a week, a
month) moves through, from the same phrases as the sign horoscopes; with no birth time the houses
are counted from the Sun sign. Then a sentence for each of the strongest transits that perfect in
the period (two for a day, three for longer), each (transiting body, aspect, natal body) a
sentence of its own; on a day when none perfects, the Moon's phase. Phrases rotate with the
period's number from a start of the chart's own (its fingerprint), so two people read different
texts on one day, one person the same text twice, and a family does not come back within a week.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Sequence

from horoscope_service.model import Body, HoroscopeContent, HoroscopeKey, Period, Sign, SkyFacts
from horoscope_service.natal import house_of
from horoscope_service.natal_model import NatalChart
from horoscope_service.offline_generator import fill, house, key_days
from horoscope_service.phrasebooks import Phrasebook, phrasebook
from horoscope_service.phrasebooks.personal import personal_book
from horoscope_service.sky import longitude
from horoscope_service.transits import Transit, moon_house_entries, strongest

MODEL = "offline-personal/v1"
_READ = {Period.DAILY: 2, Period.WEEKLY: 3, Period.MONTHLY: 3}


class _Chooser:
    """Picks phrases for one chart and period: rotating with the period, from the chart's own start."""

    def __init__(self, fingerprint: str, period: Period, start: dt.date) -> None:
        self._fingerprint = fingerprint
        self._turn = period.number(start)

    def _number(self, family: str) -> int:
        return int.from_bytes(hashlib.sha256(f"{self._fingerprint}|{family}".encode()).digest()[:8], "big")

    def pick(self, family: str, options: Sequence[str]) -> str:
        return options[(self._turn + self._number(family)) % len(options)]

    def lucky(self) -> int:
        return random.Random(self._number(f"lucky|{self._turn}")).randint(1, 99)


def _house_of_sky(chart: NatalChart, point: float) -> int:
    """The chart's house holding `point`; by sign from the Sun's when there are no houses."""
    if chart.cusps:
        return house_of(point, chart.cusps)
    return house(Sign.from_longitude(point), chart.position(Body.SUN).sign)


def _opening(chart: NatalChart, period: Period, middle: dt.datetime, book: Phrasebook, choose: _Chooser) -> str:
    if period is Period.DAILY:
        moon = longitude(Body.MOON, middle)
        at = _house_of_sky(chart, moon)
        return choose.pick(f"moon_house:{at}", book.moon_house[at - 1]).replace(
            "{moon_in}", book.in_sign(Sign.from_longitude(moon))
        )
    at = _house_of_sky(chart, longitude(Body.SUN, middle))
    family = book.week_sun_house if period is Period.WEEKLY else book.month_sun_house
    return choose.pick(f"{period.name}:sun_house:{at}", family[at - 1])


def compose_personal(
    chart: NatalChart,
    fingerprint: str,
    period: Period,
    start: dt.date,
    end: dt.date,
    language: str,
    sky: SkyFacts,
    found: Sequence[Transit],
) -> HoroscopeContent:
    book, personal = phrasebook(language), personal_book(language)
    choose = _Chooser(fingerprint, period, start)
    when = {Period.DAILY: book.today, Period.WEEKLY: book.this_week, Period.MONTHLY: book.this_month}[period]
    first = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC)
    middle = first + (dt.datetime.combine(end, dt.time(), tzinfo=dt.UTC) + dt.timedelta(days=1) - first) / 2
    sentences = [_opening(chart, period, middle, book, choose)]
    read = strongest(list(found), _READ[period])
    sentences += [personal.transits[(t.transiting, t.aspect, t.natal)] for t in read]
    if not read:  # a day when nothing perfects (a week or month always has transits)
        sentences.append(choose.pick(f"phase:{sky.moon_phase.name}", book.phases[sky.moon_phase]))
    closers = {Period.DAILY: book.closers, Period.WEEKLY: book.week_closers, Period.MONTHLY: book.month_closers}
    sentences.append(choose.pick(f"{period.name}:closer", closers[period]))

    def text(parts: list[str]) -> str:
        return " ".join(fill(p, when) for p in parts)

    sun_sign = chart.position(Body.SUN).sign
    return HoroscopeContent(
        summary=text(sentences),
        love=text([choose.pick("love", book.love)]),
        career=text([choose.pick("career", book.career)]),
        health=text([choose.pick("health", book.health)]),
        mood=choose.pick("mood", book.moods),
        lucky_number=choose.lucky(),
        lucky_color=choose.pick("color", book.colors),
        sky=sky,
        key_days=() if period is Period.DAILY else key_days(
            HoroscopeKey(period, start, language, sun_sign), sky, book,
            [(at.date(), entered) for at, entered in moon_house_entries(chart, start, end)] if chart.cusps else None,
        ),
    )
