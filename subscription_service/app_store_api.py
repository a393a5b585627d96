"""Looking a transaction up in the App Store Server API (for legacy app receipts).

Apple's synchronous client (`requests`) runs in a worker thread. Apple answers with the
transaction's signed JWS, which then goes through the same verification as any other.
"""

from __future__ import annotations

import asyncio

import requests
from appstoreserverlibrary.api_client import APIException, AppStoreServerAPIClient
from appstoreserverlibrary.models.Environment import Environment

from subscription_service.config import AppleSettings
from subscription_service.subscriptions import TransactionLookup
from zodiac_platform.errors import FailedPrecondition, FieldViolation, InvalidArgument, Unavailable


def make_transaction_lookup(settings: AppleSettings) -> TransactionLookup | None:
    api = settings.api
    if api is None:
        return None
    client = AppStoreServerAPIClient(
        api.private_key, api.key_id, api.issuer_id, settings.bundle_id, Environment(settings.environment)
    )
    if api.base_url:
        client._base_url = api.base_url.rstrip("/")  # the library has no public setting for it

    def fetch(transaction_id: str) -> str:
        try:
            response = client.get_transaction_info(transaction_id)
        except APIException as error:
            if error.http_status_code in (401, 403):
                raise FailedPrecondition(f"the App Store Server API refused our credentials ({error.http_status_code})") from error
            if error.http_status_code in (400, 404):
                raise InvalidArgument(
                    [FieldViolation("app_receipt", f"Apple does not know transaction {transaction_id}")]
                ) from error
            raise Unavailable(f"the App Store Server API answered {error.http_status_code}") from error
        except requests.RequestException as error:
            raise Unavailable(f"the App Store Server API cannot be reached: {type(error).__name__}") from error
        if not response.signedTransactionInfo:
            raise Unavailable("the App Store Server API answered without a signed transaction")
        return response.signedTransactionInfo

    async def lookup(transaction_id: str) -> str:
        return await asyncio.to_thread(fetch, transaction_id)

    return lookup
