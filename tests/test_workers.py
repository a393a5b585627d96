"""ZODIAC_WORKERS=N: N server processes on one port (SO_REUSEPORT), each with its own pool, and
one SIGTERM drains them all."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from pathlib import Path

import grpc
import psutil
from google.type import date_pb2

from tests.conftest import AUTH, free_ports, horoscope_process_env
from tests.test_health_and_shutdown import SERVING, _wait_for_health
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc

DAY = date_pb2.Date(year=2026, month=11, day=27)


def _listening(port: int) -> set[int]:
    return {c.pid for c in psutil.net_connections("tcp") if c.laddr and c.laddr.port == port
            and c.status == psutil.CONN_LISTEN and c.pid}


async def test_three_workers_share_one_port_and_drain_together(dsn: str, tmp_path: Path) -> None:
    [port] = free_ports(1)
    env = horoscope_process_env(dsn, port, ZODIAC_WORKERS="3", ZODIAC_LOG_LEVEL="WARNING")
    log = tmp_path / "service.log"
    with log.open("wb") as output:
        supervisor = subprocess.Popen([sys.executable, "-m", "horoscope_service"], env=env, stderr=output)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            await _wait_for_health(channel, SERVING, within=30)
            await pb_grpc.HoroscopeServiceStub(channel).GenerateHoroscopes(
                pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"]), metadata=AUTH
            )
        workers = {p.pid for p in psutil.Process(supervisor.pid).children()}
        for _ in range(100):
            if _listening(port) == workers:
                break
            await asyncio.sleep(0.1)
        assert len(workers) == 3 and _listening(port) == workers, log.read_text()
        read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
        for _ in range(12):  # new connections, spread by the kernel over the workers
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                assert (await pb_grpc.HoroscopeServiceStub(channel).GetDailyHoroscope(read, timeout=10)).content.summary
        supervisor.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(supervisor.wait, 30) == 0, log.read_text()
        assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in workers)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()
