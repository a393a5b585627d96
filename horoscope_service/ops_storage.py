"""What the horoscope service may read of the operations schema: the backups' health and the
slowest statements, through functions the database owner defines (the service's role cannot read
`ops` itself)."""

from __future__ import annotations

from dataclasses import dataclass

from zodiac_platform.database import Database

_HEALTH = "SELECT * FROM ops.backup_health_summary()"
_QUERIES = "SELECT query_id, query, calls, mean_ms, total_ms FROM ops.query_performance($1)"


@dataclass(frozen=True)
class BackupHealth:
    latest_age: float | None  # seconds since the newest completed backup; None: there is none
    verified_age: float | None
    failures_7d: int
    uploads_pending: int


@dataclass(frozen=True)
class QueryStats:
    query_id: int
    query: str
    calls: int
    mean_ms: float
    total_ms: float


class OpsStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def backup_health(self) -> BackupHealth:
        async with self._db.connection() as connection:
            row = await connection.fetchrow(_HEALTH)
        assert row is not None
        return BackupHealth(row["latest_age_seconds"], row["verified_age_seconds"], row["failures_7d"], row["uploads_pending"])

    async def slowest_queries(self, top: int) -> list[QueryStats]:
        """The statements of this database by total time (empty without pg_stat_statements)."""
        async with self._db.connection() as connection:
            rows = await connection.fetch(_QUERIES, top)
        return [QueryStats(r["query_id"], r["query"], r["calls"], r["mean_ms"], r["total_ms"]) for r in rows]
