"""Apple's JWS headers stored once: compacted on the way in, put back exactly on the way out."""

from __future__ import annotations

import asyncpg
import grpc

from subscription_service.apple import jws_claims
from subscription_service.signed_payloads import compact, digests, expand
from subscription_service.storage import stored_notification
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.database import register_json_codecs

HEADER = "eyJhbGciOiJFUzI1NiIsIng1YyI6WyJ" + "A" * 300


def test_compact_and_expand_give_back_the_same_document() -> None:
    document = {
        "notificationType": "DID_RENEW",
        "data": {"signedTransactionInfo": f"{HEADER}.cGF5bG9hZA.c2ln", "signedRenewalInfo": f"{HEADER}.b3RoZXI.c2ln2",
                 "short": "a.b.c", "list": [f"{HEADER}.eA.eQ", 7, None]},
    }
    compacted, headers = compact(document)
    assert len(headers) == 1  # one header, three uses
    text = str(compacted)
    assert HEADER not in text and text.count("~sha256:") == 3 and compacted["data"]["short"] == "a.b.c"
    assert digests(compacted) == set(headers)
    assert expand(compacted, headers) == document


async def test_notifications_store_the_chain_once_and_read_back_as_signed(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, dsn: str
) -> None:
    api = sub_grpc.SubscriptionServiceStub(subscription_channel)
    signed = [app_store.notification("DID_RENEW", original, notification_uuid=f"0000000{n}-0000-4000-8000-000000000000")
              for n, original in enumerate(("8101", "8102"))]
    for payload in signed:
        await api.HandleAppStoreNotification(sub_pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH)
    connection = await asyncpg.connect(dsn)
    await register_json_codecs(connection)  # as the service's pool does
    try:
        headers = await connection.fetchval("SELECT count(*) FROM subscription.jws_headers")
        stored = await connection.fetch(
            "SELECT notification_uuid, payload::text AS text, pg_column_size(payload) AS size FROM subscription.notifications"
        )
        back = [await stored_notification(connection, jws_claims(p)["notificationUUID"]) for p in signed]
    finally:
        await connection.close()
    assert headers == 1  # four inner payloads, one chain
    assert len(stored) == 2 and all("~sha256:" in row["text"] for row in stored)
    for original, restored in zip(signed, back, strict=True):
        assert restored == jws_claims(original)  # every inner JWS exactly as Apple signed it
    chain = jws_claims(signed[0])["data"]["signedTransactionInfo"].split(".")[0]
    assert all(chain not in row["text"] for row in stored)
