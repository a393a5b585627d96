"""Request validation: each check names the field it concerns, and all violations are reported at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from google.protobuf.message import Message
from google.type import date_pb2

from horoscope_service.birthplace import known_zone
from horoscope_service.convert import birth_from_proto
from horoscope_service.model import LANGUAGES, MAX_SECTION_CHARS, Aspect, Body, MoonPhase, Period, Sign
from horoscope_service.natal_model import Birth
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac_platform.validation import Checker as BaseChecker

MIN_YEAR, MAX_YEAR = 1900, 2199
MAX_USER_ID_CHARS = 128
MAX_MODEL_CHARS = 200
MAX_TOKENS = 2**31 - 1
# A month holds about 40 Moon sign changes; no period's sky lists more events than this.
MAX_SKY_EVENTS = 64
MAX_KEY_DAYS = 31
MIN_BIRTH_YEAR = 1000
MAX_PLACE_CHARS = 200
MAX_UTC_OFFSET = 18 * 3600
MAX_NOTE_CHARS = 200


class Checker(BaseChecker):
    """The horoscope API's field checks."""

    def sign(self, field: str, value: int, *, required: bool = True) -> Sign | None:
        if value == pb.SIGN_UNSPECIFIED:
            if required:
                self.fail(field, "a sign is required (ARIES to PISCES)")
            return None
        if value not in Sign._value2member_map_:
            self.fail(field, f"unknown sign {value}; use 1 (ARIES) to 12 (PISCES)")
            return None
        return Sign(value)

    def signs(self, field: str, values: Sequence[int]) -> list[Sign]:
        """An empty list means all twelve signs."""
        if not self.count(field, values, max_items=len(Sign)):
            return []
        chosen: list[Sign] = []
        for i, value in enumerate(values):
            sign = self.sign(f"{field}[{i}]", value)
            if sign is not None and sign not in chosen:
                chosen.append(sign)
        return chosen or list(Sign)

    def language(self, field: str, value: str) -> str:
        if not value:
            self.fail(field, f"a language is required: one of {', '.join(LANGUAGES)}")
        elif value not in LANGUAGES:
            self.fail(field, f"unsupported language {value[:20]!r}; use one of {', '.join(LANGUAGES)}")
        return value

    def languages(self, field: str, values: Sequence[str]) -> list[str]:
        if not self.count(field, values, max_items=len(LANGUAGES)):
            return []
        chosen = []
        for i, value in enumerate(values):
            self.language(f"{field}[{i}]", value)
            if value not in chosen:
                chosen.append(value)
        return chosen or list(LANGUAGES)

    def date(self, field: str, message: Message, name: str = "date") -> dt.date | None:
        if not message.HasField(name):
            self.fail(field, "a date is required (year, month, day)")
            return None
        value: date_pb2.Date = getattr(message, name)
        try:
            day = dt.date(value.year, value.month, value.day)
        except ValueError:
            self.fail(field, f"{value.year:04d}-{value.month:02d}-{value.day:02d} is not a calendar date")
            return None
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            self.fail(field, f"the year must be between {MIN_YEAR} and {MAX_YEAR}")
            return None
        return day

    def period(self, field: str, value: int) -> Period | None:
        if value not in Period._value2member_map_:
            self.fail(field, "a period is required: DAILY, WEEKLY or MONTHLY")
            return None
        return Period(value)

    def user_id(self, field: str, value: str) -> str:
        return self.identifier(field, value, max_chars=MAX_USER_ID_CHARS, required=False)

    def content(self, field: str, content: pb.HoroscopeContent) -> None:
        if not content.summary.strip():
            self.fail(f"{field}.summary", "a summary is required")
        for section in ("summary", "love", "career", "health", "mood", "lucky_color"):
            self.text(f"{field}.{section}", getattr(content, section), max_chars=MAX_SECTION_CHARS, required=False)
        if not 0 <= content.lucky_number <= 999:
            self.fail(f"{field}.lucky_number", "must be between 0 (none) and 999")
        self.sign(f"{field}.compatible_sign", content.compatible_sign, required=False)
        if content.HasField("sky"):
            self.sky(f"{field}.sky", content.sky)
        if self.count(f"{field}.key_days", content.key_days, max_items=MAX_KEY_DAYS):
            for i, key_day in enumerate(content.key_days):
                self.date(f"{field}.key_days[{i}].date", key_day)
                self.text(f"{field}.key_days[{i}].note", key_day.note, max_chars=MAX_NOTE_CHARS)

    def sky(self, field: str, sky: pb.SkyFacts) -> None:
        self.sign(f"{field}.sun_sign", sky.sun_sign, required=False)
        counted = [
            self.count(f"{field}.moon_signs", sky.moon_signs, max_items=MAX_SKY_EVENTS),
            self.count(f"{field}.retrograde_planets", sky.retrograde_planets, max_items=len(Body)),
            self.count(f"{field}.sign_changes", sky.sign_changes, max_items=MAX_SKY_EVENTS),
            self.count(f"{field}.stations", sky.stations, max_items=MAX_SKY_EVENTS),
            self.count(f"{field}.aspects", sky.aspects, max_items=MAX_SKY_EVENTS),
            self.count(f"{field}.lunations", sky.lunations, max_items=MAX_SKY_EVENTS),
        ]
        if not all(counted):
            return
        for i, moon in enumerate(sky.moon_signs):
            self.sign(f"{field}.moon_signs[{i}]", moon)
        if sky.moon_phase not in MoonPhase._value2member_map_ and sky.moon_phase != 0:
            self.fail(f"{field}.moon_phase", f"unknown moon phase {sky.moon_phase}")
        if not 0.0 <= sky.moon_illumination <= 1.0:
            self.fail(f"{field}.moon_illumination", "must be between 0 and 1")
        bodies = [*sky.retrograde_planets, *(c.body for c in sky.sign_changes), *(s.body for s in sky.stations)]
        if any(b not in Body._value2member_map_ for b in bodies):
            self.fail(f"{field}", "names an unknown body")
        for i, change in enumerate(sky.sign_changes):
            self.sign(f"{field}.sign_changes[{i}].from_sign", change.from_sign)
            self.sign(f"{field}.sign_changes[{i}].to_sign", change.to_sign)
            self.timestamp(f"{field}.sign_changes[{i}].time", change.time)
        for i, station in enumerate(sky.stations):
            self.timestamp(f"{field}.stations[{i}].time", station.time)
        for i, aspect in enumerate(sky.aspects):
            if aspect.body not in Body._value2member_map_ or aspect.other not in Body._value2member_map_:
                self.fail(f"{field}.aspects[{i}]", "names an unknown body")
            if aspect.aspect not in Aspect._value2member_map_:
                self.fail(f"{field}.aspects[{i}].aspect", f"unknown aspect {aspect.aspect}")
            self.timestamp(f"{field}.aspects[{i}].time", aspect.time)
        for i, lunation in enumerate(sky.lunations):
            if lunation.phase not in (MoonPhase.NEW_MOON, MoonPhase.FIRST_QUARTER, MoonPhase.FULL_MOON, MoonPhase.LAST_QUARTER):
                self.fail(f"{field}.lunations[{i}].phase", "must be NEW_MOON, FIRST_QUARTER, FULL_MOON or LAST_QUARTER")
            self.sign(f"{field}.lunations[{i}].sign", lunation.sign)
            self.timestamp(f"{field}.lunations[{i}].time", lunation.time)
        if not 0 <= sky.lunar_day <= 29:
            self.fail(f"{field}.lunar_day", "must be between 0 and 29")

    def model(self, field: str, value: str) -> None:
        if not value.strip():
            self.fail(field, "the model that wrote the content is required")
        else:
            self.identifier(field, value, max_chars=MAX_MODEL_CHARS)

    def tokens(self, field: str, value: int) -> None:
        if value < 0:
            self.fail(field, "must not be negative")
        elif value > MAX_TOKENS:
            self.fail(field, f"at most {MAX_TOKENS}")

    def birth(self, field: str, message: pb.BirthData) -> Birth | None:
        """Birth data, every bad field named; the descriptions never repeat the values (birth data
        is personal, and statuses end up in logs)."""
        before = len(self.violations) + self.unreported
        t = message.local_time
        try:
            local = dt.datetime(t.year, t.month, t.day)
        except ValueError:
            self.fail(f"{field}.local_time", "is not a calendar date (year, month, day)")
            local = None
        if local is not None and not MIN_BIRTH_YEAR <= local.year <= MAX_YEAR:
            self.fail(f"{field}.local_time.year", f"must be between {MIN_BIRTH_YEAR} and {MAX_YEAR}")
        if not message.time_unknown and not (0 <= t.hours <= 23 and 0 <= t.minutes <= 59 and 0 <= t.seconds <= 59):
            self.fail(f"{field}.local_time", "is not a time of day (hours 0-23, minutes and seconds 0-59)")
        if t.HasField("time_zone") and t.time_zone.id and known_zone(t.time_zone.id) is None:
            self.fail(f"{field}.local_time.time_zone.id", "not a known IANA time zone (e.g. Europe/Berlin)")
        if t.HasField("utc_offset") and not (
            abs(t.utc_offset.seconds) <= MAX_UTC_OFFSET and t.utc_offset.nanos == 0
        ):
            self.fail(f"{field}.local_time.utc_offset", "must be whole seconds within ±18 hours")
        has_latitude, has_longitude = message.HasField("latitude"), message.HasField("longitude")
        if has_latitude != has_longitude:
            self.fail(f"{field}.{'longitude' if has_latitude else 'latitude'}", "give latitude and longitude together")
        if has_latitude and not -90.0 <= message.latitude <= 90.0:  # NaN fails this too
            self.fail(f"{field}.latitude", "must be between -90 and 90 degrees")
        if has_longitude and not -180.0 <= message.longitude <= 180.0:
            self.fail(f"{field}.longitude", "must be between -180 and 180 degrees")
        if not has_latitude and not has_longitude:
            if not message.place.strip():
                self.fail(f"{field}.place", "give the place (\"City, Country\") or latitude and longitude")
            else:
                self.identifier(f"{field}.place", message.place, max_chars=MAX_PLACE_CHARS)
        if len(self.violations) + self.unreported > before:
            return None
        return birth_from_proto(message)
