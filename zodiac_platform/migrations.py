"""The migration runner for the shared `migrations/` folder of plain numbered SQL files.

Files are named `NNNN_description.sql` and applied in order, each in its own transaction, and
recorded in `schema_migrations` with a SHA-256 of their text. A file that changed after it was
applied is refused: write a new migration instead. A file whose first line is
`-- zodiac:no-transaction` runs outside a transaction, statement by statement (for
`CREATE INDEX CONCURRENTLY`); its statements should be idempotent (`IF NOT EXISTS`).

Runners serialise on a session advisory lock taken with `pg_try_advisory_lock` in a polling loop:
a blocking `pg_advisory_lock` would deadlock with `CREATE INDEX CONCURRENTLY`, which waits for every
other transaction, including the one blocked on the lock.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from zodiac_platform.embedded_postgres import PROJECT_ROOT

log = logging.getLogger(__name__)

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
NO_TRANSACTION_MARKER = "-- zodiac:no-transaction"
# An arbitrary constant: every runner of this project locks the same key.
ADVISORY_LOCK_KEY = 0x5A0D1AC_0001
_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

_CREATE_HISTORY = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version      integer PRIMARY KEY,
    name         text NOT NULL,
    checksum     text NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT now(),
    execution_ms integer NOT NULL
)
"""


class MigrationError(RuntimeError):
    """The migrations folder or the recorded history is not in a state we can apply."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()

    @property
    def transactional(self) -> bool:
        return not self.sql.lstrip().startswith(NO_TRANSACTION_MARKER)

    def statements(self) -> list[str]:
        """The statements of a non-transactional file: split where a line ends with `;`."""
        parts = re.split(r";[ \t]*(?:--[^\n]*)?\n", self.sql + "\n")
        return [p.strip() for p in parts if _strip_comments(p).strip()]


@dataclass(frozen=True)
class MigrationStatus:
    version: int
    name: str
    state: str  # applied, pending, edited, or missing (recorded but no file)
    applied_at: str | None


def _strip_comments(sql: str) -> str:
    return "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    migrations: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_NAME.match(path.name)
        if match is None:
            raise MigrationError(f"{path.name}: migration files are named NNNN_lowercase_words.sql")
        version = int(match.group(1))
        if version in migrations:
            raise MigrationError(f"{path.name}: version {version} is used by {migrations[version].path.name} too")
        migrations[version] = Migration(version, match.group(2), path, path.read_text(encoding="utf-8"))
    return [migrations[v] for v in sorted(migrations)]


async def _lock(connection: asyncpg.Connection, timeout: float, poll_interval: float) -> None:
    deadline = time.monotonic() + timeout
    while not await connection.fetchval("SELECT pg_try_advisory_lock($1)", ADVISORY_LOCK_KEY):
        if time.monotonic() >= deadline:
            raise MigrationError(f"another migration runner held the lock for more than {timeout:.0f}s")
        await asyncio.sleep(poll_interval)


def _check_unchanged(migrations: list[Migration], recorded: dict[int, str]) -> None:
    for migration in migrations:
        checksum = recorded.get(migration.version)
        if checksum is not None and checksum != migration.checksum:
            raise MigrationError(
                f"{migration.path.name} was edited after it was applied "
                f"(recorded sha256 {checksum[:12]}, file now {migration.checksum[:12]}); "
                "restore the applied text and put the change in a new migration"
            )


async def _apply(connection: asyncpg.Connection, migration: Migration) -> None:
    started = time.perf_counter()
    record = "INSERT INTO schema_migrations (version, name, checksum, execution_ms) VALUES ($1, $2, $3, $4)"
    if migration.transactional:
        async with connection.transaction():
            await connection.execute(migration.sql)
            elapsed = int((time.perf_counter() - started) * 1000)
            await connection.execute(record, migration.version, migration.name, migration.checksum, elapsed)
    else:
        for statement in migration.statements():
            await connection.execute(statement)
        elapsed = int((time.perf_counter() - started) * 1000)
        await connection.execute(record, migration.version, migration.name, migration.checksum, elapsed)
    log.info("applied migration %s in %d ms", migration.path.name, elapsed)


async def apply_migrations(
    dsn: str,
    directory: Path = MIGRATIONS_DIR,
    *,
    lock_timeout: float = 120.0,
    poll_interval: float = 0.1,
) -> list[Migration]:
    """Apply every pending migration; return those this call applied."""
    migrations = discover(directory)
    connection = await asyncpg.connect(dsn, server_settings={"application_name": "zodiac-migrate"})
    try:
        await _lock(connection, lock_timeout, poll_interval)
        try:
            await connection.execute(_CREATE_HISTORY)
            rows = await connection.fetch("SELECT version, checksum FROM schema_migrations")
            recorded = {row["version"]: row["checksum"] for row in rows}
            _check_unchanged(migrations, recorded)
            pending = [m for m in migrations if m.version not in recorded]
            for migration in pending:
                await _apply(connection, migration)
            return pending
        finally:
            await connection.execute("SELECT pg_advisory_unlock($1)", ADVISORY_LOCK_KEY)
    finally:
        await connection.close()


async def migration_status(dsn: str, directory: Path = MIGRATIONS_DIR) -> list[MigrationStatus]:
    migrations = {m.version: m for m in discover(directory)}
    connection = await asyncpg.connect(dsn)
    try:
        exists = await connection.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
        rows = (
            await connection.fetch("SELECT version, name, checksum, applied_at FROM schema_migrations")
            if exists
            else []
        )
    finally:
        await connection.close()
    recorded = {row["version"]: row for row in rows}
    statuses = []
    for version in sorted(migrations.keys() | recorded.keys()):
        migration, row = migrations.get(version), recorded.get(version)
        if row is None:
            assert migration is not None
            statuses.append(MigrationStatus(version, migration.name, "pending", None))
            continue
        applied_at = row["applied_at"].isoformat(timespec="seconds")
        if migration is None:
            state = "missing"
        else:
            state = "applied" if migration.checksum == row["checksum"] else "edited"
        statuses.append(MigrationStatus(version, row["name"], state, applied_at))
    return statuses
