"""The horoscope domain in plain Python: signs, languages, periods, content."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("en", "es", "pt", "fr", "de", "it")
MAX_SECTION_CHARS = 4000
PREMIUM_SECTIONS = ("love", "career", "health")


class Element(enum.Enum):
    FIRE = "fire"
    EARTH = "earth"
    AIR = "air"
    WATER = "water"


class Sign(enum.IntEnum):
    """Numbered as in the API (ARIES = 1)."""

    ARIES = 1
    TAURUS = 2
    GEMINI = 3
    CANCER = 4
    LEO = 5
    VIRGO = 6
    LIBRA = 7
    SCORPIO = 8
    SAGITTARIUS = 9
    CAPRICORN = 10
    AQUARIUS = 11
    PISCES = 12

    @property
    def key(self) -> str:
        """How the sign is stored: lowercase English."""
        return self.name.lower()

    @property
    def element(self) -> Element:
        return (Element.FIRE, Element.EARTH, Element.AIR, Element.WATER)[(self - 1) % 4]

    @property
    def opposite(self) -> Sign:
        return Sign((self + 5) % 12 + 1)

    @classmethod
    def from_longitude(cls, degrees: float) -> Sign:
        return cls(int(degrees % 360 // 30) + 1)

    @classmethod
    def from_key(cls, key: str) -> Sign:
        return cls[key.upper()]


class Body(enum.IntEnum):
    SUN = 1
    MOON = 2
    MERCURY = 3
    VENUS = 4
    MARS = 5
    JUPITER = 6
    SATURN = 7
    URANUS = 8
    NEPTUNE = 9
    PLUTO = 10


class MoonPhase(enum.IntEnum):
    NEW_MOON = 1
    WAXING_CRESCENT = 2
    FIRST_QUARTER = 3
    WAXING_GIBBOUS = 4
    FULL_MOON = 5
    WANING_GIBBOUS = 6
    LAST_QUARTER = 7
    WANING_CRESCENT = 8


class Period(enum.IntEnum):
    DAILY = 1
    WEEKLY = 2

    def bounds(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """First and last UTC day of the period holding `day` (ISO weeks run Monday to Sunday)."""
        if self is Period.DAILY:
            return day, day
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)


@dataclass(frozen=True, order=True)
class HoroscopeKey:
    period: Period
    start_date: dt.date
    language: str
    sign: Sign

    @classmethod
    def of(cls, period: Period, day: dt.date, sign: Sign, language: str) -> HoroscopeKey:
        return cls(period, period.bounds(day)[0], language, sign)

    @property
    def end_date(self) -> dt.date:
        return self.period.bounds(self.start_date)[1]

    def describe(self) -> str:
        return f"{self.period.name.lower()} {self.sign.key}/{self.language} for {self.start_date.isoformat()}"


@dataclass(frozen=True)
class SignChange:
    body: Body
    from_sign: Sign
    to_sign: Sign
    time: dt.datetime


@dataclass(frozen=True)
class Station:
    body: Body
    turns_retrograde: bool
    time: dt.datetime


@dataclass(frozen=True)
class SkyFacts:
    sun_sign: Sign
    moon_signs: tuple[Sign, ...]
    moon_phase: MoonPhase
    moon_illumination: float
    retrograde_planets: tuple[Body, ...] = ()
    sign_changes: tuple[SignChange, ...] = ()
    stations: tuple[Station, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "sun_sign": self.sun_sign.key,
            "moon_signs": [s.key for s in self.moon_signs],
            "moon_phase": self.moon_phase.name.lower(),
            "moon_illumination": round(self.moon_illumination, 4),
            "retrograde_planets": [b.name.lower() for b in self.retrograde_planets],
            "sign_changes": [
                {
                    "body": c.body.name.lower(),
                    "from_sign": c.from_sign.key,
                    "to_sign": c.to_sign.key,
                    "time": c.time.isoformat(),
                }
                for c in self.sign_changes
            ],
            "stations": [
                {"body": s.body.name.lower(), "turns_retrograde": s.turns_retrograde, "time": s.time.isoformat()}
                for s in self.stations
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SkyFacts:
        return cls(
            sun_sign=Sign.from_key(data["sun_sign"]),
            moon_signs=tuple(Sign.from_key(s) for s in data["moon_signs"]),
            moon_phase=MoonPhase[data["moon_phase"].upper()],
            moon_illumination=float(data["moon_illumination"]),
            retrograde_planets=tuple(Body[b.upper()] for b in data.get("retrograde_planets", [])),
            sign_changes=tuple(
                SignChange(
                    Body[c["body"].upper()],
                    Sign.from_key(c["from_sign"]),
                    Sign.from_key(c["to_sign"]),
                    dt.datetime.fromisoformat(c["time"]),
                )
                for c in data.get("sign_changes", [])
            ),
            stations=tuple(
                Station(Body[s["body"].upper()], bool(s["turns_retrograde"]), dt.datetime.fromisoformat(s["time"]))
                for s in data.get("stations", [])
            ),
        )


@dataclass(frozen=True)
class HoroscopeContent:
    summary: str
    love: str = ""
    career: str = ""
    health: str = ""
    mood: str = ""
    lucky_number: int = 0
    lucky_color: str = ""
    compatible_sign: Sign | None = None
    sky: SkyFacts | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "summary": self.summary,
            "love": self.love,
            "career": self.career,
            "health": self.health,
            "mood": self.mood,
            "lucky_number": self.lucky_number,
            "lucky_color": self.lucky_color,
            "compatible_sign": self.compatible_sign.key if self.compatible_sign else None,
        }
        if self.sky is not None:
            data["sky"] = self.sky.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HoroscopeContent:
        compatible = data.get("compatible_sign")
        sky = data.get("sky")
        return cls(
            summary=data["summary"],
            love=data.get("love", ""),
            career=data.get("career", ""),
            health=data.get("health", ""),
            mood=data.get("mood", ""),
            lucky_number=int(data.get("lucky_number", 0)),
            lucky_color=data.get("lucky_color", ""),
            compatible_sign=Sign.from_key(compatible) if compatible else None,
            sky=SkyFacts.from_json(sky) if sky else None,
        )


@dataclass(frozen=True)
class Horoscope:
    key: HoroscopeKey
    content: HoroscopeContent
    model: str
    tokens_used: int
    created_at: dt.datetime
    updated_at: dt.datetime
    locked_sections: tuple[str, ...] = field(default=())
    degraded: bool = False


@dataclass(frozen=True)
class Written:
    """What a generator produced for one key."""

    content: HoroscopeContent
    model: str
    tokens_used: int


@dataclass
class GenerationReport:
    start_date: dt.date
    end_date: dt.date
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    tokens_used: int = 0
    failures: list[str] = field(default_factory=list)
