"""The App Store Server API, through Apple's async client: subscription statuses, notification
history, and transaction lookups for legacy receipts.

One client per accepted environment (Production, and Sandbox beside it when App Review's purchases
are accepted). What Apple answers is signed data, which the caller verifies like any other.
`APPLE_API_BASE_URL` (tests, or a proxy) sends the requests elsewhere through an httpx request
hook on the client's public `http_client`, so no private attribute of the library is touched.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar
from urllib.parse import urlsplit

import httpx
from appstoreserverlibrary.api_client import APIException, AsyncAppStoreServerAPIClient
from appstoreserverlibrary.models.Environment import Environment as LibraryEnvironment
from appstoreserverlibrary.models.NotificationHistoryRequest import NotificationHistoryRequest

from subscription_service.config import AppleSettings
from subscription_service.model import AppleStatus, Environment
from subscription_service.subscriptions import StatusReport
from zodiac_platform.errors import FailedPrecondition, FieldViolation, InvalidArgument, Unavailable

log = logging.getLogger(__name__)
T = TypeVar("T")
CALL_TIMEOUT = 10.0
# The status look-up runs inside a purchase's validation: it must not hold the app's call for long.
STATUS_TIMEOUT = 3.0
MAX_HISTORY_PAGES = 500  # 20 a page: 10,000 notifications per sync at most


def _redirect_to(base_url: str) -> httpx.AsyncClient:
    target = urlsplit(base_url.rstrip("/"))

    async def rewrite(request: httpx.Request) -> None:
        request.url = request.url.copy_with(scheme=target.scheme, host=target.hostname, port=target.port)
        request.headers["host"] = target.netloc

    return httpx.AsyncClient(event_hooks={"request": [rewrite]})


class AppStoreServerApi:
    """Implements `subscriptions.AppStore`."""

    def __init__(self, settings: AppleSettings) -> None:
        api = settings.api
        if api is None:
            raise ValueError("App Store Server API credentials are not configured")
        self._clients: dict[Environment, AsyncAppStoreServerAPIClient] = {}
        for environment in settings.accepted_environments:
            if not environment.checks_signatures:
                continue  # Xcode has no server API; LocalTesting's is a placeholder address
            client = AsyncAppStoreServerAPIClient(
                api.private_key, api.key_id, api.issuer_id, settings.bundle_id, LibraryEnvironment(environment.value)
            )
            if api.base_url:
                client.http_client = _redirect_to(api.base_url)
            self._clients[environment] = client

    async def _call(self, what: str, call: Awaitable[T], timeout: float = CALL_TIMEOUT) -> T:
        try:
            async with asyncio.timeout(timeout):
                return await call
        except APIException as error:
            if error.http_status_code in (401, 403):
                raise FailedPrecondition(
                    f"the App Store Server API refused our credentials ({error.http_status_code})"
                ) from None
            if error.http_status_code == 404:
                raise LookupError(what) from None
            raise Unavailable(f"the App Store Server API answered {error.http_status_code} to {what}") from None
        except (httpx.HTTPError, TimeoutError) as error:
            raise Unavailable(f"the App Store Server API cannot be reached ({type(error).__name__})") from None
        except (ValueError, TypeError, KeyError) as error:  # an answer the library cannot parse
            raise Unavailable(f"the App Store Server API's answer to {what} cannot be read ({type(error).__name__})") from None

    async def statuses(self, environment: Environment, transaction_id: str) -> list[StatusReport]:
        client = self._clients.get(environment)
        if client is None:
            return []
        try:
            response = await self._call(
                "get all subscription statuses", client.get_all_subscription_statuses(transaction_id), STATUS_TIMEOUT
            )
        except LookupError:
            return []
        reports = []
        for group in response.data or []:
            for item in group.lastTransactions or []:
                status = AppleStatus.from_number(item.rawStatus) if item.rawStatus is not None else None
                if status is not None and item.signedTransactionInfo:
                    reports.append(StatusReport(status, item.signedTransactionInfo, item.signedRenewalInfo))
        return reports

    async def notification_history(self, start: dt.datetime, end: dt.datetime) -> AsyncIterator[str]:
        request = NotificationHistoryRequest(startDate=_millis(start), endDate=_millis(end))
        for environment, client in self._clients.items():
            token: str | None = None
            for _ in range(MAX_HISTORY_PAGES):
                page = await self._call(
                    f"notification history ({environment.value})", client.get_notification_history(token, request)
                )
                for item in page.notificationHistory or []:
                    if item.signedPayload:
                        yield item.signedPayload
                token = page.paginationToken
                if not page.hasMore or not token:
                    break
            else:
                log.warning("notification history (%s) truncated after %d pages", environment.value, MAX_HISTORY_PAGES)

    async def signed_transaction(self, transaction_id: str) -> str:
        """The transaction's signed JWS, from the first environment that knows it (Apple's advice for
        an id of unknown environment: Production first, then Sandbox)."""
        for client in self._clients.values():
            try:
                response = await self._call("get transaction info", client.get_transaction_info(transaction_id))
            except LookupError:
                continue
            if response.signedTransactionInfo:
                return response.signedTransactionInfo
        raise InvalidArgument([FieldViolation("app_receipt", f"Apple does not know transaction {transaction_id}")])

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.async_close()


def _millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)
