import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.type import date_pb2 as _date_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Sign(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SIGN_UNSPECIFIED: _ClassVar[Sign]
    ARIES: _ClassVar[Sign]
    TAURUS: _ClassVar[Sign]
    GEMINI: _ClassVar[Sign]
    CANCER: _ClassVar[Sign]
    LEO: _ClassVar[Sign]
    VIRGO: _ClassVar[Sign]
    LIBRA: _ClassVar[Sign]
    SCORPIO: _ClassVar[Sign]
    SAGITTARIUS: _ClassVar[Sign]
    CAPRICORN: _ClassVar[Sign]
    AQUARIUS: _ClassVar[Sign]
    PISCES: _ClassVar[Sign]

class Period(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERIOD_UNSPECIFIED: _ClassVar[Period]
    DAILY: _ClassVar[Period]
    WEEKLY: _ClassVar[Period]

class MoonPhase(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MOON_PHASE_UNSPECIFIED: _ClassVar[MoonPhase]
    NEW_MOON: _ClassVar[MoonPhase]
    WAXING_CRESCENT: _ClassVar[MoonPhase]
    FIRST_QUARTER: _ClassVar[MoonPhase]
    WAXING_GIBBOUS: _ClassVar[MoonPhase]
    FULL_MOON: _ClassVar[MoonPhase]
    WANING_GIBBOUS: _ClassVar[MoonPhase]
    LAST_QUARTER: _ClassVar[MoonPhase]
    WANING_CRESCENT: _ClassVar[MoonPhase]

class Body(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BODY_UNSPECIFIED: _ClassVar[Body]
    SUN: _ClassVar[Body]
    MOON: _ClassVar[Body]
    MERCURY: _ClassVar[Body]
    VENUS: _ClassVar[Body]
    MARS: _ClassVar[Body]
    JUPITER: _ClassVar[Body]
    SATURN: _ClassVar[Body]
    URANUS: _ClassVar[Body]
    NEPTUNE: _ClassVar[Body]
    PLUTO: _ClassVar[Body]
SIGN_UNSPECIFIED: Sign
ARIES: Sign
TAURUS: Sign
GEMINI: Sign
CANCER: Sign
LEO: Sign
VIRGO: Sign
LIBRA: Sign
SCORPIO: Sign
SAGITTARIUS: Sign
CAPRICORN: Sign
AQUARIUS: Sign
PISCES: Sign
PERIOD_UNSPECIFIED: Period
DAILY: Period
WEEKLY: Period
MOON_PHASE_UNSPECIFIED: MoonPhase
NEW_MOON: MoonPhase
WAXING_CRESCENT: MoonPhase
FIRST_QUARTER: MoonPhase
WAXING_GIBBOUS: MoonPhase
FULL_MOON: MoonPhase
WANING_GIBBOUS: MoonPhase
LAST_QUARTER: MoonPhase
WANING_CRESCENT: MoonPhase
BODY_UNSPECIFIED: Body
SUN: Body
MOON: Body
MERCURY: Body
VENUS: Body
MARS: Body
JUPITER: Body
SATURN: Body
URANUS: Body
NEPTUNE: Body
PLUTO: Body

class GetDailyHoroscopeRequest(_message.Message):
    __slots__ = ("sign", "language", "date", "user_id")
    SIGN_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    sign: Sign
    language: str
    date: _date_pb2.Date
    user_id: str
    def __init__(self, sign: _Optional[_Union[Sign, str]] = ..., language: _Optional[str] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., user_id: _Optional[str] = ...) -> None: ...

class GetWeeklyHoroscopeRequest(_message.Message):
    __slots__ = ("sign", "language", "date", "user_id")
    SIGN_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    sign: Sign
    language: str
    date: _date_pb2.Date
    user_id: str
    def __init__(self, sign: _Optional[_Union[Sign, str]] = ..., language: _Optional[str] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., user_id: _Optional[str] = ...) -> None: ...

class ListHoroscopesRequest(_message.Message):
    __slots__ = ("period", "language", "date", "signs")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    SIGNS_FIELD_NUMBER: _ClassVar[int]
    period: Period
    language: str
    date: _date_pb2.Date
    signs: _containers.RepeatedScalarFieldContainer[Sign]
    def __init__(self, period: _Optional[_Union[Period, str]] = ..., language: _Optional[str] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., signs: _Optional[_Iterable[_Union[Sign, str]]] = ...) -> None: ...

class ListHoroscopesResponse(_message.Message):
    __slots__ = ("horoscopes", "missing_signs")
    HOROSCOPES_FIELD_NUMBER: _ClassVar[int]
    MISSING_SIGNS_FIELD_NUMBER: _ClassVar[int]
    horoscopes: _containers.RepeatedCompositeFieldContainer[Horoscope]
    missing_signs: _containers.RepeatedScalarFieldContainer[Sign]
    def __init__(self, horoscopes: _Optional[_Iterable[_Union[Horoscope, _Mapping]]] = ..., missing_signs: _Optional[_Iterable[_Union[Sign, str]]] = ...) -> None: ...

class UpsertHoroscopeRequest(_message.Message):
    __slots__ = ("sign", "language", "period", "date", "content", "model", "tokens_used")
    SIGN_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TOKENS_USED_FIELD_NUMBER: _ClassVar[int]
    sign: Sign
    language: str
    period: Period
    date: _date_pb2.Date
    content: HoroscopeContent
    model: str
    tokens_used: int
    def __init__(self, sign: _Optional[_Union[Sign, str]] = ..., language: _Optional[str] = ..., period: _Optional[_Union[Period, str]] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., content: _Optional[_Union[HoroscopeContent, _Mapping]] = ..., model: _Optional[str] = ..., tokens_used: _Optional[int] = ...) -> None: ...

class GenerateHoroscopesRequest(_message.Message):
    __slots__ = ("period", "date", "signs", "languages", "overwrite")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    SIGNS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    period: Period
    date: _date_pb2.Date
    signs: _containers.RepeatedScalarFieldContainer[Sign]
    languages: _containers.RepeatedScalarFieldContainer[str]
    overwrite: bool
    def __init__(self, period: _Optional[_Union[Period, str]] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., signs: _Optional[_Iterable[_Union[Sign, str]]] = ..., languages: _Optional[_Iterable[str]] = ..., overwrite: _Optional[bool] = ...) -> None: ...

class GenerateHoroscopesResponse(_message.Message):
    __slots__ = ("created", "updated", "skipped", "failed", "tokens_used", "start_date", "end_date", "failures")
    CREATED_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    TOKENS_USED_FIELD_NUMBER: _ClassVar[int]
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    FAILURES_FIELD_NUMBER: _ClassVar[int]
    created: int
    updated: int
    skipped: int
    failed: int
    tokens_used: int
    start_date: _date_pb2.Date
    end_date: _date_pb2.Date
    failures: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, created: _Optional[int] = ..., updated: _Optional[int] = ..., skipped: _Optional[int] = ..., failed: _Optional[int] = ..., tokens_used: _Optional[int] = ..., start_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., end_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., failures: _Optional[_Iterable[str]] = ...) -> None: ...

class Horoscope(_message.Message):
    __slots__ = ("sign", "language", "period", "start_date", "end_date", "content", "model", "tokens_used", "create_time", "update_time", "locked_sections", "degraded")
    SIGN_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TOKENS_USED_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    LOCKED_SECTIONS_FIELD_NUMBER: _ClassVar[int]
    DEGRADED_FIELD_NUMBER: _ClassVar[int]
    sign: Sign
    language: str
    period: Period
    start_date: _date_pb2.Date
    end_date: _date_pb2.Date
    content: HoroscopeContent
    model: str
    tokens_used: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    locked_sections: _containers.RepeatedScalarFieldContainer[str]
    degraded: bool
    def __init__(self, sign: _Optional[_Union[Sign, str]] = ..., language: _Optional[str] = ..., period: _Optional[_Union[Period, str]] = ..., start_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., end_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., content: _Optional[_Union[HoroscopeContent, _Mapping]] = ..., model: _Optional[str] = ..., tokens_used: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., locked_sections: _Optional[_Iterable[str]] = ..., degraded: _Optional[bool] = ...) -> None: ...

class HoroscopeContent(_message.Message):
    __slots__ = ("summary", "love", "career", "health", "mood", "lucky_number", "lucky_color", "compatible_sign", "sky")
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    LOVE_FIELD_NUMBER: _ClassVar[int]
    CAREER_FIELD_NUMBER: _ClassVar[int]
    HEALTH_FIELD_NUMBER: _ClassVar[int]
    MOOD_FIELD_NUMBER: _ClassVar[int]
    LUCKY_NUMBER_FIELD_NUMBER: _ClassVar[int]
    LUCKY_COLOR_FIELD_NUMBER: _ClassVar[int]
    COMPATIBLE_SIGN_FIELD_NUMBER: _ClassVar[int]
    SKY_FIELD_NUMBER: _ClassVar[int]
    summary: str
    love: str
    career: str
    health: str
    mood: str
    lucky_number: int
    lucky_color: str
    compatible_sign: Sign
    sky: SkyFacts
    def __init__(self, summary: _Optional[str] = ..., love: _Optional[str] = ..., career: _Optional[str] = ..., health: _Optional[str] = ..., mood: _Optional[str] = ..., lucky_number: _Optional[int] = ..., lucky_color: _Optional[str] = ..., compatible_sign: _Optional[_Union[Sign, str]] = ..., sky: _Optional[_Union[SkyFacts, _Mapping]] = ...) -> None: ...

class SkyFacts(_message.Message):
    __slots__ = ("sun_sign", "moon_signs", "moon_phase", "moon_illumination", "retrograde_planets", "sign_changes", "stations")
    SUN_SIGN_FIELD_NUMBER: _ClassVar[int]
    MOON_SIGNS_FIELD_NUMBER: _ClassVar[int]
    MOON_PHASE_FIELD_NUMBER: _ClassVar[int]
    MOON_ILLUMINATION_FIELD_NUMBER: _ClassVar[int]
    RETROGRADE_PLANETS_FIELD_NUMBER: _ClassVar[int]
    SIGN_CHANGES_FIELD_NUMBER: _ClassVar[int]
    STATIONS_FIELD_NUMBER: _ClassVar[int]
    sun_sign: Sign
    moon_signs: _containers.RepeatedScalarFieldContainer[Sign]
    moon_phase: MoonPhase
    moon_illumination: float
    retrograde_planets: _containers.RepeatedScalarFieldContainer[Body]
    sign_changes: _containers.RepeatedCompositeFieldContainer[SignChange]
    stations: _containers.RepeatedCompositeFieldContainer[Station]
    def __init__(self, sun_sign: _Optional[_Union[Sign, str]] = ..., moon_signs: _Optional[_Iterable[_Union[Sign, str]]] = ..., moon_phase: _Optional[_Union[MoonPhase, str]] = ..., moon_illumination: _Optional[float] = ..., retrograde_planets: _Optional[_Iterable[_Union[Body, str]]] = ..., sign_changes: _Optional[_Iterable[_Union[SignChange, _Mapping]]] = ..., stations: _Optional[_Iterable[_Union[Station, _Mapping]]] = ...) -> None: ...

class SignChange(_message.Message):
    __slots__ = ("body", "from_sign", "to_sign", "time")
    BODY_FIELD_NUMBER: _ClassVar[int]
    FROM_SIGN_FIELD_NUMBER: _ClassVar[int]
    TO_SIGN_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    body: Body
    from_sign: Sign
    to_sign: Sign
    time: _timestamp_pb2.Timestamp
    def __init__(self, body: _Optional[_Union[Body, str]] = ..., from_sign: _Optional[_Union[Sign, str]] = ..., to_sign: _Optional[_Union[Sign, str]] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Station(_message.Message):
    __slots__ = ("body", "turns_retrograde", "time")
    BODY_FIELD_NUMBER: _ClassVar[int]
    TURNS_RETROGRADE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    body: Body
    turns_retrograde: bool
    time: _timestamp_pb2.Timestamp
    def __init__(self, body: _Optional[_Union[Body, str]] = ..., turns_retrograde: _Optional[bool] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
