"""`make bench`: QPS and latency of GetDailyHoroscope against the empty-call ceiling.

The server runs as `python -m horoscope_service` (the real process, uvloop, interceptor, pool) on
its own core; this client runs on the other. The ceiling is the standard health Check on the same
server: a unary call through the same interceptor that touches no database. Each row is a fixed
time of closed-loop load at a given number of concurrent calls.

    python -m benchmarks.grpc_bench [--seconds 3] [--concurrency 1 8 32 64]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
import grpc
from google.type import date_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.database import dsn_for_database
from zodiac_platform.embedded_postgres import start_embedded_postgres
from zodiac_platform.migrations import apply_migrations

TOKEN = "benchmark-token-0123456789"
DAY = date_pb2.Date(year=2026, month=11, day=27)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _admin(server_dsn: str, statement: str) -> None:
    admin = await asyncpg.connect(dsn_for_database(server_dsn, "postgres"))
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


async def _prepare_database(server_dsn: str, name: str) -> str:
    await _admin(server_dsn, f"CREATE DATABASE {name}")
    dsn = dsn_for_database(server_dsn, name)
    await apply_migrations(dsn)
    return dsn


async def _load(call: Callable[[], Awaitable[object]], concurrency: int, seconds: float) -> tuple[float, list[float]]:
    latencies: list[float] = []
    stop_at = time.perf_counter() + seconds

    async def worker() -> None:
        while (start := time.perf_counter()) < stop_at:
            await call()
            latencies.append(time.perf_counter() - start)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return len(latencies) / (time.perf_counter() - began), latencies


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


async def _measure(port: int, concurrencies: list[int], seconds: float) -> None:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        health = health_pb2_grpc.HealthStub(channel)
        api = pb_grpc.HoroscopeServiceStub(channel)
        await api.GenerateHoroscopes(
            pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY), metadata=(("authorization", f"Bearer {TOKEN}"),)
        )
        empty = health_pb2.HealthCheckRequest()
        read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
        calls = {
            "empty (health Check)": lambda: health.Check(empty, timeout=10),
            "GetDailyHoroscope": lambda: api.GetDailyHoroscope(read, timeout=10),
        }
        for call in calls.values():  # warm up connections, prepared statements, caches
            await _load(call, 8, 0.5)
        print(f"{'rpc':<22} {'conc':>5} {'qps':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs ceiling':>11}")
        for concurrency in concurrencies:
            ceiling = 0.0
            for name, call in calls.items():
                qps, latencies = await _load(call, concurrency, seconds)
                ceiling = ceiling or qps
                print(
                    f"{name:<22} {concurrency:>5} {qps:>8.0f} {_percentile(latencies, 0.5):>8.2f} "
                    f"{_percentile(latencies, 0.99):>8.2f} {qps / ceiling:>10.0%}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32, 64])
    args = parser.parse_args()

    server_dsn = os.environ.get("TEST_DATABASE_URL") or start_embedded_postgres(
        Path(tempfile.mkdtemp(prefix="zodiac-bench-")), throwaway=True
    )
    name = f"zodiac_bench_{uuid.uuid4().hex[:8]}"
    dsn = asyncio.run(_prepare_database(server_dsn, name))
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": dsn, "HOROSCOPE_PORT": str(port), "ZODIAC_SERVICE_TOKEN": TOKEN,
           "ZODIAC_LOG_LEVEL": "WARNING", "ZODIAC_HEALTH_INTERVAL": "5", "HOROSCOPE_METRICS_PORT": "0"}
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") and os.cpu_count() and os.cpu_count() > 1 else []  # type: ignore[operator]
    server = subprocess.Popen([*pin, sys.executable, "-m", "horoscope_service"], env=env)
    try:
        if pin:
            os.sched_setaffinity(0, {1})
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.1)
        print(f"server pinned to core 0, client to core 1: {bool(pin)}; {args.seconds:.0f}s per row")
        try:
            import uvloop

            uvloop.run(_measure(port, args.concurrency, args.seconds))
        except ImportError:
            asyncio.run(_measure(port, args.concurrency, args.seconds))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
        asyncio.run(_admin(server_dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


if __name__ == "__main__":
    main()
