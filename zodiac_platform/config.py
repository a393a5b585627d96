"""Configuration read once from the environment, failing fast on a bad value."""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zodiac_platform.callers import Callers, CallersError
from zodiac_platform.limits import ServerLimits

if TYPE_CHECKING:
    from zodiac_platform.tls import ClientTls, ServerTls


class ConfigError(ValueError):
    """A setting in the environment is missing or malformed."""


class Environment(enum.Enum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


def read_str(env: Mapping[str, str], name: str, default: str | None = None) -> str | None:
    value = env.get(name, "").strip()
    return value or default


def read_int(env: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    raw = read_str(env, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}={value} is out of range [{low}, {high}]")
    return value


def read_float(env: Mapping[str, str], name: str, default: float, *, low: float, high: float) -> float:
    raw = read_str(env, name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}={value} is out of range [{low}, {high}]")
    return value


def read_bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = read_str(env, name)
    if raw is None:
        return default
    lowered = raw.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={raw!r} is not a boolean (use true or false)")


def read_choice(env: Mapping[str, str], name: str, enum_type: type[enum.Enum], default: enum.Enum) -> enum.Enum:
    raw = read_str(env, name)
    if raw is None:
        return default
    try:
        return enum_type(raw.lower())
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_type)
        raise ConfigError(f"{name}={raw!r} is not one of: {allowed}") from None


@dataclass(frozen=True)
class PlatformSettings:
    """Settings every service shares."""

    environment: Environment
    host: str
    horoscope_port: int
    subscription_port: int
    database_url: str | None
    service_token: str | None
    grace_seconds: float
    health_interval: float
    log_level: str
    callers: Callers
    limits: ServerLimits
    server_tls: ServerTls | None = None  # the gRPC ports: TLS only, mutual with a client CA
    client_tls: ClientTls | None = None  # calls to the other service
    log_format: str = "text"
    tracing: bool = False  # OTEL_EXPORTER_OTLP_ENDPOINT is set
    workers: int = 1  # server processes on one port (SO_REUSEPORT)
    worker_index: int | None = None  # set in a worker process; None in a single process or the supervisor

    @property
    def first_worker(self) -> bool:
        """The process that runs the once-per-service background jobs (generation, catch-up)."""
        return self.worker_index in (None, 0)

    def metrics_port(self, base: int) -> int:
        """Each worker serves its own metrics, on `base` + its index (0: any free port)."""
        return base + (self.worker_index or 0) if base else 0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PlatformSettings:
        env = os.environ if env is None else env
        token = read_str(env, "ZODIAC_SERVICE_TOKEN")
        if token is not None and len(token) < 16:
            raise ConfigError("ZODIAC_SERVICE_TOKEN must be at least 16 characters")
        log_level = (read_str(env, "ZODIAC_LOG_LEVEL", "INFO") or "INFO").upper()
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ConfigError(f"ZODIAC_LOG_LEVEL={log_level!r} is not DEBUG, INFO, WARNING or ERROR")
        # These modules read their settings with this module's helpers: imported here, not at the top.
        from zodiac_platform.telemetry import log_format, tracing_enabled
        from zodiac_platform.tls import client_tls, server_tls

        try:
            callers = Callers.parse(read_str(env, "ZODIAC_CALLERS"), service_token=token)
        except CallersError as error:
            raise ConfigError(f"ZODIAC_CALLERS: {error}") from None
        workers = read_int(env, "ZODIAC_WORKERS", 1, low=1, high=64)
        raw_index = read_str(env, "ZODIAC_WORKER")
        worker_index = int(raw_index) if raw_index is not None and raw_index.isdigit() else None
        limits = ServerLimits(
            max_concurrent_rpcs=read_int(env, "ZODIAC_MAX_CONCURRENT_RPCS", 1000, low=0, high=1_000_000),
            max_connection_age=read_float(env, "ZODIAC_MAX_CONNECTION_AGE_SECONDS", 300.0, low=1.0, high=86400.0 * 30),
            # Workers share the port; a single process refuses a port another process holds.
            reuse_port=workers > 1,
        )
        return cls(
            environment=read_choice(env, "ZODIAC_ENV", Environment, Environment.DEVELOPMENT),  # type: ignore[arg-type]
            host=read_str(env, "ZODIAC_HOST", "127.0.0.1") or "127.0.0.1",
            horoscope_port=read_int(env, "HOROSCOPE_PORT", 50051, low=0, high=65535),
            subscription_port=read_int(env, "SUBSCRIPTION_PORT", 50052, low=0, high=65535),
            database_url=read_str(env, "DATABASE_URL"),
            service_token=token,
            grace_seconds=read_float(env, "ZODIAC_SHUTDOWN_GRACE_SECONDS", 10.0, low=0.0, high=300.0),
            health_interval=read_float(env, "ZODIAC_HEALTH_INTERVAL", 2.0, low=0.05, high=300.0),
            log_level=log_level,
            callers=callers,
            limits=limits,
            server_tls=server_tls(env),
            client_tls=client_tls(env),
            log_format=log_format(env),
            tracing=tracing_enabled(env),
            workers=workers,
            worker_index=worker_index,
        )
