"""The `zodiac` command: run the stack, manage migrations, and call HoroscopeService as a person would.

    zodiac run                                   the whole stack (embedded database unless DATABASE_URL)
    zodiac migrate | zodiac migrate status       apply migrations, or list them
    zodiac get --sign leo [--language es] [--date 2026-11-27] [--weekly | --monthly]
    zodiac list [--language de] [--date ...] [--weekly | --monthly]
    zodiac compat --sign leo --partner pisces [--date ...]
    zodiac personal --born 1961-08-04T19:24 (--place "Honolulu, US" | --lat 21.3 --lon -157.86) [--period weekly]
    zodiac chart --born ... --place ... [--out chart.svg] [--transits 2027-01-06] [--dark]
    zodiac generate [--period weekly|monthly] [--date ...] [--sign leo ...] [--language en ...] [--overwrite]
    zodiac health [--subscription] [--liveness]
    zodiac validate --user alice (--signed-transaction JWS | --signed-transaction-file F | --app-receipt-file F)
    zodiac subscription --user alice
    zodiac entitlement --user alice [--entitlement premium]
    zodiac app-account-token --user alice
    zodiac subscriptions sync [--since 7d]     replay Apple's notification history (catch-up)
    zodiac dev-transaction [--product com.example.premium.monthly] [--days 30]
    zodiac backup create [--verify] | list | verify ID | restore (--id ID | --file F) --target DB [--overwrite]
    zodiac backup prune [--keep 7] | schedule [--every-hours 24] [--keep 7]
    zodiac report costs [--days 30]            generation by day, period and model (LLM_PRICE_PER_1K_TOKENS)
    zodiac db top [--limit 10]                 the slowest statements (pg_stat_statements)

Horoscope calls go to HOROSCOPE_TARGET (default ZODIAC_HOST:HOROSCOPE_PORT), subscription calls to
SUBSCRIPTION_TARGET (default ZODIAC_HOST:SUBSCRIPTION_PORT), each with a 10 s deadline. Writes and
subscription calls send ZODIAC_SERVICE_TOKEN, or the token `zodiac run` keeps in .zodiac/service-token.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import signal
import sys
from collections.abc import Sequence

import grpc
from google.protobuf import json_format
from grpc_health.v1 import health_pb2, health_pb2_grpc

from horoscope_service.convert import date_to_proto, sign_to_proto
from horoscope_service.model import LANGUAGES, Sign
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_cli.backup_commands import add_backup_parser, run_backup_command
from zodiac_cli.connection import DEADLINE, auth_metadata, target
from zodiac_cli.personal_commands import HANDLERS as PERSONAL_HANDLERS
from zodiac_cli.personal_commands import add_personal_parsers
from zodiac_cli.report_commands import add_db_parser, add_report_parser, run_db_command, run_report_command
from zodiac_cli.subscription_commands import HANDLERS, add_subscription_parsers, cmd_dev_transaction
from zodiac_platform.backups import BackupError
from zodiac_platform.config import ConfigError, PlatformSettings
from zodiac_platform.migrations import MigrationError, apply_migrations, migration_status
from zodiac_platform.pg_tools import PgToolsError
from zodiac_platform.runner import database_url
from zodiac_platform.tls import client_tls_from_environment, secure_or_insecure_channel

SIGN_NAMES = [s.key for s in Sign]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


_PERIODS = {"daily": pb.DAILY, "weekly": pb.WEEKLY, "monthly": pb.MONTHLY}
_PERIOD_LABELS = {pb.DAILY: "day", pb.WEEKLY: "week of", pb.MONTHLY: "month of"}


def _print_horoscope(h: pb.Horoscope) -> None:
    period = _PERIOD_LABELS.get(h.period, "period")
    start = f"{h.start_date.year:04d}-{h.start_date.month:02d}-{h.start_date.day:02d}"
    c = h.content
    print(f"{pb.Sign.Name(h.sign).title()} ({h.language}), {period} {start}  [{h.model}]")
    print(f"  {c.summary}")
    for label, text in (("love", c.love), ("career", c.career), ("health", c.health)):
        if text:
            print(f"  {label}: {text}")
    print(f"  mood: {c.mood}   lucky number: {c.lucky_number}   colour: {c.lucky_color}   "
          f"compatible: {pb.Sign.Name(c.compatible_sign).title()}")
    for key_day in c.key_days:
        print(f"  {key_day.date.year:04d}-{key_day.date.month:02d}-{key_day.date.day:02d}: {key_day.note}")
    if h.locked_sections:
        print(f"  locked: {', '.join(h.locked_sections)}" + ("  (premium check unavailable)" if h.degraded else ""))


def _stub(channel: grpc.Channel) -> pb_grpc.HoroscopeServiceStub:
    return pb_grpc.HoroscopeServiceStub(channel)


def cmd_get(args: argparse.Namespace, channel: grpc.Channel) -> None:
    fields = dict(
        sign=sign_to_proto(Sign.from_key(args.sign)), language=args.language, date=date_to_proto(args.date), user_id=args.user
    )
    api = _stub(channel)
    # Naming a reader counts only from a caller with user.assert: send the token along.
    metadata = auth_metadata() if args.user else ()
    if args.monthly:
        horoscope = api.GetMonthlyHoroscope(pb.GetMonthlyHoroscopeRequest(**fields), metadata=metadata, timeout=DEADLINE)
    elif args.weekly:
        horoscope = api.GetWeeklyHoroscope(pb.GetWeeklyHoroscopeRequest(**fields), metadata=metadata, timeout=DEADLINE)
    else:
        horoscope = api.GetDailyHoroscope(pb.GetDailyHoroscopeRequest(**fields), metadata=metadata, timeout=DEADLINE)
    if args.json:
        print(json_format.MessageToJson(horoscope))
    else:
        _print_horoscope(horoscope)


def cmd_compat(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = pb.GetCompatibilityRequest(
        sign=sign_to_proto(Sign.from_key(args.sign)),
        partner_sign=sign_to_proto(Sign.from_key(args.partner)),
        language=args.language,
        user_id=args.user,
    )
    if args.date is not None:
        request.date.CopyFrom(date_to_proto(args.date))
    metadata = auth_metadata() if args.user else ()
    found = _stub(channel).GetCompatibility(request, metadata=metadata, timeout=DEADLINE)
    if args.json:
        print(json_format.MessageToJson(found))
        return
    print(f"{pb.Sign.Name(found.sign).title()} and {pb.Sign.Name(found.partner_sign).title()} ({found.language}): "
          f"{found.score}/100  [{found.model}]")
    print(f"  {found.summary}")
    for label, text in (("love", found.love), ("friendship", found.friendship), ("work", found.work)):
        if text:
            print(f"  {label}: {text}")
    if found.day_note:
        print(f"  {found.date.year:04d}-{found.date.month:02d}-{found.date.day:02d}: {found.day_note}")
    if found.locked_sections:
        print(f"  locked: {', '.join(found.locked_sections)}" + ("  (premium check unavailable)" if found.degraded else ""))


def cmd_list(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = pb.ListHoroscopesRequest(
        period=pb.MONTHLY if args.monthly else pb.WEEKLY if args.weekly else pb.DAILY,
        language=args.language,
        date=date_to_proto(args.date),
    )
    response = _stub(channel).ListHoroscopes(request, timeout=DEADLINE)
    if args.json:
        print(json_format.MessageToJson(response))
        return
    for horoscope in response.horoscopes:
        _print_horoscope(horoscope)
    if response.missing_signs:
        print("missing: " + ", ".join(pb.Sign.Name(s).title() for s in response.missing_signs))


def cmd_generate(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = pb.GenerateHoroscopesRequest(
        period=_PERIODS[args.period],
        date=date_to_proto(args.date),
        signs=[sign_to_proto(Sign.from_key(s)) for s in args.sign],
        languages=args.language,
        overwrite=args.overwrite,
    )
    # Generating with an LLM can take minutes: a longer deadline than reads.
    report = _stub(channel).GenerateHoroscopes(request, metadata=auth_metadata(), timeout=600.0)
    print(f"created {report.created}, updated {report.updated}, skipped {report.skipped}, "
          f"failed {report.failed}, tokens {report.tokens_used}")
    for failure in report.failures:
        print(f"  failed: {failure}")


def cmd_health(args: argparse.Namespace, channel: grpc.Channel) -> None:
    # Readiness ("": the database answers) unless --liveness (the process can serve at all).
    service = "liveness" if args.liveness else ""
    response = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=service), timeout=DEADLINE)
    print(health_pb2.HealthCheckResponse.ServingStatus.Name(response.status))
    if response.status != health_pb2.HealthCheckResponse.SERVING:
        raise SystemExit(1)


def cmd_migrate(args: argparse.Namespace) -> None:
    dsn = database_url(PlatformSettings.from_env())
    if args.action == "status":
        for status in asyncio.run(migration_status(dsn)):
            print(f"{status.version:04d} {status.name:<40} {status.state:<8} {status.applied_at or ''}")
        return
    applied = asyncio.run(apply_migrations(dsn))
    print(f"applied {len(applied)} migration(s)" + "".join(f"\n  {m.path.name}" for m in applied))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zodiac", description="Zodiac backend command line")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the whole stack until Ctrl-C")
    migrate = commands.add_parser("migrate", help="apply migrations (or: migrate status)")
    migrate.add_argument("action", nargs="?", choices=["apply", "status"], default="apply")

    def period_options(p: argparse.ArgumentParser) -> None:
        which = p.add_mutually_exclusive_group()
        which.add_argument("--weekly", action="store_true", help="the ISO week holding the date")
        which.add_argument("--monthly", action="store_true", help="the calendar month holding the date")
        p.add_argument("--date", type=_date, default=_today(), help="YYYY-MM-DD, UTC (default: today)")
        p.add_argument("--json", action="store_true", help="print the response as JSON")

    get = commands.add_parser("get", help="one sign's horoscope")
    get.add_argument("--sign", required=True, choices=SIGN_NAMES)
    get.add_argument("--language", default="en", choices=LANGUAGES)
    get.add_argument("--user", default="", help="read as this user: premium sections when entitled")
    period_options(get)
    listing = commands.add_parser("list", help="every sign of one day, week or month")
    listing.add_argument("--language", default="en", choices=LANGUAGES)
    period_options(listing)
    compat = commands.add_parser("compat", help="how two signs get along")
    compat.add_argument("--sign", required=True, choices=SIGN_NAMES)
    compat.add_argument("--partner", required=True, choices=SIGN_NAMES)
    compat.add_argument("--language", default="en", choices=LANGUAGES)
    compat.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD, UTC: add what that day does to the pair")
    compat.add_argument("--user", default="", help="read as this user: premium sections when entitled")
    compat.add_argument("--json", action="store_true", help="print the response as JSON")
    generate = commands.add_parser("generate", help="generate missing horoscopes (needs the service token)")
    generate.add_argument("--period", choices=list(_PERIODS), default="daily")
    generate.add_argument("--date", type=_date, default=_today())
    generate.add_argument("--sign", action="append", default=[], choices=SIGN_NAMES, help="repeat; default all")
    generate.add_argument("--language", action="append", default=[], choices=LANGUAGES, help="repeat; default all")
    generate.add_argument("--overwrite", action="store_true", help="replace horoscopes that exist")
    health = commands.add_parser("health", help="a service's health status")
    health.add_argument("--subscription", action="store_true", help="ask the subscription service")
    health.add_argument("--liveness", action="store_true", help="is the process alive (not: ready to serve)")
    add_personal_parsers(commands)
    add_subscription_parsers(commands)
    add_backup_parser(commands)
    add_report_parser(commands)
    add_db_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    if hasattr(signal, "SIGPIPE") and argv is None:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `zodiac list | head` ends quietly
    try:
        if args.command == "run":
            from zodiac_cli.stack import run_stack

            raise SystemExit(run_stack())
        if args.command == "migrate":
            cmd_migrate(args)
            return
        if args.command == "dev-transaction":
            cmd_dev_transaction(args)
            return
        if args.command == "backup":
            run_backup_command(args)
            return
        if args.command == "report":
            run_report_command(args)
            return
        if args.command == "db":
            run_db_command(args)
            return
        handlers = {"get": cmd_get, "compat": cmd_compat, "list": cmd_list, "generate": cmd_generate, "health": cmd_health,
                    **PERSONAL_HANDLERS, **HANDLERS}
        to_subscriptions = args.command in HANDLERS or getattr(args, "subscription", False)
        address = target("subscription" if to_subscriptions else "horoscope")
        with secure_or_insecure_channel(address, client_tls_from_environment()) as channel:
            handlers[args.command](args, channel)
    except grpc.RpcError as error:
        code = error.code()
        sys.exit(f"{code.name}: {error.details()}")
    except (ConfigError, MigrationError, BackupError, PgToolsError) as error:
        sys.exit(f"error: {error}")
