"""The gRPC server bootstrap both services use.

`ServiceHost` owns a grpc.aio server with the standard health service (SERVING only while the
database answers; extra named checks, such as stale content, report under names of their own),
server reflection, the `ServiceInterceptor` and the metrics endpoint; `run_until_signalled` adds the
SIGTERM/SIGINT drain: health NOT_SERVING, `server.stop(grace)`, then the pool closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from zodiac_platform.database import Database
from zodiac_platform.errors import ZodiacError
from zodiac_platform.interceptors import ServiceInterceptor
from zodiac_platform.metrics import ServiceMetrics

log = logging.getLogger(__name__)

_SERVER_OPTIONS = [
    ("grpc.so_reuseport", 0),  # a second server on a busy port fails instead of sharing it
    ("grpc.max_receive_message_length", 4 * 1024 * 1024),
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
]


@dataclass(frozen=True)
class ServiceBinding:
    """One gRPC service to host: its full name, how to add it, and which methods need the token."""

    name: str
    add_to_server: Callable[[grpc.aio.Server], None]
    protected_methods: frozenset[str] = field(default_factory=frozenset)


# A named health check beyond the database: True when healthy.
HealthCheck = Callable[[], Awaitable[bool]]


class ServiceHost:
    def __init__(
        self,
        services: Sequence[ServiceBinding],
        database: Database,
        *,
        service_token: str | None,
        health_interval: float = 2.0,
        extra_health: Mapping[str, HealthCheck] | None = None,
        metrics: ServiceMetrics | None = None,
        on_stop: Sequence[Callable[[], object]] = (),
    ) -> None:
        self.services = list(services)
        self.database = database
        self.health = health.aio.HealthServicer()
        self.metrics = metrics or ServiceMetrics()
        self.metrics.watch(database)
        self.port: int | None = None
        self.metrics_port: int | None = None
        self._health_interval = health_interval
        self._extra_health = dict(extra_health or {})
        self._on_stop = list(on_stop)
        self._monitor: asyncio.Task[None] | None = None
        protected = frozenset().union(*(s.protected_methods for s in self.services))
        interceptor = ServiceInterceptor(protected_methods=protected, service_token=service_token, metrics=self.metrics)
        self.server = grpc.aio.server(interceptors=[interceptor], options=_SERVER_OPTIONS)
        for service in self.services:
            service.add_to_server(self.server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        names = [s.name for s in self.services]
        reflection.enable_server_reflection([*names, health.SERVICE_NAME, reflection.SERVICE_NAME], self.server)

    async def start(self, address: str, metrics_port: int | None = None) -> int:
        """Bind `address` (port 0 picks a free one), start serving, and return the port.

        With `metrics_port`, Prometheus metrics are served at /metrics on the same host (0: any port).
        """
        try:
            self.port = self.server.add_insecure_port(address)
        except RuntimeError as error:  # grpc's way of saying the address is taken or invalid
            raise OSError(f"cannot listen on {address}: is another process using it?") from error
        if metrics_port is not None:
            self.metrics_port = self.metrics.serve(address.rpartition(":")[0].strip("[]"), metrics_port)
        await self.server.start()
        states = await self._check_health()
        self._monitor = asyncio.create_task(self._watch_health(states), name="health")
        return self.port

    async def _set(self, names: Sequence[str], serving: bool) -> None:
        status = health_pb2.HealthCheckResponse.SERVING if serving else health_pb2.HealthCheckResponse.NOT_SERVING
        for name in names:
            await self.health.set(name, status)

    async def _check_health(self, previous: dict[str, bool] | None = None) -> dict[str, bool]:
        """The database decides the services' status; each extra check decides its own name's."""
        up = await self.database.ping(timeout=max(self._health_interval, 0.5))
        states = {"": up}
        for name, check in self._extra_health.items():
            try:
                states[name] = up and await check()
            except ZodiacError:
                states[name] = False
            except Exception:  # a broken check must not stop the watch: report it and stay unhealthy
                log.exception("health check %r failed", name)
                states[name] = False
        for name, healthy in states.items():
            if previous is None or previous.get(name) != healthy:
                if previous is not None:
                    report = log.info if healthy else log.warning
                    report("health of %r is now %s", name or "the service", "SERVING" if healthy else "NOT_SERVING")
                names = ["", *(s.name for s in self.services)] if name == "" else [name]
                await self._set(names, healthy)
        return states

    async def _watch_health(self, states: dict[str, bool]) -> None:
        while True:
            await asyncio.sleep(self._health_interval)
            states = await self._check_health(states)

    async def stop(self, grace: float) -> None:
        """Drain: refuse new work via health, let calls in flight finish within `grace`, close the pool."""
        if self._monitor is not None:
            self._monitor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._monitor
        await self.health.enter_graceful_shutdown()
        await self.server.stop(grace)
        self.metrics.stop()
        for callback in self._on_stop:
            result = callback()
            if asyncio.iscoroutine(result):
                await result
        await self.database.close()

    async def run_until_signalled(self, grace: float) -> None:
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stopping.set)
        await stopping.wait()
        log.info("signal received: draining for up to %.1fs", grace)
        await self.stop(grace)
        log.info("stopped")
