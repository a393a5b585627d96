"""Legacy App Store app receipts, believed only once Apple's signature on them is proven.

The threat: a client sends its unified app receipt (base64 PKCS#7) and we want the in-app
transaction ids inside, to tie purchases to the caller's account. The format is public, so a
client can just as well send a receipt it made by hand, naming someone else's transaction id, and
claim or restore a purchase that is not its own. Apple's `ReceiptUtility` reads the ids without
checking anything ("*NO validation* is performed"). So nothing inside a receipt is used until all
of this holds:

1. it is a CMS SignedData (RFC 5652) with its content embedded, exactly one signer, and the
   signer's certificate among the embedded ones. Apple emits BER (indefinite lengths, chunked
   OCTET STRINGs), so BER is read; every read is bounded (see "Cost");
2. the signer's RSA PKCS#1 v1.5 signature covers the content: directly, or through signed
   attributes whose messageDigest is the content's digest (SHA-1 in old receipts, SHA-256 since
   2023); Apple's receipts carry no signed attributes, other signers' often do;
3. the signer chains, through intermediates taken from the receipt, to one of the trusted roots,
   at `at`: by default the receipt's own creation date (field 12), as Apple's guide says, so a
   receipt outlives the certificate that signed it (the price: were a signing key to leak after
   its certificate expired, it could sign backdated receipts); now when it has none;
4. the signer certificate carries Apple's receipt-signing marker extension and each intermediate
   the WWDR marker. The chain alone proves little: every developer's own "Apple Development" or
   "Apple Distribution" certificate (its private key in the developer's hands) chains through a
   WWDR intermediate to the same root.

Which root: legacy receipts chain to the **Apple Inc. Root** certificate ("Apple Root CA", RSA,
2006-2035, SHA-256 fingerprint B0:B1:73:0E:CB:C7:FF:45:05:14:2C:49:F1:29:5E:6E:DA:6B:CA:ED:
7E:2C:68:C5:BE:91:B5:A1:10:01:F0:24, `AppleIncRootCertificate.cer` from
https://www.apple.com/certificateauthority/), through a WWDR intermediate (SHA-1 until 2023, then
SHA-256: "G5" in receipts of 2025; Apple lists "G7" for receipt signing) to the "Mac App Store and
iTunes Store Receipt Signing" certificate. Apple:
"verify that the chain of trust for the container's signature traces back to the Apple Inc. Root
certificate", https://developer.apple.com/documentation/appstorereceipts/validating_receipts_on_the_device
and, on the SHA-256 intermediate, https://developer.apple.com/documentation/technotes/tn3138-handling-app-store-receipt-signing-certificate-changes
Not "Apple Root CA - G3": that ECC root anchors the StoreKit 2 JWS chain
(APPLE_ROOT_CERTIFICATES), and no receipt chains to it.

Not checked here: that `bundle_id` is our app's (the caller compares it), revocation (no OCSP or
CRL), the device hash (field 5, which needs the device's identifier).

Errors: `ReceiptRejected`, for every input whatsoever; `str(error)` is a one-line reason that
speaks only of the input, fit to log and to return to the client.

Cost: linear in the input, which is capped; BER nesting is capped, and so is the number of
embedded certificates (OpenSSL's chain building is the one step that is not linear in them).
Synchronous and CPU-bound: call it in a worker thread.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from OpenSSL import crypto

__all__ = ["ReceiptRejected", "VerifiedReceipt", "verify_app_receipt"]


class ReceiptRejected(Exception):
    """The receipt is not to be trusted; `str(error)` says why, in one line."""


@dataclass(frozen=True)
class VerifiedReceipt:
    bundle_id: str | None
    # Field 1703 (transaction_identifier) of each in-app entry (field 17), in receipt order.
    transaction_ids: tuple[str, ...]


# Receipts are a few kB, a long purchase history a few hundred; requests are capped at 1 MB.
_MAX_BASE64_CHARS = 2 * 1024 * 1024
# Apple embeds three: the signer, a WWDR intermediate, the root.
_MAX_CERTIFICATES = 8
# Apple's receipts nest 7 deep; the cap bounds the recursion that indefinite lengths need.
_MAX_DEPTH = 16


def _oid(dotted: str) -> bytes:
    """The DER content octets of an OBJECT IDENTIFIER: OIDs are compared as bytes, never decoded."""
    first, second, *rest = (int(arc) for arc in dotted.split("."))
    encoded = bytearray()
    for arc in (40 * first + second, *rest):
        group = [arc & 0x7F]
        arc >>= 7
        while arc:
            group.append(0x80 | (arc & 0x7F))
            arc >>= 7
        encoded.extend(reversed(group))
    return bytes(encoded)


_SIGNED_DATA = _oid("1.2.840.113549.1.7.2")
_DATA = _oid("1.2.840.113549.1.7.1")
_CONTENT_TYPE = _oid("1.2.840.113549.1.9.3")
_MESSAGE_DIGEST = _oid("1.2.840.113549.1.9.4")
_DIGESTS: dict[bytes, hashes.HashAlgorithm] = {
    _oid("1.3.14.3.2.26"): hashes.SHA1(),
    _oid("2.16.840.1.101.3.4.2.1"): hashes.SHA256(),
    _oid("2.16.840.1.101.3.4.2.2"): hashes.SHA384(),
    _oid("2.16.840.1.101.3.4.2.3"): hashes.SHA512(),
}
_RSA_ENCRYPTION = _oid("1.2.840.113549.1.1.1")
# A signatureAlgorithm that names a digest must name the signer's digestAlgorithm.
_RSA_WITH_DIGEST: dict[bytes, str] = {
    _oid("1.2.840.113549.1.1.5"): "sha1",
    _oid("1.2.840.113549.1.1.11"): "sha256",
    _oid("1.2.840.113549.1.1.12"): "sha384",
    _oid("1.2.840.113549.1.1.13"): "sha512",
}
# Apple's marker extensions, the ones its app-store-server-library requires on the JWS chain.
_RECEIPT_SIGNER_MARKER = x509.ObjectIdentifier("1.2.840.113635.100.6.11.1")
_WWDR_INTERMEDIATE_MARKER = x509.ObjectIdentifier("1.2.840.113635.100.6.2.1")

# Receipt fields (Apple, "Receipt Fields"). 1705 is original_transaction_id, 1711 the
# web_order_line_item_id: neither identifies the purchase the entry records.
_BUNDLE_ID = 2
_CREATION_DATE = 12
_IN_APP = 17
_TRANSACTION_ID = 1703

_INTEGER, _OCTET_STRING, _OBJECT_IDENTIFIER = 0x02, 0x04, 0x06
_UTF8_STRING, _IA5_STRING = 0x0C, 0x16
_CONSTRUCTED = 0x20
_SEQUENCE, _SET = 0x30, 0x31
_CONTEXT_0, _CONTEXT_1 = 0xA0, 0xA1


class _Malformed(Exception):
    """Bytes that are not the structure expected; each caller turns it into a ReceiptRejected."""


class _Element(NamedTuple):
    """One BER element, located by offsets in `data`: nothing is copied until asked for.

    A NamedTuple, not a frozen dataclass: a hostile megabyte is half a million elements, and
    a frozen dataclass takes about three times longer to build one.
    """

    data: bytes
    tag: int
    start: int
    content_start: int
    content_end: int
    end: int
    depth: int
    # Read while looking for an indefinite length's end-of-contents, kept so as not to read twice.
    parts: tuple[_Element, ...] | None

    @property
    def content(self) -> bytes:
        return self.data[self.content_start : self.content_end]

    @property
    def raw(self) -> bytes:
        return self.data[self.start : self.end]


def _read(data: bytes, offset: int, limit: int, depth: int) -> _Element:
    if depth > _MAX_DEPTH:
        raise _Malformed("nested too deep")
    if offset + 2 > limit:
        raise _Malformed("truncated")
    tag = data[offset]
    # High tag numbers occur in neither CMS nor receipts; a bare end-of-contents is out of place.
    if tag & 0x1F == 0x1F or tag == 0:
        raise _Malformed(f"unexpected tag {tag:#04x}")
    first = data[offset + 1]
    position = offset + 2
    if first == 0x80:
        if not tag & _CONSTRUCTED:
            raise _Malformed("indefinite length on a primitive element")
        parts: list[_Element] = []
        while True:
            if position + 2 > limit:
                raise _Malformed("no end-of-contents")
            if data[position] == 0 and data[position + 1] == 0:
                return _Element(data, tag, offset, offset + 2, position, position + 2, depth, tuple(parts))
            part = _read(data, position, limit, depth + 1)
            parts.append(part)
            position = part.end
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        # Four length octets already describe 4 GiB.
        if count > 4 or position + count > limit:
            raise _Malformed("bad length")
        length = int.from_bytes(data[position : position + count], "big")
        position += count
    if position + length > limit:
        raise _Malformed("truncated")
    return _Element(data, tag, offset, position, position + length, position + length, depth, None)


def _whole(data: bytes) -> _Element:
    element = _read(data, 0, len(data), 0)
    if element.end != len(data):
        raise _Malformed("trailing bytes")
    return element


def _expect(element: _Element, tag: int) -> _Element:
    if element.tag != tag:
        raise _Malformed(f"expected tag {tag:#04x}, found {element.tag:#04x}")
    return element


def _children(element: _Element, tag: int, most: int | None = None, what: str = "elements") -> tuple[_Element, ...]:
    """The elements inside `element`; where a structure has a fixed size, no more than `most` are read."""
    _expect(element, tag)
    if element.parts is not None:
        parts = list(element.parts)
    else:
        parts = []
        position = element.content_start
        while position < element.content_end and (most is None or len(parts) <= most):
            part = _read(element.data, position, element.content_end, element.depth + 1)
            parts.append(part)
            position = part.end
    if most is not None and len(parts) > most:
        raise _Malformed(f"more than {most} {what}")
    return tuple(parts)


def _primitive(element: _Element, tag: int) -> bytes:
    return _expect(element, tag).content


def _octets(element: _Element) -> bytes:
    """An OCTET STRING's value; BER may chunk it into a constructed string of OCTET STRINGs."""
    if element.tag == _OCTET_STRING:
        return element.content
    return b"".join(_octets(part) for part in _children(element, _OCTET_STRING | _CONSTRUCTED))


def _small_integer(element: _Element) -> int:
    content = _primitive(element, _INTEGER)
    if not 1 <= len(content) <= 8:
        raise _Malformed("integer out of range")
    return int.from_bytes(content, "big", signed=True)


def _algorithm(element: _Element) -> bytes:
    parts = _children(element, _SEQUENCE, most=2)
    if not parts:
        raise _Malformed("bad algorithm identifier")
    return _primitive(parts[0], _OBJECT_IDENTIFIER)


# --- The PKCS#7 envelope --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _SignedData:
    content: bytes
    certificates: tuple[_Element, ...]
    signer_id: bytes  # issuer Name and serial INTEGER, as encoded: matched byte for byte
    digest_algorithm: bytes
    signed_attributes: _Element | None
    signature_algorithm: bytes
    signature: bytes


def _read_signed_data(der: bytes) -> _SignedData:
    content_info = _children(_whole(der), _SEQUENCE, most=2)
    if len(content_info) != 2 or _primitive(content_info[0], _OBJECT_IDENTIFIER) != _SIGNED_DATA:
        raise _Malformed("not signed-data")
    explicit = _children(content_info[1], _CONTEXT_0, most=1)
    if len(explicit) != 1:
        raise _Malformed("bad content")
    fields = _children(explicit[0], _SEQUENCE, most=6)
    if len(fields) < 4:
        raise _Malformed("signed-data too short")
    _small_integer(fields[0])
    _expect(fields[1], _SET)  # digestAlgorithms: the signer names its own
    content = _encapsulated_content(fields[2])
    # certificates [0] and crls [1] are both optional and come in that order.
    optional = [field.tag for field in fields[3:-1]]
    if optional not in ([], [_CONTEXT_0], [_CONTEXT_1], [_CONTEXT_0, _CONTEXT_1]):
        raise _Malformed("unexpected signed-data fields")
    certificates: tuple[_Element, ...] = ()
    if optional[:1] == [_CONTEXT_0]:
        certificates = _children(fields[3], _CONTEXT_0, most=_MAX_CERTIFICATES, what="certificates")
    # More than one signer would leave open which of them vouches for the content.
    signers = _children(fields[-1], _SET, most=1, what="signer")
    if not signers:
        raise _Malformed("no signer")
    return _signer_info(signers[0], content, certificates)


def _encapsulated_content(element: _Element) -> bytes:
    parts = _children(element, _SEQUENCE, most=2)
    if len(parts) != 2 or _primitive(parts[0], _OBJECT_IDENTIFIER) != _DATA:
        raise _Malformed("content is not embedded data")
    explicit = _children(parts[1], _CONTEXT_0, most=1)
    if len(explicit) != 1:
        raise _Malformed("bad embedded content")
    return _octets(explicit[0])


def _signer_info(element: _Element, content: bytes, certificates: tuple[_Element, ...]) -> _SignedData:
    fields = list(_children(element, _SEQUENCE, most=7))
    if fields and fields[-1].tag == _CONTEXT_1:
        fields.pop()  # unsigned attributes: not covered by the signature, so not looked at
    signed_attributes = None
    if len(fields) == 6:
        signed_attributes = fields.pop(3)
        if signed_attributes.tag != _CONTEXT_0 or signed_attributes.parts is not None:
            # The signature covers their DER; an indefinite length cannot be that.
            raise _Malformed("bad signed attributes")
    if len(fields) != 5:
        raise _Malformed("bad signer info")
    version, signer_id, digest_algorithm, signature_algorithm, signature = fields
    _small_integer(version)
    # IssuerAndSerialNumber; Apple does not name its signer by subject key identifier.
    issuer_and_serial = _children(signer_id, _SEQUENCE, most=2)
    if len(issuer_and_serial) != 2:
        raise _Malformed("bad signer identifier")
    issuer, serial = _expect(issuer_and_serial[0], _SEQUENCE), _expect(issuer_and_serial[1], _INTEGER)
    return _SignedData(
        content=content,
        certificates=certificates,
        signer_id=issuer.raw + serial.raw,
        digest_algorithm=_algorithm(digest_algorithm),
        signed_attributes=signed_attributes,
        signature_algorithm=_algorithm(signature_algorithm),
        signature=_octets(signature),
    )


def _issuer_and_serial(certificate: _Element) -> bytes:
    parts = _children(certificate, _SEQUENCE, most=3)
    if not parts:
        raise _Malformed("empty certificate")
    # TBSCertificate: [0] version, serial, signature, issuer, then seven more at most.
    fields = _children(parts[0], _SEQUENCE, most=10)
    if fields and fields[0].tag == _CONTEXT_0:
        fields = fields[1:]
    if len(fields) < 3:
        raise _Malformed("bad certificate")
    return _expect(fields[2], _SEQUENCE).raw + _expect(fields[0], _INTEGER).raw


def _signer_and_others(signed: _SignedData) -> tuple[x509.Certificate, list[x509.Certificate]]:
    if not signed.certificates:
        raise ReceiptRejected("the receipt carries no certificates")
    try:
        keys = [_issuer_and_serial(certificate) for certificate in signed.certificates]
    except _Malformed as error:
        raise ReceiptRejected(f"a certificate in the receipt cannot be read ({error})") from None
    if signed.signer_id not in keys:
        raise ReceiptRejected("the receipt does not carry its signer's certificate")
    signer_index = keys.index(signed.signer_id)
    try:
        loaded = [x509.load_der_x509_certificate(certificate.raw) for certificate in signed.certificates]
    except (ValueError, x509.InvalidVersion):
        raise ReceiptRejected("a certificate in the receipt cannot be read") from None
    return loaded[signer_index], loaded[:signer_index] + loaded[signer_index + 1 :]


def _verify_signature(signer: x509.Certificate, signed: _SignedData) -> None:
    try:
        key = signer.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise ReceiptRejected("the receipt's signer certificate cannot be read") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ReceiptRejected("the receipt's signer has no RSA key, as Apple's has")
    digest = _DIGESTS.get(signed.digest_algorithm)
    if digest is None:
        raise ReceiptRejected("the receipt's digest algorithm is not one Apple uses")
    if signed.signature_algorithm != _RSA_ENCRYPTION and (
        _RSA_WITH_DIGEST.get(signed.signature_algorithm) != digest.name
    ):
        raise ReceiptRejected("the receipt's signature algorithm is not RSA with its digest")
    if signed.signed_attributes is None:
        message = signed.content
    else:
        _check_signed_attributes(signed.signed_attributes, signed.content, digest)
        # RFC 5652 5.4: the signature covers the attributes' DER with the SET OF tag, not [0].
        message = bytes([_SET]) + signed.signed_attributes.raw[1:]
    try:
        key.verify(signed.signature, message, padding.PKCS1v15(), digest)
    except InvalidSignature:
        raise ReceiptRejected("the receipt's signature does not match its content") from None


def _check_signed_attributes(attributes: _Element, content: bytes, digest: hashes.HashAlgorithm) -> None:
    values: dict[bytes, tuple[_Element, ...]] = {}
    try:
        for attribute in _children(attributes, _CONTEXT_0):
            parts = _children(attribute, _SEQUENCE, most=2)
            if len(parts) != 2:
                raise _Malformed("bad attribute")
            kind = _primitive(parts[0], _OBJECT_IDENTIFIER)
            if kind in values:
                raise _Malformed("an attribute appears twice")
            values[kind] = _children(parts[1], _SET)
        digests = values.get(_MESSAGE_DIGEST, ())
        if len(digests) != 1:
            raise _Malformed("no single message digest")
        signed_digest = _primitive(digests[0], _OCTET_STRING)
        content_types = values.get(_CONTENT_TYPE)
        if content_types is not None and (
            len(content_types) != 1 or _primitive(content_types[0], _OBJECT_IDENTIFIER) != _DATA
        ):
            raise _Malformed("content type is not data")
    except _Malformed as error:
        raise ReceiptRejected(f"the receipt's signed attributes cannot be read ({error})") from None
    hasher = hashes.Hash(digest)
    hasher.update(content)
    if not hmac.compare_digest(hasher.finalize(), signed_digest):
        raise ReceiptRejected("the receipt's content does not match its signed digest")


# --- The chain ------------------------------------------------------------------------------


def _load_roots(trusted_roots_der: Sequence[bytes]) -> list[crypto.X509]:
    if isinstance(trusted_roots_der, (bytes, bytearray, str)):
        raise ReceiptRejected("the trusted roots are not a sequence of DER certificates")
    if not trusted_roots_der:
        raise ReceiptRejected("no trusted roots are configured")
    try:
        roots = [x509.load_der_x509_certificate(bytes(root)) for root in trusted_roots_der]
        return [crypto.X509.from_cryptography(root) for root in roots]
    except (TypeError, ValueError, x509.InvalidVersion, crypto.Error):
        raise ReceiptRejected("a configured trusted root is not a DER certificate") from None


def _verify_chain(
    signer: x509.Certificate,
    others: list[x509.Certificate],
    roots: list[crypto.X509],
    moment: dt.datetime,
) -> list[x509.Certificate]:
    """The path from the signer to a trusted root, as OpenSSL built it at `moment`."""
    try:
        # OpenSSL's parser refuses some certificates cryptography's accepts (a bad UTF8String).
        untrusted = [crypto.X509.from_cryptography(certificate) for certificate in (signer, *others)]
    except crypto.Error:
        raise ReceiptRejected("a certificate in the receipt cannot be read") from None
    store = crypto.X509Store()
    for root in roots:
        store.add_cert(root)
    # set_time reads the datetime's fields as UTC: it must be in UTC already.
    store.set_time(moment)
    context = crypto.X509StoreContext(store, untrusted[0], untrusted[1:])
    try:
        chain = context.get_verified_chain()
    except crypto.X509StoreContextError as error:
        raise ReceiptRejected(f"the receipt's signature does not chain to a trusted Apple root ({error})") from None
    return [certificate.to_cryptography() for certificate in chain]


def _has_extension(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> bool:
    try:
        certificate.extensions.get_extension_for_oid(oid)
    except x509.ExtensionNotFound:
        return False
    return True


def _check_markers(chain: list[x509.Certificate]) -> None:
    if not _has_extension(chain[0], _RECEIPT_SIGNER_MARKER):
        raise ReceiptRejected("the receipt's signer is not an Apple receipt-signing certificate")
    if not all(_has_extension(certificate, _WWDR_INTERMEDIATE_MARKER) for certificate in chain[1:-1]):
        raise ReceiptRejected("the receipt's signer was not issued by an Apple WWDR intermediate")


# --- The receipt itself ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Payload:
    bundle_id: str | None
    created: dt.datetime | None
    transaction_ids: tuple[str, ...]


def _attributes(der: bytes) -> list[tuple[int, bytes]]:
    """A SET OF ReceiptAttribute ::= SEQUENCE {type INTEGER, version INTEGER, value OCTET STRING}."""
    attributes = []
    for attribute in _children(_whole(der), _SET):
        parts = _children(attribute, _SEQUENCE, most=3)
        if len(parts) != 3:
            raise _Malformed("an attribute is not (type, version, value)")
        kind, version, value = parts
        _small_integer(version)
        attributes.append((_small_integer(kind), _octets(value)))
    return attributes


def _text(value: bytes) -> str:
    element = _whole(value)
    if element.tag == _UTF8_STRING:
        encoding = "utf-8"
    elif element.tag == _IA5_STRING:
        encoding = "ascii"
    else:
        raise _Malformed("a text field is not a string")
    try:
        return element.content.decode(encoding)
    except UnicodeDecodeError:
        raise _Malformed(f"a text field is not {encoding}") from None


def _creation_date(value: bytes) -> dt.datetime:
    text = _text(value)
    try:
        # "2023-10-19T01:45:40Z" from the App Store; Xcode writes "+0100" where that has "Z".
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        raise _Malformed("the creation date is not a date") from None


def _transaction_id(in_app: bytes) -> str:
    ids = [_text(value) for kind, value in _attributes(in_app) if kind == _TRANSACTION_ID]
    if len(ids) != 1 or not ids[0]:
        raise _Malformed("an in-app entry has no single transaction id")
    return ids[0]


def _read_payload(content: bytes) -> _Payload:
    bundle_ids: list[str] = []
    created: list[dt.datetime] = []
    transaction_ids: list[str] = []
    for kind, value in _attributes(content):
        if kind == _BUNDLE_ID:
            bundle_ids.append(_text(value))
        elif kind == _CREATION_DATE:
            created.append(_creation_date(value))
        elif kind == _IN_APP:
            transaction_ids.append(_transaction_id(value))
    if len(bundle_ids) > 1 or len(created) > 1:
        raise _Malformed("a field appears twice")
    return _Payload(
        bundle_id=bundle_ids[0] if bundle_ids else None,
        created=created[0] if created else None,
        transaction_ids=tuple(transaction_ids),
    )


# --- The whole ------------------------------------------------------------------------------


def _decode_base64(app_receipt_base64: str) -> bytes:
    if not isinstance(app_receipt_base64, str):
        raise ReceiptRejected("the receipt is not text")
    if len(app_receipt_base64) > _MAX_BASE64_CHARS:
        raise ReceiptRejected("the receipt is larger than any App Store receipt")
    try:
        der = base64.b64decode(app_receipt_base64.strip(), validate=True)
    except ValueError:  # binascii.Error, and non-ASCII text
        raise ReceiptRejected("the receipt is not base64") from None
    if not der:
        raise ReceiptRejected("the receipt is empty")
    return der


def _in_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _verify(app_receipt_base64: str, trusted_roots_der: Sequence[bytes], at: dt.datetime | None) -> VerifiedReceipt:
    roots = _load_roots(trusted_roots_der)
    der = _decode_base64(app_receipt_base64)
    try:
        signed = _read_signed_data(der)
    except _Malformed as error:
        raise ReceiptRejected(f"the receipt is not PKCS#7 signed data ({error})") from None
    signer, others = _signer_and_others(signed)
    _verify_signature(signer, signed)
    # Read before the chain is checked only for its creation date, the moment to check the chain
    # at; the content is signed (if by no one trusted yet), and the reader is bounded anyway.
    try:
        payload = _read_payload(signed.content)
    except _Malformed as error:
        raise ReceiptRejected(f"the receipt's content is not an App Store receipt ({error})") from None
    moment = at if at is not None else payload.created
    if moment is None:
        moment = dt.datetime.now(dt.UTC)
    _check_markers(_verify_chain(signer, others, roots, _in_utc(moment)))
    return VerifiedReceipt(bundle_id=payload.bundle_id, transaction_ids=payload.transaction_ids)


def verify_app_receipt(
    app_receipt_base64: str,
    trusted_roots_der: Sequence[bytes],
    *,
    at: dt.datetime | None = None,
) -> VerifiedReceipt:
    """The bundle id and in-app transaction ids of a receipt Apple is proven to have signed.

    `trusted_roots_der`: DER certificates; for App Store receipts, the Apple Inc. Root (see the
    module docstring). `at`: when the chain must have been valid (a naive datetime is UTC);
    by default the receipt's creation date, or now when it has none.

    Raises `ReceiptRejected`, and nothing else, for any input.
    """
    try:
        return _verify(app_receipt_base64, trusted_roots_der, at)
    except ReceiptRejected:
        raise
    except Exception as error:
        # The parsers above are meant to leave nothing else through; should a library still
        # raise on some hostile input, that input is rejected like any other, not a server error.
        raise ReceiptRejected("the receipt cannot be read") from error
