"""The ceiling for `make bench`: a bare grpc.aio server (uvloop, no interceptor, no database) whose
one method answers an empty message. `python -m benchmarks.bare_server PORT`"""

from __future__ import annotations

import asyncio
import signal
import sys

import grpc


async def serve(port: int) -> None:
    async def empty(request: bytes, context: grpc.aio.ServicerContext[bytes, bytes]) -> bytes:
        return b""

    server = grpc.aio.server(options=[("grpc.so_reuseport", 0)])
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("bench.Bare", {"Empty": grpc.unary_unary_rpc_method_handler(empty)})]
    )
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    stopping = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
    await stopping.wait()
    await server.stop(1)


if __name__ == "__main__":
    import uvloop

    uvloop.run(serve(int(sys.argv[1])))
