"""Birth charts: from a birth's moment and place to positions, angles, houses and aspects.

Positions are apparent geocentric ecliptic longitudes of date (`sky.longitude`), in the tropical
zodiac. The angles follow Meeus (Astronomical Algorithms, ch. 12, 13, 22): the local apparent
sidereal time θ is Greenwich mean sidereal time plus the equation of the equinoxes (Δψ·cos ε) plus
the east longitude; ε is the true obliquity (mean obliquity plus Δε); then

    Ascendant = atan2(cos θ, −(sin θ·cos ε + tan φ·sin ε))      Midheaven = atan2(sin θ, cos θ·cos ε)

Houses are Placidus: the cusps of houses 11 and 12 trisect the diurnal semi-arc of their own
ecliptic point between the Midheaven and the Ascendant, those of 2 and 3 the nocturnal semi-arc
between the Ascendant and the lower meridian, found by iteration; 4 to 9 are the opposite points.
Beyond the polar circles some ecliptic points never rise and Placidus is undefined: whole-sign
houses then (each sign a house, the Ascendant's sign the first). A birth whose time is unknown is
cast for local noon, without Ascendant or houses.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import replace

from horoscope_service.model import Aspect, Body
from horoscope_service.natal_model import ChartAspect, HouseSystem, NatalChart, Position
from horoscope_service.sky import is_retrograde, longitude

_J2000 = 2451545.0
# Orbs for natal aspects: wider when a light (Sun or Moon) takes part.
_ORB_LIGHTS, _ORB = 8.0, 6.0
_PLACIDUS_STEPS = 50


def julian_day(moment: dt.datetime) -> float:
    """The Julian day of a UTC moment (UT1 is taken as UTC: under a second apart)."""
    return moment.astimezone(dt.UTC).timestamp() / 86400.0 + 2440587.5


def _centuries(jd: float) -> float:
    return (jd - _J2000) / 36525.0


def nutation(jd: float) -> tuple[float, float]:
    """(Δψ, Δε) in degrees: the principal terms (Meeus 22, accurate to about 0.5")."""
    t = _centuries(jd)
    node = math.radians(125.04452 - 1934.136261 * t)
    sun = math.radians(280.4665 + 36000.7698 * t)
    moon = math.radians(218.3165 + 481267.8813 * t)
    dpsi = -17.20 * math.sin(node) - 1.32 * math.sin(2 * sun) - 0.23 * math.sin(2 * moon) + 0.21 * math.sin(2 * node)
    deps = 9.20 * math.cos(node) + 0.57 * math.cos(2 * sun) + 0.10 * math.cos(2 * moon) - 0.09 * math.cos(2 * node)
    return dpsi / 3600.0, deps / 3600.0


def true_obliquity(jd: float) -> float:
    """Degrees: the mean obliquity of the ecliptic (IAU, Meeus 22.2) plus nutation in obliquity."""
    t = _centuries(jd)
    mean = 23.0 + 26.0 / 60 + (21.448 - 46.8150 * t - 0.00059 * t**2 + 0.001813 * t**3) / 3600.0
    return mean + nutation(jd)[1]


def local_sidereal_time(jd: float, east_longitude: float) -> float:
    """Local apparent sidereal time, in degrees (Meeus 12.4 plus the equation of the equinoxes)."""
    t = _centuries(jd)
    mean = 280.46061837 + 360.98564736629 * (jd - _J2000) + 0.000387933 * t**2 - t**3 / 38710000.0
    dpsi, _ = nutation(jd)
    return (mean + dpsi * math.cos(math.radians(true_obliquity(jd))) + east_longitude) % 360.0


def ascendant(theta: float, obliquity: float, latitude: float) -> float:
    t, e, phi = (math.radians(x) for x in (theta, obliquity, latitude))
    return math.degrees(math.atan2(math.cos(t), -(math.sin(t) * math.cos(e) + math.tan(phi) * math.sin(e)))) % 360.0


def midheaven(theta: float, obliquity: float) -> float:
    t, e = math.radians(theta), math.radians(obliquity)
    return math.degrees(math.atan2(math.sin(t), math.cos(t) * math.cos(e))) % 360.0


def _ecliptic_of_ra(right_ascension: float, obliquity: float) -> float:
    """The ecliptic longitude whose right ascension this is."""
    a, e = math.radians(right_ascension), math.radians(obliquity)
    return math.degrees(math.atan2(math.sin(a), math.cos(a) * math.cos(e))) % 360.0


def _semi_arc(point: float, obliquity: float, latitude: float) -> float | None:
    """The diurnal semi-arc (degrees) of the ecliptic point at longitude `point`; None where it
    never rises or never sets at this latitude."""
    declination = math.asin(math.sin(math.radians(obliquity)) * math.sin(math.radians(point)))
    cosine = -math.tan(math.radians(latitude)) * math.tan(declination)
    if not -1.0 <= cosine <= 1.0:
        return None
    return math.degrees(math.acos(cosine))


def _placidus_cusp(theta: float, obliquity: float, latitude: float, above: bool, fraction: float) -> float | None:
    """One intermediate cusp. Above the horizon (houses 11, 12): right ascension θ + fraction·DSA;
    below (houses 2, 3): θ + DSA + fraction·(180° − DSA), DSA being the cusp's own semi-arc."""
    point = _ecliptic_of_ra(theta + (90.0 * fraction if above else 90.0 + 90.0 * fraction), obliquity)
    for _ in range(_PLACIDUS_STEPS):
        arc = _semi_arc(point, obliquity, latitude)
        if arc is None:
            return None
        right_ascension = theta + fraction * arc if above else theta + arc + fraction * (180.0 - arc)
        moved = _ecliptic_of_ra(right_ascension, obliquity)
        if abs((moved - point + 180.0) % 360.0 - 180.0) < 1e-7:
            return moved
        point = moved
    return point


def placidus_cusps(theta: float, obliquity: float, latitude: float) -> tuple[float, ...] | None:
    """The twelve Placidus cusps, 1st to 12th; None where Placidus is undefined."""
    asc, mc = ascendant(theta, obliquity, latitude), midheaven(theta, obliquity)
    found = {
        11: _placidus_cusp(theta, obliquity, latitude, True, 1 / 3),
        12: _placidus_cusp(theta, obliquity, latitude, True, 2 / 3),
        2: _placidus_cusp(theta, obliquity, latitude, False, 1 / 3),
        3: _placidus_cusp(theta, obliquity, latitude, False, 2 / 3),
    }
    if any(v is None for v in found.values()) or abs(latitude) >= 90.0 - obliquity:
        return None
    c = {1: asc, 10: mc, **{k: v for k, v in found.items() if v is not None}}
    for house in (1, 2, 3, 10, 11, 12):
        c[(house + 5) % 12 + 1] = (c[house] + 180.0) % 360.0
    return tuple(c[house] for house in range(1, 13))


def whole_sign_cusps(asc: float) -> tuple[float, ...]:
    first = asc // 30.0 * 30.0
    return tuple((first + 30.0 * n) % 360.0 for n in range(12))


def house_of(point: float, cusps: tuple[float, ...]) -> int:
    """The house (1-12) holding ecliptic longitude `point`: from a cusp up to the next one."""
    for house in range(12):
        start, end = cusps[house], cusps[(house + 1) % 12]
        if (point - start) % 360.0 < (end - start) % 360.0:
            return house + 1
    return 12


def aspects_between(positions: tuple[Position, ...]) -> tuple[ChartAspect, ...]:
    found = []
    for a, b in itertools.combinations(positions, 2):
        separation = abs((a.longitude - b.longitude + 180.0) % 360.0 - 180.0)
        limit = _ORB_LIGHTS if {a.body, b.body} & {Body.SUN, Body.MOON} else _ORB
        for aspect in Aspect:
            orb = abs(separation - aspect.angle)
            if orb <= limit:
                found.append(ChartAspect(a.body, b.body, aspect, round(orb, 3)))
    return tuple(found)


def positions_at(moment: dt.datetime) -> tuple[Position, ...]:
    """Sun to Pluto at `moment`: longitudes, and whether each planet moves backwards."""
    return tuple(
        Position(body, longitude(body, moment), body not in (Body.SUN, Body.MOON) and is_retrograde(body, moment))
        for body in Body
    )


def cast(moment: dt.datetime, latitude: float, east_longitude: float, time_zone: str, *, time_unknown: bool) -> NatalChart:
    """The chart of a birth at UTC `moment` (local noon when the time is unknown)."""
    positions = positions_at(moment)
    if time_unknown:
        return NatalChart(moment, latitude, east_longitude, time_zone, True, positions,
                          aspects=aspects_between(positions))
    jd = julian_day(moment)
    obliquity = true_obliquity(jd)
    theta = local_sidereal_time(jd, east_longitude)
    asc, mc = ascendant(theta, obliquity, latitude), midheaven(theta, obliquity)
    cusps = placidus_cusps(theta, obliquity, latitude)
    system = HouseSystem.PLACIDUS
    if cusps is None:
        cusps, system = whole_sign_cusps(asc), HouseSystem.WHOLE_SIGN
    housed = tuple(replace(p, house=house_of(p.longitude, cusps)) for p in positions)
    return NatalChart(moment, latitude, east_longitude, time_zone, False, housed, asc, mc, cusps, system,
                      aspects_between(housed))
