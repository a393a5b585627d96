"""`make bench`: QPS and latency of GetDailyHoroscope against the empty-call ceiling.

The server runs as `python -m horoscope_service` (the real process, uvloop, interceptor, pool) on
its own core; this client runs on the other. The ceiling is the standard health Check on the same
server: a unary call through the same interceptor that touches no database. Each row is a fixed
time of closed-loop load at a given number of concurrent calls.

Modes, each its own server process, so that each feature's cost shows side by side: `plain`
(plaintext, anonymous calls, no tracing); `callers` (a caller's token on every call, nine callers
known); `tls` (mutual TLS); `tracing` (OpenTelemetry, every span exported to an OTLP sink in this
process); `all` (the three together).

    python -m benchmarks.grpc_bench [--seconds 3] [--concurrency 1 8 32 64] [--modes plain callers tls tracing all]
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
from zodiac_platform.tls import ClientTls, secure_or_insecure_aio_channel

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


async def _measure(target: str, tls: ClientTls | None, metadata: tuple[tuple[str, str], ...],
                   concurrencies: list[int], seconds: float) -> None:
    async with secure_or_insecure_aio_channel(target, tls) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        api = pb_grpc.HoroscopeServiceStub(channel)
        await api.GenerateHoroscopes(
            pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY), metadata=(("authorization", f"Bearer {TOKEN}"),)
        )
        empty = health_pb2.HealthCheckRequest()
        read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
        calls = {
            "empty (health Check)": lambda: health.Check(empty, metadata=metadata, timeout=10),
            "GetDailyHoroscope": lambda: api.GetDailyHoroscope(read, metadata=metadata, timeout=10),
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


def _server_env(dsn: str, port: int, **settings: str) -> dict[str, str]:
    """A horoscope service on `port` for the benchmark: quiet, token known, metrics out of the way."""
    return {**os.environ, "DATABASE_URL": dsn, "HOROSCOPE_PORT": str(port), "ZODIAC_SERVICE_TOKEN": TOKEN,
            "ZODIAC_LOG_LEVEL": "WARNING", "ZODIAC_HEALTH_INTERVAL": "5", "HOROSCOPE_METRICS_PORT": "0", **settings}


async def _started(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit(f"{' '.join(command)} did not start") from None
            await asyncio.sleep(0.1)


async def _stopped(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    await asyncio.to_thread(process.wait, 30)


def _row(name: str, concurrency: int, qps: float, latencies: list[float], ceiling: float) -> None:
    print(f"{name:<30} {concurrency:>5} {qps:>8.0f} {_percentile(latencies, 0.5):>8.2f} "
          f"{_percentile(latencies, 0.99):>8.2f} {qps / ceiling:>10.0%}")


async def _run_reads(dsn: str, args: argparse.Namespace, pin: list[str]) -> None:
    """Reads against the bare-server ceiling: cached and uncached GetDailyHoroscope, ListHoroscopes."""
    ports = {name: _free_port() for name in ("bare", "cached", "uncached")}
    print("\nmode reads: against a bare grpc.aio server (uvloop, no interceptor, no database)")
    print(f"{'rpc':<30} {'conc':>5} {'qps':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs bare':>11}")
    read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
    listing = pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=DAY)
    rows: dict[str, dict[int, tuple[float, list[float]]]] = {}
    # One server at a time on core 0, so that each has the core to itself.
    bare = await _started([*pin, sys.executable, "-m", "benchmarks.bare_server", str(ports["bare"])], dict(os.environ), ports["bare"])
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{ports['bare']}") as channel:
            empty: grpc.aio.UnaryUnaryMultiCallable[bytes, bytes] = channel.unary_unary("/bench.Bare/Empty")
            await _load(lambda: empty(b"", timeout=10), 8, 0.5)
            rows["bare grpc.aio, empty"] = {c: await _load(lambda: empty(b"", timeout=10), c, args.seconds) for c in args.concurrency}
    finally:
        await _stopped(bare)
    for name, cache_seconds in (("cached", "600"), ("uncached", "0")):
        env = _server_env(dsn, ports[name], HOROSCOPE_CACHE_SECONDS=cache_seconds)
        server = await _started([*pin, sys.executable, "-m", "horoscope_service"], env, ports[name])
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{ports[name]}") as channel:
                api = pb_grpc.HoroscopeServiceStub(channel)
                await api.GenerateHoroscopes(
                    pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY), metadata=(("authorization", f"Bearer {TOKEN}"),)
                )
                calls: dict[str, Callable[[], Awaitable[object]]] = {
                    f"GetDailyHoroscope, {name}": lambda api=api: api.GetDailyHoroscope(read, timeout=10),  # type: ignore[misc]
                }
                if name == "cached":
                    calls["ListHoroscopes (12 signs), cached"] = lambda api=api: api.ListHoroscopes(listing, timeout=10)  # type: ignore[misc]
                for label, call in calls.items():
                    await _load(call, 8, 0.5)
                    rows[label] = {c: await _load(call, c, args.seconds) for c in args.concurrency}
        finally:
            await _stopped(server)
    for concurrency in args.concurrency:
        ceiling = rows["bare grpc.aio, empty"][concurrency][0]
        for label, by_concurrency in rows.items():
            _row(label, concurrency, *by_concurrency[concurrency], ceiling)


def _round_robin(stubs: list[pb_grpc.HoroscopeServiceAsyncStub], read: pb.GetDailyHoroscopeRequest) -> Callable[[], Awaitable[object]]:
    turn = iter(range(10**12))

    def call() -> Awaitable[object]:
        return stubs[next(turn) % len(stubs)].GetDailyHoroscope(read, timeout=10)

    return call


async def _run_workers(dsn: str, args: argparse.Namespace) -> None:
    """Cached reads from 1 and from 2 worker processes (ZODIAC_WORKERS) on one port. Eight client
    connections, so that the kernel spreads them over the workers. Not pinned: with 2 cores, the
    workers and this client share them, which is what this machine can show."""
    print("\nmode workers: GetDailyHoroscope (cached) over 8 connections; server and client not pinned")
    print(f"{'rpc':<30} {'conc':>5} {'qps':>8} {'p50 ms':>8} {'p99 ms':>8} {'vs 1 worker':>11}")
    pinned = os.sched_getaffinity(0)
    os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
    try:
        await _workers_rows(dsn, args)
    finally:
        os.sched_setaffinity(0, pinned)  # the modes after this one measure pinned again


async def _workers_rows(dsn: str, args: argparse.Namespace) -> None:
    read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
    baseline: dict[int, float] = {}
    for count in (1, 2):
        port = _free_port()
        env = _server_env(dsn, port, ZODIAC_WORKERS=str(count))
        server = await _started([sys.executable, "-m", "horoscope_service"], env, port)
        channels = [grpc.aio.insecure_channel(f"127.0.0.1:{port}") for _ in range(8)]
        try:
            stubs = [pb_grpc.HoroscopeServiceStub(c) for c in channels]
            await stubs[0].GenerateHoroscopes(
                pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY), metadata=(("authorization", f"Bearer {TOKEN}"),)
            )
            call = _round_robin(stubs, read)

            await _load(call, 8, 0.5)
            for concurrency in args.concurrency:
                qps, latencies = await _load(call, concurrency, args.seconds)
                baseline.setdefault(concurrency, qps)
                _row(f"{count} worker{'s' if count > 1 else ''}", concurrency, qps, latencies, baseline[concurrency])
        finally:
            for channel in channels:
                await channel.close()
            await _stopped(server)


class _OtlpSink:
    """An OTLP trace collector that accepts and drops every export (tracing's cost, not a collector's)."""

    async def start(self) -> int:
        from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

        class Sink(trace_service_pb2_grpc.TraceServiceServicer):
            async def Export(self, request: object, context: object) -> object:  # noqa: N802
                return trace_service_pb2.ExportTraceServiceResponse()

        self._server = grpc.aio.server()
        trace_service_pb2_grpc.add_TraceServiceServicer_to_server(Sink(), self._server)
        port = self._server.add_insecure_port("127.0.0.1:0")
        await self._server.start()
        return port

    async def stop(self) -> None:
        await self._server.stop(None)


MODES = {
    "reads": frozenset({"reads"}),
    "workers": frozenset({"workers"}),
    "plain": frozenset(),
    "callers": frozenset({"callers"}),
    "tls": frozenset({"tls"}),
    "tracing": frozenset({"tracing"}),
    "all": frozenset({"callers", "tls", "tracing"}),
}


def _callers() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    from zodiac_platform.callers import token_hash

    reader = "bench-reader-token-0123456789"
    others = ";".join(f"caller{i}:user.assert:{token_hash(f'other-{i}')}" for i in range(8))
    return {"ZODIAC_CALLERS": f"{others};reader:user.assert:{token_hash(reader)}"}, (("authorization", f"Bearer {reader}"),)


def _mutual_tls(folder: Path) -> tuple[dict[str, str], ClientTls]:
    from tests.tls_pki import Ca

    ca = Ca.make("bench-ca")
    cert, key = ca.issue(folder, "server", server=True)
    client_cert, client_key = ca.issue(folder, "client", server=False)
    ca_path = ca.write(folder)
    env = {"ZODIAC_TLS_CERT": str(cert), "ZODIAC_TLS_KEY": str(key), "ZODIAC_TLS_CLIENT_CA": str(ca_path)}
    return env, ClientTls(ca_path, client_cert, client_key)


async def _run_mode(mode: str, dsn: str, args: argparse.Namespace, pin: list[str]) -> None:
    features = MODES[mode]
    port = _free_port()
    env = _server_env(dsn, port)
    tls: ClientTls | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    folder = Path(tempfile.mkdtemp(prefix="zodiac-bench-tls-"))
    sink = _OtlpSink() if "tracing" in features else None
    if "callers" in features:
        extra, metadata = _callers()
        env.update(extra)
    if "tls" in features:
        extra, tls = _mutual_tls(folder)
        env.update(extra)
    if sink is not None:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = f"http://127.0.0.1:{await sink.start()}"
    server = await _started([*pin, sys.executable, "-m", "horoscope_service"], env, port)
    try:
        print(f"\nmode {mode}: {', '.join(sorted(features)) or 'plaintext, anonymous, no tracing'}")
        await _measure(f"localhost:{port}", tls, metadata, args.concurrency, args.seconds)
    finally:
        await _stopped(server)
        if sink is not None:
            await sink.stop()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32, 64])
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    args = parser.parse_args()

    server_dsn = os.environ.get("TEST_DATABASE_URL") or start_embedded_postgres(
        Path(tempfile.mkdtemp(prefix="zodiac-bench-")), throwaway=True
    )
    name = f"zodiac_bench_{uuid.uuid4().hex[:8]}"
    dsn = asyncio.run(_prepare_database(server_dsn, name))
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") and (os.cpu_count() or 1) > 1 else []
    if pin:
        os.sched_setaffinity(0, {1})
    print(f"server pinned to core 0, client to core 1: {bool(pin)}; {args.seconds:.0f}s per row")

    async def run_all() -> None:
        for mode in args.modes:
            if mode == "reads":
                await _run_reads(dsn, args, pin)
            elif mode == "workers":
                await _run_workers(dsn, args)
            else:
                await _run_mode(mode, dsn, args, pin)

    try:
        try:
            import uvloop

            uvloop.run(run_all())
        except ImportError:
            asyncio.run(run_all())
    finally:
        asyncio.run(_admin(server_dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


if __name__ == "__main__":
    main()
