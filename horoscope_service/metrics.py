"""The horoscope service's own metrics: generation, tokens, and how current the content is."""

from __future__ import annotations

import datetime as dt

from prometheus_client import CollectorRegistry, Counter, Gauge

from horoscope_service.model import GenerationReport, HoroscopeKey, Period
from horoscope_service.ops_storage import BackupHealth, QueryStats


class HoroscopeMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self._generated = Counter(
            "zodiac_horoscopes_generated", "Horoscopes generated, by period and outcome",
            ["period", "outcome"], registry=registry,
        )
        self._tokens = Counter("zodiac_generation_tokens", "Tokens spent generating", ["period"], registry=registry)
        self._latest = Gauge(
            "zodiac_horoscope_latest_daily_date_seconds",
            "Start (unix time) of the newest UTC day with daily horoscopes stored", registry=registry,
        )
        self._missing_today = Gauge(
            "zodiac_horoscope_today_missing", "Daily horoscopes missing for today (UTC)", registry=registry
        )
        # Reads against generations: 72 items a day serve every read of them.
        self._reads = Counter(
            "zodiac_horoscope_reads", "Horoscopes read, by period, language and sign",
            ["period", "language", "sign"], registry=registry,
        )
        self._premium = Counter(
            "zodiac_premium_checks", "Premium checks for named readers: entitled, not_entitled, degraded",
            ["outcome"], registry=registry,
        )
        # The slowest statements (pg_stat_statements through ops.query_performance()), every minute.
        self._query_mean = Gauge(
            "zodiac_query_mean_seconds", "Mean execution time of the slowest statements", ["query_id"], registry=registry
        )
        self._query_calls = Gauge(
            "zodiac_query_calls", "Calls of the slowest statements since statistics were reset", ["query_id"],
            registry=registry,
        )
        self._query_info = Gauge(
            "zodiac_query_info", "The text of each statement in zodiac_query_mean_seconds", ["query_id", "query"],
            registry=registry,
        )
        # Backups, from the catalogue (ops.backup_health_summary()), refreshed every minute.
        self._backup_age = Gauge(
            "zodiac_backup_latest_age_seconds", "Age of the newest completed backup", registry=registry
        )
        self._verified_age = Gauge(
            "zodiac_backup_latest_verified_age_seconds", "Age of the newest verified backup", registry=registry
        )
        self._backup_failures = Gauge(
            "zodiac_backup_failures_7d", "Backups that failed in the last 7 days", registry=registry
        )
        self._uploads_pending = Gauge(
            "zodiac_backup_uploads_pending", "Completed backups not yet copied off site", registry=registry
        )

    def record_read(self, key: HoroscopeKey) -> None:
        self._reads.labels(key.period.name.lower(), key.language, key.sign.key).inc()

    def record_premium(self, outcome: str) -> None:
        self._premium.labels(outcome).inc()

    def record_backups(self, health: BackupHealth) -> None:
        for gauge, seconds in ((self._backup_age, health.latest_age), (self._verified_age, health.verified_age)):
            if seconds is None:
                gauge.set(float("inf"))  # never: any "older than" alert fires
            else:
                gauge.set(seconds)
        self._backup_failures.set(health.failures_7d)
        self._uploads_pending.set(health.uploads_pending)

    def record_queries(self, slowest: list[QueryStats]) -> None:
        """The slowest statements (by total time) as gauges keyed by query id, their text in an info gauge."""
        for gauge in (self._query_mean, self._query_calls, self._query_info):
            gauge.clear()
        for stats in slowest:
            query_id = str(stats.query_id)
            self._query_mean.labels(query_id).set(stats.mean_ms / 1000.0)
            self._query_calls.labels(query_id).set(stats.calls)
            self._query_info.labels(query_id, " ".join(stats.query.split())[:160]).set(1)

    def record_generation(self, period: Period, report: GenerationReport) -> None:
        name = period.name.lower()
        for outcome in ("created", "updated", "skipped", "failed"):
            count = getattr(report, outcome)
            if count:
                self._generated.labels(name, outcome).inc(count)
        self._tokens.labels(name).inc(report.tokens_used)

    def record_content(self, latest_daily: dt.date | None, missing_today: int) -> None:
        if latest_daily is not None:
            self._latest.set(dt.datetime.combine(latest_daily, dt.time(), tzinfo=dt.UTC).timestamp())
        self._missing_today.set(missing_today)
