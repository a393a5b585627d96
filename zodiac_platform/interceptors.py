"""One server interceptor: callers and scopes, the drain, each call logged and counted, errors as statuses."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from zodiac_platform.callers import ANONYMOUS, Caller, Callers, Scope, set_current_caller
from zodiac_platform.errors import (
    Aborted,
    FailedPrecondition,
    FieldViolation,
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


class _Unparsable:
    """Stands for a request body that is not a message of the method's type."""


_UNPARSABLE = _Unparsable()


def _lenient(deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
    """grpc answers UNKNOWN (and logs a traceback) when a body does not parse; we would rather
    authenticate the call first, then answer INVALID_ARGUMENT."""
    if deserializer is None:
        return None

    def parse(data: bytes) -> Any:
        try:
            return deserializer(data)
        except Exception:  # DecodeError, invalid UTF-8 in a string field, truncated input, ...
            return _UNPARSABLE

    return parse


class ServiceInterceptor(grpc.aio.ServerInterceptor):
    """Wraps every unary-unary handler; other handlers (health Watch, reflection) pass through.

    For each call: refuse it while draining (UNAVAILABLE: clients retry elsewhere), identify the
    caller from its bearer token (an unknown token is UNAUTHENTICATED, none is the anonymous
    caller), check the method's scope, refuse a body that does not parse, run the handler with the
    caller in context, map domain errors to statuses, and log and count the call by caller.
    """

    def __init__(
        self,
        *,
        method_scopes: Mapping[str, Scope],
        callers: Callers,
        metrics: ServiceMetrics | None = None,
    ) -> None:
        self._scopes = dict(method_scopes)
        self._callers = callers
        self._metrics = metrics
        # intercept_service runs for every call: wrap each method's handler once.
        self._wrapped: dict[str, grpc.RpcMethodHandler] = {}
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._last_call = 0.0  # perf_counter() when the latest call began
        self.draining = False

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any] | None]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        method: str = handler_call_details.method
        wrapped = self._wrapped.get(method)
        if wrapped is not None:
            return wrapped
        handler = await continuation(handler_call_details)
        if handler is None or handler.unary_unary is None:
            return handler
        wrapped = self._wrap(method, handler)
        self._wrapped[method] = wrapped
        return wrapped

    async def drained(self, timeout: float, quiet: float = 0.2) -> bool:
        """Refuse new calls from now on; True once every call in flight has finished and none has
        arrived for `quiet` seconds. Calls the transport had already taken in but not handed to
        us yet are answered (UNAVAILABLE) in that time: stopping the server under them would
        cancel them instead, and a cancelled call may have been half done, for all its client knows.
        """
        self.draining = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                await asyncio.wait_for(self._idle.wait(), max(0.0, deadline - loop.time()))
                since_last = time.perf_counter() - self._last_call
                if since_last >= quiet:
                    return True
                if loop.time() + quiet - since_last > deadline:
                    return False
                await asyncio.sleep(quiet - since_last)
        except TimeoutError:
            return False

    def _wrap(self, method: str, handler: grpc.RpcMethodHandler[Any, Any]) -> grpc.RpcMethodHandler[Any, Any]:
        behaviour: Callable[[Any, grpc.aio.ServicerContext[Any, Any]], Awaitable[Any]] = handler.unary_unary  # type: ignore[assignment]
        scope = self._scopes.get(method)
        observe = self._metrics.observer(method) if self._metrics is not None else None
        # Health checks keep answering while draining: NOT_SERVING is what a load balancer needs.
        refuse_when_draining = not method.startswith("/grpc.health.v1.Health/")

        async def wrapped(request: Any, context: grpc.aio.ServicerContext) -> Any:
            started = self._last_call = time.perf_counter()
            code = "OK"
            caller = ANONYMOUS
            self._in_flight += 1
            self._idle.clear()
            try:
                if self.draining and refuse_when_draining:
                    raise Unavailable("the server is shutting down; retry")
                caller = self._authenticate(context, scope)
                if request is _UNPARSABLE:
                    raise InvalidArgument([FieldViolation("request", f"the body is not a {method.rsplit('/', 1)[-1]} request")])
                set_current_caller(caller)
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
                self._in_flight -= 1
                if self._in_flight == 0:
                    self._idle.set()
                elapsed = time.perf_counter() - started
                if observe is not None:
                    observe(caller.name, code, elapsed)
                if log.isEnabledFor(logging.INFO):
                    log.info(
                        "%s %s %.1fms caller=%s peer=%s", method, code, elapsed * 1000, caller.name, context.peer(),
                        extra={"method": method, "status": code, "duration_ms": round(elapsed * 1000, 3), "caller": caller.name},
                    )

        return grpc.unary_unary_rpc_method_handler(
            wrapped,
            request_deserializer=_lenient(handler.request_deserializer),
            response_serializer=handler.response_serializer,
        )

    def _authenticate(self, context: grpc.aio.ServicerContext, scope: Scope | None) -> Caller:
        presented = bearer_token(context.invocation_metadata())  # type: ignore[arg-type]
        if presented is None:
            if scope is not None:
                raise Unauthenticated("this method needs 'authorization: Bearer <token>' metadata")
            return ANONYMOUS
        caller = self._callers.identify(presented)
        if caller is None:
            raise Unauthenticated("the token is not known")
        if scope is not None and not caller.may(scope):
            raise PermissionDenied(f"caller {caller.name!r} lacks the {scope.value} scope")
        return caller
