"""Health follows the database; SIGTERM drains calls in flight."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import asyncpg
import grpc
from google.type import date_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from horoscope_service.app import build_host
from tests.chat_server import chat_server
from tests.conftest import AUTH, free_ports, horoscope_process_env, horoscope_settings
from tests.db_proxy import DatabaseProxy
from tests.grpc_helpers import rpc_error
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.database import dsn_for_role

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING
DAY = date_pb2.Date(year=2026, month=11, day=27)
SERVICE = "zodiac.horoscope.v1.HoroscopeService"


async def _wait_for_health(channel: grpc.aio.Channel, wanted: int, service: str = "", within: float = 10.0) -> None:
    stub = health_pb2_grpc.HealthStub(channel)
    deadline = time.monotonic() + within
    status = None
    while time.monotonic() < deadline:
        try:
            status = (await stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=1.0)).status
        except grpc.aio.AioRpcError:
            status = None
        if status == wanted:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"health stayed {status} instead of {wanted}")


async def test_health_is_not_serving_while_the_database_is_down(dsn: str) -> None:
    proxy = DatabaseProxy(dsn)
    await proxy.start()
    host, _ = await build_host(horoscope_settings(DB_ACQUIRE_TIMEOUT="1"), dsn_for_role(proxy.dsn, "zodiac_horoscope"))
    port = await host.start("127.0.0.1:0")
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            api = pb_grpc.HoroscopeServiceStub(channel)
            read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
            await _wait_for_health(channel, SERVING)
            await _wait_for_health(channel, SERVING, service=SERVICE)

            await proxy.cut()
            await _wait_for_health(channel, NOT_SERVING)
            await _wait_for_health(channel, NOT_SERVING, service=SERVICE)
            # The process itself is fine: a liveness probe must not restart it for the database.
            await _wait_for_health(channel, SERVING, service="liveness")
            error = await rpc_error(api.GetDailyHoroscope(read))
            assert error.code() == grpc.StatusCode.UNAVAILABLE  # retryable, never UNKNOWN

            await proxy.start()
            await _wait_for_health(channel, SERVING)
            error = await rpc_error(api.GetDailyHoroscope(read))
            assert error.code() == grpc.StatusCode.NOT_FOUND  # the database answers again
    finally:
        await host.stop(grace=1.0)
        await proxy.cut()


async def test_sigterm_lets_calls_in_flight_finish(dsn: str, tmp_path: Path) -> None:
    [port] = free_ports(1)
    with chat_server() as llm:
        llm.delay = 1.5  # each item takes this long: the call is in flight when SIGTERM arrives
        env = horoscope_process_env(
            dsn, port, OPENAI_BASE_URL=llm.url, OPENAI_API_KEY="sk-test", OPENAI_MODEL="m",
            ZODIAC_SHUTDOWN_GRACE_SECONDS="20",
        )
        log = tmp_path / "service.log"
        with log.open("wb") as log_file:
            service = subprocess.Popen([sys.executable, "-m", "horoscope_service"], env=env, stderr=log_file)
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                await _wait_for_health(channel, SERVING, within=30)
                api = pb_grpc.HoroscopeServiceStub(channel)
                request = pb.GenerateHoroscopesRequest(
                    period=pb.DAILY, date=DAY, signs=[pb.ARIES, pb.TAURUS], languages=["en"]
                )
                call = asyncio.ensure_future(api.GenerateHoroscopes(request, metadata=AUTH, timeout=30))
                while not llm.requests:
                    await asyncio.sleep(0.02)
                service.send_signal(signal.SIGTERM)
                report = await call
                assert (report.created, report.failed) == (2, 0)
                # Written by the LLM, not by the fallback: each item carries its call's share.
                assert report.tokens_used == sum(total // 6 for total in llm.usage) > 0
            exit_code = await asyncio.to_thread(service.wait, 20)
            assert exit_code == 0, log.read_text()
            assert "signal received: draining" in log.read_text()
        finally:
            if service.poll() is None:
                service.kill()
            service.wait()
    connection = await asyncpg.connect(dsn)
    try:
        assert await connection.fetchval("SELECT count(*) FROM horoscope.daily_horoscopes") == 2
    finally:
        await connection.close()


async def sigterm_under_load(
    api: pb_grpc.HoroscopeServiceAsyncStub, read: pb.GetDailyHoroscopeRequest, service: subprocess.Popen[bytes],
    *, in_flight: int = 64, warm_up: int = 500,
) -> Counter[str]:
    """`in_flight` clients read in a closed loop; after `warm_up` answers, SIGTERM to `service`. Each
    client stops at its first UNAVAILABLE (a real one retries elsewhere). Every call's code, counted."""
    codes: Counter[str] = Counter()

    async def reader() -> None:
        while True:
            try:
                await api.GetDailyHoroscope(read, timeout=10)
                codes["OK"] += 1
            except grpc.aio.AioRpcError as error:
                codes[error.code().name] += 1
                if error.code() == grpc.StatusCode.UNAVAILABLE:
                    return

    readers = [asyncio.create_task(reader()) for _ in range(in_flight)]
    while codes["OK"] < warm_up:
        await asyncio.sleep(0.01)
    service.send_signal(signal.SIGTERM)
    await asyncio.gather(*readers)
    return codes


async def test_sigterm_under_64_calls_in_flight_fails_none(dsn: str, tmp_path: Path) -> None:
    """64 clients reading in a closed loop (every read goes to PostgreSQL) while SIGTERM arrives:
    each call either completes or is refused with UNAVAILABLE (retryable elsewhere), none is
    accepted and then dropped."""
    [port] = free_ports(1)
    env = horoscope_process_env(dsn, port, HOROSCOPE_CACHE_SECONDS="0", ZODIAC_LOG_LEVEL="WARNING")
    log = tmp_path / "service.log"
    with log.open("wb") as log_file:
        service = subprocess.Popen([sys.executable, "-m", "horoscope_service"], env=env, stderr=log_file)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            await _wait_for_health(channel, SERVING, within=30)
            api = pb_grpc.HoroscopeServiceStub(channel)
            generate = pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"])
            await api.GenerateHoroscopes(generate, metadata=AUTH, timeout=30)
            read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
            codes = await asyncio.wait_for(sigterm_under_load(api, read, service), 60)
        assert await asyncio.to_thread(service.wait, 30) == 0, log.read_text()
    finally:
        if service.poll() is None:
            service.kill()
        service.wait()
    assert set(codes) <= {"OK", "UNAVAILABLE"}, codes
