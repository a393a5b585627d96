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
    p.read_text()
    for package in ("zodiac_platform", "horoscope_service", "subscription_service", "zodiac_cli")
    for p in (ROOT / package).rglob("*.py")
)
SERVICES = {"horoscope": ("horoscope_service", "HOROSCOPE_PORT"), "subscription": ("subscription_service", "SUBSCRIPTION_PORT")}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _zodiac_subcommands() -> set[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]  # argparse keeps subparsers here
    return set(actions[0].choices)  # type: ignore[arg-type]


def test_services_and_dependencies(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"postgres", "migrate", "horoscope", "subscription", "backup", "prometheus", "grafana"}
    assert services["postgres"]["image"].startswith("postgres:16")
    assert "pgdata" in compose["volumes"] and "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in SERVICES:
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["horoscope"]["environment"]["SUBSCRIPTION_TARGET"] == "subscription:50052"


def test_commands_exist(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["migrate"]["command"][:2] == ["zodiac", "migrate"]
    backup = build_parser().parse_args(services["backup"]["command"][1:])
    assert (backup.command, backup.backup_action, backup.every_hours, backup.keep) == ("backup", "schedule", 24.0, 7)
    assert "backups:/backups" in services["backup"]["volumes"] and "backups" in compose["volumes"]
    assert {"migrate", "health"} <= _zodiac_subcommands()
    for name, (package, _) in SERVICES.items():
        assert services[name]["command"] == ["python", "-m", package]
        assert importlib.util.find_spec(f"{package}.__main__") is not None
    assert services["horoscope"]["healthcheck"]["test"] == ["CMD", "zodiac", "health"]
    assert services["subscription"]["healthcheck"]["test"] == ["CMD", "zodiac", "health", "--subscription"]


@pytest.mark.parametrize("name", SERVICES)
def test_ports_agree_with_the_configuration(compose: dict[str, Any], name: str) -> None:
    env = _resolved(compose["services"][name]["environment"])
    env["ZODIAC_SERVICE_TOKEN"] = "x" * 16
    settings = PlatformSettings.from_env(env)
    port = settings.horoscope_port if name == "horoscope" else settings.subscription_port
    default = PlatformSettings.from_env({})
    assert port == (default.horoscope_port if name == "horoscope" else default.subscription_port)
    metrics_port = int(env[f"{name.upper()}_METRICS_PORT"])
    published = [f"{port}:{port}", f"{metrics_port}:{metrics_port}"]
    if name == "subscription":  # Apple's notifications over HTTP
        http_port = int(env["SUBSCRIPTION_HTTP_PORT"])
        published.append(f"{http_port}:{http_port}")
    assert compose["services"][name]["ports"] == published
    assert env[f"{name.upper()}_TARGET"].endswith(f":{port}")  # the container's own health check
    assert settings.host == "0.0.0.0"  # reachable from outside the container


def test_service_roles_are_created_with_the_passwords_the_services_use(compose: dict[str, Any]) -> None:
    postgres = compose["services"]["postgres"]
    assert "./deploy/postgres-init:/docker-entrypoint-initdb.d:ro" in postgres["volumes"]
    script = (ROOT / "deploy" / "postgres-init" / "create-service-roles.sh").read_text()
    for name, role, variable in (
        ("horoscope", "zodiac_horoscope", "HOROSCOPE_DB_PASSWORD"),
        ("subscription", "zodiac_subscription", "SUBSCRIPTION_DB_PASSWORD"),
    ):
        assert f"CREATE ROLE {role} LOGIN" in script and f"${variable}" in script
        assert variable in postgres["environment"]
        url = compose["services"][name]["environment"][f"{name.upper()}_DATABASE_URL"]
        assert url.startswith(f"postgresql://{role}:${{{variable}:-")


def test_every_variable_is_one_the_code_reads(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        if "image" in service:  # postgres, prometheus, grafana: their own images' settings
            continue
        for variable in service.get("environment", {}):
            assert re.search(rf'"{variable}"', SOURCES), f"{name}: the code never reads {variable}"


def test_dockerfile_copies_every_package() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    for folder in ("zodiac", "zodiac_platform", "zodiac_cli", "horoscope_service", "subscription_service", "migrations"):
        assert f"COPY {folder} ./{folder}" in dockerfile


def _resolved(environment: dict[str, object], **shell: str) -> dict[str, str]:
    """The service's environment as compose resolves `${NAME:-default}` with `shell` set."""

    def resolve(value: str) -> str:
        def one(match: re.Match[str]) -> str:
            name, default = match.group(1), match.group(3) or ""
            return shell.get(name) or ("" if match.group(2) == ":?" else default)

        return re.sub(r"\$\{(\w+)(:-|:\?)?([^}]*)\}", one, value)

    return {key: resolve(str(value)) for key, value in environment.items()}


def test_the_stack_runs_production_app_store_settings_only(compose: dict[str, Any], tmp_path: Path) -> None:
    from subscription_service.config import SubscriptionSettings
    from subscription_service.model import Environment as AppStoreEnvironment
    from tests.apple_pki import TestAppStore
    from zodiac_platform.config import ConfigError

    root = TestAppStore(tmp_path).root_path
    subscription = compose["services"]["subscription"]
    shell = {"ZODIAC_SERVICE_TOKEN": "x" * 16, "APPLE_BUNDLE_ID": "com.example.zodiac", "APPLE_APP_APPLE_ID": "1234",
             "APPLE_ROOT_CERTIFICATES": str(root)}
    settings = SubscriptionSettings.from_env(_resolved(subscription["environment"], **shell))
    assert settings.apple.accepted_environments == (AppStoreEnvironment.PRODUCTION, AppStoreEnvironment.SANDBOX)
    assert "./deploy/apple:/etc/zodiac/apple:ro" in subscription["volumes"]
    with pytest.raises(ConfigError, match="APPLE_ENVIRONMENT=Xcode"):  # even if someone asks for it
        SubscriptionSettings.from_env(_resolved(subscription["environment"], **shell, APPLE_ENVIRONMENT="Xcode"))


def test_the_development_override_is_the_only_way_to_storekit_testing(compose: dict[str, Any]) -> None:
    from subscription_service.config import SubscriptionSettings

    override = yaml.safe_load((ROOT / "docker-compose.dev.yml").read_text())["services"]["subscription"]["environment"]
    merged = {**compose["services"]["subscription"]["environment"], **override}
    settings = SubscriptionSettings.from_env(_resolved(merged, ZODIAC_SERVICE_TOKEN="x" * 16))
    assert settings.apple.environment.value == "Xcode" and merged["ZODIAC_ENV"] == "development"
