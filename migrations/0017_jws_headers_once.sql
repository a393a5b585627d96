-- Apple's JWS headers (each carrying the certificate chain) stored once, by SHA-256, instead of in
-- every notification row twice (subscription_service/signed_payloads.py). Rows written before this
-- keep their payloads whole; reading handles both.

CREATE TABLE subscription.jws_headers (
    sha256      text        PRIMARY KEY,
    header      text        NOT NULL,
    first_seen  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT jws_headers_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
