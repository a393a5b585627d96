"""The horoscope service's own metrics: generation, tokens, and how current the content is."""

from __future__ import annotations

import datetime as dt

from prometheus_client import CollectorRegistry, Counter, Gauge

from horoscope_service.model import GenerationReport, Period


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
