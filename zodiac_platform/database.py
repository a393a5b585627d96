"""The asyncpg pool, sized per environment, and the one place database failures become domain errors."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from zodiac_platform.config import ConfigError, Environment, read_float, read_int
from zodiac_platform.errors import Unavailable

log = logging.getLogger(__name__)

# Failures that mean "the database cannot be reached or is shutting down": retryable.
_UNREACHABLE = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.PostgresConnectionError,  # SQLSTATE class 08
    asyncpg.CannotConnectNowError,  # 57P03: starting up or shutting down
    asyncpg.AdminShutdownError,  # 57P01
    asyncpg.CrashShutdownError,  # 57P02
    asyncpg.QueryCanceledError,  # 57014: statement_timeout or cancel
    asyncpg.InsufficientResourcesError,  # class 53: too many connections, disk full
    asyncpg.InterfaceError,  # connection or pool closed under us
    asyncpg.InternalClientError,  # a connection left in a broken state (terminated on the way out)
)


@dataclass(frozen=True)
class PoolSettings:
    min_size: int
    max_size: int
    acquire_timeout: float
    command_timeout: float

    @classmethod
    def for_environment(cls, environment: Environment, env: Mapping[str, str]) -> PoolSettings:
        low, high = (5, 25) if environment is Environment.PRODUCTION else (2, 10)
        min_size = read_int(env, "DB_POOL_MIN_SIZE", low, low=0, high=500)
        max_size = read_int(env, "DB_POOL_MAX_SIZE", high, low=1, high=500)
        if min_size > max_size:
            raise ConfigError(f"DB_POOL_MIN_SIZE={min_size} exceeds DB_POOL_MAX_SIZE={max_size}")
        return cls(
            min_size=min_size,
            max_size=max_size,
            acquire_timeout=read_float(env, "DB_ACQUIRE_TIMEOUT", 5.0, low=0.1, high=300.0),
            command_timeout=read_float(env, "DB_COMMAND_TIMEOUT", 10.0, low=0.1, high=3600.0),
        )


def dsn_for_database(dsn: str, database: str) -> str:
    """The same server and login, another database."""
    return urlunsplit(urlsplit(dsn)._replace(path=f"/{database}"))


def database_name(dsn: str) -> str:
    return urlsplit(dsn).path.lstrip("/") or "postgres"


def dsn_for_role(dsn: str, role: str) -> str:
    """The same server and database, logging in as `role` (no password: for servers that trust it)."""
    parts = urlsplit(dsn)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{role}@{host}"))


async def _keep_session_state(connection: asyncpg.Connection) -> None:
    """Skip asyncpg's reset query on release.

    Handlers never change session state (no SET, LISTEN or session locks on pooled connections;
    migrations use a connection of their own), and the reset query doubles the round trips of
    every short query. asyncpg still rolls back any transaction left open.
    """


async def register_json_codecs(connection: asyncpg.Connection) -> None:
    """json and jsonb columns read and write Python objects."""
    for type_name in ("json", "jsonb"):
        await connection.set_type_codec(type_name, encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


class Database:
    """An asyncpg pool whose failures surface as `Unavailable`."""

    def __init__(self, pool: asyncpg.Pool, settings: PoolSettings, dsn: str = "") -> None:
        self.pool = pool
        self.settings = settings
        self.dsn = dsn  # for connections of their own (LISTEN), outside the pool
        # Told how long each acquire waited (metrics); None: nobody is listening.
        self.on_acquire: Callable[[float], None] | None = None

    @classmethod
    async def connect(cls, dsn: str, settings: PoolSettings, *, application_name: str) -> Database:
        try:
            pool = await asyncpg.create_pool(
                dsn,
                min_size=settings.min_size,
                max_size=settings.max_size,
                command_timeout=settings.command_timeout,
                timeout=settings.acquire_timeout,
                reset=_keep_session_state,
                init=register_json_codecs,
                server_settings={"application_name": application_name},
            )
        except _UNREACHABLE as exc:
            raise Unavailable(f"cannot connect to the database: {exc}") from exc
        return cls(pool, settings, dsn)

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[asyncpg.Connection]:
        """A pooled connection; database outages raise `Unavailable` (retryable)."""
        try:
            started = time.perf_counter()
            async with self.pool.acquire(timeout=self.settings.acquire_timeout) as connection:
                if self.on_acquire is not None:
                    self.on_acquire(time.perf_counter() - started)
                try:
                    yield cast(asyncpg.Connection, connection)  # a pool proxy, used as the connection it wraps
                except asyncpg.InternalClientError:
                    # The connection's protocol state is broken (seen after the server was killed
                    # under load, with a query cut off mid-flight): never hand it out again.
                    connection.terminate()
                    raise
        except _UNREACHABLE as exc:
            raise Unavailable(f"the database is unavailable: {type(exc).__name__}: {exc}") from exc

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[asyncpg.Connection]:
        async with self.connection() as connection, connection.transaction():
            yield connection

    async def ping(self, timeout: float = 2.0) -> bool:
        """True when the database answers a trivial query within `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout):
                async with self.pool.acquire() as connection:
                    await connection.fetchval("SELECT 1")
        except (*_UNREACHABLE, Unavailable):
            return False
        return True

    async def close(self, timeout: float = 10.0) -> None:
        try:
            await asyncio.wait_for(self.pool.close(), timeout)
        except TimeoutError:
            log.warning("pool did not close within %.1fs; terminating connections", timeout)
            self.pool.terminate()
