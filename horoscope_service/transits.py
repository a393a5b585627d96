"""Transits: the moments in a period when a body of the sky reaches an exact major aspect to a body
of a birth chart.

Each transiting body's longitude is sampled through the period (the Moon every three hours, the
planets every day, Jupiter and Saturn every two days: far closer than any of them moves far enough
to cross an aspect and come back) and each crossing of an exact aspect angle is timed by linear
interpolation between the two samples around it, to well within the minute for the Moon and
within a few minutes for the others. The samples are the same for every chart, so they are kept
(`_samples`): a chart's own work is arithmetic on them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from dataclasses import dataclass

from horoscope_service.model import Aspect, Body, Period
from horoscope_service.natal_model import NatalChart
from horoscope_service.phrasebooks.personal import NATAL
from horoscope_service.sky import longitude

# Who transits in a period: the Moon and the fast planets make a day, the slower ones a week or month.
TRANSITING = {
    Period.DAILY: (Body.MOON, Body.SUN, Body.MERCURY, Body.VENUS, Body.MARS),
    Period.WEEKLY: (Body.SUN, Body.MERCURY, Body.VENUS, Body.MARS, Body.JUPITER, Body.SATURN),
    Period.MONTHLY: (Body.SUN, Body.MERCURY, Body.VENUS, Body.MARS, Body.JUPITER, Body.SATURN),
}
_STEP = {Body.MOON: dt.timedelta(hours=3), Body.JUPITER: dt.timedelta(days=2), Body.SATURN: dt.timedelta(days=2)}
_DAY = dt.timedelta(days=1)
# How much a transit weighs in a reading: by the transiting body, the natal body and the aspect.
_TRANSITING_WEIGHT = {Body.MOON: 2, Body.SUN: 4, Body.MERCURY: 3, Body.VENUS: 4, Body.MARS: 4, Body.JUPITER: 5,
                      Body.SATURN: 5}
_NATAL_WEIGHT = {Body.SUN: 5, Body.MOON: 5, Body.MERCURY: 3, Body.VENUS: 4, Body.MARS: 4, Body.JUPITER: 2,
                 Body.SATURN: 3}
_ASPECT_WEIGHT = {Aspect.CONJUNCTION: 5, Aspect.OPPOSITION: 4, Aspect.SQUARE: 4, Aspect.TRINE: 3, Aspect.SEXTILE: 2}
# The angle from the natal body to the transiting one, with the aspect it is.
_ANGLE_LIST = sorted(
    [(a.angle, a) for a in Aspect] + [(360.0 - a.angle, a) for a in Aspect if 0 < a.angle < 180], key=lambda x: x[0]
)
_ANGLE_VALUES = [angle for angle, _ in _ANGLE_LIST]


@dataclass(frozen=True)
class Transit:
    transiting: Body
    natal: Body
    aspect: Aspect
    exact: dt.datetime  # when the aspect is exact, within the period

    @property
    def weight(self) -> int:
        return _TRANSITING_WEIGHT[self.transiting] * _NATAL_WEIGHT[self.natal] * _ASPECT_WEIGHT[self.aspect]


@functools.lru_cache(maxsize=256)
def _samples(body: Body, start: dt.datetime, end: dt.datetime) -> tuple[tuple[dt.datetime, float], ...]:
    """The sky's side of every chart's transits in a period, so computed once for all of them."""
    step = _STEP.get(body, _DAY)
    points, t = [], start
    while t < end:
        points.append(t)
        t += step
    points.append(end)
    return tuple((t, longitude(body, t)) for t in points)


def _wrapped(delta: float) -> float:
    return (delta + 180.0) % 360.0 - 180.0


def _crossed(g0: float, g1: float) -> list[tuple[float, Aspect]]:
    """The aspect angles passed going from angular distance g0 (0-360) to g1 = g0 + a small step
    (either way), as (where in the step, 0-1, aspect)."""
    low, high = min(g0, g1), max(g0, g1)
    found = []
    for shift in (-360.0, 0.0, 360.0):  # a step may cross 0/360
        first = bisect.bisect_right(_ANGLE_VALUES, low + shift)
        last = bisect.bisect_right(_ANGLE_VALUES, high + shift)
        for angle, aspect in _ANGLE_LIST[first:last]:
            found.append(((angle - shift - g0) / (g1 - g0), aspect))
    return found


def transits(chart: NatalChart, period: Period, first_day: dt.date, last_day: dt.date) -> list[Transit]:
    """Every exact transit from `first_day` 00:00 UTC to the end of `last_day`, in time order."""
    start = dt.datetime.combine(first_day, dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(last_day + _DAY, dt.time(), tzinfo=dt.UTC)
    found = []
    for body in TRANSITING[period]:
        series = _samples(body, start, end)
        for natal in NATAL:
            target = chart.position(natal).longitude
            for (t0, l0), (t1, l1) in itertools.pairwise(series):
                g0 = (l0 - target) % 360.0
                for share, aspect in _crossed(g0, g0 + _wrapped(l1 - l0)):
                    moment = (t0 + (t1 - t0) * share).replace(second=0, microsecond=0)
                    if start <= moment < end:
                        found.append(Transit(body, natal, aspect, moment))
    return sorted(found, key=lambda t: t.exact)


def moon_house_entries(chart: NatalChart, first_day: dt.date, last_day: dt.date) -> list[tuple[dt.datetime, int]]:
    """When, in the period, the Moon crosses each of the chart's house cusps: (moment, house entered)."""
    start = dt.datetime.combine(first_day, dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(last_day + _DAY, dt.time(), tzinfo=dt.UTC)
    entries = []
    for (t0, l0), (t1, l1) in itertools.pairwise(_samples(Body.MOON, start, end)):
        for number, cusp in enumerate(chart.cusps, start=1):
            gone = (cusp - l0) % 360.0  # how far ahead of the Moon the cusp was
            step = (l1 - l0) % 360.0  # the Moon only moves forward
            if 0 < gone <= step:
                entries.append((t0 + (t1 - t0) * (gone / step), number))
    return sorted(entries)


def strongest(found: list[Transit], count: int) -> list[Transit]:
    """The `count` transits that weigh most (earliest first among equals), in time order; one per
    transiting-natal pair."""
    ranked = sorted(found, key=lambda t: (-t.weight, t.exact))
    chosen: list[Transit] = []
    for transit in ranked:
        if all((c.transiting, c.natal) != (transit.transiting, transit.natal) for c in chosen):
            chosen.append(transit)
        if len(chosen) == count:
            break
    return sorted(chosen, key=lambda t: t.exact)
