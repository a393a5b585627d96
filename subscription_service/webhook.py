"""App Store Server Notifications V2 over HTTP: `POST /apple/notifications`, as Apple sends them.

Apple posts `{"signedPayload": "<JWS>"}` and retries (production: after 1, 12, 24, 48 and 72 hours)
until it gets a 2xx. So: 200 only once the notification is verified and stored (and applied, in the
same database transaction); 400 for a body that is not Apple's shape; 403 for a payload that does
not verify (it did not come from Apple; recorded in the validation audit); 503 when it cannot be
stored or checked now, so that Apple tries again.
https://developer.apple.com/documentation/appstoreservernotifications/responding-to-app-store-server-notifications

aiohttp serves it on the gRPC server's event loop, with the body size bounded before it is read.
"""

from __future__ import annotations

import json
import logging
import ssl

from aiohttp import web

from subscription_service.subscriptions import Subscriptions
from subscription_service.validation import MAX_JWS, Checker
from zodiac_platform.errors import Aborted, InvalidArgument, Unavailable

log = logging.getLogger(__name__)
NOTIFICATIONS_PATH = "/apple/notifications"
MAX_BODY = MAX_JWS + 1024
_SUBSCRIPTIONS = web.AppKey("subscriptions", Subscriptions)


def _answer(status: int, message: str) -> web.Response:
    return web.json_response({"status": status, "message": message}, status=status)


async def receive_notification(request: web.Request) -> web.Response:
    if request.content_length is not None and request.content_length > MAX_BODY:
        return _answer(413, f"the body is larger than {MAX_BODY} bytes")
    try:
        body = json.loads(await request.read())
    except web.HTTPRequestEntityTooLarge:
        return _answer(413, f"the body is larger than {MAX_BODY} bytes")
    except (ValueError, UnicodeDecodeError):
        return _answer(400, "the body is not JSON")
    signed_payload = body.get("signedPayload") if isinstance(body, dict) else None
    if not isinstance(signed_payload, str):
        return _answer(400, 'the body is not {"signedPayload": "<JWS>"}')
    check = Checker()
    signed_payload = check.jws("signedPayload", signed_payload)
    if check.violations:
        return _answer(400, check.violations[0].description)
    try:
        result = await request.app[_SUBSCRIPTIONS].handle_notification(signed_payload)
    except InvalidArgument as refused:
        return _answer(403, str(refused))
    except (Unavailable, Aborted) as error:
        log.warning("notification not stored, Apple will retry: %s", error)
        return _answer(503, "the notification could not be stored now; retry")
    return _answer(200, result.outcome.value)


def create_app(subscriptions: Subscriptions) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    app[_SUBSCRIPTIONS] = subscriptions
    app.router.add_post(NOTIFICATIONS_PATH, receive_notification)
    return app


class NotificationEndpoint:
    """The HTTP server: `start` binds (port 0 picks one), `aclose` stops it."""

    def __init__(self, subscriptions: Subscriptions) -> None:
        self._runner = web.AppRunner(create_app(subscriptions), access_log=None, handle_signals=False)
        self.port: int | None = None

    async def start(
        self, host: str, port: int, *, tls_cert: str | None = None, tls_key: str | None = None, reuse_port: bool = False
    ) -> int:
        context = None
        if tls_cert and tls_key:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.minimum_version = ssl.TLSVersion.TLSv1_2  # Apple requires TLS 1.2 or later
            context.load_cert_chain(tls_cert, tls_key)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, ssl_context=context, reuse_port=reuse_port)
        try:
            await site.start()
        except OSError as error:
            await self._runner.cleanup()
            raise OSError(f"cannot listen for HTTP on {host}:{port}: {error.strerror}") from None
        self.port = self._runner.addresses[0][1]
        return self.port

    async def aclose(self) -> None:
        if self.port is not None:
            await self._runner.cleanup()
            self.port = None
