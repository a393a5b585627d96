"""TLS for the gRPC ports, mutual when a client CA is given, with certificates re-read on rotation.

Server side: `ZODIAC_TLS_CERT` and `ZODIAC_TLS_KEY` (PEM) make a port TLS only;
`ZODIAC_TLS_CLIENT_CA` also requires every client to present a certificate that CA signed.
grpc asks the certificate fetcher before each handshake: it re-reads the files when one of them has
changed, so a rotated certificate (cert-manager, a renewed secret) needs no restart.

Client side (the horoscope service calling the subscription service, the CLI): trust
`ZODIAC_TLS_CA` and present `ZODIAC_TLS_CLIENT_CERT`/`ZODIAC_TLS_CLIENT_KEY`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import grpc

from zodiac_platform.config import ConfigError, read_str

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerTls:
    cert: Path
    key: Path
    client_ca: Path | None = None  # set: mutual TLS


@dataclass(frozen=True)
class ClientTls:
    ca: Path | None = None  # None: the system's roots
    cert: Path | None = None
    key: Path | None = None


def _path(env: Mapping[str, str], name: str) -> Path | None:
    value = read_str(env, name)
    if value is None:
        return None
    path = Path(value)
    if not path.is_file():
        raise ConfigError(f"{name}: {value} is not a readable file")
    return path


def _pair(env: Mapping[str, str], cert_name: str, key_name: str) -> tuple[Path, Path] | None:
    cert, key = _path(env, cert_name), _path(env, key_name)
    if (cert is None) != (key is None):
        raise ConfigError(f"{cert_name} and {key_name} go together")
    return (cert, key) if cert is not None and key is not None else None


def server_tls(env: Mapping[str, str]) -> ServerTls | None:
    pair = _pair(env, "ZODIAC_TLS_CERT", "ZODIAC_TLS_KEY")
    client_ca = _path(env, "ZODIAC_TLS_CLIENT_CA")
    if pair is None:
        if client_ca is not None:
            raise ConfigError("ZODIAC_TLS_CLIENT_CA needs ZODIAC_TLS_CERT and ZODIAC_TLS_KEY")
        return None
    return ServerTls(pair[0], pair[1], client_ca)


def client_tls(env: Mapping[str, str]) -> ClientTls | None:
    ca = _path(env, "ZODIAC_TLS_CA")
    pair = _pair(env, "ZODIAC_TLS_CLIENT_CERT", "ZODIAC_TLS_CLIENT_KEY")
    if ca is None and pair is None:
        return None
    return ClientTls(ca, *(pair or (None, None)))


def client_tls_from_environment() -> ClientTls | None:
    return client_tls(os.environ)


class _Fetcher:
    """Gives grpc a new certificate configuration whenever one of the files has changed."""

    def __init__(self, tls: ServerTls) -> None:
        self._tls = tls
        self._seen = self._stamps()

    def _files(self) -> list[Path]:
        return [p for p in (self._tls.cert, self._tls.key, self._tls.client_ca) if p is not None]

    def _stamps(self) -> tuple[int, ...]:
        return tuple(p.stat().st_mtime_ns for p in self._files())

    def configuration(self) -> grpc.ServerCertificateConfiguration:
        tls = self._tls
        return grpc.ssl_server_certificate_configuration(
            [(tls.key.read_bytes(), tls.cert.read_bytes())],
            root_certificates=tls.client_ca.read_bytes() if tls.client_ca else None,
        )

    def __call__(self) -> grpc.ServerCertificateConfiguration | None:
        try:
            stamps = self._stamps()
            if stamps == self._seen:
                return None
            configuration = self.configuration()
        except OSError as error:  # mid-rotation: keep serving with what we have
            log.warning("TLS files cannot be read (%s): keeping the current certificate", error)
            return None
        self._seen = stamps
        log.info("TLS certificate files changed: serving the new certificate")
        return configuration


def server_credentials(tls: ServerTls) -> grpc.ServerCredentials:
    fetcher = _Fetcher(tls)
    # grpc documents None as "no change"; the type stubs leave it out of the fetcher's return type.
    fetch = cast("Callable[[], grpc.ServerCertificateConfiguration]", fetcher)
    return grpc.dynamic_ssl_server_credentials(
        fetcher.configuration(), fetch, require_client_authentication=tls.client_ca is not None
    )


def channel_credentials(tls: ClientTls) -> grpc.ChannelCredentials:
    return grpc.ssl_channel_credentials(
        root_certificates=tls.ca.read_bytes() if tls.ca else None,
        private_key=tls.key.read_bytes() if tls.key else None,
        certificate_chain=tls.cert.read_bytes() if tls.cert else None,
    )


def secure_or_insecure_aio_channel(
    target: str,
    tls: ClientTls | None,
    options: list[tuple[str, object]] | None = None,
    interceptors: Sequence[grpc.aio.ClientInterceptor] | None = None,
) -> grpc.aio.Channel:
    if tls is None:
        return grpc.aio.insecure_channel(target, options=options, interceptors=interceptors)
    return grpc.aio.secure_channel(target, channel_credentials(tls), options=options, interceptors=interceptors)


def secure_or_insecure_channel(target: str, tls: ClientTls | None) -> grpc.Channel:
    if tls is None:
        return grpc.insecure_channel(target)
    return grpc.secure_channel(target, channel_credentials(tls))
