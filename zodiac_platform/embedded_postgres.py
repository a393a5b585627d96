"""An embedded PostgreSQL (the `pgserver` package) for when no DATABASE_URL is given."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import warnings
from pathlib import Path

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / ".zodiac"


def data_dir() -> Path:
    """Where local state lives: ZODIAC_DATA_DIR, else `.zodiac` in the project (ignored by git)."""
    configured = os.environ.get("ZODIAC_DATA_DIR", "").strip()
    return Path(configured) if configured else DEFAULT_DATA_DIR


def start_embedded_postgres(data_dir: Path, *, throwaway: bool = False) -> str:
    """Start (or join) the server whose data lives in `data_dir`/pgdata; return its DSN.

    The server is shared by every process that asks for the same folder and stops when the last
    of them exits. Its data survives restarts, unless `throwaway` (tests, benchmarks): then the
    data folder is deleted once the server has stopped.
    """
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers); pgserver copes.
        warnings.simplefilter("ignore")
        import pgserver

        data_dir.mkdir(parents=True, exist_ok=True)
        if throwaway:
            # atexit runs handlers last-in first-out: this one runs after pgserver has stopped the
            # server and deleted pgdata, and removes the folder around it.
            atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
        server = pgserver.get_server(data_dir / "pgdata", cleanup_mode="delete" if throwaway else "stop")
    dsn: str = server.get_uri()
    log.info("embedded PostgreSQL ready in %s", data_dir / "pgdata")
    return dsn



def bundled_bin_dir() -> Path | None:
    """Where pgserver keeps its PostgreSQL client tools (pg_dump, pg_restore), if it is installed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from pgserver._commands import POSTGRES_BIN_PATH
        except ImportError:
            return None
    return Path(POSTGRES_BIN_PATH)
