"""Verified backups: pg_dump's custom format, checksums, scratch restores, retention.

Each backup is one consistent snapshot: a REPEATABLE READ transaction exports its snapshot, counts
every table's rows in it, and pg_dump dumps that same snapshot. The archive (compressed once, by
pg_dump) is written under a temporary name, fsynced and renamed, so a file under a final name is
always whole; a manifest (`<file>.json`: checksum, row counts, versions) beside it makes it
restorable without the database. `ops.backup_metadata` is the catalogue.

A custom archive carries no checksum of its own and `pg_restore --list` accepts a corrupt one, so
`verify` restores into a scratch database and compares row counts: that is the real check.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from zodiac_platform.database import database_name, dsn_for_database, register_json_codecs
from zodiac_platform.offsite import Offsite, OffsiteError
from zodiac_platform.pg_tools import PgTools, PgToolsError, libpq_target

log = logging.getLogger(__name__)

# The catalogue is not part of what it catalogues: restoring an old backup must not roll it back.
CATALOGUE = "ops.backup_metadata"
# A `running` backup older than this was left by a process that stopped mid-dump.
ABANDONED_AFTER = dt.timedelta(hours=6)
_TABLES = """
    SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname || '.' || tablename <> $1
    ORDER BY 1"""
_COLUMNS = """
    SELECT id, file_name, status, started_at, finished_at, size_bytes, sha256, server_version, row_counts,
           error, verified_at, verification_status, verification_error, uploaded, upload_error, remote_locations
    FROM ops.backup_metadata"""


class BackupError(RuntimeError):
    """A backup could not be made, verified, restored or pruned; the message says why."""


@dataclass(frozen=True)
class Backup:
    id: int
    file_name: str
    status: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    size_bytes: int | None
    sha256: str | None
    server_version: str | None
    row_counts: dict[str, int]
    error: str | None
    verified_at: dt.datetime | None
    verification_status: str | None
    verification_error: str | None
    uploaded: bool | None = None  # None: no off-site store was configured
    upload_error: str | None = None
    remote_locations: tuple[str, ...] = ()


def _backup(row: asyncpg.Record) -> Backup:
    data = dict(row)
    data["row_counts"] = data["row_counts"] or {}
    data["remote_locations"] = tuple(data["remote_locations"] or ())
    return Backup(**data)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    with temporary.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.rename(path)


def _fsync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


async def _count_rows(connection: asyncpg.Connection) -> dict[str, int]:
    tables = [row["name"] for row in await connection.fetch(_TABLES, CATALOGUE)]
    return {table: await connection.fetchval(f"SELECT count(*) FROM {table}") for table in tables}


async def _run(tool: Path, *args: str, env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        str(tool), *args, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, **env},
    )
    _, stderr = await process.communicate()
    assert process.returncode is not None
    return process.returncode, stderr.decode(errors="replace").strip()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Backups:
    def __init__(
        self,
        dsn: str,
        directory: Path,
        tools: PgTools,
        *,
        maintenance_database: str = "postgres",
        offsite: Offsite | None = None,
    ) -> None:
        self.dsn = dsn
        self.directory = directory
        self.tools = tools
        self.offsite = offsite
        self._maintenance = maintenance_database

    async def _connect(self, database: str | None = None) -> asyncpg.Connection:
        dsn = self.dsn if database is None else dsn_for_database(self.dsn, database)
        connection = await asyncpg.connect(dsn, server_settings={"application_name": "zodiac-backup"})
        await register_json_codecs(connection)
        return connection

    @asynccontextmanager
    async def _connected(self, database: str | None = None) -> AsyncIterator[asyncpg.Connection]:
        connection = await self._connect(database)
        try:
            yield connection
        finally:
            await connection.close()

    async def _select(self, query: str, *args: Any) -> list[Backup]:
        async with self._connected() as connection:
            return [_backup(row) for row in await connection.fetch(query, *args)]

    async def catalogue(self) -> list[Backup]:
        """Every backup, newest first."""
        return await self._select(f"{_COLUMNS} ORDER BY started_at DESC, id DESC")

    async def get(self, backup_id: int) -> Backup:
        found = await self._select(f"{_COLUMNS} WHERE id = $1", backup_id)
        if not found:
            raise BackupError(f"there is no backup {backup_id}")
        return found[0]

    async def _dump(self, connection: asyncpg.Connection, partial: Path) -> dict[str, Any]:
        """pg_dump one snapshot into `partial`; the facts of it for the catalogue and the manifest."""
        server_version = await connection.fetchval("SHOW server_version")
        server_major = int(await connection.fetchval("SHOW server_version_num")) // 10000
        dump_major = self.tools.check_can_serve("pg_dump", server_major)
        # Held open until pg_dump has finished: it dumps this transaction's snapshot.
        await connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot_id = await connection.fetchval("SELECT pg_export_snapshot()")
        row_counts = await _count_rows(connection)
        uri, env = libpq_target(self.dsn)
        code, stderr = await _run(
            self.tools.path("pg_dump"), "--format=custom", f"--snapshot={snapshot_id}", f"--file={partial}",
            f"--exclude-table-data={CATALOGUE}", "--no-password", f"--dbname={uri}", env=env,
        )
        await connection.execute("COMMIT")
        if code != 0:
            raise BackupError(f"pg_dump exited with {code}: {stderr[-2000:] or 'no message'}")
        return {"server_version": server_version, "pg_dump_major": dump_major, "row_counts": row_counts}

    def _publish(self, partial: Path, name: str, facts: dict[str, Any]) -> dict[str, Any]:
        """Make the dump durable under its final name, with its manifest beside it."""
        with partial.open("rb") as stream:
            os.fsync(stream.fileno())
        facts = {**facts, "file_name": name, "sha256": file_sha256(partial), "size_bytes": partial.stat().st_size}
        partial.rename(self.directory / name)
        _write_atomically(self.directory / f"{name}.json", json.dumps(facts, indent=2).encode())
        _fsync_directory(self.directory)
        return facts

    async def _reap_abandoned(self, connection: asyncpg.Connection) -> None:
        """A process killed while dumping leaves a `running` row and a partial file: close both out."""
        await connection.execute(
            """UPDATE ops.backup_metadata SET status = 'failed', finished_at = now(),
               error = 'abandoned: the process making it stopped before it finished'
               WHERE status = 'running' AND started_at < now() - $1::interval""",
            ABANDONED_AFTER,
        )
        for leftover in self.directory.glob(".*.partial"):
            if dt.datetime.now().timestamp() - leftover.stat().st_mtime > ABANDONED_AFTER.total_seconds():
                leftover.unlink(missing_ok=True)

    async def create(self) -> Backup:
        """Dump the database; a failure leaves a `failed` row with the reason and no file."""
        self.directory.mkdir(parents=True, exist_ok=True)
        async with self._connected() as connection:
            await self._reap_abandoned(connection)
            started = dt.datetime.now(dt.UTC)
            name = f"zodiac-{database_name(self.dsn)}-{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}.dump"
            backup_id: int = await connection.fetchval(
                "INSERT INTO ops.backup_metadata (file_name, started_at) VALUES ($1, $2) RETURNING id", name, started
            )
            partial = self.directory / f".{name}.partial"
            try:
                facts = self._publish(partial, name, await self._dump(connection, partial))
            except BaseException as error:  # cancelled or interrupted too: no half file, a failed row
                partial.unlink(missing_ok=True)
                reason = str(error) or type(error).__name__
                if connection.is_in_transaction():
                    await connection.execute("ROLLBACK")
                await connection.execute(
                    "UPDATE ops.backup_metadata SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1",
                    backup_id, reason,
                )
                log.error("backup %s failed: %s", name, reason)
                if isinstance(error, (BackupError, PgToolsError, OSError, asyncpg.PostgresError)):
                    raise BackupError(reason) from error
                raise
            await connection.execute(
                """UPDATE ops.backup_metadata SET status = 'completed', finished_at = now(), size_bytes = $2,
                   sha256 = $3, server_version = $4, pg_dump_version = $5, row_counts = $6 WHERE id = $1""",
                backup_id, facts["size_bytes"], facts["sha256"], facts["server_version"],
                str(facts["pg_dump_major"]), facts["row_counts"],
            )
        log.info("backup %s: %d bytes, %d tables", name, facts["size_bytes"], len(facts["row_counts"]))
        return await self.upload(await self.get(backup_id))

    async def upload(self, backup: Backup) -> Backup:
        """Copy a completed backup off site, when a store is configured. A failure never fails the
        backup: it is recorded (`uploaded = false` and the reason) and retried by `retry_uploads`."""
        if self.offsite is None:
            return backup
        archive = self._file(backup)
        manifest = archive.with_name(f"{archive.name}.json")
        assert backup.sha256 is not None
        try:
            locations = await asyncio.to_thread(self.offsite.upload, archive, manifest, backup.sha256)
        except OffsiteError as error:
            log.warning("backup %s stays local for now: %s", backup.file_name, error)
            await self._record_upload(backup.id, False, str(error), [])
        else:
            await self._record_upload(backup.id, True, None, locations)
        return await self.get(backup.id)

    async def _record_upload(self, backup_id: int, uploaded: bool, error: str | None, locations: list[str]) -> None:
        async with self._connected() as connection:
            await connection.execute(
                """UPDATE ops.backup_metadata SET uploaded = $2, upload_error = $3, remote_locations = $4,
                   uploaded_at = CASE WHEN $2 THEN now() END WHERE id = $1""",
                backup_id, uploaded, error, locations,
            )

    async def retry_uploads(self) -> list[Backup]:
        """Upload again every completed backup whose upload failed (and whose file is still here)."""
        if self.offsite is None:
            return []
        pending = await self._select(f"{_COLUMNS} WHERE status = 'completed' AND uploaded = false ORDER BY id")
        return [await self.upload(b) for b in pending if (self.directory / b.file_name).exists()]

    def _file(self, backup: Backup) -> Path:
        path = self.directory / backup.file_name
        if backup.status != "completed":
            raise BackupError(f"backup {backup.id} is {backup.status}, not completed")
        if not path.exists():
            raise BackupError(f"backup {backup.id}'s file {path} is missing")
        return path

    async def _restore_into(self, archive: Path, database: str) -> None:
        uri, env = libpq_target(self.dsn, database)
        code, stderr = await _run(
            self.tools.path("pg_restore"), "--exit-on-error", "--no-owner", "--no-password", f"--dbname={uri}",
            str(archive), env=env,
        )
        if code != 0:
            raise BackupError(f"pg_restore exited with {code}: {stderr[-2000:] or 'no message'}")

    async def _admin(self, *statements: str) -> None:
        async with self._connected(self._maintenance) as connection:
            for statement in statements:
                await connection.execute(statement)

    async def _row_counts(self, database: str) -> dict[str, int]:
        async with self._connected(database) as connection:
            return await _count_rows(connection)

    async def verify(self, backup_id: int, *, remote: bool = False) -> Backup:
        """Checksum, then a restore into a scratch database with row counts compared; recorded either
        way. With `remote`, the off-site copy is downloaded and checked the same way."""
        backup = await self.get(backup_id)
        problem = await (self._check_remote(backup) if remote else self._check(backup, self._file(backup)))
        async with self._connected() as connection:
            await connection.execute(
                """UPDATE ops.backup_metadata SET verified_at = now(), verification_status = $2,
                   verification_error = $3 WHERE id = $1""",
                backup_id, "failed" if problem else "passed", problem,
            )
        return await self.get(backup_id)

    async def _check_remote(self, backup: Backup) -> str | None:
        if self.offsite is None:
            raise BackupError("no off-site store is configured (ZODIAC_BACKUP_S3_BUCKET)")
        if not backup.remote_locations:
            why = f": {backup.upload_error}" if backup.upload_error else ""
            raise BackupError(f"backup {backup.id} has no off-site copy{why}")
        location = backup.remote_locations[0]
        with tempfile.TemporaryDirectory(prefix="zodiac-remote-verify-") as folder:
            copy = Path(folder) / backup.file_name
            try:
                recorded = await asyncio.to_thread(self.offsite.download, location, copy)
            except OffsiteError as error:
                return str(error)
            if recorded != backup.sha256:
                return f"off-site copy {location}: it was stored with another checksum"
            problem = await self._check(backup, copy)
        return f"off-site copy {location}: {problem}" if problem else None

    async def _check(self, backup: Backup, path: Path) -> str | None:
        """What is wrong with an archive of `backup` (None: it restores to the snapshot's row counts)."""
        problem = None
        if file_sha256(path) != backup.sha256:
            problem = "checksum mismatch: the file changed after it was written"
        else:
            scratch = f"zodiac_verify_{backup.id}_{uuid.uuid4().hex[:6]}"
            await self._admin(f"CREATE DATABASE {_quote(scratch)}")
            try:
                await self._restore_into(path, scratch)
                restored = await self._row_counts(scratch)
                if restored != backup.row_counts:
                    differing = sorted(set(restored.items()) ^ set(backup.row_counts.items()))
                    problem = f"row counts differ from the snapshot: {differing[:10]}"
            except BackupError as error:
                problem = str(error)
            finally:
                await self._admin(f"DROP DATABASE IF EXISTS {_quote(scratch)} WITH (FORCE)")
        return problem

    async def restore(self, archive: Path, target: str, *, overwrite: bool = False) -> dict[str, int]:
        """Restore an archive into database `target`, creating it; refuses a non-empty one unless `overwrite`.

        Returns the restored row counts, checked against the manifest beside the archive when there is one.
        """
        manifest_path = archive.with_name(f"{archive.name}.json")
        manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else None
        if manifest and file_sha256(archive) != manifest["sha256"]:
            raise BackupError(f"{archive} does not match its manifest's checksum: refusing to restore it")
        async with self._connected(self._maintenance) as connection:
            exists = await connection.fetchval("SELECT true FROM pg_database WHERE datname = $1", target)
        if exists:
            async with self._connected(target) as connection:
                tables = len(await connection.fetch(_TABLES, ""))
            if tables and not overwrite:
                raise BackupError(f"database {target} is not empty ({tables} tables); pass overwrite to replace it")
            await self._admin(f"DROP DATABASE {_quote(target)} WITH (FORCE)")
        await self._admin(f"CREATE DATABASE {_quote(target)}")
        await self._restore_into(archive, target)
        restored = await self._row_counts(target)
        if manifest and restored != manifest["row_counts"]:
            raise BackupError(f"restored row counts differ from the backup's: {restored} != {manifest['row_counts']}")
        return restored

    async def prune(self, keep: int) -> list[Backup]:
        """Delete all but the newest `keep` completed backups, never the newest verified one."""
        if keep < 1:
            raise BackupError("keep at least one backup")
        completed = [b for b in await self.catalogue() if b.status == "completed"]
        completed.sort(key=lambda b: (b.finished_at or b.started_at, b.id), reverse=True)
        verified = [b for b in completed if b.verification_status == "passed"]
        protected = {b.id for b in completed[:keep]} | ({verified[0].id} if verified else set())
        doomed = [b for b in completed if b.id not in protected]
        for backup in doomed:
            for path in (self.directory / backup.file_name, self.directory / f"{backup.file_name}.json"):
                path.unlink(missing_ok=True)
            for location in backup.remote_locations:
                try:
                    if self.offsite is not None:
                        await asyncio.to_thread(self.offsite.delete, location)
                except OffsiteError as error:  # the local copy is gone; the store's lifecycle rules are the backstop
                    log.warning("pruning %s: %s", location, error)
        if doomed:
            async with self._connected() as connection:
                await connection.execute(
                    "UPDATE ops.backup_metadata SET status = 'pruned' WHERE id = ANY($1::bigint[])",
                    [b.id for b in doomed],
                )
        return doomed
