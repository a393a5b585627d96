"""What one gRPC server accepts: concurrent calls, message size, connection lifetime."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServerLimits:
    """What one server accepts: beyond `max_concurrent_rpcs` calls answer RESOURCE_EXHAUSTED;
    connections are closed (gracefully) after `max_connection_age` seconds so that a load balancer
    spreads long-lived clients over new replicas."""

    max_concurrent_rpcs: int = 1000
    max_connection_age: float = 300.0
    max_connection_age_grace: float = 30.0
    max_message_bytes: int = 4 * 1024 * 1024
    reuse_port: bool = False

    def options(self) -> list[tuple[str, int]]:
        return [
            # Off: a second server on a busy port fails instead of sharing it. On: workers share it.
            ("grpc.so_reuseport", int(self.reuse_port)),
            ("grpc.max_receive_message_length", self.max_message_bytes),
            ("grpc.keepalive_time_ms", 60_000),
            ("grpc.keepalive_timeout_ms", 20_000),
            ("grpc.keepalive_permit_without_calls", 1),
            ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
            ("grpc.max_connection_age_ms", int(self.max_connection_age * 1000)),
            ("grpc.max_connection_age_grace_ms", int(self.max_connection_age_grace * 1000)),
        ]
