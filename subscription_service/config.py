"""The subscription service's settings: how to verify Apple's signatures, and what products grant."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from subscription_service.model import Environment
from zodiac_platform.config import ConfigError, PlatformSettings, read_bool, read_float, read_int, read_str
from zodiac_platform.config import Environment as ZodiacEnvironment
from zodiac_platform.database import PoolSettings


@dataclass(frozen=True)
class AppStoreApiSettings:
    """Credentials for the App Store Server API (legacy receipts are looked up there)."""

    key_id: str
    issuer_id: str
    private_key: bytes
    base_url: str | None = None  # only to point at a mirror or a test server


@dataclass(frozen=True)
class AppleSettings:
    bundle_id: str
    environment: Environment
    app_apple_id: int | None
    root_certificates: tuple[bytes, ...]
    online_checks: bool
    strict_checks: bool = True
    api: AppStoreApiSettings | None = None
    # In Production, also Sandbox data (what App Review buys with); APPLE_ACCEPT_SANDBOX=false refuses it.
    accept_sandbox: bool = True
    # Roots for legacy app receipts' PKCS#7 signatures (Apple Inc. Root); none: legacy receipts refused.
    receipt_roots: tuple[bytes, ...] = ()

    @property
    def accepted_environments(self) -> tuple[Environment, ...]:
        if self.environment is Environment.PRODUCTION and self.accept_sandbox:
            return (Environment.PRODUCTION, Environment.SANDBOX)
        return (self.environment,)


@dataclass(frozen=True)
class HttpSettings:
    """The HTTP endpoint Apple posts App Store Server Notifications to."""

    port: int = 8080
    tls_cert: str | None = None
    tls_key: str | None = None


@dataclass(frozen=True)
class SubscriptionSettings:
    platform: PlatformSettings
    pool: PoolSettings
    apple: AppleSettings
    product_entitlements: Mapping[str, frozenset[str]] = field(default_factory=dict)
    metrics_port: int = 9102
    http: HttpSettings = field(default_factory=HttpSettings)
    # How often Apple's notification history is replayed (0: never); needs App Store Server API credentials.
    sync_every: float = 0.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SubscriptionSettings:
        env = os.environ if env is None else env
        platform = PlatformSettings.from_env(env)
        return cls(
            platform=platform,
            pool=PoolSettings.for_environment(platform.environment, env),
            apple=apple_settings(env, production=platform.environment is ZodiacEnvironment.PRODUCTION),
            product_entitlements=parse_product_entitlements(read_str(env, "PRODUCT_ENTITLEMENTS") or ""),
            metrics_port=read_int(env, "SUBSCRIPTION_METRICS_PORT", 9102, low=0, high=65535),
            http=http_settings(env),
            sync_every=read_float(env, "APPLE_SYNC_EVERY_SECONDS", 0.0, low=0.0, high=7 * 86400.0),
        )


def http_settings(env: Mapping[str, str]) -> HttpSettings:
    cert, key = read_str(env, "SUBSCRIPTION_HTTP_TLS_CERT"), read_str(env, "SUBSCRIPTION_HTTP_TLS_KEY")
    if bool(cert) != bool(key):
        raise ConfigError("SUBSCRIPTION_HTTP_TLS_CERT and SUBSCRIPTION_HTTP_TLS_KEY go together")
    for name, path in (("SUBSCRIPTION_HTTP_TLS_CERT", cert), ("SUBSCRIPTION_HTTP_TLS_KEY", key)):
        if path and not Path(path).is_file():
            raise ConfigError(f"{name}: {path} is not a readable file")
    return HttpSettings(read_int(env, "SUBSCRIPTION_HTTP_PORT", 8080, low=0, high=65535), cert, key)


def parse_product_entitlements(text: str) -> dict[str, frozenset[str]]:
    """`com.example.monthly=premium,com.example.yearly=premium+extras` → product: entitlements."""
    mapping: dict[str, set[str]] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        product, separator, granted = item.partition("=")
        entitlements = {e.strip() for e in granted.split("+") if e.strip()}
        if not separator or not product.strip() or not entitlements:
            raise ConfigError(f"PRODUCT_ENTITLEMENTS: {item!r} is not product=entitlement")
        mapping.setdefault(product.strip(), set()).update(entitlements)
    return {product: frozenset(granted) for product, granted in mapping.items()}


def _read_certificates(env: Mapping[str, str], name: str) -> tuple[bytes, ...]:
    paths = [p.strip() for p in (read_str(env, name) or "").split(",") if p.strip()]
    return tuple(_read_certificate(p, name) for p in paths)


def _read_certificate(path: str, name: str) -> bytes:
    """DER bytes of a certificate file in DER or PEM."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ConfigError(f"{name}: cannot read {path}: {error.strerror}") from None
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificate(data).public_bytes(Encoding.DER)
        x509.load_der_x509_certificate(data)
    except ValueError:
        raise ConfigError(f"{name}: {path} is not a DER or PEM certificate") from None
    return data


def apple_settings(env: Mapping[str, str], *, production: bool = False) -> AppleSettings:
    """Apple's settings; `production` (ZODIAC_ENV=production) refuses the StoreKit testing modes."""
    raw = read_str(env, "APPLE_ENVIRONMENT", "Sandbox") or "Sandbox"
    matches = [e for e in Environment if e.value.lower() == raw.lower()]
    if not matches:
        raise ConfigError(f"APPLE_ENVIRONMENT={raw!r} is not one of: {', '.join(e.value for e in Environment)}")
    environment = matches[0]
    if production and not environment.checks_signatures:
        raise ConfigError(
            f"APPLE_ENVIRONMENT={environment.value} checks no signature (StoreKit testing) and is refused "
            "when ZODIAC_ENV=production: use Production (or Sandbox for a staging server)"
        )
    bundle_id = read_str(env, "APPLE_BUNDLE_ID")
    if not bundle_id:
        raise ConfigError("APPLE_BUNDLE_ID is required (the app's bundle identifier)")
    raw_app_id = read_str(env, "APPLE_APP_APPLE_ID")
    try:
        app_apple_id = int(raw_app_id) if raw_app_id else None
    except ValueError:
        raise ConfigError(f"APPLE_APP_APPLE_ID={raw_app_id!r} is not a number") from None
    if environment is Environment.PRODUCTION and app_apple_id is None:
        raise ConfigError("APPLE_APP_APPLE_ID is required when APPLE_ENVIRONMENT=Production")
    roots = _read_certificates(env, "APPLE_ROOT_CERTIFICATES")
    if environment.checks_signatures and not roots:
        raise ConfigError(f"APPLE_ROOT_CERTIFICATES is required for {environment.value} (Apple Root CA - G3, DER or PEM)")
    strict = read_bool(env, "APPLE_STRICT_CHECKS", True)
    if environment is Environment.PRODUCTION and not strict:
        raise ConfigError("APPLE_STRICT_CHECKS=false is for test roots only, never for Production")
    return AppleSettings(
        bundle_id=bundle_id,
        environment=environment,
        app_apple_id=app_apple_id,
        root_certificates=roots,
        online_checks=read_bool(env, "APPLE_ONLINE_CHECKS", environment is Environment.PRODUCTION),
        strict_checks=strict,
        api=_api_settings(env),
        accept_sandbox=read_bool(env, "APPLE_ACCEPT_SANDBOX", True),
        receipt_roots=_read_certificates(env, "APPLE_RECEIPT_ROOT_CERTIFICATES"),
    )


def _api_settings(env: Mapping[str, str]) -> AppStoreApiSettings | None:
    names = ("APPLE_API_KEY_ID", "APPLE_API_ISSUER_ID", "APPLE_API_PRIVATE_KEY_PATH")
    values = [read_str(env, n) for n in names]
    if not any(values):
        return None
    missing = [n for n, v in zip(names, values, strict=True) if not v]
    if missing:
        raise ConfigError(f"the App Store Server API needs {', '.join(missing)} as well")
    key_id, issuer_id, key_path = (v or "" for v in values)
    try:
        private_key = Path(key_path).read_bytes()
    except OSError as error:
        raise ConfigError(f"APPLE_API_PRIVATE_KEY_PATH: cannot read {key_path}: {error.strerror}") from None
    return AppStoreApiSettings(key_id, issuer_id, private_key, read_str(env, "APPLE_API_BASE_URL"))
