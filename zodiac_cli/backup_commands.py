"""`zodiac backup …`: create, list, verify, restore, prune, and a daily schedule."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
from pathlib import Path

from zodiac_platform.backups import Backup, BackupError, Backups
from zodiac_platform.config import PlatformSettings, read_str
from zodiac_platform.embedded_postgres import data_dir
from zodiac_platform.offsite import Offsite, OffsiteSettings
from zodiac_platform.pg_tools import find_pg_tools
from zodiac_platform.runner import database_url

log = logging.getLogger("zodiac.backup")


def backup_directory() -> Path:
    configured = read_str(os.environ, "ZODIAC_BACKUP_DIR")
    return Path(configured) if configured else data_dir() / "backups"


def _backups() -> Backups:
    offsite = OffsiteSettings.from_env(os.environ)
    return Backups(
        database_url(PlatformSettings.from_env()), backup_directory(), find_pg_tools(),
        offsite=Offsite(offsite) if offsite is not None else None,
    )


def _line(b: Backup) -> str:
    size = f"{(b.size_bytes or 0) / 1024:.0f} KiB" if b.size_bytes else "-"
    verified = b.verification_status or "unverified"
    when = b.started_at.isoformat(timespec="seconds")
    tail = f"  {b.error}" if b.error else (f"  {b.verification_error}" if b.verification_error else "")
    offsite = {None: "", True: "  off-site: " + ", ".join(b.remote_locations), False: f"  NOT off-site: {b.upload_error}"}
    return f"{b.id:>5} {when} {b.status:<9} {verified:<10} {size:>10} {b.file_name}{tail}{offsite[b.uploaded]}"


def add_backup_parser(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="verified backups (pg_dump custom format)")
    actions = backup.add_subparsers(dest="backup_action", required=True)
    create = actions.add_parser("create", help="dump the database now")
    create.add_argument("--verify", action="store_true", help="verify it right away")
    actions.add_parser("list", help="the backup catalogue, newest first")
    verify = actions.add_parser("verify", help="checksum and scratch restore of one backup")
    verify.add_argument("id", type=int)
    verify.add_argument("--remote", action="store_true", help="download the off-site copy and verify that")
    restore = actions.add_parser("restore", help="restore into a named database")
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument("--id", type=int, help="a backup in the catalogue")
    source.add_argument("--file", type=Path, help="an archive file (its .json manifest beside it is checked)")
    restore.add_argument("--target", required=True, help="the database to restore into (created if missing)")
    restore.add_argument("--overwrite", action="store_true", help="replace the target even if it is not empty")
    prune = actions.add_parser("prune", help="keep the newest N, and always the newest verified one")
    prune.add_argument("--keep", type=int, default=7)
    schedule = actions.add_parser("schedule", help="create, verify and prune on a timer until stopped")
    schedule.add_argument("--every-hours", type=float, default=24.0)
    schedule.add_argument("--keep", type=int, default=7)


async def _scheduled(backups: Backups, every_hours: float, keep: int) -> None:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    while not stopping.is_set():
        try:
            for retried in await backups.retry_uploads():  # what the last rounds could not upload
                log.warning("backup %s uploaded on retry: %s", retried.id, retried.uploaded)
            backup = await backups.verify((await backups.create()).id)
            log.warning("backup %s: %s, verification %s", backup.id, backup.file_name, backup.verification_status)
            await backups.prune(keep)
        except BackupError as error:  # recorded in the catalogue; try again next round
            log.error("scheduled backup failed: %s", error)
        try:
            await asyncio.wait_for(stopping.wait(), timeout=every_hours * 3600)
        except TimeoutError:
            pass


def run_backup_command(args: argparse.Namespace) -> None:
    backups = _backups()
    action = args.backup_action
    if action == "create":
        # A scheduled run (compose's schedule, the Kubernetes CronJob) first uploads what earlier runs could not.
        for retried in asyncio.run(backups.retry_uploads()):
            print(_line(retried))
        backup = asyncio.run(backups.create())
        if args.verify:
            backup = asyncio.run(backups.verify(backup.id))
        print(_line(backup))
    elif action == "list":
        for backup in asyncio.run(backups.catalogue()):
            print(_line(backup))
    elif action == "verify":
        backup = asyncio.run(backups.verify(args.id, remote=args.remote))
        print(_line(backup))
        if backup.verification_status != "passed":
            raise SystemExit(1)
    elif action == "restore":
        archive = args.file or backups.directory / asyncio.run(backups.get(args.id)).file_name
        counts = asyncio.run(backups.restore(archive, args.target, overwrite=args.overwrite))
        print(f"restored {archive.name} into {args.target}: {sum(counts.values())} rows in {len(counts)} tables")
    elif action == "prune":
        for backup in asyncio.run(backups.prune(args.keep)):
            print(f"pruned {backup.id} {backup.file_name}")
    elif action == "schedule":
        logging.basicConfig(level="WARNING", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        asyncio.run(_scheduled(backups, args.every_hours, args.keep))
