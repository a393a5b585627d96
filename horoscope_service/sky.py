"""The real sky for a UTC period, computed locally with ephem.

Longitudes are the bodies' apparent geocentric positions (`g_ra`, `g_dec`) turned into ecliptic
longitude of date; converting a body directly would use astrometric coordinates, tens of
arc-seconds off, enough to put a slow planet's sign change on the wrong day.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
from collections.abc import Callable
from typing import TypeVar

import ephem

from horoscope_service.model import Aspect, Body, ExactAspect, Lunation, MoonPhase, Sign, SignChange, SkyFacts, Station

_BODIES: dict[Body, Callable[[], ephem.Body]] = {
    Body.SUN: ephem.Sun,
    Body.MOON: ephem.Moon,
    Body.MERCURY: ephem.Mercury,
    Body.VENUS: ephem.Venus,
    Body.MARS: ephem.Mars,
    Body.JUPITER: ephem.Jupiter,
    Body.SATURN: ephem.Saturn,
    Body.URANUS: ephem.Uranus,
    Body.NEPTUNE: ephem.Neptune,
    Body.PLUTO: ephem.Pluto,
}
PLANETS = tuple(b for b in Body if b not in (Body.SUN, Body.MOON))
# The bodies whose exact aspects with the Moon a day's text reads.
LUNAR_ASPECTED = (Body.SUN, Body.MERCURY, Body.VENUS, Body.MARS, Body.JUPITER, Body.SATURN)
# Moon-minus-body angles, the waxing side and then the waning one, with the aspect each is.
_ASPECT_ANGLES = tuple((a.angle, a) for a in Aspect) + tuple((360.0 - a.angle, a) for a in Aspect if 0 < a.angle < 180)
_LUNATION_ANGLES = ((0.0, MoonPhase.NEW_MOON), (90.0, MoonPhase.FIRST_QUARTER), (180.0, MoonPhase.FULL_MOON),
                    (270.0, MoonPhase.LAST_QUARTER))
T = TypeVar("T")
_PRECISION = dt.timedelta(minutes=1)
_HALF_WINDOW = dt.timedelta(minutes=30)


def longitude(body: Body, when: dt.datetime) -> float:
    """Apparent geocentric ecliptic longitude of date, in degrees [0, 360)."""
    date = ephem.Date(when.astimezone(dt.UTC).replace(tzinfo=None))
    computed = _BODIES[body]()
    computed.compute(date)
    equatorial = ephem.Equatorial(computed.g_ra, computed.g_dec, epoch=date)
    return math.degrees(ephem.Ecliptic(equatorial, epoch=date).lon) % 360.0


def _wrapped(delta: float) -> float:
    return (delta + 180.0) % 360.0 - 180.0


def is_retrograde(body: Body, when: dt.datetime) -> bool:
    """Moving backwards at `when`: longitude falls across the hour centred on it."""
    return _wrapped(longitude(body, when + _HALF_WINDOW) - longitude(body, when - _HALF_WINDOW)) < 0


def moon_phase(when: dt.datetime) -> MoonPhase:
    """The named phase from the Moon-Sun elongation, in eight 45-degree octants."""
    elongation = (longitude(Body.MOON, when) - longitude(Body.SUN, when)) % 360.0
    return MoonPhase(int(((elongation + 22.5) % 360.0) // 45.0) + 1)


def moon_illumination(when: dt.datetime) -> float:
    moon = ephem.Moon()
    moon.compute(ephem.Date(when.astimezone(dt.UTC).replace(tzinfo=None)))
    return float(moon.moon_phase)


def _bisect(changed: Callable[[dt.datetime], bool], low: dt.datetime, high: dt.datetime) -> dt.datetime:
    """The first moment (to the minute) in (low, high] at which `changed` holds; it holds at high."""
    while high - low > _PRECISION:
        middle = low + (high - low) / 2
        if changed(middle):
            high = middle
        else:
            low = middle
    return high.replace(second=0, microsecond=0)


def _samples(start: dt.datetime, end: dt.datetime, step: dt.timedelta) -> list[dt.datetime]:
    points, t = [], start
    while t < end:
        points.append(t)
        t += step
    return [*points, end]


def _sign_changes(body: Body, start: dt.datetime, end: dt.datetime) -> list[SignChange]:
    # The Moon crosses a sign in about 2.5 days, the Sun in a month: sample well inside that.
    step = dt.timedelta(hours=2) if body is Body.MOON else dt.timedelta(hours=12)
    changes = []
    points = _samples(start, end, step)
    signs = [Sign.from_longitude(longitude(body, t)) for t in points]
    for (t0, s0), (t1, s1) in itertools.pairwise(zip(points, signs, strict=True)):
        if s0 != s1:
            moment = _bisect(lambda t, s0=s0: Sign.from_longitude(longitude(body, t)) != s0, t0, t1)  # type: ignore[misc]
            if moment < end:
                changes.append(SignChange(body, s0, s1, moment))
    return changes


def _stations(body: Body, start: dt.datetime, end: dt.datetime) -> tuple[list[Station], bool]:
    """Direction changes in the period, and whether the planet moves backwards at any time in it."""
    points = _samples(start, end, dt.timedelta(hours=12))
    backwards = [is_retrograde(body, t) for t in points]
    stations = []
    for (t0, r0), (t1, r1) in itertools.pairwise(zip(points, backwards, strict=True)):
        if r0 != r1:
            moment = _bisect(lambda t, r0=r0: is_retrograde(body, t) != r0, t0, t1)  # type: ignore[misc]
            stations.append(Station(body, turns_retrograde=r1, time=moment))
    return stations, any(backwards)


def _moon_crossings(
    body: Body, angles: tuple[tuple[float, T], ...], start: dt.datetime, end: dt.datetime
) -> list[tuple[T, dt.datetime]]:
    """When the Moon, gaining on `body` (it always does: about 12 degrees a day), stands exactly
    each angle ahead of it, with that angle's label; in time order."""
    points = _samples(start, end, dt.timedelta(hours=3))
    gaps = [(longitude(Body.MOON, t) - longitude(body, t)) % 360.0 for t in points]
    found = []
    for angle, label in angles:
        for (t0, g0), (t1, g1) in itertools.pairwise(zip(points, gaps, strict=True)):
            before, after = _wrapped(g0 - angle), _wrapped(g1 - angle)
            if before < 0 <= after and after - before < 90:  # crossed the angle, not the wrap point
                def past(t: dt.datetime, angle: float = angle) -> bool:
                    return _wrapped(longitude(Body.MOON, t) - longitude(body, t) - angle) >= 0

                moment = _bisect(past, t0, t1)
                if start <= moment < end:
                    found.append((label, moment))
    return sorted(found, key=lambda item: item[1])


def lunar_aspects(start: dt.datetime, end: dt.datetime) -> list[ExactAspect]:
    """The Moon's exact major aspects to the Sun and the planets it is read for, in time order."""
    found = [
        ExactAspect(Body.MOON, body, aspect, moment)
        for body in LUNAR_ASPECTED
        for aspect, moment in _moon_crossings(body, _ASPECT_ANGLES, start, end)
    ]
    return sorted(found, key=lambda a: a.time)


def lunations(start: dt.datetime, end: dt.datetime) -> list[Lunation]:
    """New Moons, quarters and full Moons in [start, end), with the Moon's sign at each."""
    return [
        Lunation(phase, Sign.from_longitude(longitude(Body.MOON, moment)), moment)
        for phase, moment in _moon_crossings(Body.SUN, _LUNATION_ANGLES, start, end)
    ]


def lunar_day(when: dt.datetime) -> int:
    """Whole days of the lunar cycle since the new Moon (0-29), from the Moon-Sun elongation."""
    elongation = (longitude(Body.MOON, when) - longitude(Body.SUN, when)) % 360.0
    return min(29, int(elongation / (360.0 / 29.530589)))


@functools.lru_cache(maxsize=64)
def sky_for(first_day: dt.date, last_day: dt.date) -> SkyFacts:
    """The sky from `first_day` 00:00 UTC to the end of `last_day` (inclusive)."""
    start = dt.datetime.combine(first_day, dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    moon_changes = _sign_changes(Body.MOON, start, end)
    changes = [change for body in (Body.SUN, *PLANETS) for change in _sign_changes(body, start, end)]
    changes += moon_changes
    retrograde, stations = [], []
    for planet in PLANETS:
        planet_stations, backwards = _stations(planet, start, end)
        stations += planet_stations
        if backwards:
            retrograde.append(planet)
    return SkyFacts(
        sun_sign=Sign.from_longitude(longitude(Body.SUN, start)),
        moon_signs=(Sign.from_longitude(longitude(Body.MOON, start)), *(c.to_sign for c in moon_changes)),
        moon_phase=moon_phase(start),
        moon_illumination=moon_illumination(start),
        retrograde_planets=tuple(retrograde),
        sign_changes=tuple(sorted(changes, key=lambda c: c.time)),
        stations=tuple(sorted(stations, key=lambda s: s.time)),
        # The Moon's aspects give a day its own events; over a week or month they would be dozens.
        aspects=tuple(lunar_aspects(start, end)) if last_day == first_day else (),
        lunations=tuple(lunations(start, end)),
        lunar_day=lunar_day(start),
        planet_signs=tuple(Sign.from_longitude(longitude(b, start)) for b in (Body.SUN, *PLANETS)),
    )
