"""Legacy app receipts are believed only when Apple's chain signed them.

The PKI (root → WWDR-like intermediate → receipt-signing leaf, RSA like Apple's) and the receipts
are made at test time; keys never leave memory. Apple's own Xcode vectors come from ../shared.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from subscription_service.receipts import ReceiptRejected, VerifiedReceipt, verify_app_receipt
from tests.apple_pki import certificate

BUNDLE_ID = "com.example.zodiac"
TRANSACTION_IDS = ("1000000001", "1000000002")
CREATED = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
# The leaf is long expired, as Apple's are by the time an old receipt comes back: the receipts
# below verify only because their chain is checked at their creation date.
LEAF_VALIDITY = (dt.datetime(2024, 1, 1, tzinfo=dt.UTC), dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
CA_VALIDITY = (dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
RECEIPT_SIGNER_MARKER = x509.ObjectIdentifier("1.2.840.113635.100.6.11.1")
WWDR_MARKER = x509.ObjectIdentifier("1.2.840.113635.100.6.2.1")
APPLE_VECTORS = Path(__file__).parents[2] / "shared" / "vectors" / "apple"

# DER of the OIDs a hand-made SignedData needs.
OID_SIGNED_DATA = bytes.fromhex("06092a864886f70d010702")
OID_DATA = bytes.fromhex("06092a864886f70d010701")
OID_RSA_ENCRYPTION = bytes.fromhex("06092a864886f70d010101")
OID_DIGEST = {"sha1": bytes.fromhex("06052b0e03021a"), "sha256": bytes.fromhex("0609608648016503040201")}


# --- DER, by hand ---------------------------------------------------------------------------


def der(tag: int, content: bytes) -> bytes:
    if len(content) < 0x80:
        return bytes([tag, len(content)]) + content
    length = len(content).to_bytes((len(content).bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def indefinite(tag: int, content: bytes) -> bytes:
    """BER's indefinite length, as Apple's receipts use it."""
    return bytes([tag, 0x80]) + content + b"\x00\x00"


def integer(value: int) -> bytes:
    return der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True))


def utf8(text: str) -> bytes:
    return der(0x0C, text.encode())


def attribute(kind: int, value: bytes) -> bytes:
    """ReceiptAttribute ::= SEQUENCE {type INTEGER, version INTEGER, value OCTET STRING}."""
    return der(0x30, integer(kind) + integer(1) + der(0x04, value))


def in_app(transaction_id: str | None) -> bytes:
    fields = [
        attribute(1701, integer(1)),
        attribute(1702, utf8("com.example.premium.monthly")),
        attribute(1704, der(0x16, b"2024-05-01T10:00:00Z")),
        # Decoys: the original transaction id and the web order line item id are not the id.
        attribute(1705, utf8("9000000001")),
        attribute(1711, utf8("9000000002")),
    ]
    if transaction_id is not None:
        fields.insert(2, attribute(1703, utf8(transaction_id)))
    return der(0x31, b"".join(fields))


def receipt_content(
    transaction_ids: Sequence[str | None] = TRANSACTION_IDS, *, created: dt.datetime | None = CREATED
) -> bytes:
    fields = [attribute(0, utf8("ProductionSandbox")), attribute(2, utf8(BUNDLE_ID)), attribute(3, utf8("1"))]
    if created is not None:
        fields.append(attribute(12, der(0x16, created.strftime("%Y-%m-%dT%H:%M:%SZ").encode())))
    fields.extend(attribute(17, in_app(transaction_id)) for transaction_id in transaction_ids)
    return der(0x31, b"".join(fields))


# --- A test PKI -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Authority:
    certificate: x509.Certificate
    key: rsa.RSAPrivateKey


def certify(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: Authority | None,
    *,
    ca: bool,
    marker: x509.ObjectIdentifier | None,
    validity: tuple[dt.datetime, dt.datetime] = CA_VALIDITY,
) -> Authority:
    made = certificate(
        subject, key, (issuer.certificate, issuer.key) if issuer else None,
        ca=ca, marker=marker.dotted_string if marker else None, validity=validity,
    )
    return Authority(made, key)


@dataclass(frozen=True)
class Pki:
    root: Authority
    intermediate: Authority
    leaf: Authority

    @property
    def root_der(self) -> bytes:
        return self.root.certificate.public_bytes(Encoding.DER)

    @property
    def embedded(self) -> list[x509.Certificate]:
        """What Apple puts in a receipt besides the signer: the intermediate and the root."""
        return [self.intermediate.certificate, self.root.certificate]


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_pki(*, leaf_marker: bool = True, intermediate_marker: bool = True) -> Pki:
    """Apple's names on every PKI made here: names prove nothing, keys do."""
    root_key, intermediate_key, leaf_key = (new_key() for _ in range(3))
    root = certify("Apple Root CA", root_key, None, ca=True, marker=None)
    intermediate = certify(
        "Apple Worldwide Developer Relations Certification Authority", intermediate_key, root,
        ca=True, marker=WWDR_MARKER if intermediate_marker else None,
    )
    leaf = certify(
        "Mac App Store and iTunes Store Receipt Signing", leaf_key, intermediate,
        ca=False, marker=RECEIPT_SIGNER_MARKER if leaf_marker else None, validity=LEAF_VALIDITY,
    )
    return Pki(root, intermediate, leaf)


@pytest.fixture(scope="module")
def apple() -> Pki:
    return make_pki()


@pytest.fixture(scope="module")
def impostor() -> Pki:
    return make_pki()


def sign(content: bytes, signer: Authority, embedded: Sequence[x509.Certificate], *, signed_attributes: bool) -> str:
    """A receipt as cryptography's PKCS#7 builder makes it (the content embedded, not detached)."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(content)
    builder = builder.add_signer(signer.certificate, signer.key, hashes.SHA256())
    for extra in embedded:
        builder = builder.add_certificate(extra)
    # Binary: without it the builder rewrites every LF byte of the content as CRLF (S/MIME text).
    options = [pkcs7.PKCS7Options.Binary]
    if not signed_attributes:
        options.append(pkcs7.PKCS7Options.NoAttributes)
    return base64.b64encode(builder.sign(Encoding.DER, options)).decode()


def sign_like_apple(
    content: bytes,
    signer: Authority,
    certificates: Sequence[x509.Certificate],
    *,
    digest: hashes.HashAlgorithm,
    ber: bool = False,
) -> str:
    """A receipt as Apple makes it: no signed attributes, rsaEncryption, SHA-1 (old) or SHA-256.

    With `ber`, in BER as Xcode writes receipts: indefinite lengths, the content in chunks.
    The builder can do neither SHA-1 nor BER, hence by hand.
    """
    identifier = der(0x30, signer.certificate.issuer.public_bytes() + integer(signer.certificate.serial_number))
    signer_info = der(
        0x30,
        integer(1)
        + identifier
        + der(0x30, OID_DIGEST[digest.name] + b"\x05\x00")
        + der(0x30, OID_RSA_ENCRYPTION + b"\x05\x00")
        + der(0x04, signer.key.sign(content, padding.PKCS1v15(), digest)),
    )
    wrap = indefinite if ber else der
    if ber:
        encapsulated = indefinite(0x24, b"".join(der(0x04, content[i : i + 100]) for i in range(0, len(content), 100)))
    else:
        encapsulated = der(0x04, content)
    embedded = b"".join(certificate.public_bytes(Encoding.DER) for certificate in certificates)
    signed_data = wrap(
        0x30,
        integer(1)
        + der(0x31, der(0x30, OID_DIGEST[digest.name] + b"\x05\x00"))
        + wrap(0x30, OID_DATA + wrap(0xA0, encapsulated))
        + (der(0xA0, embedded) if embedded else b"")
        + der(0x31, signer_info),
    )
    return base64.b64encode(wrap(0x30, OID_SIGNED_DATA + wrap(0xA0, signed_data))).decode()


def rejection(receipt: object, roots: object, **kwargs: object) -> str:
    with pytest.raises(ReceiptRejected) as caught:
        verify_app_receipt(receipt, roots, **kwargs)  # type: ignore[arg-type]
    reason = str(caught.value)
    assert reason and "\n" not in reason
    return reason


EXPECTED = VerifiedReceipt(bundle_id=BUNDLE_ID, transaction_ids=TRANSACTION_IDS)


# --- Receipts that verify -------------------------------------------------------------------


@pytest.mark.parametrize("signed_attributes", [True, False], ids=["signed-attributes", "no-attributes"])
def test_a_receipt_signed_by_the_trusted_chain_yields_its_transaction_ids(apple: Pki, signed_attributes: bool) -> None:
    receipt = sign(receipt_content(), apple.leaf, apple.embedded, signed_attributes=signed_attributes)

    assert verify_app_receipt(receipt, [apple.root_der]) == EXPECTED


@pytest.mark.parametrize("ber", [False, True], ids=["der", "ber"])
@pytest.mark.parametrize("digest", [hashes.SHA1(), hashes.SHA256()], ids=["sha1", "sha256"])
def test_a_receipt_made_the_way_apple_makes_them_verifies(apple: Pki, digest: hashes.HashAlgorithm, ber: bool) -> None:
    certificates = [apple.leaf.certificate, *apple.embedded]
    receipt = sign_like_apple(receipt_content(), apple.leaf, certificates, digest=digest, ber=ber)

    assert verify_app_receipt(receipt, [apple.root_der]) == EXPECTED


def test_a_receipt_without_purchases_or_bundle_id_verifies_empty(apple: Pki) -> None:
    content = der(0x31, attribute(12, der(0x16, b"2024-06-01T12:00:00Z")))
    receipt = sign(content, apple.leaf, apple.embedded, signed_attributes=False)

    assert verify_app_receipt(receipt, [apple.root_der]) == VerifiedReceipt(bundle_id=None, transaction_ids=())


def test_the_chain_is_checked_at_the_receipt_creation_date_unless_told_otherwise(apple: Pki) -> None:
    dated = sign(receipt_content(), apple.leaf, apple.embedded, signed_attributes=False)
    undated = sign(receipt_content(created=None), apple.leaf, apple.embedded, signed_attributes=False)

    assert verify_app_receipt(dated, [apple.root_der]) == EXPECTED
    assert "expired" in rejection(dated, [apple.root_der], at=dt.datetime.now(dt.UTC))
    assert "expired" in rejection(undated, [apple.root_der])  # no creation date: checked now
    assert verify_app_receipt(undated, [apple.root_der], at=CREATED) == EXPECTED
    assert "not yet valid" in rejection(dated, [apple.root_der], at=LEAF_VALIDITY[0] - dt.timedelta(days=1))


# --- Receipts that are not Apple's ----------------------------------------------------------


@pytest.mark.parametrize("signed_attributes", [True, False], ids=["signed-attributes", "no-attributes"])
def test_a_receipt_signed_by_an_untrusted_chain_is_rejected(apple: Pki, impostor: Pki, signed_attributes: bool) -> None:
    # Same names as Apple's, its own root embedded: only the configured roots count.
    receipt = sign(receipt_content(), impostor.leaf, impostor.embedded, signed_attributes=signed_attributes)

    assert "does not chain to a trusted Apple root" in rejection(receipt, [apple.root_der])


def test_a_certificate_without_apples_receipt_signing_marker_is_rejected(apple: Pki) -> None:
    # Like a developer's own certificate: issued by the WWDR intermediate, key in the developer's hands.
    developer = certify(
        "Apple Distribution: Someone", new_key(), apple.intermediate, ca=False, marker=None, validity=LEAF_VALIDITY,
    )
    receipt = sign(receipt_content(), developer, apple.embedded, signed_attributes=False)

    assert "not an Apple receipt-signing certificate" in rejection(receipt, [apple.root_der])


def test_an_intermediate_without_apples_wwdr_marker_is_rejected() -> None:
    pki = make_pki(intermediate_marker=False)
    receipt = sign(receipt_content(), pki.leaf, pki.embedded, signed_attributes=False)

    assert "WWDR" in rejection(receipt, [pki.root_der])


@pytest.mark.parametrize("signed_attributes", [True, False], ids=["signed-attributes", "no-attributes"])
def test_content_changed_after_signing_is_rejected(apple: Pki, signed_attributes: bool) -> None:
    receipt = sign(receipt_content(), apple.leaf, apple.embedded, signed_attributes=signed_attributes)
    der_receipt = base64.b64decode(receipt)
    # Someone else's transaction, same length, so every length in the envelope still holds.
    assert der_receipt.count(b"1000000002") == 1
    tampered = base64.b64encode(der_receipt.replace(b"1000000002", b"1000000777")).decode()

    assert "does not match" in rejection(tampered, [apple.root_der])


def test_a_receipt_without_its_signers_certificate_is_rejected(apple: Pki) -> None:
    content = receipt_content()
    bare = sign_like_apple(content, apple.leaf, [], digest=hashes.SHA256())
    without_signer = sign_like_apple(content, apple.leaf, apple.embedded, digest=hashes.SHA256())

    assert "no certificates" in rejection(bare, [apple.root_der])
    assert "signer's certificate" in rejection(without_signer, [apple.root_der])


def test_a_receipt_with_two_signers_is_rejected(apple: Pki, impostor: Pki) -> None:
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(receipt_content())
        .add_signer(apple.leaf.certificate, apple.leaf.key, hashes.SHA256())
        .add_signer(impostor.leaf.certificate, impostor.leaf.key, hashes.SHA256())
    )
    receipt = base64.b64encode(builder.sign(Encoding.DER, [pkcs7.PKCS7Options.Binary])).decode()

    assert "signer" in rejection(receipt, [apple.root_der])


@pytest.mark.parametrize(
    "content",
    [
        b"not a receipt",
        der(0x30, b""),
        receipt_content([None]),  # an in-app entry without a transaction id
        receipt_content() + b"\x00",
        der(0x31, attribute(2, b"\x04\x03abc")),  # a bundle id that is not a string
        der(0x31, attribute(12, der(0x16, b"yesterday"))),
    ],
    ids=["text", "empty-sequence", "no-transaction-id", "trailing-byte", "bundle-id-not-text", "bad-date"],
)
def test_signed_content_that_is_not_a_receipt_is_rejected(apple: Pki, content: bytes) -> None:
    receipt = sign(content, apple.leaf, apple.embedded, signed_attributes=False)

    assert "not an App Store receipt" in rejection(receipt, [apple.root_der])


def test_what_is_not_a_signed_receipt_is_rejected(apple: Pki) -> None:
    certificate = apple.leaf.certificate.public_bytes(Encoding.DER)
    certificates_only = pkcs7.serialize_certificates([apple.leaf.certificate], Encoding.DER)
    for text in [
        "",
        "   ",
        "not base64!",
        "QUJD",  # base64, of "ABC"
        "QUJ",  # no padding
        "\N{SLIGHTLY SMILING FACE}",
        base64.b64encode(certificate).decode(),
        base64.b64encode(certificates_only).decode(),  # PKCS#7 with no signer and no content
        base64.b64encode(b"\x30\x80" * 400_000).decode(),  # nested far too deep
        base64.b64encode(b"\x31\x80" + b"\x05\x00" * 300_000 + b"\x00\x00").decode(),  # wide
        base64.b64encode(b"\x30\x84\xff\xff\xff\xff").decode(),  # a length past the end
        "A" * (3 * 1024 * 1024),  # larger than any receipt
    ]:
        rejection(text, [apple.root_der])
    for not_text in [None, b"MIAG", 42]:
        rejection(not_text, [apple.root_der])


def test_a_megabyte_receipt_signed_by_a_stranger_is_rejected(apple: Pki, impostor: Pki) -> None:
    content = receipt_content([str(n) for n in range(6_500)])
    assert len(content) > 1_000_000
    receipt = sign(content, impostor.leaf, impostor.embedded, signed_attributes=False)

    assert "does not chain" in rejection(receipt, [apple.root_der])


def test_the_trusted_roots_must_be_configured(apple: Pki) -> None:
    receipt = sign(receipt_content(), apple.leaf, apple.embedded, signed_attributes=False)

    assert "no trusted roots" in rejection(receipt, [])
    assert "not a DER certificate" in rejection(receipt, [b"not a certificate"])
    assert "sequence" in rejection(receipt, apple.root_der)  # one root where a list belongs


# --- Apple's own Xcode receipts -------------------------------------------------------------


def first_embedded_certificate(der_bytes: bytes) -> bytes:
    """The first DER certificate inside a BER blob: found by trying each SEQUENCE header."""
    for offset in range(len(der_bytes) - 4):
        if der_bytes[offset : offset + 2] == b"\x30\x82":
            end = offset + 4 + int.from_bytes(der_bytes[offset + 2 : offset + 4], "big")
            try:
                return x509.load_der_x509_certificate(der_bytes[offset:end]).public_bytes(Encoding.DER)
            except ValueError:
                continue
    raise AssertionError("no certificate found")


@pytest.fixture(params=["xcode-app-receipt-with-transaction", "xcode-app-receipt-empty"])
def xcode_receipt(request: pytest.FixtureRequest) -> str:
    path = APPLE_VECTORS / "xcode" / request.param
    if not path.is_file():
        pytest.skip(f"Apple's vectors are not checked out next to this repository ({path})")
    return path.read_text().strip()


def test_apples_xcode_receipt_is_rejected_when_only_our_root_is_trusted(apple: Pki, xcode_receipt: str) -> None:
    # Signed by Xcode's self-signed "StoreKit" certificate, not by Apple's App Store.
    assert "does not chain to a trusted Apple root" in rejection(xcode_receipt, [apple.root_der])


def test_apples_xcode_receipt_is_read_but_its_signer_is_no_receipt_signer(xcode_receipt: str) -> None:
    # Trusting Xcode's own certificate: the BER envelope is read and the signature checks out,
    # and the receipt is still refused, for its signer lacks Apple's receipt-signing marker.
    storekit = first_embedded_certificate(base64.b64decode(xcode_receipt))

    assert "not an Apple receipt-signing certificate" in rejection(xcode_receipt, [storekit])


# --- Fuzzing --------------------------------------------------------------------------------


def mutate(data: bytes, rng: random.Random) -> bytes:
    position = rng.randrange(len(data))
    kind = rng.randrange(6)
    if kind == 0:
        return data[:position] + bytes([data[position] ^ (1 << rng.randrange(8))]) + data[position + 1 :]
    if kind == 1:
        return data[:position] + bytes([rng.randrange(256)]) + data[position + 1 :]
    if kind == 2:
        return data[:position] + rng.randbytes(rng.randrange(1, 4)) + data[position:]
    if kind == 3:
        return data[:position] + data[position + rng.randrange(1, 64) :]
    if kind == 4:
        return data[:position]
    # A length byte set to something large or indefinite.
    return data[:position] + bytes([rng.choice([0x80, 0x81, 0x84, 0xFF])]) + data[position + 1 :]


def test_random_mutations_of_a_good_receipt_are_rejected_or_change_nothing(apple: Pki) -> None:
    rng = random.Random(20240601)
    certificates = [apple.leaf.certificate, *apple.embedded]
    originals = [
        base64.b64decode(receipt)
        for receipt in (
            sign(receipt_content(), apple.leaf, apple.embedded, signed_attributes=True),
            sign_like_apple(receipt_content(), apple.leaf, certificates, digest=hashes.SHA256(), ber=True),
        )
    ]
    rejected = 0
    tries = 400
    for attempt in range(tries):
        original = originals[attempt % len(originals)]
        mutated = mutate(original, rng)
        for _ in range(rng.randrange(3)):
            mutated = mutate(mutated, rng) if mutated else mutated
        text = base64.b64encode(mutated).decode()
        if attempt % 10 == 0 and text:  # now and then, damage the base64 instead
            spot = rng.randrange(len(text))
            text = text[:spot] + rng.choice("!*-_ A=\N{DEGREE SIGN}") + text[spot + 1 :]
        try:
            result = verify_app_receipt(text, [apple.root_der])
        except ReceiptRejected:
            rejected += 1
        else:
            # Bytes the signature does not cover may change; what the receipt says may not.
            assert result == EXPECTED
    assert rejected > tries * 0.8


def test_receipts_with_randomly_damaged_content_are_rejected_or_read(apple: Pki) -> None:
    # Signed after the damage, as a stranger signs what he likes: the reader must hold regardless.
    rng = random.Random(20240602)
    for _ in range(200):
        content = mutate(receipt_content(), rng)
        if not content:
            continue
        receipt = sign(content, apple.leaf, apple.embedded, signed_attributes=False)
        try:
            result = verify_app_receipt(receipt, [apple.root_der])
        except ReceiptRejected:
            continue
        assert all(isinstance(transaction_id, str) and transaction_id for transaction_id in result.transaction_ids)
