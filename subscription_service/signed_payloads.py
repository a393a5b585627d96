"""Storing Apple's payloads without their certificate chains over and over.

A notification's claims hold signed inner payloads (the transaction, the renewal info), each a
compact JWS whose header carries Apple's certificate chain: about 4.7 KB of a 13 KB row, twice,
and the same chain for months. PostgreSQL's pglz cannot catch the repeat (its window is 4 KB) and
this build has no lz4. So each JWS header is kept once, by its SHA-256, in `jws_headers`, and the
stored claims say `~sha256:<hex>` where the header was; `expand` puts the very same text back, so
every stored signature still verifies.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

# A compact JWS whose header is worth keeping once (Apple's carry a chain: thousands of characters).
_JWS = re.compile(r"^([A-Za-z0-9_-]{200,})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]*)$")
_MARKED = re.compile(r"^~sha256:([0-9a-f]{64})\.")
MARKER = "~sha256:"


def compact(document: Any, headers: dict[str, str] | None = None) -> tuple[Any, dict[str, str]]:
    """`document` with every large JWS header replaced by its digest; the headers by digest."""
    found: dict[str, str] = {} if headers is None else headers
    if isinstance(document, dict):
        return {key: compact(value, found)[0] for key, value in document.items()}, found
    if isinstance(document, list):
        return [compact(value, found)[0] for value in document], found
    if isinstance(document, str) and (match := _JWS.match(document)):
        header = match.group(1)
        digest = hashlib.sha256(header.encode()).hexdigest()
        found[digest] = header
        return f"{MARKER}{digest}{document[len(header):]}", found
    return document, found


def digests(document: Any) -> set[str]:
    """The header digests a compacted document refers to."""
    if isinstance(document, dict):
        return {d for value in document.values() for d in digests(value)}
    if isinstance(document, list):
        return {d for value in document for d in digests(value)}
    if isinstance(document, str) and (match := _MARKED.match(document)):
        return {match.group(1)}
    return set()


def expand(document: Any, headers: dict[str, str]) -> Any:
    """The document as it was before `compact`."""
    if isinstance(document, dict):
        return {key: expand(value, headers) for key, value in document.items()}
    if isinstance(document, list):
        return [expand(value, headers) for value in document]
    if isinstance(document, str) and (match := _MARKED.match(document)):
        return headers[match.group(1)] + document[len(MARKER) + 64:]
    return document
