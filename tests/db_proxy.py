"""A TCP proxy in front of the test PostgreSQL, to make the database unreachable and bring it back."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import parse_qs, urlsplit, urlunsplit


def _upstream(dsn: str) -> tuple[str | None, str, int]:
    """(unix socket path or None, host, port) of the server a DSN names."""
    parts = urlsplit(dsn)
    query = parse_qs(parts.query)
    host = query.get("host", [parts.hostname or "localhost"])[0]
    port = int(query.get("port", [parts.port or 5432])[0])
    if host.startswith("/"):
        return f"{host}/.s.PGSQL.{port}", host, port
    return None, host, port


class DatabaseProxy:
    def __init__(self, dsn: str) -> None:
        self._socket_path, self._host, self._port = _upstream(dsn)
        self._dsn = dsn
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def dsn(self) -> str:
        parts = urlsplit(self._dsn)
        user = f"{parts.username or 'postgres'}:{parts.password or ''}@"
        return urlunsplit(("postgresql", f"{user}127.0.0.1:{self.port}", parts.path, "", ""))

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        """Refuse new connections and drop every open one, as a network partition would."""
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        await self._server.wait_closed()

    async def _serve(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        if self._socket_path:
            reader, writer = await asyncio.open_unix_connection(self._socket_path)
        else:
            reader, writer = await asyncio.open_connection(self._host, self._port)
        self._writers |= {client_writer, writer}

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.transport.abort()

        await asyncio.gather(pipe(client_reader, writer), pipe(reader, client_writer))
        self._writers -= {client_writer, writer}
