"""The Grafana dashboard and the Prometheus alerting rules: every expression parses as PromQL, and
every metric they name is one the services really export (scraped from /metrics after traffic)."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.request
from pathlib import Path

import grpc
import promql_parser
import yaml
from google.type import date_pb2

from horoscope_service.app import build_host
from subscription_service.app import build as build_subscription
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, GATEWAY, horoscope_settings, subscription_settings
from tests.scripts import load_script
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.database import dsn_for_role

DEPLOY = Path(__file__).parent.parent / "deploy"
METRIC = re.compile(r"\b(zodiac_[a-z0-9_]+)")
# Series Prometheus makes itself, not the services.
PROMETHEUS_OWN = {"up"}


def alert_rules() -> list[dict[str, object]]:
    document = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    return [rule for group in document["groups"] for rule in group["rules"]]


def dashboard_expressions() -> list[str]:
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "zodiac.json").read_text())
    return [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]


def test_every_rule_is_well_formed_and_parses() -> None:
    rules = alert_rules()
    names = {str(r["alert"]) for r in rules}
    expected = {"ZodiacErrorRatioHigh", "ZodiacLatencyHigh", "ZodiacTodaysHoroscopesMissing", "ZodiacNoVerifiedBackup",
                "ZodiacBackupUploadsFailing", "ZodiacDatabaseUnreachable", "ZodiacEntitlementChecksDegraded"}
    assert expected <= names and len(names) == len(rules)
    for rule in rules:
        promql_parser.parse(str(rule["expr"]))  # raises ValueError on a syntax error
        assert re.fullmatch(r"\d+[smh]", str(rule["for"]))
        assert rule["labels"]["severity"] in ("page", "ticket")  # type: ignore[index]
        assert rule["annotations"]["summary"]  # type: ignore[index]
    prometheus = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    assert prometheus["rule_files"] == ["/etc/prometheus/alerts.yml"]
    assert {job["job_name"] for job in prometheus["scrape_configs"]} == {"horoscope", "subscription"}


def test_the_dashboard_is_current_and_parses() -> None:
    module = load_script("grafana_dashboard")
    assert module.DASHBOARD.read_text(encoding="utf-8") == module.render(), "run: python scripts/grafana_dashboard.py"
    expressions = dashboard_expressions()
    assert len(expressions) >= 15
    for expression in expressions:
        promql_parser.parse(expression)


async def _scrape(port: int) -> set[str]:
    def fetch() -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return response.read().decode()

    lines = (await asyncio.to_thread(fetch)).splitlines()
    samples = {line.split("{")[0].split(" ")[0] for line in lines if line and not line.startswith("#")}
    # A family the service declares counts even before it has samples (the slowest statements on a
    # server without pg_stat_statements).
    declared = {line.split()[2] for line in lines if line.startswith("# TYPE ")}
    return samples | declared


async def test_every_metric_named_is_exported(dsn: str, app_store: TestAppStore) -> None:
    subscriptions = await build_subscription(subscription_settings(app_store), dsn_for_role(dsn, "zodiac_subscription"))
    sub_port = await subscriptions.host.start("127.0.0.1:0", metrics_port=0)
    host, content = await build_host(
        horoscope_settings(SUBSCRIPTION_TARGET=f"127.0.0.1:{sub_port}"), dsn_for_role(dsn, "zodiac_horoscope")
    )
    port = await host.start("127.0.0.1:0", metrics_port=0)
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel, \
                grpc.aio.insecure_channel(f"127.0.0.1:{sub_port}") as sub_channel:
            api = pb_grpc.HoroscopeServiceStub(channel)
            day = date_pb2.Date(year=2026, month=11, day=27)
            await api.GenerateHoroscopes(pb.GenerateHoroscopesRequest(period=pb.DAILY, date=day), metadata=AUTH)
            await api.GetDailyHoroscope(pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=day, user_id="u"),
                                        metadata=GATEWAY)
            await sub_grpc.SubscriptionServiceStub(sub_channel).ValidateReceipt(
                sub_pb.ValidateReceiptRequest(user_id="u", signed_transaction=app_store.transaction("7001")), metadata=AUTH
            )
            await sub_grpc.SubscriptionServiceStub(sub_channel).HandleAppStoreNotification(
                sub_pb.HandleAppStoreNotificationRequest(signed_payload=app_store.notification("DID_RENEW", "7001")),
                metadata=AUTH,
            )
        assert content.ops is not None and content.metrics is not None
        content.metrics.record_backups(await content.ops.backup_health())  # what the minute's watch does
        content.metrics.record_queries(await content.ops.slowest_queries(5))
        await asyncio.sleep(0.3)  # a health round sets zodiac_database_up
        exported = await _scrape(host.metrics_port or 0) | await _scrape(subscriptions.host.metrics_port or 0)
    finally:
        await host.stop(grace=0.5)
        await subscriptions.host.stop(grace=0.5)
    named = {m for text in [*dashboard_expressions(), *(str(r["expr"]) for r in alert_rules())] for m in METRIC.findall(text)}
    assert named and not named - exported - PROMETHEUS_OWN, sorted(named - exported)
