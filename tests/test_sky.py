"""Sky facts against known events (see shared CONTENT.md)."""

from __future__ import annotations

import datetime as dt
import itertools

from horoscope_service.model import Body, MoonPhase, Sign
from horoscope_service.sky import longitude, sky_for

UTC = dt.UTC


def test_moon_on_2026_11_27_matches_the_almanac() -> None:
    at = dt.datetime(2026, 11, 27, tzinfo=UTC)
    assert abs(longitude(Body.MOON, at) - 98.23) < 0.05  # Cancer 8 degrees
    sky = sky_for(dt.date(2026, 11, 27), dt.date(2026, 11, 27))
    assert sky.moon_signs[0] is Sign.CANCER
    assert sky.moon_phase is MoonPhase.WANING_GIBBOUS
    assert abs(sky.moon_illumination - 0.92) < 0.01
    assert sky.sun_sign is Sign.SAGITTARIUS


def test_saturn_is_retrograde_in_aries() -> None:
    sky = sky_for(dt.date(2026, 11, 27), dt.date(2026, 11, 27))
    assert Body.SATURN in sky.retrograde_planets
    assert Sign.from_longitude(longitude(Body.SATURN, dt.datetime(2026, 11, 27, tzinfo=UTC))) is Sign.ARIES


def test_mercury_retrograde_period_and_its_stations() -> None:
    before, during, after = (sky_for(d, d) for d in (dt.date(2026, 10, 22), dt.date(2026, 11, 1), dt.date(2026, 11, 20)))
    assert Body.MERCURY not in before.retrograde_planets
    assert Body.MERCURY in during.retrograde_planets
    assert Body.MERCURY not in after.retrograde_planets

    turns_back = sky_for(dt.date(2026, 10, 24), dt.date(2026, 10, 24)).stations
    turns_direct = sky_for(dt.date(2026, 11, 13), dt.date(2026, 11, 13)).stations
    retro = next(s for s in turns_back if s.body is Body.MERCURY)
    direct = next(s for s in turns_direct if s.body is Body.MERCURY)
    assert retro.turns_retrograde and not direct.turns_retrograde
    assert abs(retro.time - dt.datetime(2026, 10, 24, 7, 13, tzinfo=UTC)) <= dt.timedelta(minutes=5)
    assert abs(direct.time - dt.datetime(2026, 11, 13, 15, 54, tzinfo=UTC)) <= dt.timedelta(minutes=5)


def test_moon_sign_change_within_a_day_is_recorded() -> None:
    sky = sky_for(dt.date(2026, 11, 12), dt.date(2026, 11, 12))
    assert sky.moon_signs == (Sign.SAGITTARIUS, Sign.CAPRICORN)
    change = next(c for c in sky.sign_changes if c.body is Body.MOON)
    assert change.from_sign is Sign.SAGITTARIUS and change.to_sign is Sign.CAPRICORN
    assert change.time.date() == dt.date(2026, 11, 12)


def test_a_week_follows_the_moon_through_several_signs() -> None:
    sky = sky_for(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert len(sky.moon_signs) >= 3
    assert all(later == Sign(earlier % 12 + 1) for earlier, later in itertools.pairwise(sky.moon_signs))


def test_lunations_of_november_2026_agree_with_ephem_s_own_search() -> None:
    import ephem

    month = sky_for(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    expected = {
        MoonPhase.NEW_MOON: ephem.next_new_moon("2026/11/1"),
        MoonPhase.FIRST_QUARTER: ephem.next_first_quarter_moon("2026/11/1"),
        MoonPhase.FULL_MOON: ephem.next_full_moon("2026/11/1"),
        MoonPhase.LAST_QUARTER: ephem.next_last_quarter_moon("2026/11/1"),
    }
    assert {n.phase for n in month.lunations} == set(expected)
    for lunation in month.lunations:
        when = ephem.Date(expected[lunation.phase]).datetime().replace(tzinfo=UTC)
        assert abs(lunation.time - when) <= dt.timedelta(minutes=3), lunation
    new, full = (next(n for n in month.lunations if n.phase is p) for p in (MoonPhase.NEW_MOON, MoonPhase.FULL_MOON))
    assert (new.sign, full.sign) == (Sign.SCORPIO, Sign.GEMINI)


def test_the_moon_s_exact_aspects_are_exact() -> None:
    day = dt.date(2027, 1, 6)
    sky = sky_for(day, day)
    assert sky.aspects, "the Moon makes about two exact aspects to these six bodies a day"
    for aspect in sky.aspects:
        gap = (longitude(Body.MOON, aspect.time) - longitude(aspect.other, aspect.time)) % 360.0
        off = min(abs(gap - aspect.aspect.angle), abs(gap - (360.0 - aspect.aspect.angle)))
        assert off < 0.05, aspect  # the Moon moves about 0.5 degrees an hour; the time is to the minute
        assert aspect.time.date() == day


def test_lunar_day_counts_from_the_new_moon() -> None:
    assert sky_for(dt.date(2026, 11, 9), dt.date(2026, 11, 9)).lunar_day == 29  # 7 h before the new Moon
    assert sky_for(dt.date(2026, 11, 10), dt.date(2026, 11, 10)).lunar_day == 0
    assert sky_for(dt.date(2026, 11, 25), dt.date(2026, 11, 25)).lunar_day == 15  # the day after the full Moon
