"""Process entry for a service: logging, settings, the database address, the event loop."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol, TypeVar

import asyncpg

from zodiac_platform.config import ConfigError, Environment, PlatformSettings, read_str
from zodiac_platform.database import dsn_for_role
from zodiac_platform.embedded_postgres import data_dir, start_embedded_postgres
from zodiac_platform.errors import ZodiacError
from zodiac_platform.telemetry import configure_logging, install_tracing


def database_url(settings: PlatformSettings) -> str:
    """The owner's DSN: DATABASE_URL, or the embedded server in development."""
    if settings.database_url:
        return settings.database_url
    if settings.environment is Environment.PRODUCTION:
        raise ConfigError("DATABASE_URL is required when ZODIAC_ENV=production")
    return start_embedded_postgres(data_dir())


def service_database_url(settings: PlatformSettings, variable: str, role: str) -> str:
    """Where a service connects: `variable` (e.g. HOROSCOPE_DATABASE_URL) if set; else as its own
    role on the embedded server, or as DATABASE_URL's user on a given server."""
    own = read_str(os.environ, variable)
    if own:
        return own
    owner = database_url(settings)
    return owner if settings.database_url else dsn_for_role(owner, role)


def _run(main: Callable[[], Awaitable[None]]) -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(main())  # type: ignore[arg-type]
    else:
        uvloop.run(main())  # type: ignore[arg-type]


class ServiceSettings(Protocol):
    @property
    def platform(self) -> PlatformSettings: ...


S = TypeVar("S", bound=ServiceSettings)


def run_service(
    load_settings: Callable[[], S],
    serve: Callable[[S, str], Awaitable[None]],
    *,
    database_variable: str,
    role: str,
) -> None:
    """A service process: settings (failing fast with one line), logging, its database, the loop."""
    try:
        settings = load_settings()
        configure_logging(settings.platform.log_level, settings.platform.log_format)
        if settings.platform.tracing:
            install_tracing(role.removeprefix("zodiac_") + "-service")
        dsn = service_database_url(settings.platform, database_variable, role)
    except ConfigError as error:
        sys.exit(f"configuration error: {error}")
    if settings.platform.workers > 1 and settings.platform.worker_index is None:
        sys.exit(supervise_workers(settings.platform.workers, {database_variable: dsn}))
    try:
        _run(lambda: serve(settings, dsn))
    except (ZodiacError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
        hint = ""
        if isinstance(error, (asyncpg.InvalidAuthorizationSpecificationError, asyncpg.UndefinedTableError)):
            hint = " (have the migrations run? `zodiac migrate`)"
        sys.exit(f"cannot serve: {type(error).__name__}: {error}{hint}")


def _log_death(died: str) -> None:
    logging.getLogger(__name__).error("%s exited unexpectedly: stopping the others", died)


def supervise(
    children: Mapping[str, subprocess.Popen[bytes]], announce: Callable[[str], None] = _log_death
) -> list[str]:
    """Wait for `children`, passing SIGTERM and SIGINT on to them as SIGTERM (their drain). One that
    exits on its own takes the others down: an orchestrator restarts the whole rather than run it
    short-handed. Returns the children that died so, with their exit codes (empty: a clean stop)."""
    stopping = False
    died: list[str] = []

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while any(child.poll() is None for child in children.values()):
        exited = {name: child.returncode for name, child in children.items() if child.poll() is not None}
        if exited and not stopping:
            died = [f"{name} (exit {code})" for name, code in exited.items()]
            announce(", ".join(died))
            stop(signal.SIGTERM, None)
        time.sleep(0.1)
    return died


def supervise_workers(count: int, env: dict[str, str]) -> int:
    """Run `count` copies of this very command as workers sharing the port (SO_REUSEPORT), each
    with its own pool, until a signal drains them all."""
    command = [sys.executable, *sys.orig_argv[1:]]
    workers = {
        f"worker {i}": subprocess.Popen(command, env={**os.environ, **env, "ZODIAC_WORKER": str(i)}, preexec_fn=die_with_parent)
        for i in range(count)
    }
    logging.getLogger(__name__).info("%d workers: %s", count, ", ".join(str(w.pid) for w in workers.values()))
    died = supervise(workers)
    return 1 if died or any(w.returncode != 0 for w in workers.values()) else 0


def die_with_parent() -> None:
    """Ask Linux to send this process SIGTERM when its parent dies, so no service outlives its launcher."""
    if sys.platform != "linux":
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM))
