"""`zodiac personal` and `zodiac chart`: a personal horoscope and the natal wheel, from birth data
given on the command line (or saved for a user: `--user` alone, with the service token)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import grpc
from google.protobuf import duration_pb2, json_format
from google.type import datetime_pb2

from horoscope_service.convert import date_to_proto
from horoscope_service.model import LANGUAGES
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_cli.connection import DEADLINE, auth_metadata

_PERIODS = {"daily": pb.DAILY, "weekly": pb.WEEKLY, "monthly": pb.MONTHLY}


def _local_time(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a local date and time (YYYY-MM-DDTHH:MM)") from None


def _offset(text: str) -> int:
    """"+05:30" or "-10:00" as seconds east of UTC."""
    sign = -1 if text.startswith("-") else 1
    try:
        hours, _, minutes = text.lstrip("+-").partition(":")
        return sign * (int(hours) * 3600 + int(minutes or 0) * 60)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a UTC offset (+HH:MM)") from None


def _birth(args: argparse.Namespace) -> pb.BirthData | None:
    if args.born is None:
        return None
    born: dt.datetime = args.born
    local = datetime_pb2.DateTime(year=born.year, month=born.month, day=born.day, hours=born.hour,
                                  minutes=born.minute, seconds=born.second)
    if args.zone:
        local.time_zone.id = args.zone
    elif args.utc_offset is not None:
        local.utc_offset.CopyFrom(duration_pb2.Duration(seconds=args.utc_offset))
    birth = pb.BirthData(local_time=local, time_unknown=args.time_unknown, place=args.place or "")
    if args.lat is not None and args.lon is not None:
        birth.latitude, birth.longitude = args.lat, args.lon
    return birth


def _metadata(args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    return auth_metadata() if args.user else ()


def _print_natal(natal: pb.NatalChart) -> None:
    where = natal.place or f"{natal.latitude:.4f}, {natal.longitude:.4f}"
    print(f"born {natal.birth_time.ToDatetime(dt.UTC):%Y-%m-%d %H:%M} UTC ({natal.time_zone}), {where}")
    ascendant = "" if natal.time_unknown else f", Ascendant {pb.Sign.Name(natal.ascendant_sign).title()}"
    print(f"  Sun {pb.Sign.Name(natal.sun_sign).title()}, Moon {pb.Sign.Name(natal.moon_sign).title()}{ascendant}"
          + ("" if natal.time_unknown else f"  ({pb.HouseSystem.Name(natal.house_system).lower()} houses)"))


def cmd_personal(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = pb.GetPersonalHoroscopeRequest(
        period=_PERIODS[args.period], date=date_to_proto(args.date), language=args.language, user_id=args.user
    )
    birth = _birth(args)
    if birth is not None:
        request.birth.CopyFrom(birth)
    reading = pb_grpc.HoroscopeServiceStub(channel).GetPersonalHoroscope(
        request, metadata=_metadata(args), timeout=DEADLINE
    )
    if args.json:
        print(json_format.MessageToJson(reading))
        return
    _print_natal(reading.natal)
    for transit in reading.transits:
        print(f"  {transit.exact_time.ToDatetime(dt.UTC):%Y-%m-%d %H:%M}  {pb.Body.Name(transit.transiting).title()} "
              f"{pb.Aspect.Name(transit.aspect).lower()} natal {pb.Body.Name(transit.natal).title()}")
    print(f"  {reading.content.summary}")
    for label, text in (("love", reading.content.love), ("career", reading.content.career),
                        ("health", reading.content.health)):
        if text:
            print(f"  {label}: {text}")
    for key_day in reading.content.key_days:
        print(f"  {key_day.date.year:04d}-{key_day.date.month:02d}-{key_day.date.day:02d}: {key_day.note}")
    if reading.locked_sections:
        print(f"  locked: {', '.join(reading.locked_sections)}")


def cmd_chart(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = pb.RenderNatalChartRequest(user_id=args.user, size=args.size, dark=args.dark)
    birth = _birth(args)
    if birth is not None:
        request.birth.CopyFrom(birth)
    if args.transits is not None:
        request.transits_on.CopyFrom(date_to_proto(args.transits))
    rendered = pb_grpc.HoroscopeServiceStub(channel).RenderNatalChart(
        request, metadata=_metadata(args), timeout=DEADLINE
    )
    Path(args.out).write_text(rendered.svg, encoding="utf-8")
    _print_natal(rendered.natal)
    print(f"  wheel written to {args.out}")


HANDLERS = {"personal": cmd_personal, "chart": cmd_chart}


def _birth_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--born", type=_local_time, help="local date and time at the birthplace, YYYY-MM-DDTHH:MM")
    parser.add_argument("--place", help='"City, Country" (instead of --lat/--lon)')
    parser.add_argument("--lat", type=float, help="latitude, degrees north")
    parser.add_argument("--lon", type=float, help="longitude, degrees east")
    parser.add_argument("--zone", help="IANA time zone of --born (default: found from the place)")
    parser.add_argument("--utc-offset", type=_offset, help="+HH:MM offset of --born instead of a zone")
    parser.add_argument("--time-unknown", action="store_true", help="no birth time: a noon chart without houses")
    parser.add_argument("--user", default="", help="read as this user (premium; saved birth data when no --born)")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_personal_parsers(commands: argparse._SubParsersAction) -> None:
    personal = commands.add_parser("personal", help="a personal horoscope from birth data")
    _birth_options(personal)
    personal.add_argument("--period", choices=list(_PERIODS), default="daily")
    personal.add_argument("--date", type=_date, default=dt.datetime.now(dt.UTC).date(), help="YYYY-MM-DD, UTC (default: today)")
    personal.add_argument("--language", default="en", choices=LANGUAGES)
    personal.add_argument("--json", action="store_true", help="print the response as JSON")
    chart = commands.add_parser("chart", help="draw the natal wheel as SVG")
    _birth_options(chart)
    chart.add_argument("--out", default="chart.svg", help="where to write the SVG (default chart.svg)")
    chart.add_argument("--size", type=int, default=600)
    chart.add_argument("--dark", action="store_true")
    chart.add_argument("--transits", type=_date, default=None, help="add this day's transits at noon UTC (YYYY-MM-DD)")
