"""Apple's own signed test data (../shared/vectors/apple) through our verifier, as its README records."""

from __future__ import annotations

import asyncio
from pathlib import Path

import grpc
import pytest
from appstoreserverlibrary.signed_data_verifier import VerificationStatus

from subscription_service.apple import AppleVerifier, VerificationFailed, transaction_id_from_app_receipt
from subscription_service.config import AppleSettings
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc

VECTORS = Path(__file__).resolve().parent.parent.parent / "shared" / "vectors" / "apple"
pytestmark = pytest.mark.skipif(not VECTORS.exists(), reason=f"Apple's vectors are not at {VECTORS}")


def vector(name: str) -> str:
    return (VECTORS / name).read_text().strip()


def verifier(
    environment: str = "Sandbox",
    *,
    bundle_id: str = "com.example",
    app_apple_id: int | None = None,
    strict: bool = False,
    roots: tuple[bytes, ...] | None = None,
) -> AppleVerifier:
    if roots is None:
        roots = ((VECTORS / "certs" / "testCA.der").read_bytes(),)
    return AppleVerifier(AppleSettings(bundle_id, environment, app_apple_id, roots, online_checks=False, strict_checks=strict))


def status_of(call: object) -> VerificationStatus:
    with pytest.raises(VerificationFailed) as failure:
        asyncio.run(call)  # type: ignore[arg-type]
    return failure.value.status


def test_test_notification_verifies_under_the_test_root() -> None:
    notification = asyncio.run(verifier().notification(vector("mock_signed_data/testNotification")))
    assert notification.type == "TEST" and notification.uuid == "9ad56bd2-0bc6-42e0-af24-fd996d87a1e6"
    assert notification.environment == "Sandbox" and notification.transaction is None
    assert notification.signed_at is not None and notification.signed_at.isoformat() == "2023-04-12T15:45:24+00:00"


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("mock_signed_data/wrongBundleId", VerificationStatus.INVALID_APP_IDENTIFIER),
        ("mock_signed_data/missingX5CHeaderClaim", VerificationStatus.VERIFICATION_FAILURE),
    ],
)
def test_negative_notification_vectors(name: str, status: VerificationStatus) -> None:
    assert status_of(verifier().notification(vector(name))) is status


def test_strict_checks_refuse_the_test_root_without_key_identifiers() -> None:
    assert status_of(verifier(strict=True).notification(vector("mock_signed_data/testNotification"))) is (
        VerificationStatus.VERIFICATION_FAILURE
    )


def test_production_settings_refuse_sandbox_data() -> None:
    production = verifier("Production", app_apple_id=1234)
    assert status_of(production.notification(vector("mock_signed_data/testNotification"))) is (
        VerificationStatus.INVALID_ENVIRONMENT
    )
    other_app = verifier("Production", app_apple_id=1235)
    assert status_of(other_app.notification(vector("mock_signed_data/testNotification"))) is (
        VerificationStatus.INVALID_APP_IDENTIFIER
    )


def test_an_empty_root_list_is_an_invalid_certificate() -> None:
    empty = verifier(roots=())
    assert status_of(empty.notification(vector("mock_signed_data/testNotification"))) is (
        VerificationStatus.INVALID_CERTIFICATE
    )


def test_transaction_vector_verifies_but_carries_no_purchase() -> None:
    # The library accepts its signature; it has no ids or product, so we refuse to apply it.
    with pytest.raises(VerificationFailed, match="no ids or product"):
        asyncio.run(verifier().transaction(vector("mock_signed_data/transactionInfo")))


def test_xcode_transaction_decodes_only_in_the_xcode_environment() -> None:
    xcode = verifier("Xcode", bundle_id="com.example.naturelab.backyardbirds.example", roots=())
    transaction = asyncio.run(xcode.transaction(vector("xcode/xcode-signed-transaction")))
    assert transaction.product_id == "pass.premium" and transaction.original_transaction_id == "0"
    assert transaction.expires_at is not None and transaction.expires_at.isoformat().startswith("2023-11-19T01:45:36")
    sandbox = verifier(bundle_id="com.example.naturelab.backyardbirds.example")
    assert status_of(sandbox.transaction(vector("xcode/xcode-signed-transaction"))) is VerificationStatus.INVALID_CHAIN_LENGTH


def test_legacy_receipts_give_their_transaction_id() -> None:
    assert transaction_id_from_app_receipt(vector("xcode/xcode-app-receipt-with-transaction")) == "0"
    assert transaction_id_from_app_receipt(vector("xcode/xcode-app-receipt-empty")) is None
    assert transaction_id_from_app_receipt(vector("mock_signed_data/legacyTransaction")) is None


async def test_legacy_receipt_without_api_credentials_says_what_is_missing(
    subscription_channel: grpc.aio.Channel,
) -> None:
    request = pb.ValidateReceiptRequest(user_id="u", app_receipt=vector("xcode/xcode-app-receipt-with-transaction"))
    error = await rpc_error(pb_grpc.SubscriptionServiceStub(subscription_channel).ValidateReceipt(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "APPLE_API_KEY_ID" in (error.details() or "")
    empty = pb.ValidateReceiptRequest(user_id="u", app_receipt=vector("xcode/xcode-app-receipt-empty"))
    error = await rpc_error(pb_grpc.SubscriptionServiceStub(subscription_channel).ValidateReceipt(empty, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "app_receipt" in field_violations(error)



async def test_legacy_receipt_is_looked_up_in_the_app_store_server_api(
    dsn: str, app_store: TestAppStore, tmp_path: Path
) -> None:
    """A local server speaks the App Store Server API's transaction endpoint; the answer is verified."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from subscription_service.app import build_host
    from tests.conftest import subscription_settings
    from zodiac_platform.database import dsn_for_role

    asked: list[tuple[str, str | None]] = []

    class AppStoreServerApi(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            asked.append((self.path, self.headers.get("Authorization")))
            transaction_id = self.path.rsplit("/", 1)[-1]
            body = json.dumps({"signedTransactionInfo": app_store.transaction(transaction_id)}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    key = tmp_path / "SubscriptionKey.p8"
    key.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    api = ThreadingHTTPServer(("127.0.0.1", 0), AppStoreServerApi)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    settings = subscription_settings(
        app_store,
        APPLE_API_KEY_ID="KEY123",
        APPLE_API_ISSUER_ID="issuer-uuid",
        APPLE_API_PRIVATE_KEY_PATH=str(key),
        APPLE_API_BASE_URL=f"http://127.0.0.1:{api.server_address[1]}",
    )
    host, _ = await build_host(settings, dsn_for_role(dsn, "zodiac_subscription"))
    port = await host.start("127.0.0.1:0")
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            request = pb.ValidateReceiptRequest(user_id="legacy", app_receipt=vector("xcode/xcode-app-receipt-with-transaction"))
            answer = await pb_grpc.SubscriptionServiceStub(channel).ValidateReceipt(request, metadata=AUTH)
    finally:
        await host.stop(grace=0.5)
        api.shutdown()
        api.server_close()
    assert answer.valid and answer.subscription.original_transaction_id == "0"
    assert answer.subscription.user_id == "legacy" and list(answer.subscription.entitlements) == ["premium"]
    path, authorization = asked[0]
    assert path == "/inApps/v1/transactions/0" and authorization is not None and authorization.startswith("Bearer ")
