"""The subscription service's own metrics: what was presented and how it went."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter


class SubscriptionMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self._validations = Counter(
            "zodiac_receipt_validations", "Purchases and notifications checked, by kind and outcome",
            ["kind", "outcome"], registry=registry,
        )
        self._notifications = Counter(
            "zodiac_notifications", "App Store notifications handled, by type and outcome",
            ["type", "outcome"], registry=registry,
        )

    def record_validation(self, kind: str, outcome: str) -> None:
        self._validations.labels(kind, outcome).inc()

    def record_notification(self, notification_type: str, outcome: str) -> None:
        self._notifications.labels(notification_type, outcome).inc()
