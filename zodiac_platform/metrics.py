"""Prometheus metrics for one service process, on a registry of its own, served over HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from zodiac_platform.database import Database

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class _PoolCollector(Collector):
    def __init__(self, database: Database) -> None:
        self._database = database

    def collect(self) -> Iterator[GaugeMetricFamily]:
        pool = self._database.pool
        yield GaugeMetricFamily("zodiac_db_pool_size", "Connections open in the pool", value=pool.get_size())
        yield GaugeMetricFamily("zodiac_db_pool_idle", "Idle connections in the pool", value=pool.get_idle_size())
        yield GaugeMetricFamily("zodiac_db_pool_max", "Most connections the pool may open", value=pool.get_max_size())


class ServiceMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._rpcs = Counter(
            "zodiac_rpc", "RPCs handled, by method, caller and status code", ["method", "caller", "code"],
            registry=self.registry,
        )
        self._latency = Histogram(
            "zodiac_rpc_duration_seconds", "RPC handling time", ["method"], buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._database_up = Gauge(
            "zodiac_database_up", "1 while the service's database answers its health check, else 0",
            registry=self.registry,
        )
        self._acquire = Histogram(
            "zodiac_db_pool_acquire_seconds", "Time spent waiting for a pooled connection",
            buckets=_LATENCY_BUCKETS, registry=self.registry,
        )
        self._server: WSGIServer | None = None

    def observer(self, method: str) -> Callable[[str, str, float], None]:
        """Records one method's calls: (caller name, status code name, seconds). Label lookups
        happen once per caller and code."""
        latency = self._latency.labels(method)
        counters: dict[tuple[str, str], Counter] = {}

        def observe(caller: str, code: str, seconds: float) -> None:
            counter = counters.get((caller, code))
            if counter is None:
                counter = counters[(caller, code)] = self._rpcs.labels(method, caller, code)
            counter.inc()
            latency.observe(seconds)

        return observe

    def record_database(self, up: bool) -> None:
        self._database_up.set(1 if up else 0)

    def watch(self, database: Database) -> None:
        self.registry.register(_PoolCollector(database))
        database.on_acquire = self._acquire.observe

    def serve(self, host: str, port: int) -> int:
        """Serve /metrics on `host:port` (0: any free port); returns the port."""
        self._server, _ = start_http_server(port, addr=host, registry=self.registry)
        return int(self._server.server_port)

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
