"""The horoscope domain in plain Python: signs, languages, periods, content."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("en", "es", "pt", "fr", "de", "it")
MAX_SECTION_CHARS = 4000
PREMIUM_SECTIONS = ("love", "career", "health")
PREMIUM_PAIR_SECTIONS = ("love", "friendship", "work")


class Element(enum.Enum):
    FIRE = "fire"
    EARTH = "earth"
    AIR = "air"
    WATER = "water"


class Modality(enum.Enum):
    CARDINAL = "cardinal"
    FIXED = "fixed"
    MUTABLE = "mutable"


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
    def modality(self) -> Modality:
        return (Modality.CARDINAL, Modality.FIXED, Modality.MUTABLE)[(self - 1) % 3]

    def distance(self, other: Sign) -> int:
        """How many signs apart `self` and `other` stand round the zodiac, the short way (0-6)."""
        steps = (other - self) % 12
        return min(steps, 12 - steps)

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


class Aspect(enum.IntEnum):
    """The major aspects: angles between two bodies' ecliptic longitudes."""

    CONJUNCTION = 1
    SEXTILE = 2
    SQUARE = 3
    TRINE = 4
    OPPOSITION = 5

    @property
    def angle(self) -> float:
        return (0.0, 60.0, 90.0, 120.0, 180.0)[self - 1]


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
    MONTHLY = 3

    def bounds(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """First and last UTC day of the period holding `day` (ISO weeks run Monday to Sunday;
        months are calendar months)."""
        if self is Period.DAILY:
            return day, day
        if self is Period.WEEKLY:
            monday = day - dt.timedelta(days=day.weekday())
            return monday, monday + dt.timedelta(days=6)
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)

    def number(self, day: dt.date) -> int:
        """The period holding `day` counted from a fixed start: consecutive periods, consecutive numbers."""
        start = self.bounds(day)[0]
        if self is Period.DAILY:
            return start.toordinal()
        if self is Period.WEEKLY:
            return start.toordinal() // 7
        return start.year * 12 + start.month


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
class ExactAspect:
    """`body` and `other` reach `aspect` exactly at `time`."""

    body: Body
    other: Body
    aspect: Aspect
    time: dt.datetime


@dataclass(frozen=True)
class Lunation:
    """A new Moon, first quarter, full Moon or last quarter, and the Moon's sign at that moment."""

    phase: MoonPhase
    sign: Sign
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
    aspects: tuple[ExactAspect, ...] = ()
    lunations: tuple[Lunation, ...] = ()
    lunar_day: int = 0  # days since the new Moon at the start of the period, 0-29
    planet_signs: tuple[Sign, ...] = ()  # the Sun's and each planet's sign at the start, Body order, Moon left out

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
            "aspects": [
                {"body": a.body.name.lower(), "other": a.other.name.lower(), "aspect": a.aspect.name.lower(),
                 "time": a.time.isoformat()}
                for a in self.aspects
            ],
            "lunations": [
                {"phase": n.phase.name.lower(), "sign": n.sign.key, "time": n.time.isoformat()} for n in self.lunations
            ],
            "lunar_day": self.lunar_day,
            "planet_signs": [s.key for s in self.planet_signs],
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
            aspects=tuple(
                ExactAspect(Body[a["body"].upper()], Body[a["other"].upper()], Aspect[a["aspect"].upper()],
                            dt.datetime.fromisoformat(a["time"]))
                for a in data.get("aspects", [])
            ),
            lunations=tuple(
                Lunation(MoonPhase[n["phase"].upper()], Sign.from_key(n["sign"]), dt.datetime.fromisoformat(n["time"]))
                for n in data.get("lunations", [])
            ),
            lunar_day=int(data.get("lunar_day", 0)),
            planet_signs=tuple(Sign.from_key(s) for s in data.get("planet_signs", [])),
        )

    def planet_sign(self, body: Body) -> Sign | None:
        """Where the Sun or a planet stood at the start of the period (None for facts stored before
        planet_signs were kept)."""
        index = body - 1 if body < Body.MOON else body - 2
        return self.planet_signs[index] if index < len(self.planet_signs) else None


@dataclass(frozen=True)
class KeyDay:
    """A day that stands out in a week or month, with a short note in the content's language."""

    date: dt.date
    note: str


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
    key_days: tuple[KeyDay, ...] = ()

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
        if self.key_days:
            data["key_days"] = [{"date": k.date.isoformat(), "note": k.note} for k in self.key_days]
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
            key_days=tuple(KeyDay(dt.date.fromisoformat(k["date"]), k["note"]) for k in data.get("key_days", [])),
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


@dataclass(frozen=True, order=True)
class PairKey:
    """An unordered pair of signs, in one language: `first` comes before `second` (or is it)."""

    first: Sign
    second: Sign
    language: str

    @classmethod
    def of(cls, sign: Sign, partner: Sign, language: str) -> PairKey:
        return cls(min(sign, partner), max(sign, partner), language)

    @property
    def distance(self) -> int:
        """How many signs apart the two stand round the zodiac, the short way (0-6)."""
        return self.first.distance(self.second)

    def describe(self) -> str:
        return f"compatibility {self.first.key}+{self.second.key}/{self.language}"


@dataclass(frozen=True)
class PairContent:
    score: int
    summary: str
    love: str = ""
    friendship: str = ""
    work: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"score": self.score, "summary": self.summary, "love": self.love, "friendship": self.friendship,
                "work": self.work}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairContent:
        return cls(int(data["score"]), data["summary"], data.get("love", ""), data.get("friendship", ""),
                   data.get("work", ""))


@dataclass(frozen=True)
class PairReading:
    """A stored compatibility reading."""

    key: PairKey
    content: PairContent
    model: str
    tokens_used: int = 0


@dataclass(frozen=True)
class Compatibility:
    """A compatibility reading as one reader gets it: in the order asked, with the day's note if a
    day was asked, and premium sections withheld unless the reader is entitled."""

    sign: Sign
    partner: Sign
    reading: PairReading
    day: dt.date | None = None
    day_note: str = ""
    locked_sections: tuple[str, ...] = ()
    degraded: bool = False
