"""Birth charts: sidereal time and angles against independent references, Placidus houses and
their polar fallback, births read in the place's own clock (local mean time, summer time, gaps)."""

from __future__ import annotations

import datetime as dt
import math

import ephem
import pytest

from horoscope_service import birthplace
from horoscope_service.model import Body, Sign
from horoscope_service.natal import (
    ascendant,
    cast,
    julian_day,
    local_sidereal_time,
    midheaven,
    placidus_cusps,
    true_obliquity,
)
from horoscope_service.natal_model import Birth, HouseSystem
from horoscope_service.personal import locate
from zodiac_platform.errors import InvalidArgument

UTC = dt.UTC


def test_julian_day_and_obliquity_match_meeus_examples() -> None:
    # Meeus, Astronomical Algorithms, example 7.a (1957 October 4.81 = JD 2436116.31) and 22.a
    # (1987 April 10, 0h TD: true obliquity 23°26'36.850").
    assert julian_day(dt.datetime(1957, 10, 4, 19, 26, 24, tzinfo=UTC)) == pytest.approx(2436116.31, abs=1e-6)
    assert true_obliquity(2446895.5) == pytest.approx(23 + 26 / 60 + 36.850 / 3600, abs=1 / 3600)


@pytest.mark.parametrize("when", ["1879-03-14 10:50", "1961-08-05 05:24", "2026-11-27 00:00", "1700-06-01 12:00"])
def test_local_apparent_sidereal_time_agrees_with_ephem(when: str) -> None:
    moment = dt.datetime.fromisoformat(when).replace(tzinfo=UTC)
    observer = ephem.Observer()
    observer.lat, observer.lon = "21.3", "-157.86"
    observer.date = ephem.Date(moment.replace(tzinfo=None))
    ours = local_sidereal_time(julian_day(moment), -157.86)
    theirs = math.degrees(observer.sidereal_time())
    assert abs((ours - theirs + 180) % 360 - 180) < 2 / 3600  # two arc-seconds


def test_the_ascendant_rises_and_the_midheaven_culminates() -> None:
    """Independent of the formulas: at the Ascendant's moment the point is on the eastern horizon
    (ephem's altitude of that ecliptic point is 0 and its azimuth east); the Midheaven is on the meridian."""
    moment = dt.datetime(1987, 4, 10, 19, 21, tzinfo=UTC)
    latitude, east = 38.92, -77.07
    jd = julian_day(moment)
    theta, obliquity = local_sidereal_time(jd, east), true_obliquity(jd)
    observer = ephem.Observer()
    observer.lat, observer.lon, observer.pressure = str(latitude), str(east), 0
    observer.date = ephem.Date(moment.replace(tzinfo=None))
    epoch = observer.date
    for point, check in ((ascendant(theta, obliquity, latitude), "horizon"), (midheaven(theta, obliquity), "meridian")):
        star = ephem.FixedBody()
        equatorial = ephem.Equatorial(ephem.Ecliptic(math.radians(point), 0, epoch=epoch))
        star._ra, star._dec, star._epoch = equatorial.ra, equatorial.dec, epoch
        star.compute(observer)
        if check == "horizon":
            assert abs(math.degrees(star.alt)) < 0.05 and math.degrees(star.az) < 180
        else:
            assert abs(math.degrees(star.az) - 180) < 0.1 or abs(math.degrees(star.az)) < 0.1


def test_placidus_cusps_are_ordered_opposite_and_fall_back_beyond_the_polar_circle() -> None:
    jd = julian_day(dt.datetime(2000, 1, 1, 12, tzinfo=UTC))
    theta, obliquity = local_sidereal_time(jd, 10.0), true_obliquity(jd)
    cusps = placidus_cusps(theta, obliquity, 52.5)
    assert cusps is not None
    assert cusps[0] == pytest.approx(ascendant(theta, obliquity, 52.5)) and cusps[9] == pytest.approx(midheaven(theta, obliquity))
    for house in range(6):
        assert (cusps[house + 6] - cusps[house]) % 360 == pytest.approx(180.0)
    steps = [(cusps[(i + 1) % 12] - cusps[i]) % 360 for i in range(12)]
    assert all(0 < s < 90 for s in steps) and sum(steps) == pytest.approx(360.0)
    # At the equator every Placidus house above the horizon spans a third of the semi-arc in RA.
    assert placidus_cusps(theta, obliquity, 0.0) is not None
    assert placidus_cusps(theta, obliquity, 70.0) is None
    tromso = cast(dt.datetime(1990, 6, 21, 12, tzinfo=UTC), 69.65, 18.96, "Europe/Oslo", time_unknown=False)
    assert tromso.house_system is HouseSystem.WHOLE_SIGN
    assert tromso.ascendant is not None and tromso.cusps[0] == Sign.from_longitude(tromso.ascendant).value * 30 - 30


def test_a_chart_without_a_birth_time_has_no_angles_or_houses() -> None:
    chart = locate(Birth(dt.datetime(1990, 5, 17), latitude=-33.87, longitude=151.21, time_unknown=True)).chart
    assert chart.ascendant is None and chart.cusps == () and all(p.house is None for p in chart.positions)
    assert chart.moment == dt.datetime(1990, 5, 17, 2, 0, tzinfo=UTC)  # local noon in Sydney (AEST, UTC+10)
    assert chart.position(Body.SUN).sign is Sign.TAURUS


def test_before_standard_time_the_clock_is_the_place_s_own_mean_time() -> None:
    # Ulm, 1879: Germany adopted standard time in 1893; tzdata's Europe/Berlin LMT is Berlin's
    # (+0:53:28), but Ulm's own is 9°59' east: +0:39:56.
    moment = birthplace.to_utc(dt.datetime(1879, 3, 14, 11, 30), birthplace.known_zone("Europe/Berlin"), 9.9833)
    assert moment == dt.datetime(1879, 3, 14, 10, 50, 4, tzinfo=UTC)
    located = locate(Birth(dt.datetime(1879, 3, 14, 11, 30), place="Ulm, Germany"))
    assert located.place == "Ulm, DE" and located.chart.time_zone == "LMT"


def test_summer_time_gaps_are_refused_and_repeated_hours_read_as_the_first() -> None:
    london = birthplace.known_zone("Europe/London")
    assert london is not None
    with pytest.raises(birthplace.NoSuchTime):
        birthplace.to_utc(dt.datetime(2026, 3, 29, 1, 30), london, -0.13)
    assert birthplace.to_utc(dt.datetime(2026, 10, 25, 1, 30), london, -0.13) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    with pytest.raises(InvalidArgument) as error:
        locate(Birth(dt.datetime(2026, 3, 29, 1, 30), latitude=51.5, longitude=-0.13))
    assert error.value.violations[0].field == "birth.local_time"


def test_places_are_found_offline_by_name_and_country() -> None:
    found = birthplace.find_place("sao paulo, Brazil")
    assert found is not None and (found.country, found.time_zone) == ("BR", "America/Sao_Paulo")
    assert abs(found.latitude + 23.55) < 0.1 and abs(found.longitude + 46.63) < 0.1
    assert birthplace.find_place("Paris") is not None and birthplace.find_place("Paris").country == "FR"  # type: ignore[union-attr]
    assert birthplace.find_place("Atlantis, Greece") is None
    assert birthplace.find_place("Paris, Narnia") is None
    assert birthplace.zone_at(-33.87, 151.21) == "Australia/Sydney"
