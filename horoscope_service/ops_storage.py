"""What the horoscope service may read of the operations schema: the backups' health, through a
function the database owner defines (the service's role cannot read `ops` itself)."""

from __future__ import annotations

from dataclasses import dataclass

from zodiac_platform.database import Database

_HEALTH = "SELECT * FROM ops.backup_health_summary()"


@dataclass(frozen=True)
class BackupHealth:
    latest_age: float | None  # seconds since the newest completed backup; None: there is none
    verified_age: float | None
    failures_7d: int
    uploads_pending: int


class OpsStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def backup_health(self) -> BackupHealth:
        async with self._db.connection() as connection:
            row = await connection.fetchrow(_HEALTH)
        assert row is not None
        return BackupHealth(row["latest_age_seconds"], row["verified_age_seconds"], row["failures_7d"], row["uploads_pending"])
