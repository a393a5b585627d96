"""Traces (OpenTelemetry) and structured logs.

Tracing is on when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: spans for every gRPC call served and made
(OpenTelemetry's grpc instrumentation, whose client interceptor carries the trace context in the
call's metadata, so a premium read is one trace across both services) and for every asyncpg
query, exported over OTLP (the exporter reads the standard `OTEL_*` variables). Off, nothing is
installed: no interceptor, no patched driver, nothing to cost.

`ZODIAC_LOG_FORMAT=json` writes one JSON object per line (python-json-logger); the call log's
method, caller, status and duration are fields of their own, and every record carries the trace id
of the span it was written in.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any

from opentelemetry import trace

from zodiac_platform.config import ConfigError, read_str

LOG_FORMATS = ("text", "json")


def tracing_enabled(env: Mapping[str, str]) -> bool:
    return bool(read_str(env, "OTEL_EXPORTER_OTLP_ENDPOINT") or read_str(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))


def log_format(env: Mapping[str, str]) -> str:
    value = (read_str(env, "ZODIAC_LOG_FORMAT", "text") or "text").lower()
    if value not in LOG_FORMATS:
        raise ConfigError(f"ZODIAC_LOG_FORMAT={value!r} is not one of: {', '.join(LOG_FORMATS)}")
    return value


def install_tracing(service_name: str, exporter: Any = None) -> None:
    """The process's tracer provider, exporting to OTLP (or to `exporter`, for tests), and asyncpg
    instrumented. Once per process, before servers and channels are made."""
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    if exporter is None:
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    AsyncPGInstrumentor().instrument()


def server_interceptors(enabled: bool) -> list[Any]:
    if not enabled:
        return []
    from opentelemetry.instrumentation.grpc import aio_server_interceptor

    return [aio_server_interceptor()]


def client_interceptors(enabled: bool) -> list[Any]:
    if not enabled:
        return []
    from opentelemetry.instrumentation.grpc import aio_client_interceptors

    return list(aio_client_interceptors())


class _TraceIds(logging.Filter):
    """Adds the current span's trace id (hex; empty outside a trace) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        context = trace.get_current_span().get_span_context()
        record.trace_id = format(context.trace_id, "032x") if context.is_valid else ""
        return True


def configure_logging(level: str, format_: str = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_TraceIds())
    if format_ == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(
            JsonFormatter(
                "{asctime}{levelname}{name}{message}{trace_id}", style="{",
                rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("pgserver").setLevel(logging.WARNING)  # it narrates every pg_ctl call at INFO
