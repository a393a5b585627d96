"""docker-compose.yml agrees with the code (no Docker engine runs here: this reads the file)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from zodiac_cli.main import build_parser
from zodiac_platform.config import PlatformSettings

ROOT = Path(__file__).resolve().parent.parent
SOURCES = "\n".join(
    p.read_text() for package in ("zodiac_platform", "horoscope_service", "zodiac_cli") for p in (ROOT / package).rglob("*.py")
)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _zodiac_subcommands() -> set[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]  # argparse keeps subparsers here
    return set(actions[0].choices)  # type: ignore[arg-type]


def test_services_and_dependencies(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"postgres", "migrate", "horoscope"}
    assert services["postgres"]["image"].startswith("postgres:16")
    assert "pgdata" in compose["volumes"] and "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["horoscope"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_commands_exist(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["migrate"]["command"][:2] == ["zodiac", "migrate"]
    assert {"migrate", "health"} <= _zodiac_subcommands()
    module = services["horoscope"]["command"]
    assert module[:2] == ["python", "-m"] and importlib.util.find_spec(f"{module[2]}.__main__") is not None
    assert services["horoscope"]["healthcheck"]["test"] == ["CMD", "zodiac", "health"]


def test_ports_agree_with_the_configuration(compose: dict[str, Any]) -> None:
    env = {k: str(v) for k, v in compose["services"]["horoscope"]["environment"].items()}
    env["ZODIAC_SERVICE_TOKEN"] = "x" * 16
    settings = PlatformSettings.from_env(env)
    assert settings.horoscope_port == PlatformSettings.from_env({}).horoscope_port == 50051
    assert compose["services"]["horoscope"]["ports"] == [f"{settings.horoscope_port}:{settings.horoscope_port}"]
    assert env["HOROSCOPE_TARGET"].endswith(f":{settings.horoscope_port}")
    assert settings.host == "0.0.0.0"  # reachable from outside the container


def test_every_variable_is_one_the_code_reads(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        if name == "postgres":
            continue
        for variable in service.get("environment", {}):
            assert re.search(rf'"{variable}"', SOURCES), f"{name}: the code never reads {variable}"


def test_dockerfile_copies_every_package() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    for folder in ("zodiac", "zodiac_platform", "zodiac_cli", "horoscope_service", "subscription_service", "migrations"):
        assert f"COPY {folder} ./{folder}" in dockerfile
