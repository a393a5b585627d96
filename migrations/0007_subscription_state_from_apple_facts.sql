-- Subscription state derived from Apple's facts, each superseded only by a newer one of its kind:
-- the current transaction (latest expiry, not the latest signature), Apple's latest status
-- statement, and the latest renewal info. Plus the app account tokens that bind purchases to users.

ALTER TABLE subscription.subscriptions
    DROP COLUMN last_signed_at,
    ADD COLUMN current_transaction_id  text,
    -- Apple's own status (notification data.status or Get All Subscription Statuses) and its date.
    ADD COLUMN apple_status            text,
    ADD COLUMN apple_status_signed_at  timestamptz,
    ADD COLUMN apple_grace_period_expires_at timestamptz,
    ADD COLUMN renewal_signed_at       timestamptz,
    ADD COLUMN price_increase_pending  boolean NOT NULL DEFAULT false,
    ADD COLUMN ownership_type          text    NOT NULL DEFAULT 'PURCHASED',
    ADD CONSTRAINT subscriptions_apple_status_check CHECK (apple_status IN
        ('active', 'expired', 'billing_retry', 'grace_period', 'revoked')),
    ADD CONSTRAINT subscriptions_ownership_type_check CHECK (ownership_type IN ('PURCHASED', 'FAMILY_SHARED'));

ALTER TABLE subscription.transactions
    ADD COLUMN revocation_reason  smallint,
    ADD COLUMN is_upgraded        boolean NOT NULL DEFAULT false,
    ADD COLUMN ownership_type     text    NOT NULL DEFAULT 'PURCHASED',
    ADD COLUMN app_account_token  uuid,
    ADD COLUMN offer_type         smallint,
    ADD CONSTRAINT transactions_ownership_type_check CHECK (ownership_type IN ('PURCHASED', 'FAMILY_SHARED'));

-- The current period of a subscription: one index scan, in the order the service ranks periods.
DROP INDEX subscription.transactions_original_transaction_id_idx;
CREATE INDEX transactions_current_period_idx ON subscription.transactions
    (original_transaction_id, is_upgraded, expires_at DESC NULLS LAST, purchased_at DESC);

ALTER TABLE subscription.notifications ADD COLUMN environment text;

-- One stable UUID per user, set by the app as appAccountToken when that user buys.
CREATE TABLE subscription.app_account_tokens (
    user_id            text        NOT NULL,
    app_account_token  uuid        NOT NULL DEFAULT gen_random_uuid(),
    created_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_account_tokens_pkey PRIMARY KEY (user_id),
    CONSTRAINT app_account_tokens_app_account_token_key UNIQUE (app_account_token)
);
