"""Asking SubscriptionService whether a user may read premium sections.

The channel's service config retries UNAVAILABLE for CheckEntitlement (an idempotent read) with a
short backoff; the call's deadline is set by the caller from what its own caller left it. Answers
are cached briefly per user. Any failure is `Unavailable`: the caller then serves free content.
"""

from __future__ import annotations

import json

import grpc

from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.errors import Unavailable
from zodiac_platform.telemetry import client_interceptors
from zodiac_platform.tls import ClientTls, secure_or_insecure_aio_channel
from zodiac_platform.ttl_cache import TtlCache

_SERVICE_CONFIG = json.dumps(
    {
        # With a dns:/// target naming every subscription pod (a headless Service), spread calls
        # over all of them rather than pinning one connection to one pod.
        "loadBalancingConfig": [{"round_robin": {}}],
        "methodConfig": [
            {
                "name": [{"service": "zodiac.subscription.v1.SubscriptionService", "method": "CheckEntitlement"}],
                "retryPolicy": {
                    "maxAttempts": 3,
                    "initialBackoff": "0.02s",
                    "maxBackoff": "0.1s",
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ]
    }
)


class SubscriptionEntitlements:
    def __init__(
        self,
        target: str,
        service_token: str | None,
        *,
        entitlement: str,
        cache_seconds: float,
        tls: ClientTls | None = None,
        tracing: bool = False,
    ) -> None:
        options: list[tuple[str, object]] = [("grpc.service_config", _SERVICE_CONFIG), ("grpc.enable_retries", 1)]
        # With tracing, the client interceptor carries the trace context into the subscription service.
        self._channel = secure_or_insecure_aio_channel(target, tls, options, client_interceptors(tracing))
        self._stub = sub_grpc.SubscriptionServiceStub(self._channel)
        self._metadata = (("authorization", f"Bearer {service_token}"),) if service_token else ()
        self._entitlement = entitlement
        self._cache: TtlCache[str, bool] = TtlCache(cache_seconds)

    async def is_entitled(self, user_id: str, timeout: float) -> bool:
        cached = self._cache.get(user_id)
        if cached is not None:
            return cached
        request = sub_pb.CheckEntitlementRequest(user_id=user_id, entitlement=self._entitlement)
        try:
            answer = await self._stub.CheckEntitlement(request, timeout=timeout, metadata=self._metadata)
        except grpc.aio.AioRpcError as error:
            raise Unavailable(f"entitlement check failed: {error.code().name}") from error
        self._cache.put(user_id, answer.entitled)
        return answer.entitled

    async def close(self) -> None:
        await self._channel.close()
