"""`zodiac run` (what `make run` starts), end to end: its own embedded database, both services, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import grpc
from google.type import date_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.conftest import free_ports
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_cli.storekit import xcode_transaction


def _wait_serving(target: str, process: subprocess.Popen[bytes], within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    with grpc.insecure_channel(target) as channel:
        while time.monotonic() < deadline:
            assert process.poll() is None, "zodiac run exited early"
            try:
                answer = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=1)
                if answer.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.2)
    raise AssertionError(f"{target} never became SERVING")


@dataclass
class Stack:
    process: subprocess.Popen[bytes]
    horoscope_port: int
    subscription_port: int
    http_port: int
    log: Path


def start_stack(tmp_path: Path, *, target_by_name: bool = False, **settings: str) -> Stack:
    """`zodiac run` with a data folder of its own and free ports; none of this shell's settings.
    `target_by_name`: the horoscope service calls the other at localhost (the name TLS certificates carry)."""
    horoscope_port, subscription_port, m1, m2, http_port = free_ports(5)
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "APPLE_", "ZODIAC_", "HOROSCOPE_", "SUBSCRIPTION_", "OTEL_"))
    }
    env.update(
        ZODIAC_DATA_DIR=str(tmp_path / "data"),
        HOROSCOPE_PORT=str(horoscope_port),
        SUBSCRIPTION_PORT=str(subscription_port),
        HOROSCOPE_METRICS_PORT=str(m1),
        SUBSCRIPTION_METRICS_PORT=str(m2),
        SUBSCRIPTION_HTTP_PORT=str(http_port),
        **settings,
    )
    if target_by_name:
        env["SUBSCRIPTION_TARGET"] = f"localhost:{subscription_port}"
    log = tmp_path / "stack.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "zodiac_cli", "run"], env=env, stdout=output, stderr=subprocess.STDOUT
        )
    return Stack(process, horoscope_port, subscription_port, http_port, log)


def test_zodiac_run_serves_the_whole_stack_and_stops_cleanly(tmp_path: Path) -> None:
    started = start_stack(tmp_path)
    stack, horoscope_port, subscription_port, http_port, log = (
        started.process, started.horoscope_port, started.subscription_port, started.http_port, started.log
    )
    try:
        _wait_serving(f"127.0.0.1:{horoscope_port}", stack)
        _wait_serving(f"127.0.0.1:{subscription_port}", stack)
        token = (tmp_path / "data" / "service-token").read_text().strip()
        auth = (("authorization", f"Bearer {token}"),)
        with grpc.insecure_channel(f"127.0.0.1:{subscription_port}") as channel:
            signed = xcode_transaction("com.example.zodiac", "com.example.premium.monthly", 30)
            valid = sub_grpc.SubscriptionServiceStub(channel).ValidateReceipt(
                sub_pb.ValidateReceiptRequest(user_id="newcomer", signed_transaction=signed), metadata=auth, timeout=10
            )
        assert valid.valid and list(valid.subscription.entitlements) == ["premium"]
        with grpc.insecure_channel(f"127.0.0.1:{horoscope_port}") as channel:
            today = time.gmtime()
            date = date_pb2.Date(year=today.tm_year, month=today.tm_mon, day=today.tm_mday)
            horoscope = pb_grpc.HoroscopeServiceStub(channel).GetDailyHoroscope(
                pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="pt", date=date, user_id="newcomer"),
                metadata=auth, timeout=10,  # the service token may assert who reads
            )
        assert horoscope.content.love and not horoscope.locked_sections  # today's content, premium included
        stack.send_signal(signal.SIGINT)  # what Ctrl-C sends
        assert stack.wait(30) == 0, log.read_text()
    finally:
        if stack.poll() is None:
            stack.kill()
            stack.wait()
    printed = log.read_text()
    assert f"horoscope_service listening on 127.0.0.1:{horoscope_port}" in printed
    assert f"subscription_service listening on 127.0.0.1:{subscription_port}" in printed
    migrations = len(list((Path(__file__).resolve().parent.parent / "migrations").glob("*.sql")))
    assert f"migrations: {migrations} applied" in printed
    assert f"App Store notifications: POST http://127.0.0.1:{http_port}/apple/notifications" in printed
    leftovers = subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True, text=True).stdout.split()
    assert leftovers == []  # no service or database process outlives the stack


def test_a_service_that_dies_stops_the_stack_saying_which(tmp_path: Path) -> None:
    started = start_stack(tmp_path)
    stack, log = started.process, started.log
    try:
        _wait_serving(f"127.0.0.1:{started.subscription_port}", stack)
        _wait_serving(f"127.0.0.1:{started.horoscope_port}", stack)
        import psutil

        children = psutil.Process(stack.pid).children()
        [subscription] = [p for p in children if "subscription_service" in " ".join(p.cmdline())]
        [horoscope] = [p for p in children if "horoscope_service" in " ".join(p.cmdline())]
        subscription.kill()
        assert stack.wait(30) == 1
        horoscope.wait(10)  # stopped by the stack, not left behind
    finally:
        if stack.poll() is None:
            stack.kill()
            stack.wait()
    assert "subscription_service (exit -9) exited unexpectedly; stopping the stack" in log.read_text()
