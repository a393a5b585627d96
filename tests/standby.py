"""A real streaming standby of the test cluster: pg_basebackup from it, then a second postgres
(pgserver's binaries) replaying its WAL. Embedded test clusters only."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.conftest import free_ports
from zodiac_platform.embedded_postgres import bundled_bin_dir


@dataclass
class Standby:
    folder: Path
    port: int
    bin_dir: Path
    user: str | None

    def dsn(self, database: str, role: str = "postgres") -> str:
        return f"postgresql://{role}@/{database}?host={self.folder}&port={self.port}"

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run([str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "pgdata"), *args],
                       check=True, capture_output=True, user=self.user, timeout=60)

    def start(self) -> None:
        self._pg_ctl("-w", "-o", f"-h '' -k {self.folder} -p {self.port}", "-l", str(self.folder / "log"), "start")

    def stop(self) -> None:
        self._pg_ctl("-w", "-m", "fast", "stop")


@contextmanager
def streaming_standby(primary_dsn: str, folder: Path) -> Iterator[Standby]:
    bin_dir = bundled_bin_dir()
    query = parse_qs(urlsplit(primary_dsn).query)
    if bin_dir is None or "host" not in query:
        raise RuntimeError("a standby needs the embedded cluster (pgserver's binaries and socket)")
    # pgserver runs PostgreSQL as the user `pgserver` when the tests run as root (postgres refuses root).
    user = "pgserver" if os.geteuid() == 0 else None
    folder.mkdir(parents=True, exist_ok=True)
    if user is not None:
        account = pwd.getpwnam(user)
        os.chown(folder, account.pw_uid, account.pw_gid)
    folder.chmod(0o700)
    port = free_ports(1)[0]
    socket_dir, primary_port = query["host"][0], query.get("port", ["5432"])[0]
    backup = subprocess.run(
        [str(bin_dir / "pg_basebackup"), "-D", str(folder / "pgdata"), "-R", "-X", "stream", "-c", "fast",
         "-h", socket_dir, "-p", primary_port, "-U", urlsplit(primary_dsn).username or "postgres"],
        capture_output=True, text=True, user=user, timeout=120,
    )
    if backup.returncode != 0:
        raise RuntimeError(f"pg_basebackup failed: {backup.stderr.strip()}")
    standby = Standby(folder, port, bin_dir, user)
    standby.start()
    try:
        yield standby
    finally:
        try:
            standby.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped by the test
        shutil.rmtree(folder, ignore_errors=True)
