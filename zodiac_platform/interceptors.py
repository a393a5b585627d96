"""One server interceptor: authenticate protected methods, log each call, map errors to statuses."""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from zodiac_platform.errors import (
    Aborted,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
    Unavailable,
    ZodiacError,
)
from zodiac_platform.metrics import ServiceMetrics

log = logging.getLogger("zodiac.rpc")

_CODES: dict[type[ZodiacError], int] = {
    InvalidArgument: code_pb2.INVALID_ARGUMENT,
    NotFound: code_pb2.NOT_FOUND,
    FailedPrecondition: code_pb2.FAILED_PRECONDITION,
    Unauthenticated: code_pb2.UNAUTHENTICATED,
    PermissionDenied: code_pb2.PERMISSION_DENIED,
    Unavailable: code_pb2.UNAVAILABLE,
    Aborted: code_pb2.ABORTED,
}


def status_for(error: ZodiacError) -> grpc.Status:
    """The rich status (google.rpc.Status) a client sees for a domain error."""
    code = next((c for t, c in _CODES.items() if isinstance(error, t)), code_pb2.INTERNAL)
    status = status_pb2.Status(code=code, message=str(error))
    if isinstance(error, InvalidArgument):
        bad_request = error_details_pb2.BadRequest(
            field_violations=[
                error_details_pb2.BadRequest.FieldViolation(field=v.field, description=v.description)
                for v in error.violations
            ]
        )
        detail = any_pb2.Any()
        detail.Pack(bad_request)
        status.details.append(detail)
    return rpc_status.to_status(status)


def bearer_token(metadata: tuple[tuple[str, str | bytes], ...] | None) -> str | None:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str) and value.startswith("Bearer "):
            return value[len("Bearer ") :].strip()
    return None


class ServiceInterceptor(grpc.aio.ServerInterceptor):
    """Wraps every unary-unary handler; other handlers (health Watch, reflection) pass through."""

    def __init__(
        self,
        *,
        protected_methods: frozenset[str],
        service_token: str | None,
        metrics: ServiceMetrics | None = None,
    ) -> None:
        self._protected = protected_methods
        self._token = service_token
        self._metrics = metrics
        # intercept_service runs for every call: wrap each method's handler once.
        self._wrapped: dict[str, grpc.RpcMethodHandler] = {}

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        method: str = handler_call_details.method  # type: ignore[attr-defined]
        wrapped = self._wrapped.get(method)
        if wrapped is not None:
            return wrapped
        handler = await continuation(handler_call_details)
        if handler is None or handler.unary_unary is None:
            return handler
        wrapped = self._wrap(method, handler)
        self._wrapped[method] = wrapped
        return wrapped

    def _wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        behaviour = handler.unary_unary
        protected = method in self._protected
        observe = self._metrics.observer(method) if self._metrics is not None else None

        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> Any:
            started = time.perf_counter()
            code = "OK"
            try:
                if protected:
                    self._authenticate(context)
                return await behaviour(request, context)
            except grpc.aio.AbortError:
                code = context.code().name if context.code() else "ABORTED"
                raise
            except asyncio.CancelledError:  # the caller went away or its deadline passed
                code = "CANCELLED"
                raise
            except ZodiacError as error:
                status = status_for(error)
                code = status.code.name
                await context.abort_with_status(status)
            except Exception:
                code = "INTERNAL"
                log.exception("unhandled error in %s", method)
                await context.abort(grpc.StatusCode.INTERNAL, "internal error; the server log has the details")
            finally:
                elapsed = time.perf_counter() - started
                if observe is not None:
                    observe(code, elapsed)
                if log.isEnabledFor(logging.INFO):
                    log.info("%s %s %.1fms peer=%s", method, code, elapsed * 1000, context.peer())

        return grpc.unary_unary_rpc_method_handler(
            wrapped,
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )

    def _authenticate(self, context: grpc.aio.ServicerContext) -> None:
        presented = bearer_token(context.invocation_metadata())  # type: ignore[arg-type]
        if presented is None:
            raise Unauthenticated("this method needs 'authorization: Bearer <service token>' metadata")
        if self._token is None or not hmac.compare_digest(presented.encode(), self._token.encode()):
            raise Unauthenticated("the service token is not valid")
