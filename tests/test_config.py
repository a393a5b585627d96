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


def _subscription_env(tmp_path: object, **env: str) -> dict[str, str]:
    from pathlib import Path

    from tests.apple_pki import TestAppStore

    store = TestAppStore(Path(str(tmp_path)))
    return {"APPLE_BUNDLE_ID": "com.example.zodiac", "APPLE_ROOT_CERTIFICATES": str(store.root_path), **env}


@pytest.mark.parametrize("testing_mode", ["Xcode", "LocalTesting", "xcode"])
def test_production_refuses_storekit_testing_modes(testing_mode: str) -> None:
    from subscription_service.config import SubscriptionSettings

    env = {"ZODIAC_ENV": "production", "APPLE_ENVIRONMENT": testing_mode, "APPLE_BUNDLE_ID": "com.example.zodiac"}
    with pytest.raises(ConfigError, match="^APPLE_ENVIRONMENT=.* checks no signature"):
        SubscriptionSettings.from_env(env)


def test_production_accepts_sandbox_data_unless_told_not_to(tmp_path: object) -> None:
    from subscription_service.config import SubscriptionSettings
    from subscription_service.model import Environment as AppStoreEnvironment

    env = _subscription_env(tmp_path, ZODIAC_ENV="production", APPLE_ENVIRONMENT="Production", APPLE_APP_APPLE_ID="1234")
    settings = SubscriptionSettings.from_env(env)
    assert settings.apple.accepted_environments == (AppStoreEnvironment.PRODUCTION, AppStoreEnvironment.SANDBOX)
    assert settings.apple.online_checks and settings.http.port == 8080
    refusing = SubscriptionSettings.from_env({**env, "APPLE_ACCEPT_SANDBOX": "false"})
    assert refusing.apple.accepted_environments == (AppStoreEnvironment.PRODUCTION,)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SUBSCRIPTION_HTTP_PORT": "-1"}, "SUBSCRIPTION_HTTP_PORT=-1 is out of range"),
        ({"SUBSCRIPTION_HTTP_TLS_CERT": "/etc/hostname"}, "go together"),
        ({"SUBSCRIPTION_HTTP_TLS_CERT": "/nope.pem", "SUBSCRIPTION_HTTP_TLS_KEY": "/nope.key"}, "is not a readable file"),
        ({"APPLE_RECEIPT_ROOT_CERTIFICATES": "/nope.cer"}, "APPLE_RECEIPT_ROOT_CERTIFICATES: cannot read"),
        ({"APPLE_ACCEPT_SANDBOX": "perhaps"}, "APPLE_ACCEPT_SANDBOX='perhaps' is not a boolean"),
    ],
)
def test_bad_subscription_settings_fail_fast(tmp_path: object, env: dict[str, str], message: str) -> None:
    from subscription_service.config import SubscriptionSettings

    with pytest.raises(ConfigError, match=message):
        SubscriptionSettings.from_env(_subscription_env(tmp_path, **env))


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ZODIAC_TLS_CERT": "/etc/hostname"}, "ZODIAC_TLS_CERT and ZODIAC_TLS_KEY go together"),
        ({"ZODIAC_TLS_CLIENT_CA": "/etc/hostname"}, "ZODIAC_TLS_CLIENT_CA needs ZODIAC_TLS_CERT"),
        ({"ZODIAC_TLS_CA": "/nope.pem"}, "ZODIAC_TLS_CA: /nope.pem is not a readable file"),
        ({"ZODIAC_TLS_CLIENT_KEY": "/etc/hostname"}, "ZODIAC_TLS_CLIENT_CERT and ZODIAC_TLS_CLIENT_KEY go together"),
        ({"ZODIAC_CALLERS": "gateway"}, "ZODIAC_CALLERS: 'gateway' is not name"),
        ({"ZODIAC_MAX_CONCURRENT_RPCS": "-1"}, "ZODIAC_MAX_CONCURRENT_RPCS=-1 is out of range"),
    ],
)
def test_bad_transport_and_caller_settings_fail_fast(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        HoroscopeSettings.from_env(env)
