"""A local stand-in for Apple's App Store Server API: real HTTP, the endpoints and JSON shapes the
service uses (Get All Subscription Statuses, Get Notification History, Get Transaction Info), with
answers signed by a `TestAppStore`. It checks each request carries an ES256 bearer token."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jwt
from aiohttp import web
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

PAGE = 2  # Apple pages 20 at a time; a small page makes the tests walk several


@dataclass
class StatusEntry:
    status: int
    signed_transaction: str
    signed_renewal: str


@dataclass
class AppStoreApiStandIn:
    statuses: dict[str, list[StatusEntry]] = field(default_factory=dict)  # by any transaction id
    history: list[tuple[int, str]] = field(default_factory=list)  # (sent at, in ms; signed payload)
    transactions: dict[str, str] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    failing: bool = False  # answer 500 to everything
    refusing: bool = False  # answer 401 to everything (credentials revoked)

    def _authorised(self, request: web.Request) -> bool:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            header = jwt.get_unverified_header(token)
            claims = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            return False
        return header.get("alg") == "ES256" and bool(header.get("kid")) and claims.get("aud") == "appstoreconnect-v1"

    @web.middleware
    async def _guard(self, request: web.Request, handler: object) -> web.StreamResponse:
        self.requests.append(f"{request.method} {request.path}")
        if self.failing:
            return web.json_response({"errorCode": 5000000, "errorMessage": "An unknown error occurred."}, status=500)
        if self.refusing or not self._authorised(request):
            return web.json_response({"errorCode": 4010000, "errorMessage": "Unauthenticated"}, status=401)
        return await handler(request)  # type: ignore[operator]

    async def _statuses(self, request: web.Request) -> web.Response:
        entries = self.statuses.get(request.match_info["transaction_id"])
        if entries is None:
            return web.json_response({"errorCode": 4040010, "errorMessage": "Transaction id not found."}, status=404)
        last = [
            {"status": e.status, "originalTransactionId": _original(e.signed_transaction),
             "signedTransactionInfo": e.signed_transaction, "signedRenewalInfo": e.signed_renewal}
            for e in entries
        ]
        return web.json_response({"environment": "Sandbox", "data": [{"subscriptionGroupIdentifier": "premium", "lastTransactions": last}]})

    async def _history(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        start, end = body["startDate"], body["endDate"]
        matching = [payload for sent, payload in self.history if start <= sent <= end]
        offset = int(request.query.get("paginationToken") or 0)
        page = matching[offset : offset + PAGE]
        more = offset + PAGE < len(matching)
        answer: dict[str, object] = {
            "notificationHistory": [{"signedPayload": p, "sendAttempts": []} for p in page],
            "hasMore": more,
        }
        if more:
            answer["paginationToken"] = str(offset + PAGE)
        return web.json_response(answer)

    async def _transaction(self, request: web.Request) -> web.Response:
        signed = self.transactions.get(request.match_info["transaction_id"])
        if signed is None:
            return web.json_response({"errorCode": 4040010, "errorMessage": "Transaction id not found."}, status=404)
        return web.json_response({"signedTransactionInfo": signed})

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[str]:
        app = web.Application(middlewares=[self._guard])
        app.router.add_get("/inApps/v1/subscriptions/{transaction_id}", self._statuses)
        app.router.add_post("/inApps/v1/notifications/history", self._history)
        app.router.add_get("/inApps/v1/transactions/{transaction_id}", self._transaction)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        try:
            yield f"http://127.0.0.1:{runner.addresses[0][1]}"
        finally:
            await runner.cleanup()


def _original(signed: str) -> str:
    return str(jwt.decode(signed, options={"verify_signature": False})["originalTransactionId"])


def api_key(folder: Path) -> Path:
    """A throwaway App Store Connect API key (PKCS#8 EC P-256), as Apple issues them."""
    path = folder / "SubscriptionKey_TEST.p8"
    path.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return path


def api_settings(folder: Path, base_url: str) -> dict[str, str]:
    return {
        "APPLE_API_KEY_ID": "KEY123TEST",
        "APPLE_API_ISSUER_ID": "57246542-96fe-1a63-e053-0824d011072a",
        "APPLE_API_PRIVATE_KEY_PATH": str(api_key(folder)),
        "APPLE_API_BASE_URL": base_url,
    }
