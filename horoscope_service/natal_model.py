"""A birth chart in plain Python: where each body stood, the angles and houses, the aspects."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from horoscope_service.model import Aspect, Body, Sign


class HouseSystem(enum.IntEnum):
    """Numbered as in the API."""

    PLACIDUS = 1
    WHOLE_SIGN = 2  # where Placidus is undefined (beyond the polar circles)


@dataclass(frozen=True)
class Position:
    """A body's apparent geocentric ecliptic longitude of date, its sign and (when the birth time is
    known) its house."""

    body: Body
    longitude: float  # degrees, 0 <= longitude < 360
    retrograde: bool = False
    house: int | None = None  # 1-12

    @property
    def sign(self) -> Sign:
        return Sign.from_longitude(self.longitude)


@dataclass(frozen=True)
class ChartAspect:
    body: Body
    other: Body
    aspect: Aspect
    orb: float  # degrees from exact


@dataclass(frozen=True)
class NatalChart:
    moment: dt.datetime  # the birth in UTC
    latitude: float
    longitude: float
    time_zone: str  # the IANA zone the local time was read in, or a fixed offset such as "UTC+05:30"
    time_unknown: bool  # a noon chart: no Ascendant, no houses
    positions: tuple[Position, ...]  # Sun to Pluto, in Body order
    ascendant: float | None = None
    midheaven: float | None = None
    cusps: tuple[float, ...] = ()  # the twelve house cusps, 1st to 12th (empty when time_unknown)
    house_system: HouseSystem | None = None
    aspects: tuple[ChartAspect, ...] = ()

    def position(self, body: Body) -> Position:
        return self.positions[body - 1]


@dataclass(frozen=True)
class Birth:
    """A birth as a caller gave it: the wall-clock time, and a place by coordinates or by name."""

    local_time: dt.datetime  # naive: the clock at the birthplace
    latitude: float | None = None
    longitude: float | None = None
    time_zone: str | None = None  # an IANA zone the caller named
    utc_offset: int | None = None  # seconds east of UTC, as the caller gave it
    time_unknown: bool = False
    place: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "local_time": self.local_time.isoformat(),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "time_zone": self.time_zone,
            "utc_offset": self.utc_offset,
            "time_unknown": self.time_unknown,
            "place": self.place,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Birth:
        return cls(
            dt.datetime.fromisoformat(data["local_time"]),
            data.get("latitude"),
            data.get("longitude"),
            data.get("time_zone"),
            data.get("utc_offset"),
            bool(data.get("time_unknown", False)),
            data.get("place", ""),
        )

    def fingerprint(self) -> str:
        """A digest of the birth, for cache keys: never the data itself."""
        canonical = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()
