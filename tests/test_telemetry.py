"""Traces across both services, and JSON logs that carry the trace id."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from google.type import date_pb2
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from horoscope_service.app import build_host
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, GATEWAY, free_ports, horoscope_process_env, horoscope_settings, serve_subscriptions, subscription_settings
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.database import dsn_for_role
from zodiac_platform.telemetry import install_tracing

DAY = date_pb2.Date(year=2026, month=11, day=27)
# Turns tracing on in the services' settings; spans go to the in-memory exporter installed below.
TRACING = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:1"}


@pytest.fixture(scope="module")
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    install_tracing("zodiac-tests", exporter)  # once per process, as a service does at start
    yield exporter
    AsyncPGInstrumentor().uninstrument()


async def test_a_premium_read_is_one_trace_across_both_services(
    spans: InMemorySpanExporter, dsn: str, app_store: TestAppStore
) -> None:
    async with serve_subscriptions(subscription_settings(app_store, **TRACING), dsn) as subscriptions:
        await sub_grpc.SubscriptionServiceStub(subscriptions.channel).ValidateReceipt(
            sub_pb.ValidateReceiptRequest(user_id="traced", signed_transaction=app_store.transaction("7701")), metadata=AUTH
        )
        settings = horoscope_settings(SUBSCRIPTION_TARGET=f"127.0.0.1:{subscriptions.port}", **TRACING)
        host, _ = await build_host(settings, dsn_for_role(dsn, "zodiac_horoscope"))
        port = await host.start("127.0.0.1:0")
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                api = pb_grpc.HoroscopeServiceStub(channel)
                await api.GenerateHoroscopes(
                    pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"]), metadata=AUTH
                )
                spans.clear()
                read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY, user_id="traced")
                answer = await api.GetDailyHoroscope(read, metadata=GATEWAY)
        finally:
            await host.stop(grace=0.5)
    assert answer.content.love
    finished: list[ReadableSpan] = list(spans.get_finished_spans())
    by_name = {s.name: s for s in finished}
    read_span = by_name["/zodiac.horoscope.v1.HoroscopeService/GetDailyHoroscope"]
    checks = [s for s in finished if s.name == "/zodiac.subscription.v1.SubscriptionService/CheckEntitlement"]
    assert len(checks) == 2  # the horoscope service's client span and the subscription service's server span
    assert {s.context.trace_id for s in checks} == {read_span.context.trace_id}
    # The horoscope read's query and the entitlement check's query, in the same trace (health pings
    # have traces of their own).
    queries = [s for s in finished if s.attributes and s.attributes.get("db.system") == "postgresql"]
    assert len([s for s in queries if s.context.trace_id == read_span.context.trace_id]) >= 2


def test_json_logs_carry_the_call_and_its_trace(dsn: str, tmp_path: Path) -> None:
    [port] = free_ports(1)
    env = horoscope_process_env(
        dsn, port, ZODIAC_LOG_FORMAT="json",
        OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:1",  # nothing listens: spans are dropped, ids remain
        OTEL_BSP_EXPORT_TIMEOUT="100", OTEL_EXPORTER_OTLP_TIMEOUT="1",
    )
    log = tmp_path / "service.log"
    with log.open("wb") as output:
        service = subprocess.Popen([sys.executable, "-m", "horoscope_service"], env=env, stderr=output)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            grpc.channel_ready_future(channel).result(timeout=30)
            api = pb_grpc.HoroscopeServiceStub(channel)
            with pytest.raises(grpc.RpcError):
                api.GetDailyHoroscope(pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY), timeout=10)
    finally:
        service.terminate()
        service.wait(30)
    records = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    calls = [r for r in records if r.get("method") == "/zodiac.horoscope.v1.HoroscopeService/GetDailyHoroscope"]
    assert len(calls) == 1, records
    call = calls[0]
    assert (call["status"], call["caller"], call["level"]) == ("NOT_FOUND", "anonymous", "INFO")
    assert call["duration_ms"] > 0 and len(call["trace_id"]) == 32
