"""A service that cannot start says why, in one line, and exits non-zero."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from zodiac_platform.database import dsn_for_role


def _start(service: str = "horoscope_service", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", service],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=60,
    )


def test_a_bad_setting_stops_the_service_before_it_starts() -> None:
    result = _start(HOROSCOPE_PORT="fifty")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == "configuration error: HOROSCOPE_PORT='fifty' is not a whole number"


def test_a_busy_port_is_reported_plainly(dsn: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _start(
            HOROSCOPE_PORT=str(port), HOROSCOPE_METRICS_PORT="0",
            HOROSCOPE_DATABASE_URL=dsn_for_role(dsn, "zodiac_horoscope"),
        )
    assert result.returncode == 1
    assert f"cannot serve: OSError: cannot listen on 127.0.0.1:{port}: is another process using it?" in result.stderr
    assert "Traceback" not in result.stderr


def test_storekit_testing_mode_is_refused_in_production() -> None:
    # Xcode and LocalTesting check no signature: an unsigned, made-up purchase would grant premium.
    result = _start(
        "subscription_service", ZODIAC_ENV="production", APPLE_ENVIRONMENT="Xcode", APPLE_BUNDLE_ID="com.example.zodiac",
        DATABASE_URL="postgresql://nobody@127.0.0.1:1/none",
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("configuration error: APPLE_ENVIRONMENT=Xcode checks no signature") and "Traceback" not in result.stderr
