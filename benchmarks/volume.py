"""`make bench-volume`: the stack loaded as a service grows, and the figures that show regressions.

Loads, in SQL on the server (no client round trip per row), `--years` of daily, weekly and monthly
horoscopes in six languages with generated-sized content, and `--subscribers` subscriptions, each
with its transaction and a notification whose claims are shaped like Apple's (two signed inner
payloads carrying one certificate chain), stored as the service stores them. Then reports:

- table sizes, and the stored size of a notification payload (and whether TOAST compressed it);
- `v_latest_daily_horoscopes` (execution time and buffers);
- the real services on this database: GetDailyHoroscope (cached and uncached), ListHoroscopes,
  CheckEntitlement and GetSubscription, p50 and p99 over `--calls` calls each;
- a verified backup: create and verify times and the archive's size.

Defaults are the scale the issue measured (10 years, 1,000,000 subscribers, about 5 GB; tens of
minutes to load); `--subscribers 20000 --years 2` is a quick run.

    python -m benchmarks.volume [--years 10] [--subscribers 1000000] [--calls 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import functools
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import grpc
from google.type import date_pb2

from benchmarks.grpc_bench import TOKEN, _admin, _free_port, _prepare_database, _server_env, _started, _stopped
from subscription_service.signed_payloads import compact
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.backups import Backups
from zodiac_platform.embedded_postgres import start_embedded_postgres
from zodiac_platform.pg_tools import find_pg_tools

SIGNS = "ARRAY['aries','taurus','gemini','cancer','leo','virgo','libra','scorpio','sagittarius','capricorn','aquarius','pisces']"
LANGUAGES = "ARRAY['en','es','pt','fr','de','it']"


def _jws_like(chain: list[str]) -> str:
    """A signed payload of Apple's shape and size: a header with the certificate chain."""
    header = base64.urlsafe_b64encode(json.dumps({"alg": "ES256", "x5c": chain}).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(secrets.token_bytes(900)).decode().rstrip("=")
    return f"{header}.{body}.{base64.urlsafe_b64encode(secrets.token_bytes(64)).decode().rstrip('=')}"


def _notification_claims() -> tuple[str, dict[str, str]]:
    """A notification's claims as the service stores them (signed_payloads.compact), and the JWS
    headers it keeps once."""
    chain = [base64.b64encode(secrets.token_bytes(size)).decode() for size in (1400, 1100, 600)]  # Apple's sizes
    claims = {"notificationType": "DID_RENEW", "data": {
        "signedTransactionInfo": _jws_like(chain), "signedRenewalInfo": _jws_like(chain)}}
    stored, headers = compact(claims)
    return json.dumps(stored), headers


async def _load(dsn: str, years: int, subscribers: int) -> None:
    connection = await asyncpg.connect(dsn, command_timeout=None)
    summary = "x" * 700  # a generated summary's length; the sections below are about as long again
    try:
        started = time.perf_counter()
        for table, day, step, count in (
            ("daily_horoscopes", "date", "1 day", years * 366),
            ("weekly_horoscopes", "week_start", "7 days", years * 53),
            ("monthly_horoscopes", "month_start", "1 month", years * 12),
        ):
            first = {"1 day": "current_date", "7 days": "date_trunc('week', current_date)::date",
                     "1 month": "date_trunc('month', current_date)::date"}[step]
            await connection.execute(f"""
                INSERT INTO horoscope.{table} (sign, language_code, {day}, content, model, tokens_used)
                SELECT s, l, d::date,
                       jsonb_build_object('summary', $1 || d::date, 'love', $2::text, 'career', $2::text,
                                          'health', $2::text, 'mood', 'calm', 'lucky_number', 7),
                       'offline-templates/v2', 0
                FROM unnest({SIGNS}) s, unnest({LANGUAGES}) l,
                     generate_series({first} - ({count} - 1) * interval '{step}', {first}, interval '{step}') d
                ON CONFLICT DO NOTHING""", summary, "y" * 240)
        print(f"loaded horoscopes in {time.perf_counter() - started:.0f}s", flush=True)
        payload, headers = _notification_claims()
        await connection.executemany(
            "INSERT INTO subscription.jws_headers (sha256, header) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            list(headers.items()),
        )
        started = time.perf_counter()
        batch = 100_000
        for low in range(0, subscribers, batch):
            high = min(subscribers, low + batch)
            await connection.execute(f"""
                INSERT INTO subscription.subscriptions (original_transaction_id, user_id, product_id, status,
                    expires_at, environment, current_transaction_id, apple_status, apple_status_signed_at)
                SELECT 'o' || n, 'user-' || n, 'com.example.premium.monthly', 'active', now() + interval '20 days',
                       'Production', 't' || n, 'active', now()
                FROM generate_series({low}, {high - 1}) n""")
            await connection.execute(f"""
                INSERT INTO subscription.transactions (transaction_id, original_transaction_id, product_id,
                    purchased_at, expires_at, signed_at, environment, payload)
                SELECT 't' || n, 'o' || n, 'com.example.premium.monthly', now() - interval '10 days',
                       now() + interval '20 days', now(), 'Production', jsonb_build_object('transactionId', 't' || n)
                FROM generate_series({low}, {high - 1}) n""")
            await connection.execute(f"""
                INSERT INTO subscription.notifications (notification_uuid, notification_type, original_transaction_id,
                    signed_at, outcome, environment, payload)
                SELECT md5(n::text || $1), 'DID_RENEW', 'o' || n, now(), 'applied', 'Production', $2::jsonb
                FROM generate_series({low}, {high - 1}) n""", str(uuid.uuid4()), payload)
            print(f"  {high:,} subscribers", flush=True)
        await connection.execute("ANALYZE")
        print(f"loaded subscribers in {time.perf_counter() - started:.0f}s", flush=True)
    finally:
        await connection.close()


async def _sizes(dsn: str) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        total = await connection.fetchval("SELECT pg_database_size(current_database())")
        print(f"\ndatabase: {total / 2**30:.2f} GiB")
        for row in await connection.fetch("""
                SELECT n.nspname || '.' || c.relname AS name,
                       coalesce((SELECT sum(pg_total_relation_size(p.relid)) FROM pg_partition_tree(c.oid) p),
                                pg_total_relation_size(c.oid)) AS bytes
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN ('horoscope', 'subscription') AND c.relkind IN ('r', 'p')
                  AND c.relispartition IS false
                ORDER BY 2 DESC LIMIT 8"""):
            print(f"  {row['name']:<40} {row['bytes'] / 2**20:>10.1f} MiB")
        payload = await connection.fetchrow("""
            SELECT avg(pg_column_size(payload))::int AS stored, avg(octet_length(payload::text))::int AS raw,
                   count(*) FILTER (WHERE pg_column_compression(payload) IS NOT NULL) AS compressed, count(*) AS rows
            FROM (SELECT payload FROM subscription.notifications LIMIT 1000) sample""")
        assert payload is not None
        print(f"notification payload: {payload['stored']:,} bytes stored of {payload['raw']:,} "
              f"({payload['compressed']} of {payload['rows']} sampled compressed)")
        plan = await connection.fetchval(
            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM horoscope.v_latest_daily_horoscopes")
        top = (json.loads(plan) if isinstance(plan, str) else plan)[0]
        print(f"v_latest_daily_horoscopes: {top['Execution Time']:.1f} ms, "
              f"{top['Plan']['Shared Hit Blocks'] + top['Plan'].get('Shared Read Blocks', 0):,} buffers")
    finally:
        await connection.close()


async def _timed(call: Callable[[], Awaitable[object]], count: int) -> str:
    """p50 and p99 of `count` calls one after another, after a few to warm the connection up."""
    for _ in range(20):
        await call()
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        await call()
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    return f"p50 {latencies[len(latencies) // 2]:.2f} ms, p99 {latencies[int(len(latencies) * 0.99)]:.2f} ms"


async def _rpcs(dsn: str, calls: int, subscribers: int) -> None:
    print(f"\nRPCs ({calls} calls each, one at a time):")
    today = time.gmtime()
    day = date_pb2.Date(year=today.tm_year, month=today.tm_mon, day=today.tm_mday)
    auth = (("authorization", f"Bearer {TOKEN}"),)
    for cache in ("600", "0"):
        port = _free_port()
        env = _server_env(dsn, port, HOROSCOPE_CACHE_SECONDS=cache, HOROSCOPE_AUTOGENERATE="false")
        server = await _started([sys.executable, "-m", "horoscope_service"], env, port)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                api = pb_grpc.HoroscopeServiceStub(channel)
                read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=day)
                listing = pb.ListHoroscopesRequest(period=pb.DAILY, language="de", date=day)
                figures = await _timed(functools.partial(api.GetDailyHoroscope, read, timeout=10), calls)
                print(f"  GetDailyHoroscope, cache {cache}s: {figures}")
                if cache == "0":
                    figures = await _timed(functools.partial(api.ListHoroscopes, listing, timeout=10), calls)
                    print(f"  ListHoroscopes, uncached: {figures}")
        finally:
            await _stopped(server)
    port = _free_port()
    env = {**_server_env(dsn, port), "SUBSCRIPTION_PORT": str(port), "SUBSCRIPTION_METRICS_PORT": "0",
           "SUBSCRIPTION_HTTP_PORT": str(_free_port()), "APPLE_ENVIRONMENT": "Xcode", "APPLE_BUNDLE_ID": "com.example.zodiac",
           "PRODUCT_ENTITLEMENTS": "com.example.premium.monthly=premium"}
    server = await _started([sys.executable, "-m", "subscription_service"], env, port)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            subscriptions = sub_grpc.SubscriptionServiceStub(channel)
            user = f"user-{subscribers // 2}"
            check = sub_pb.CheckEntitlementRequest(user_id=user, entitlement="premium")
            figures = await _timed(lambda: subscriptions.CheckEntitlement(check, metadata=auth, timeout=10), calls)
            print(f"  CheckEntitlement: {figures}")
            get = sub_pb.GetSubscriptionRequest(user_id=user)
            figures = await _timed(lambda: subscriptions.GetSubscription(get, metadata=auth, timeout=10), calls)
            print(f"  GetSubscription: {figures}")
    finally:
        await _stopped(server)


async def _backup(dsn: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="zodiac-volume-backup-"))
    try:
        backups = Backups(dsn, folder, find_pg_tools())
        started = time.perf_counter()
        backup = await backups.create()
        created = time.perf_counter() - started
        started = time.perf_counter()
        verified = await backups.verify(backup.id)
        print(f"\nbackup: {(backup.size_bytes or 0) / 2**20:.0f} MiB, created in {created:.0f}s, "
              f"verified ({verified.verification_status}) in {time.perf_counter() - started:.0f}s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--subscribers", type=int, default=1_000_000)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--no-backup", action="store_true", help="skip the backup figures")
    args = parser.parse_args()
    server_dsn = os.environ.get("TEST_DATABASE_URL") or start_embedded_postgres(
        Path(tempfile.mkdtemp(prefix="zodiac-volume-")), throwaway=True
    )
    name = f"zodiac_volume_{uuid.uuid4().hex[:8]}"

    async def run() -> None:
        dsn = await _prepare_database(server_dsn, name)
        await _load(dsn, args.years, args.subscribers)
        await _sizes(dsn)
        await _rpcs(dsn, args.calls, args.subscribers)
        if not args.no_backup:
            await _backup(dsn)

    try:
        asyncio.run(run())
    finally:
        asyncio.run(_admin(server_dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


if __name__ == "__main__":
    main()
