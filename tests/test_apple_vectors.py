"""Apple's own signed test data (../shared/vectors/apple) through our verifier, as its README records."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from appstoreserverlibrary.signed_data_verifier import VerificationStatus

from subscription_service.apple import AppleVerifier
from subscription_service.config import AppleSettings
from subscription_service.model import Environment, Rejected

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
    accept_sandbox: bool = True,
) -> AppleVerifier:
    if roots is None:
        roots = ((VECTORS / "certs" / "testCA.der").read_bytes(),)
    settings = AppleSettings(
        bundle_id, Environment(environment), app_apple_id, roots, online_checks=False, strict_checks=strict,
        accept_sandbox=accept_sandbox,
    )
    return AppleVerifier(settings)


def status_of(call: object) -> VerificationStatus:
    with pytest.raises(Rejected) as failure:
        asyncio.run(call)  # type: ignore[arg-type]
    return VerificationStatus[failure.value.code]


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


def test_production_settings_verify_sandbox_data_as_sandbox() -> None:
    # App Review buys in the Sandbox with a production build: Production first, then Sandbox.
    production = verifier("Production", app_apple_id=1234)
    notification = asyncio.run(production.notification(vector("mock_signed_data/testNotification")))
    assert notification.environment is Environment.SANDBOX


def test_production_settings_can_refuse_sandbox_data() -> None:
    production = verifier("Production", app_apple_id=1234, accept_sandbox=False)
    with pytest.raises(Rejected, match="APPLE_ACCEPT_SANDBOX=false") as refused:
        asyncio.run(production.notification(vector("mock_signed_data/testNotification")))
    assert refused.value.code == "INVALID_ENVIRONMENT"
    other_app = verifier("Production", app_apple_id=1235, accept_sandbox=False)
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
    with pytest.raises(Rejected, match="MALFORMED: the transaction has no transactionId"):
        asyncio.run(verifier().transaction(vector("mock_signed_data/transactionInfo")))


def test_xcode_transaction_decodes_only_in_the_xcode_environment() -> None:
    xcode = verifier("Xcode", bundle_id="com.example.naturelab.backyardbirds.example", roots=())
    transaction = asyncio.run(xcode.transaction(vector("xcode/xcode-signed-transaction")))
    assert transaction.product_id == "pass.premium" and transaction.original_transaction_id == "0"
    assert transaction.expires_at is not None and transaction.expires_at.isoformat().startswith("2023-11-19T01:45:36")
    sandbox = verifier(bundle_id="com.example.naturelab.backyardbirds.example")
    assert status_of(sandbox.transaction(vector("xcode/xcode-signed-transaction"))) is VerificationStatus.INVALID_CHAIN_LENGTH
