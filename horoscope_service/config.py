"""The horoscope service's own settings, beside the shared `PlatformSettings`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from horoscope_service.llm_generator import LlmSettings
from zodiac_platform.config import ConfigError, PlatformSettings, read_bool, read_float, read_int, read_str
from zodiac_platform.database import PoolSettings


@dataclass(frozen=True)
class HoroscopeSettings:
    platform: PlatformSettings
    pool: PoolSettings
    autogenerate: bool
    metrics_port: int
    cache_seconds: float
    subscription_target: str
    premium_entitlement: str
    entitlement_cache_seconds: float
    entitlement_timeout: float
    llm: LlmSettings | None
    # What the horoscope service presents to the subscription service (needs entitlement.check).
    subscription_token: str | None = None
    # Reads from a standby (or a multi-host URL with target_session_attrs=prefer-standby).
    read_database_url: str | None = None
    replica_lag: float = 5.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> HoroscopeSettings:
        env = os.environ if env is None else env
        platform = PlatformSettings.from_env(env)
        return cls(
            platform=platform,
            pool=PoolSettings.for_environment(platform.environment, env),
            autogenerate=read_bool(env, "HOROSCOPE_AUTOGENERATE", False),
            metrics_port=read_int(env, "HOROSCOPE_METRICS_PORT", 9101, low=0, high=65535),
            cache_seconds=read_float(env, "HOROSCOPE_CACHE_SECONDS", 60.0, low=0.0, high=86400.0),
            subscription_target=read_str(env, "SUBSCRIPTION_TARGET")
            or f"{platform.host if platform.host != '0.0.0.0' else '127.0.0.1'}:{platform.subscription_port}",
            premium_entitlement=read_str(env, "PREMIUM_ENTITLEMENT", "premium") or "premium",
            entitlement_cache_seconds=read_float(env, "HOROSCOPE_ENTITLEMENT_CACHE_SECONDS", 30.0, low=0.0, high=3600.0),
            entitlement_timeout=read_float(env, "HOROSCOPE_ENTITLEMENT_TIMEOUT", 0.5, low=0.01, high=30.0),
            llm=_llm_settings(env),
            subscription_token=read_str(env, "HOROSCOPE_SUBSCRIPTION_TOKEN") or platform.service_token,
            read_database_url=read_str(env, "HOROSCOPE_READ_DATABASE_URL"),
            replica_lag=read_float(env, "HOROSCOPE_REPLICA_LAG_SECONDS", 5.0, low=0.0, high=3600.0),
        )


def _llm_settings(env: Mapping[str, str]) -> LlmSettings | None:
    base_url, api_key, model = (read_str(env, n) for n in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL"))
    if not (base_url or api_key):
        return None
    missing = [n for n, v in (("OPENAI_BASE_URL", base_url), ("OPENAI_API_KEY", api_key), ("OPENAI_MODEL", model)) if not v]
    if missing:
        raise ConfigError(f"the LLM generator needs {', '.join(missing)} as well")
    assert base_url and api_key and model
    return LlmSettings(
        base_url=base_url,
        api_key=api_key,
        model=model,
        timeout=read_float(env, "OPENAI_TIMEOUT", 30.0, low=1.0, high=600.0),
        max_retries=read_int(env, "OPENAI_MAX_RETRIES", 1, low=0, high=5),
    )
