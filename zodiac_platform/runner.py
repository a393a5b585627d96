"""Process entry for a service: logging, settings, the database address, the event loop."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable
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


def supervise_workers(count: int, env: dict[str, str]) -> int:
    """Run `count` copies of this very command as workers sharing the port (SO_REUSEPORT), each
    with its own pool; pass SIGTERM and SIGINT on, and wait for every worker's drain. A worker that
    dies stops the others: the orchestrator restarts the whole, rather than run short-handed."""
    import signal
    import time

    command = [sys.executable, *sys.orig_argv[1:]]
    workers = [
        subprocess.Popen(command, env={**os.environ, **env, "ZODIAC_WORKER": str(i)}, preexec_fn=die_with_parent)
        for i in range(count)
    ]
    logging.getLogger(__name__).info("%d workers: %s", count, ", ".join(str(w.pid) for w in workers))
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for worker in workers:
            if worker.poll() is None:
                worker.send_signal(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while any(w.poll() is None for w in workers):
        if not stopping and any(w.poll() is not None for w in workers):
            logging.getLogger(__name__).error("a worker exited unexpectedly: stopping the others")
            stop(signal.SIGTERM, None)
        time.sleep(0.1)
    return 0 if all(w.returncode == 0 for w in workers) else 1


def die_with_parent() -> None:
    """Ask Linux to send this process SIGTERM when its parent dies, so no service outlives its launcher."""
    if sys.platform != "linux":
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM))
