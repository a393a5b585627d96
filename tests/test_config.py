"""Configuration fails fast, naming the variable."""

from __future__ import annotations

import pytest

from horoscope_service.config import HoroscopeSettings
from zodiac_platform.config import ConfigError, Environment
from zodiac_platform.database import PoolSettings


def test_defaults() -> None:
    settings = HoroscopeSettings.from_env({})
    assert settings.platform.host == "127.0.0.1"
    assert (settings.platform.horoscope_port, settings.platform.subscription_port) == (50051, 50052)
    assert settings.platform.environment is Environment.DEVELOPMENT
    assert (settings.pool.min_size, settings.pool.max_size) == (2, 10)
    assert settings.llm is None


def test_production_pool_is_larger() -> None:
    pool = PoolSettings.for_environment(Environment.PRODUCTION, {})
    assert (pool.min_size, pool.max_size) == (5, 25)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HOROSCOPE_PORT": "http"}, "HOROSCOPE_PORT='http' is not a whole number"),
        ({"SUBSCRIPTION_PORT": "70000"}, "SUBSCRIPTION_PORT=70000 is out of range"),
        ({"ZODIAC_ENV": "staging"}, "ZODIAC_ENV='staging' is not one of: development, production"),
        ({"ZODIAC_SERVICE_TOKEN": "short"}, "at least 16 characters"),
        ({"HOROSCOPE_AUTOGENERATE": "maybe"}, "HOROSCOPE_AUTOGENERATE='maybe' is not a boolean"),
        ({"DB_POOL_MIN_SIZE": "20", "DB_POOL_MAX_SIZE": "5"}, "exceeds DB_POOL_MAX_SIZE"),
        ({"OPENAI_API_KEY": "sk-x"}, "needs OPENAI_BASE_URL, OPENAI_MODEL as well"),
    ],
)
def test_bad_values_fail_fast(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        HoroscopeSettings.from_env(env)


def test_production_needs_a_database_url() -> None:
    from zodiac_platform.config import PlatformSettings
    from zodiac_platform.runner import database_url

    with pytest.raises(ConfigError, match="DATABASE_URL is required"):
        database_url(PlatformSettings.from_env({"ZODIAC_ENV": "production"}))
