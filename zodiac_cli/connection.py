"""Where the CLI's calls go, with what deadline, and the service token they carry."""

from __future__ import annotations

import os
from pathlib import Path

from zodiac_platform.config import PlatformSettings
from zodiac_platform.embedded_postgres import data_dir

DEADLINE = 10.0


def token_file() -> Path:
    """Where `zodiac run` keeps the service token it made (when ZODIAC_SERVICE_TOKEN is unset)."""
    return data_dir() / "service-token"


def target(service: str = "horoscope") -> str:
    settings = PlatformSettings.from_env()
    if service == "subscription":
        return os.environ.get("SUBSCRIPTION_TARGET") or f"{settings.host}:{settings.subscription_port}"
    return os.environ.get("HOROSCOPE_TARGET") or f"{settings.host}:{settings.horoscope_port}"


def auth_metadata() -> tuple[tuple[str, str], ...]:
    saved = token_file()
    token = os.environ.get("ZODIAC_SERVICE_TOKEN") or (saved.read_text().strip() if saved.exists() else "")
    return (("authorization", f"Bearer {token}"),) if token else ()
