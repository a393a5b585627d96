"""Personal horoscopes: a birth resolved to a chart, the period's transits, and text; computed on
request and cached by a digest of the birth and the period, never stored. Birth data is stored only
when a caller allowed to assert who the user is saves it, and is never written to a log. No gRPC,
no SQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, replace

from horoscope_service import birthplace, natal, personal_text
from horoscope_service.birth_storage import BirthStore
from horoscope_service.model import PREMIUM_SECTIONS, HoroscopeContent, Period
from horoscope_service.natal_model import Birth, NatalChart, Position
from horoscope_service.premium import Premium
from horoscope_service.sky import longitude, sky_for
from horoscope_service.transits import Transit, transits
from zodiac_platform.errors import FieldViolation, InvalidArgument, NotFound, PermissionDenied
from zodiac_platform.ttl_cache import TtlCache


@dataclass(frozen=True)
class Located:
    """A birth resolved: its chart, and the place found for it by name ("" when given by coordinates)."""

    chart: NatalChart
    place: str


@dataclass(frozen=True)
class PersonalReading:
    period: Period
    start: dt.date
    end: dt.date
    language: str
    located: Located
    transits: tuple[tuple[Transit, float], ...]  # each with its distance from exact mid-period
    content: HoroscopeContent
    model: str = personal_text.MODEL
    locked_sections: tuple[str, ...] = ()
    degraded: bool = False


def _invalid(field: str, description: str) -> InvalidArgument:
    return InvalidArgument([FieldViolation(field, description)])


def locate(birth: Birth, field: str = "birth") -> Located:
    """The chart of a birth: its place, its zone, the moment in UTC, then the sky. A place not
    found or a time the clocks skipped is `InvalidArgument` (naming the field, never the value)."""
    place = ""
    latitude, east = birth.latitude, birth.longitude
    zone_name = birth.time_zone
    if latitude is None or east is None:
        found = birthplace.find_place(birth.place)
        if found is None:
            raise _invalid(f"{field}.place", "no such place is known; give the city as 'City, Country' or coordinates")
        latitude, east, place = found.latitude, found.longitude, f"{found.name}, {found.country}"
        zone_name = zone_name or found.time_zone
    local = birth.local_time.replace(hour=12, minute=0, second=0, microsecond=0) if birth.time_unknown else birth.local_time
    if birth.utc_offset is not None and not zone_name:
        offset = dt.timezone(dt.timedelta(seconds=birth.utc_offset))
        moment, label = local.replace(tzinfo=offset).astimezone(dt.UTC), str(offset)
    else:
        zone_name = zone_name or birthplace.zone_at(latitude, east)
        zone = birthplace.known_zone(zone_name)
        if zone is None:
            raise _invalid(f"{field}.local_time.time_zone.id", "not a known IANA time zone")
        try:
            moment = birthplace.to_utc(local, zone, east)
        except birthplace.NoSuchTime as error:
            raise _invalid(f"{field}.local_time", str(error)) from None
        label = "LMT" if birthplace.before_standard_time(local, zone) else zone_name
    return Located(natal.cast(moment, latitude, east, label, time_unknown=birth.time_unknown), place)


def sky_positions(day: dt.date) -> tuple[Position, ...]:
    """Where the bodies stand at noon UTC of `day` (a wheel's transit ring)."""
    return natal.positions_at(dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC))


def _orb_at(transit: Transit, moment: dt.datetime, chart: NatalChart) -> float:
    gap = (longitude(transit.transiting, moment) - chart.position(transit.natal).longitude) % 360.0
    return round(min(abs(gap - transit.aspect.angle), abs(gap - (360.0 - transit.aspect.angle))), 3)


def compute(birth: Birth, period: Period, day: dt.date, language: str) -> PersonalReading:
    """The whole reading, CPU only (a few milliseconds): run it off the event loop."""
    located = locate(birth)
    start, end = period.bounds(day)
    found = transits(located.chart, period, start, end)
    middle = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC) + (end - start + dt.timedelta(days=1)) / 2
    told = set()
    if period is Period.DAILY:
        # A transit can perfect twice within days (a planet near its station): each has one sentence,
        # so one told in the last week is not told again.
        week = transits(located.chart, period, start - dt.timedelta(days=7), start - dt.timedelta(days=1))
        told = {(t.transiting, t.aspect, t.natal) for t in week}
    fresh = [t for t in found if (t.transiting, t.aspect, t.natal) not in told]
    content = personal_text.compose_personal(
        located.chart, birth.fingerprint(), period, start, end, language, sky_for(start, end), fresh
    )
    with_orbs = tuple((t, _orb_at(t, middle, located.chart)) for t in found)
    return PersonalReading(period, start, end, language, located, with_orbs, content)


class PersonalHoroscopes:
    def __init__(self, births: BirthStore, premium: Premium | None = None, cache_seconds: float = 600.0) -> None:
        self.births = births
        self._premium = premium or Premium(None)
        self._readings: TtlCache[tuple[str, Period, dt.date, str], PersonalReading] = TtlCache(
            cache_seconds, max_entries=5_000
        )

    async def birth_of(self, birth: Birth | None, user_id: str, may_assert: bool) -> Birth:
        """The birth given, or the one saved for `user_id` (which only a caller that may assert
        who the user is can use)."""
        if birth is not None:
            return birth
        if not user_id:
            raise _invalid("birth", "give the birth data, or a user_id whose birth data was saved")
        if not may_assert:
            raise PermissionDenied("reading a user's saved birth data needs a caller with the user.assert scope")
        stored = await self.births.get(user_id)
        if stored is None:
            raise NotFound("no birth data is saved for this user; SaveBirthData stores it")
        return Birth.from_json(stored)

    async def read(
        self, birth: Birth, period: Period, day: dt.date, language: str, user_id: str, time_left: float | None
    ) -> PersonalReading:
        key = (birth.fingerprint(), period, period.bounds(day)[0], language)
        reading = self._readings.get(key)
        if reading is None:
            reading = await asyncio.to_thread(compute, birth, period, day, language)
            self._readings.put(key, reading)
        entitled, degraded = await self._premium.opens_for(user_id, time_left)
        if entitled:
            return reading
        return replace(reading, locked_sections=PREMIUM_SECTIONS, degraded=degraded)

    async def chart(self, birth: Birth) -> Located:
        return await asyncio.to_thread(locate, birth)

    async def save(self, user_id: str, birth: Birth) -> Located:
        located = await self.chart(birth)  # refuse what cannot be cast before storing it
        await self.births.put(user_id, birth.to_json())
        return located

    async def delete(self, user_id: str) -> bool:
        return await self.births.delete(user_id)
