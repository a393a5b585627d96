"""A PostgreSQL cluster from the system's own packages with pg_stat_statements preloaded (the
embedded pgserver build does not ship the module). Debian/Ubuntu: apt install postgresql-contrib."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import free_ports


def system_postgres_with_statements() -> Path | None:
    """The newest system PostgreSQL `bin` folder whose installation has pg_stat_statements."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/lib/pg_stat_statements.so"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent.parent / "bin" if found else None


@contextmanager
def postgres_with_statements(folder: Path) -> Iterator[str]:
    """Start the cluster in `folder`; yield a superuser DSN over TCP; stop and delete it after."""
    bin_dir = system_postgres_with_statements()
    if bin_dir is None:
        pytest.skip("no system PostgreSQL with pg_stat_statements here (apt install postgresql-contrib)")
    # PostgreSQL refuses to run as root: as the `postgres` (or pgserver's) account then.
    user = next((u for u in ("postgres", "pgserver") if _exists(u)), None) if os.geteuid() == 0 else None
    folder.mkdir(parents=True, exist_ok=True)
    if user is not None:
        account = pwd.getpwnam(user)
        os.chown(folder, account.pw_uid, account.pw_gid)
    data, port = folder / "pgdata", free_ports(1)[0]

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True, user=user, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
    options = f"-h 127.0.0.1 -p {port} -k {folder} -c shared_preload_libraries=pg_stat_statements -c fsync=off"
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-o", options, "-l", str(folder / "log"), "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-m", "immediate", "stop"],
                       capture_output=True, user=user, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
    except KeyError:
        return False
    return True
