"""The gRPC server bootstrap both services use.

`ServiceHost` owns a grpc.aio server with the standard health service, server reflection, the
`ServiceInterceptor` and the metrics endpoint. Health answers two questions: `liveness` is SERVING
while the process can serve at all (a liveness probe must not restart pods because the database is
down); readiness (`""` and each service name) follows the database, and extra named checks (stale
content) report under names of their own. `run_until_signalled` adds the SIGTERM/SIGINT drain:
readiness NOT_SERVING, new calls refused with UNAVAILABLE, every call already accepted finished
within the grace period, then the server and the pool close.
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

from zodiac_platform.callers import Callers, Scope
from zodiac_platform.database import Database
from zodiac_platform.errors import ZodiacError
from zodiac_platform.interceptors import ServiceInterceptor
from zodiac_platform.limits import ServerLimits
from zodiac_platform.metrics import ServiceMetrics
from zodiac_platform.telemetry import server_interceptors
from zodiac_platform.tls import ServerTls, server_credentials

log = logging.getLogger(__name__)

LIVENESS = "liveness"


@dataclass(frozen=True)
class ServiceBinding:
    """One gRPC service to host: its full name, how to add it, and the scope each method needs
    (methods not listed are open to anonymous callers)."""

    name: str
    add_to_server: Callable[[grpc.aio.Server], None]
    method_scopes: Mapping[str, Scope] = field(default_factory=dict)


# A named health check beyond the database: True when healthy.
HealthCheck = Callable[[], Awaitable[bool]]


class ServiceHost:
    def __init__(
        self,
        services: Sequence[ServiceBinding],
        database: Database,
        *,
        callers: Callers,
        limits: ServerLimits | None = None,
        tls: ServerTls | None = None,
        tracing: bool = False,
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
        self._tls = tls
        scopes = {method: scope for s in self.services for method, scope in s.method_scopes.items()}
        self.interceptor = ServiceInterceptor(method_scopes=scopes, callers=callers, metrics=self.metrics)
        limits = limits or ServerLimits()
        self.server = grpc.aio.server(
            # Tracing outermost: the call log inside carries the span's trace id.
            interceptors=[*server_interceptors(tracing), self.interceptor],
            options=limits.options(),
            maximum_concurrent_rpcs=limits.max_concurrent_rpcs or None,
        )
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
            if self._tls is None:
                self.port = self.server.add_insecure_port(address)
            else:
                self.port = self.server.add_secure_port(address, server_credentials(self._tls))
        except RuntimeError as error:  # grpc's way of saying the address is taken or invalid
            raise OSError(f"cannot listen on {address}: is another process using it?") from error
        if metrics_port is not None:
            self.metrics_port = self.metrics.serve(address.rpartition(":")[0].strip("[]"), metrics_port)
        await self.server.start()
        await self._set([LIVENESS], True)
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
        self.metrics.record_database(up)
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
        """Drain: readiness NOT_SERVING, new calls refused (UNAVAILABLE, retryable elsewhere), calls
        in flight finished within `grace`; then the server, its callbacks and the pool close."""
        if self._monitor is not None:
            self._monitor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._monitor
        started = asyncio.get_running_loop().time()
        await self._set(["", *(s.name for s in self.services), *self._extra_health], False)
        if not await self.interceptor.drained(grace, quiet=min(0.2, grace / 10)):
            log.warning("calls still in flight after %.1fs: cancelling them", grace)
        await self.health.enter_graceful_shutdown()
        await self.server.stop(max(0.0, grace - (asyncio.get_running_loop().time() - started)))
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
