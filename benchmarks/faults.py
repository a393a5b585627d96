"""`make faults`: the real stack put through faults, with a table of what happened.

Both services run as processes on a throwaway embedded PostgreSQL. Scenarios:

- fuzz: mangled bodies with mixed credentials over every RPC of both services (never UNKNOWN or INTERNAL);
- postgres killed: SIGKILL to the postmaster under mixed reads and writes, then a restart (calls are
  UNAVAILABLE while it is down, the services recover without a restart, no acknowledged write is lost);
- sigterm: SIGTERM to the horoscope service under 64 calls in flight (none fails; the rest are
  refused with UNAVAILABLE);
- one key, 100 writers: concurrent upserts of one key (one row, equal to one acknowledged write).

    python -m benchmarks.faults [--fuzz 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import asyncpg
import grpc
from google.type import date_pb2

from benchmarks.grpc_bench import _free_port, _prepare_database, _started, _stopped
from tests.apple_pki import TestAppStore
from tests.conftest import CALLERS, SERVICE_TOKEN
from tests.test_fuzz_rpcs import _fuzz, _horoscope_samples, _subscription_samples
from tests.test_health_and_shutdown import sigterm_under_load
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.embedded_postgres import bundled_bin_dir, start_embedded_postgres

# The callers the fuzz presents (tests/conftest.py): the service token, the gateway, an editor.
TOKEN = SERVICE_TOKEN
AUTH = (("authorization", f"Bearer {TOKEN}"),)
DAY = date_pb2.Date(year=2026, month=11, day=27)
READ = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
rows: list[tuple[str, str, bool]] = []
restarted: list[Callable[[], object]] = []


def report(scenario: str, outcome: str, passed: bool) -> None:
    rows.append((scenario, outcome, passed))
    print(f"{'PASS' if passed else 'FAIL'}  {scenario}: {outcome}", flush=True)


def _upsert(summary: str, sign: pb.Sign.ValueType = pb.LEO) -> pb.UpsertHoroscopeRequest:
    return pb.UpsertHoroscopeRequest(
        sign=sign, language="en", period=pb.DAILY, date=DAY, model="faults", content=pb.HoroscopeContent(summary=summary)
    )


async def fuzz(horoscope: str, subscription: str, store: TestAppStore, count: int) -> None:
    os.environ.setdefault("FUZZ_REQUESTS", str(count))
    seen: Counter[str] = Counter()
    try:
        async with grpc.aio.insecure_channel(horoscope) as channel:
            seen += await _fuzz(channel, "zodiac.horoscope.v1.HoroscopeService", _horoscope_samples(), count // 2, seed=1)
        async with grpc.aio.insecure_channel(subscription) as channel:
            seen += await _fuzz(
                channel, "zodiac.subscription.v1.SubscriptionService", _subscription_samples(store), count // 2, seed=2
            )
    except AssertionError as failure:
        report("fuzz", str(failure)[:200], False)
        return
    report("fuzz", f"{sum(seen.values())} requests: {dict(seen.most_common())}; 0 UNKNOWN, 0 INTERNAL", True)


async def one_key_many_writers(horoscope: str, dsn: str) -> None:
    async with grpc.aio.insecure_channel(horoscope) as channel:
        api = pb_grpc.HoroscopeServiceStub(channel)
        results = await asyncio.gather(
            *(api.UpsertHoroscope(_upsert(f"writer {i}", pb.VIRGO), metadata=AUTH, timeout=30) for i in range(100)),
            return_exceptions=True,
        )
    acked = {f"writer {i}" for i, r in enumerate(results) if not isinstance(r, BaseException)}
    connection = await asyncpg.connect(dsn)
    try:
        stored = await connection.fetch(
            "SELECT content->>'summary' AS summary FROM horoscope.daily_horoscopes "
            "WHERE sign = 'virgo' AND language_code = 'en' AND date = '2026-11-27'"
        )
    finally:
        await connection.close()
    passed = len(stored) == 1 and stored[0]["summary"] in acked
    report("one key, 100 writers", f"{len(acked)} acknowledged, {len(stored)} row(s), content of an acknowledged write: {passed}",
           passed)


async def postgres_killed(horoscope: str, dsn: str, server_dsn: str) -> None:
    pgdata = Path(parse_qs(urlsplit(server_dsn).query)["host"][0])
    lines = (pgdata / "postmaster.pid").read_text().splitlines()
    postmaster, socket_dir = int(lines[0]), lines[4]
    codes: Counter[str] = Counter()
    acked: list[str] = []
    stop = asyncio.Event()
    async with grpc.aio.insecure_channel(horoscope) as channel:
        api = pb_grpc.HoroscopeServiceStub(channel)

        async def load(worker: int) -> None:
            n = 0
            while not stop.is_set():
                n += 1
                summary = f"w{worker}-{n}"
                try:
                    if n % 4 == 0:
                        await api.UpsertHoroscope(_upsert(summary, pb.Sign.ValueType(pb.ARIES + worker)), metadata=AUTH, timeout=5)
                        acked.append(summary)
                    else:
                        await api.GetDailyHoroscope(READ, timeout=5)
                    codes["OK"] += 1
                except grpc.aio.AioRpcError as error:
                    codes[error.code().name] += 1
                    await asyncio.sleep(0.05)

        workers = [asyncio.create_task(load(i)) for i in range(12)]  # one sign each: its row holds its last write
        await asyncio.sleep(1.0)
        os.kill(postmaster, signal.SIGKILL)
        down_at = time.monotonic()
        await asyncio.sleep(2.0)
        user = "pgserver" if os.geteuid() == 0 else None
        bin_dir = bundled_bin_dir()
        assert bin_dir is not None
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(pgdata), "-w"]
        subprocess.run([*pg_ctl, "-o", f"-h '' -k {socket_dir}", "-l", str(pgdata / "log"), "start"],
                       check=True, capture_output=True, user=user, timeout=60)
        # pgserver stops the server it started; this one is ours to stop when the run ends.
        restarted.append(lambda: subprocess.run([*pg_ctl, "-m", "fast", "stop"], capture_output=True, user=user, timeout=60))
        recovered = None
        while time.monotonic() - down_at < 60:
            try:
                await api.GetDailyHoroscope(READ, timeout=2)
                recovered = time.monotonic() - down_at
                break
            except grpc.aio.AioRpcError:
                await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)
        stop.set()
        await asyncio.gather(*workers)
    lost = await _missing_writes(dsn, acked)
    unexpected = set(codes) - {"OK", "UNAVAILABLE"}
    passed = recovered is not None and not lost and not unexpected
    report("postgres killed", f"calls {dict(codes)}; answering again {recovered or 0:.1f}s after the kill, without a "
           f"service restart; {len(acked)} acknowledged writes, {len(lost)} lost", passed)


async def _missing_writes(dsn: str, acked: list[str]) -> list[str]:
    connection = await asyncpg.connect(dsn)
    try:
        # Each sign's row holds its last write; every acknowledged write must be there or superseded
        # by a later one of the same writer (same sign).
        rows_ = await connection.fetch(
            "SELECT sign, content->>'summary' AS summary FROM horoscope.daily_horoscopes "
            "WHERE language_code = 'en' AND date = '2026-11-27'"
        )
    finally:
        await connection.close()
    latest = {row["summary"].split("-")[0]: int(row["summary"].split("-")[1]) for row in rows_ if row["summary"].startswith("w")}
    return [a for a in acked if latest.get(a.split("-")[0], -1) < int(a.split("-")[1])]


async def sigterm(env: dict[str, str]) -> None:
    port = _free_port()
    process = await _started([sys.executable, "-m", "horoscope_service"], {**env, "HOROSCOPE_PORT": str(port)}, port)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        codes = await sigterm_under_load(pb_grpc.HoroscopeServiceStub(channel), READ, process)
    exit_code = await asyncio.to_thread(process.wait, 30)
    passed = set(codes) <= {"OK", "UNAVAILABLE"} and exit_code == 0
    report("sigterm, 64 in flight", f"calls {dict(codes)}; exit {exit_code}", passed)


async def main(count: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="zodiac-faults-"))
    server_dsn = start_embedded_postgres(folder, throwaway=True)
    name = f"zodiac_faults_{uuid.uuid4().hex[:8]}"
    dsn = await _prepare_database(server_dsn, name)
    store = TestAppStore(folder)
    env = {**os.environ, "DATABASE_URL": dsn, "ZODIAC_SERVICE_TOKEN": TOKEN, "ZODIAC_CALLERS": CALLERS,
           "ZODIAC_LOG_LEVEL": "ERROR",
           "HOROSCOPE_METRICS_PORT": "0", "SUBSCRIPTION_METRICS_PORT": "0", "SUBSCRIPTION_HTTP_PORT": "0",
           "DB_ACQUIRE_TIMEOUT": "1", "APPLE_BUNDLE_ID": store.bundle_id, "APPLE_ROOT_CERTIFICATES": str(store.root_path),
           "APPLE_ENVIRONMENT": "Sandbox", "PRODUCT_ENTITLEMENTS": "com.example.premium.monthly=premium"}
    h_port, s_port = _free_port(), _free_port()
    horoscope = await _started([sys.executable, "-m", "horoscope_service"], {**env, "HOROSCOPE_PORT": str(h_port)}, h_port)
    subscription = await _started([sys.executable, "-m", "subscription_service"], {**env, "SUBSCRIPTION_PORT": str(s_port)}, s_port)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{h_port}") as channel:
            await pb_grpc.HoroscopeServiceStub(channel).GenerateHoroscopes(
                pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, languages=["en"]), metadata=AUTH, timeout=60
            )
        await fuzz(f"127.0.0.1:{h_port}", f"127.0.0.1:{s_port}", store, count)
        await one_key_many_writers(f"127.0.0.1:{h_port}", dsn)
        await sigterm(env)
        await postgres_killed(f"127.0.0.1:{h_port}", dsn, server_dsn)
    finally:
        await _stopped(horoscope)
        await _stopped(subscription)
        for stop in restarted:
            stop()
    print("\n| scenario | outcome | |\n|---|---|---|")
    for scenario, outcome, passed in rows:
        print(f"| {scenario} | {outcome} | {'pass' if passed else 'FAIL'} |")
    return 0 if all(passed for _, _, passed in rows) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fuzz", type=int, default=10_000, help="fuzzed requests over both services")
    sys.exit(asyncio.run(main(parser.parse_args().fuzz)))
