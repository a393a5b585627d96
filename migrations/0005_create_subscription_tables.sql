-- App Store subscriptions, in the subscription schema (see 0001).

-- One row per subscription (Apple's originalTransactionId), bound to at most one user.
CREATE TABLE subscription.subscriptions (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    original_transaction_id  text        NOT NULL,
    user_id                  text,               -- NULL until the app presents the purchase
    product_id               text        NOT NULL,
    status                   text        NOT NULL,
    expires_at               timestamptz,
    grace_period_expires_at  timestamptz,
    auto_renew               boolean     NOT NULL DEFAULT true,
    auto_renew_product_id    text,
    environment              text        NOT NULL,
    -- signedDate of the newest Apple payload applied: older ones never overwrite this row.
    last_signed_at           timestamptz NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscriptions_original_transaction_id_key UNIQUE (original_transaction_id),
    CONSTRAINT subscriptions_status_check CHECK (status IN
        ('active', 'in_grace_period', 'in_billing_retry', 'expired', 'revoked', 'refunded')),
    CONSTRAINT subscriptions_environment_check CHECK (environment IN
        ('Production', 'Sandbox', 'Xcode', 'LocalTesting'))
);
CREATE INDEX subscriptions_user_id_idx ON subscription.subscriptions (user_id) WHERE user_id IS NOT NULL;

-- Every verified transaction, once.
CREATE TABLE subscription.transactions (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id           text        NOT NULL,
    original_transaction_id  text        NOT NULL,
    product_id               text        NOT NULL,
    purchased_at             timestamptz,
    expires_at               timestamptz,
    revoked_at               timestamptz,
    signed_at                timestamptz NOT NULL,
    environment              text        NOT NULL,
    payload                  jsonb       NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT transactions_transaction_id_key UNIQUE (transaction_id)
);
CREATE INDEX transactions_original_transaction_id_idx ON subscription.transactions (original_transaction_id);

-- Every notification, stored raw (decoded) once per notificationUUID, applied or not.
CREATE TABLE subscription.notifications (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_uuid        text        NOT NULL,
    notification_type        text        NOT NULL,
    subtype                  text,
    original_transaction_id  text,
    signed_at                timestamptz,
    outcome                  text        NOT NULL,
    payload                  jsonb       NOT NULL,
    received_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notifications_notification_uuid_key UNIQUE (notification_uuid),
    CONSTRAINT notifications_outcome_check CHECK (outcome IN ('applied', 'stale', 'stored'))
);
CREATE INDEX notifications_original_transaction_id_idx
    ON subscription.notifications (original_transaction_id, signed_at);

-- An audit of what was presented and what we answered: one row per distinct (payload, user, outcome),
-- counting repeats, so a client retrying 50 times leaves one row with attempts = 50.
CREATE TABLE subscription.receipt_validations (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                     text        NOT NULL,
    payload_sha256           text        NOT NULL,
    user_id                  text        NOT NULL DEFAULT '',
    outcome                  text        NOT NULL,
    reason                   text        NOT NULL DEFAULT '',
    transaction_id           text,
    original_transaction_id  text,
    attempts                 integer     NOT NULL DEFAULT 1,
    first_seen_at            timestamptz NOT NULL DEFAULT now(),
    last_seen_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT receipt_validations_payload_user_outcome_key UNIQUE (payload_sha256, user_id, outcome),
    CONSTRAINT receipt_validations_kind_check CHECK (kind IN ('signed_transaction', 'app_receipt', 'notification')),
    CONSTRAINT receipt_validations_outcome_check CHECK (outcome IN ('valid', 'invalid', 'denied', 'unavailable'))
);
CREATE INDEX receipt_validations_user_id_idx ON subscription.receipt_validations (user_id, last_seen_at);
