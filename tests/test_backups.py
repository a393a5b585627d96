"""Backups against the real PostgreSQL with pgserver's pg_dump and pg_restore."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import asyncpg
import pytest

from horoscope_service.horoscopes import Horoscopes
from horoscope_service.model import Period, Sign
from horoscope_service.offline_generator import OfflineGenerator
from horoscope_service.storage import HoroscopeStore
from tests.conftest import _admin
from zodiac_platform.backups import BackupError, Backups, file_sha256
from zodiac_platform.database import Database, PoolSettings, database_name
from zodiac_platform.pg_tools import PgTools, PgToolsError, find_pg_tools


async def _populate(dsn: str) -> None:
    database = await Database.connect(dsn, PoolSettings(1, 4, 5.0, 10.0), application_name="test")
    try:
        horoscopes = Horoscopes(HoroscopeStore(database), OfflineGenerator())
        await horoscopes.generate(Period.DAILY, dt.date(2026, 11, 27), list(Sign), ["en", "de"])
        await horoscopes.generate(Period.WEEKLY, dt.date(2026, 11, 27), [Sign.LEO], ["it"])
    finally:
        await database.close()
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(
            """INSERT INTO subscription.subscriptions (original_transaction_id, user_id, product_id, status,
               expires_at, environment, apple_status, apple_status_signed_at)
               VALUES ('9001', 'alice', 'p', 'active', now(), 'Sandbox', 'active', now())"""
        )
    finally:
        await connection.close()


async def _every_row(dsn: str) -> dict[str, list[tuple[object, ...]]]:
    connection = await asyncpg.connect(dsn)
    try:
        tables = await connection.fetch(
            "SELECT schemaname || '.' || tablename AS name FROM pg_tables "
            "WHERE schemaname IN ('public', 'horoscope', 'subscription', 'ops') AND tablename <> 'backup_metadata' ORDER BY 1"
        )
        return {
            t["name"]: [tuple(r) for r in await connection.fetch(f"SELECT * FROM {t['name']} ORDER BY 1")]
            for t in tables
        }
    finally:
        await connection.close()


@pytest.fixture
def backups(dsn: str, tmp_path: Path) -> Backups:
    return Backups(dsn, tmp_path / "backups", find_pg_tools())


async def test_backup_drop_restore_gives_identical_data(backups: Backups, dsn: str) -> None:
    await _populate(dsn)
    before = await _every_row(dsn)
    backup = await backups.create()
    assert backup.status == "completed" and backup.size_bytes and backup.sha256
    assert backup.row_counts["horoscope.daily_horoscopes"] == 24
    assert backup.row_counts["subscription.subscriptions"] == 1
    assert "ops.backup_metadata" not in backup.row_counts
    manifest = json.loads((backups.directory / f"{backup.file_name}.json").read_text())
    assert manifest["sha256"] == backup.sha256 and manifest["row_counts"] == backup.row_counts
    assert sorted(p.name for p in backups.directory.iterdir()) == [backup.file_name, f"{backup.file_name}.json"]

    database = database_name(dsn)
    await _admin(dsn, f"DROP DATABASE {database} WITH (FORCE)")
    restored = await backups.restore(backups.directory / backup.file_name, database)
    assert restored == backup.row_counts
    after = await _every_row(dsn)
    assert after == before and sum(len(rows) for rows in after.values()) > 30


async def test_verify_passes_on_a_good_backup(backups: Backups, dsn: str) -> None:
    await _populate(dsn)
    backup = await backups.verify((await backups.create()).id)
    assert backup.verification_status == "passed" and backup.verification_error is None
    connection = await asyncpg.connect(dsn)
    try:
        scratch = await connection.fetchval("SELECT count(*) FROM pg_database WHERE datname LIKE 'zodiac_verify_%'")
    finally:
        await connection.close()
    assert scratch == 0  # the scratch database is gone


async def test_verify_catches_a_corrupted_file(backups: Backups, dsn: str) -> None:
    await _populate(dsn)
    backup = await backups.create()
    path = backups.directory / backup.file_name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    checked = await backups.verify(backup.id)
    assert checked.verification_status == "failed" and "checksum mismatch" in (checked.verification_error or "")


async def test_verify_restores_for_real_because_a_checksum_is_not_enough(backups: Backups, dsn: str) -> None:
    """A file corrupted before its checksum was taken: only the scratch restore can tell."""
    await _populate(dsn)
    backup = await backups.create()
    path = backups.directory / backup.file_name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(
            "UPDATE ops.backup_metadata SET sha256 = $2 WHERE id = $1", backup.id,
            file_sha256(path),
        )
    finally:
        await connection.close()
    checked = await backups.verify(backup.id)
    assert checked.verification_status == "failed" and "pg_restore" in (checked.verification_error or "")


def _fake_tools(folder: Path, pg_dump_script: str) -> PgTools:
    folder.mkdir()
    real = find_pg_tools()
    script = folder / "pg_dump"
    script.write_text("#!/bin/sh\n" + pg_dump_script)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    (folder / "pg_restore").symlink_to(real.path("pg_restore"))
    return PgTools(folder)


async def test_a_dump_killed_midway_leaves_a_failed_record_and_no_file(dsn: str, tmp_path: Path) -> None:
    real = find_pg_tools().path("pg_dump")
    tools = _fake_tools(
        tmp_path / "bin",
        f'''case "$1" in --version) exec "{real}" --version;; esac
for arg; do case "$arg" in --file=*) out="${{arg#--file=}}";; esac; done
printf 'PGDMP partial archive' > "$out"
kill -9 $$
''',
    )
    backups = Backups(dsn, tmp_path / "backups", tools)
    with pytest.raises(BackupError, match="pg_dump exited with -9"):
        await backups.create()
    assert list((tmp_path / "backups").iterdir()) == []
    [failed] = await backups.catalogue()
    assert failed.status == "failed" and "-9" in (failed.error or "")


async def test_an_old_pg_dump_is_refused_with_a_clear_message(dsn: str, tmp_path: Path) -> None:
    tools = _fake_tools(tmp_path / "bin", 'echo "pg_dump (PostgreSQL) 12.4"\n')
    backups = Backups(dsn, tmp_path / "backups", tools)
    connection = await asyncpg.connect(dsn)
    try:
        server_major = int(await connection.fetchval("SHOW server_version_num")) // 10000
    finally:
        await connection.close()
    with pytest.raises(BackupError, match=f"pg_dump 12 cannot work with PostgreSQL {server_major}"):
        await backups.create()
    assert (await backups.catalogue())[0].status == "failed"


def test_missing_tools_are_named(tmp_path: Path) -> None:
    with pytest.raises(PgToolsError, match="pg_dump not found in"):
        find_pg_tools({"ZODIAC_PG_BIN": str(tmp_path)}).path("pg_dump")


async def test_prune_never_deletes_the_last_verified_backup(backups: Backups, dsn: str) -> None:
    oldest = await backups.verify((await backups.create()).id)
    middle = await backups.create()
    newest = await backups.create()
    pruned = await backups.prune(keep=1)
    assert [b.id for b in pruned] == [middle.id]
    remaining = {b.id: b.status for b in await backups.catalogue()}
    assert remaining == {oldest.id: "completed", middle.id: "pruned", newest.id: "completed"}
    assert not (backups.directory / middle.file_name).exists()
    assert (backups.directory / oldest.file_name).exists() and (backups.directory / newest.file_name).exists()
    with pytest.raises(BackupError):
        await backups.prune(keep=0)


async def test_restore_refuses_a_non_empty_database_unless_told(backups: Backups, dsn: str) -> None:
    await _populate(dsn)
    backup = await backups.create()
    archive = backups.directory / backup.file_name
    database = database_name(dsn)
    with pytest.raises(BackupError, match="is not empty"):
        await backups.restore(archive, database)
    restored = await backups.restore(archive, database, overwrite=True)
    assert restored == backup.row_counts


async def test_monitoring_views_on_a_fresh_and_a_used_database(backups: Backups, dsn: str) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        health = await connection.fetchrow("SELECT * FROM ops.v_backup_health")
        assert health["latest_backup_at"] is None and health["failures_last_7_days"] == 0
        stats = {r["schema_name"] + "." + r["table_name"]: r for r in await connection.fetch("SELECT * FROM ops.v_schema_performance_stats")}
        assert {"horoscope.daily_horoscopes", "subscription.receipt_validations", "ops.backup_metadata"} <= set(stats)
        assert all(r["total_bytes"] >= 0 and r["dead_rows"] >= 0 for r in stats.values())
        await _populate(dsn)
        await backups.verify((await backups.create()).id)
        await connection.execute("ANALYZE")
        health = await connection.fetchrow("SELECT * FROM ops.v_backup_health")
        assert health["latest_backup_at"] is not None and health["latest_verified_at"] is not None
        assert health["latest_backup_age"] < dt.timedelta(minutes=5)
        daily = await connection.fetchrow(
            "SELECT * FROM ops.v_schema_performance_stats WHERE schema_name = 'horoscope' AND table_name = 'daily_horoscopes'"
        )
        assert daily["total_bytes"] > 0 and daily["last_analyze"] is not None
        assert isinstance(daily["unused_indexes"], list)
    finally:
        await connection.close()


async def test_a_backup_abandoned_by_a_killed_process_is_closed_out(backups: Backups, dsn: str) -> None:
    import os
    import time

    backups.directory.mkdir(parents=True)
    leftover = backups.directory / ".zodiac-old.dump.partial"
    leftover.write_bytes(b"PGDMP half")
    old = time.time() - 7 * 3600
    os.utime(leftover, (old, old))
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(
            "INSERT INTO ops.backup_metadata (file_name, started_at) VALUES ('zodiac-old.dump', now() - interval '7 hours')"
        )
    finally:
        await connection.close()
    await backups.create()
    statuses = {b.file_name: (b.status, b.error) for b in await backups.catalogue()}
    assert statuses["zodiac-old.dump"][0] == "failed" and "abandoned" in (statuses["zodiac-old.dump"][1] or "")
    assert not leftover.exists()
