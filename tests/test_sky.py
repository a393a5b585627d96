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
