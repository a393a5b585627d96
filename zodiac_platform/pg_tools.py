"""Finding PostgreSQL's client tools (pg_dump, pg_restore) and running them against a DSN."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from zodiac_platform.database import dsn_for_database
from zodiac_platform.embedded_postgres import bundled_bin_dir


class PgToolsError(RuntimeError):
    """A client tool is missing, too old for the server, or failed."""


@dataclass(frozen=True)
class PgTools:
    bin_dir: Path

    def path(self, name: str) -> Path:
        tool = self.bin_dir / name
        if not os.access(tool, os.X_OK):
            raise PgToolsError(f"{name} not found in {self.bin_dir}; set ZODIAC_PG_BIN to a PostgreSQL bin folder")
        return tool

    def major_version(self, name: str) -> int:
        output = subprocess.run([self.path(name), "--version"], capture_output=True, text=True, check=False).stdout
        match = re.search(r"\(PostgreSQL\) (\d+)", output)
        if match is None:
            raise PgToolsError(f"cannot tell the version of {self.path(name)}: {output.strip()!r}")
        return int(match.group(1))

    def check_can_serve(self, name: str, server_major: int) -> int:
        """pg_dump and pg_restore handle servers up to their own major version, not newer."""
        major = self.major_version(name)
        if major < server_major:
            raise PgToolsError(
                f"{name} {major} cannot work with PostgreSQL {server_major}: "
                f"point ZODIAC_PG_BIN at PostgreSQL {server_major} (or newer) client tools"
            )
        return major


def find_pg_tools(env: Mapping[str, str] | None = None) -> PgTools:
    """ZODIAC_PG_BIN, else the tools pgserver ships (PostgreSQL 16), else pg_dump on PATH."""
    env = os.environ if env is None else env
    configured = env.get("ZODIAC_PG_BIN", "").strip()
    if configured:
        return PgTools(Path(configured))
    bundled = bundled_bin_dir()
    if bundled is not None and (bundled / "pg_dump").exists():
        return PgTools(bundled)
    on_path = shutil.which("pg_dump")
    if on_path:
        return PgTools(Path(on_path).parent)
    raise PgToolsError("no pg_dump found: install PostgreSQL client tools or set ZODIAC_PG_BIN")


def libpq_target(dsn: str, database: str | None = None) -> tuple[str, dict[str, str]]:
    """A connection URI without its password (which would show in `ps`), and PGPASSWORD to pass it."""
    parts = urlsplit(dsn if database is None else dsn_for_database(dsn, database))
    if not parts.password:
        return parts.geturl(), {}
    netloc = f"{parts.username or ''}@{parts.netloc.rpartition('@')[2]}"
    return urlunsplit(parts._replace(netloc=netloc)), {"PGPASSWORD": parts.password}
