"""Between protos and the domain model."""

from __future__ import annotations

import datetime as dt
import functools

from google.type import date_pb2

from horoscope_service.model import (
    Aspect,
    Body,
    Compatibility,
    Element,
    ExactAspect,
    GenerationReport,
    Horoscope,
    HoroscopeContent,
    KeyDay,
    Lunation,
    Modality,
    MoonPhase,
    Sign,
    SignChange,
    SkyFacts,
    Station,
)
from horoscope_service.natal_model import Birth
from horoscope_service.personal import Located, PersonalReading
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac_platform.timestamps import to_timestamp


# Our enums share the API's numbers.
def sign_to_proto(sign: Sign) -> pb.Sign.ValueType:
    return pb.Sign.ValueType(sign.value)


def body_to_proto(body: Body) -> pb.Body.ValueType:
    return pb.Body.ValueType(body.value)


def date_to_proto(day: dt.date) -> date_pb2.Date:
    return date_pb2.Date(year=day.year, month=day.month, day=day.day)


def sky_to_proto(sky: SkyFacts) -> pb.SkyFacts:
    return pb.SkyFacts(
        sun_sign=sign_to_proto(sky.sun_sign),
        moon_signs=[sign_to_proto(s) for s in sky.moon_signs],
        moon_phase=pb.MoonPhase.ValueType(sky.moon_phase.value),
        moon_illumination=sky.moon_illumination,
        retrograde_planets=[body_to_proto(b) for b in sky.retrograde_planets],
        sign_changes=[
            pb.SignChange(body=body_to_proto(c.body), from_sign=sign_to_proto(c.from_sign), to_sign=sign_to_proto(c.to_sign),
                          time=to_timestamp(c.time))
            for c in sky.sign_changes
        ],
        stations=[
            pb.Station(body=body_to_proto(s.body), turns_retrograde=s.turns_retrograde, time=to_timestamp(s.time))
            for s in sky.stations
        ],
        aspects=[
            pb.ExactAspect(body=body_to_proto(a.body), other=body_to_proto(a.other),
                           aspect=pb.Aspect.ValueType(a.aspect.value), time=to_timestamp(a.time))
            for a in sky.aspects
        ],
        lunations=[
            pb.Lunation(phase=pb.MoonPhase.ValueType(n.phase.value), sign=sign_to_proto(n.sign), time=to_timestamp(n.time))
            for n in sky.lunations
        ],
        lunar_day=sky.lunar_day,
    )


def sky_from_proto(sky: pb.SkyFacts) -> SkyFacts | None:
    """Sky facts sent by a writer, or None when they carry no usable Sun and Moon."""
    if not sky.sun_sign or not sky.moon_signs or not sky.moon_phase:
        return None
    return SkyFacts(
        sun_sign=Sign(sky.sun_sign),
        moon_signs=tuple(Sign(s) for s in sky.moon_signs),
        moon_phase=MoonPhase(sky.moon_phase),
        moon_illumination=sky.moon_illumination,
        retrograde_planets=tuple(Body(b) for b in sky.retrograde_planets),
        sign_changes=tuple(
            SignChange(Body(c.body), Sign(c.from_sign), Sign(c.to_sign), c.time.ToDatetime(dt.UTC))
            for c in sky.sign_changes
        ),
        stations=tuple(
            Station(Body(s.body), s.turns_retrograde, s.time.ToDatetime(dt.UTC)) for s in sky.stations
        ),
        aspects=tuple(
            ExactAspect(Body(a.body), Body(a.other), Aspect(a.aspect), a.time.ToDatetime(dt.UTC)) for a in sky.aspects
        ),
        lunations=tuple(
            Lunation(MoonPhase(n.phase), Sign(n.sign), n.time.ToDatetime(dt.UTC)) for n in sky.lunations
        ),
        lunar_day=sky.lunar_day,
    )


def content_to_proto(content: HoroscopeContent, locked: tuple[str, ...] = ()) -> pb.HoroscopeContent:
    message = pb.HoroscopeContent(
        summary=content.summary,
        mood=content.mood,
        lucky_number=content.lucky_number,
        lucky_color=content.lucky_color,
        compatible_sign=sign_to_proto(content.compatible_sign) if content.compatible_sign else pb.SIGN_UNSPECIFIED,
    )
    for section in ("love", "career", "health"):
        if section not in locked:
            setattr(message, section, getattr(content, section))
    if content.sky is not None:
        message.sky.CopyFrom(sky_to_proto(content.sky))
    message.key_days.extend(pb.KeyDay(date=date_to_proto(k.date), note=k.note) for k in content.key_days)
    return message


def content_from_proto(message: pb.HoroscopeContent) -> HoroscopeContent:
    return HoroscopeContent(
        summary=message.summary,
        love=message.love,
        career=message.career,
        health=message.health,
        mood=message.mood,
        lucky_number=message.lucky_number,
        lucky_color=message.lucky_color,
        compatible_sign=Sign(message.compatible_sign) if message.compatible_sign else None,
        sky=sky_from_proto(message.sky) if message.HasField("sky") else None,
        key_days=tuple(KeyDay(dt.date(k.date.year, k.date.month, k.date.day), k.note.strip()) for k in message.key_days),
    )


@functools.lru_cache(maxsize=4096)
def horoscope_to_proto(horoscope: Horoscope) -> pb.Horoscope:
    """Memoised: the same stored horoscope is served all day, and building the message is most of a
    read's own work. Callers must not modify the message they get."""
    key = horoscope.key
    return pb.Horoscope(
        sign=sign_to_proto(key.sign),
        language=key.language,
        period=pb.Period.ValueType(key.period.value),
        start_date=date_to_proto(key.start_date),
        end_date=date_to_proto(key.end_date),
        content=content_to_proto(horoscope.content, horoscope.locked_sections),
        model=horoscope.model,
        tokens_used=horoscope.tokens_used,
        create_time=to_timestamp(horoscope.created_at),
        update_time=to_timestamp(horoscope.updated_at),
        locked_sections=list(horoscope.locked_sections),
        degraded=horoscope.degraded,
    )


def report_to_proto(report: GenerationReport) -> pb.GenerateHoroscopesResponse:
    return pb.GenerateHoroscopesResponse(
        created=report.created,
        updated=report.updated,
        skipped=report.skipped,
        failed=report.failed,
        tokens_used=report.tokens_used,
        start_date=date_to_proto(report.start_date),
        end_date=date_to_proto(report.end_date),
        failures=report.failures,
    )


_ELEMENTS = {Element.FIRE: pb.FIRE, Element.EARTH: pb.EARTH, Element.AIR: pb.AIR, Element.WATER: pb.WATER}
_MODALITIES = {Modality.CARDINAL: pb.CARDINAL, Modality.FIXED: pb.FIXED, Modality.MUTABLE: pb.MUTABLE}


def compatibility_to_proto(found: Compatibility) -> pb.Compatibility:
    reading, content = found.reading, found.reading.content
    message = pb.Compatibility(
        sign=sign_to_proto(found.sign),
        partner_sign=sign_to_proto(found.partner),
        language=reading.key.language,
        score=content.score,
        summary=content.summary,
        sign_element=_ELEMENTS[found.sign.element],
        partner_element=_ELEMENTS[found.partner.element],
        sign_modality=_MODALITIES[found.sign.modality],
        partner_modality=_MODALITIES[found.partner.modality],
        distance=reading.key.distance,
        day_note=found.day_note,
        model=reading.model,
        locked_sections=list(found.locked_sections),
        degraded=found.degraded,
    )
    for section in ("love", "friendship", "work"):
        if section not in found.locked_sections:
            setattr(message, section, getattr(content, section))
    if found.day is not None:
        message.date.CopyFrom(date_to_proto(found.day))
    return message


def birth_from_proto(message: pb.BirthData) -> Birth:
    """A birth from a request already checked by `Checker.birth`."""
    t = message.local_time
    zone = t.time_zone.id if t.HasField("time_zone") and t.time_zone.id else None
    offset = t.utc_offset.seconds if t.HasField("utc_offset") else None
    # Without a birth time the chart is cast for local noon, whatever the clock fields hold.
    clock = (12, 0, 0) if message.time_unknown else (t.hours, t.minutes, t.seconds)
    return Birth(
        local_time=dt.datetime(t.year, t.month, t.day, *clock),
        latitude=message.latitude if message.HasField("latitude") else None,
        longitude=message.longitude if message.HasField("longitude") else None,
        time_zone=zone,
        utc_offset=offset,
        time_unknown=message.time_unknown,
        place=message.place.strip(),
    )


def natal_to_proto(located: Located) -> pb.NatalChart:
    chart = located.chart
    message = pb.NatalChart(
        birth_time=to_timestamp(chart.moment),
        time_zone=chart.time_zone,
        latitude=chart.latitude,
        longitude=chart.longitude,
        place=located.place,
        time_unknown=chart.time_unknown,
        sun_sign=sign_to_proto(chart.position(Body.SUN).sign),
        moon_sign=sign_to_proto(chart.position(Body.MOON).sign),
        bodies=[
            pb.BodyPosition(body=body_to_proto(p.body), longitude=round(p.longitude, 6), sign=sign_to_proto(p.sign),
                            house=p.house or 0, retrograde=p.retrograde)
            for p in chart.positions
        ],
        house_cusps=[round(c, 6) for c in chart.cusps],
        aspects=[
            pb.ChartAspect(body=body_to_proto(a.body), other=body_to_proto(a.other),
                           aspect=pb.Aspect.ValueType(a.aspect.value), orb=a.orb)
            for a in chart.aspects
        ],
    )
    if chart.ascendant is not None and chart.midheaven is not None and chart.house_system is not None:
        message.ascendant = round(chart.ascendant, 6)
        message.midheaven = round(chart.midheaven, 6)
        message.ascendant_sign = sign_to_proto(Sign.from_longitude(chart.ascendant))
        message.house_system = pb.HouseSystem.ValueType(chart.house_system.value)
    return message


def personal_to_proto(reading: PersonalReading) -> pb.PersonalHoroscope:
    return pb.PersonalHoroscope(
        period=pb.Period.ValueType(reading.period.value),
        start_date=date_to_proto(reading.start),
        end_date=date_to_proto(reading.end),
        language=reading.language,
        natal=natal_to_proto(reading.located),
        transits=[
            pb.Transit(transiting=body_to_proto(t.transiting), natal=body_to_proto(t.natal),
                       aspect=pb.Aspect.ValueType(t.aspect.value), orb=orb, exact_time=to_timestamp(t.exact))
            for t, orb in reading.transits
        ],
        content=content_to_proto(reading.content, reading.locked_sections),
        model=reading.model,
        locked_sections=list(reading.locked_sections),
        degraded=reading.degraded,
    )
