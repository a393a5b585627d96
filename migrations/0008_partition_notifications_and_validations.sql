-- The two subscription tables that grow with every user and every notification become partitioned
-- by month, so that old months can be detached and archived rather than vacuumed forever. Existing
-- rows are kept. `subscription.ensure_monthly_partitions` creates the coming months' partitions:
-- the subscription service runs it at start and daily; a DEFAULT partition catches anything that
-- arrives before its month exists (keep it empty: a month cannot be created over rows it holds).
--
-- A unique constraint on a partitioned table must include the partition key, so a notification's
-- UUID is kept unique in a table of its own (one narrow row per notification), which is what makes
-- delivery idempotent across months. Identity columns on partitioned tables need PostgreSQL 17:
-- ids come from sequences here.

SET LOCAL timezone = 'UTC';

CREATE FUNCTION subscription.ensure_monthly_partitions(months_ahead integer DEFAULT 3, since date DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER  -- the service's role may not create tables; the owner's function does it for it
SET search_path = pg_catalog
SET timezone = 'UTC'
AS $$
DECLARE
    parent text;
    month date;
    last_month date := date_trunc('month', now() + make_interval(months => months_ahead))::date;
    created integer := 0;
BEGIN
    FOREACH parent IN ARRAY ARRAY['notifications', 'receipt_validations'] LOOP
        month := date_trunc('month', coalesce(since, now()::date))::date;
        WHILE month <= last_month LOOP
            IF to_regclass(format('subscription.%I', parent || '_' || to_char(month, 'YYYY_MM'))) IS NULL THEN
                EXECUTE format(
                    'CREATE TABLE subscription.%I PARTITION OF subscription.%I FOR VALUES FROM (%L) TO (%L)',
                    parent || '_' || to_char(month, 'YYYY_MM'), parent, month, (month + interval '1 month')::date
                );
                created := created + 1;
            END IF;
            month := (month + interval '1 month')::date;
        END LOOP;
    END LOOP;
    RETURN created;
END
$$;
REVOKE ALL ON FUNCTION subscription.ensure_monthly_partitions(integer, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subscription.ensure_monthly_partitions(integer, date) TO zodiac_subscription;

-- Notifications -------------------------------------------------------------------------------

CREATE TABLE subscription.notification_uuids (
    notification_uuid  text        NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notification_uuids_pkey PRIMARY KEY (notification_uuid)
);
INSERT INTO subscription.notification_uuids (notification_uuid, received_at)
SELECT notification_uuid, received_at FROM subscription.notifications;

ALTER TABLE subscription.notifications RENAME TO notifications_before_partitioning;
ALTER TABLE subscription.notifications_before_partitioning
    RENAME CONSTRAINT notifications_notification_uuid_key TO notifications_before_partitioning_uuid_key;
ALTER TABLE subscription.notifications_before_partitioning
    RENAME CONSTRAINT notifications_outcome_check TO notifications_before_partitioning_outcome_check;
ALTER INDEX subscription.notifications_pkey RENAME TO notifications_before_partitioning_pkey;
ALTER INDEX subscription.notifications_original_transaction_id_idx RENAME TO notifications_before_partitioning_otid_idx;
ALTER SEQUENCE subscription.notifications_id_seq RENAME TO notifications_before_partitioning_id_seq;

CREATE SEQUENCE subscription.notifications_id_seq AS bigint;
CREATE TABLE subscription.notifications (
    id                       bigint      NOT NULL DEFAULT nextval('subscription.notifications_id_seq'),
    notification_uuid        text        NOT NULL,
    notification_type        text        NOT NULL,
    subtype                  text,
    original_transaction_id  text,
    signed_at                timestamptz,
    outcome                  text        NOT NULL,
    payload                  jsonb       NOT NULL,
    received_at              timestamptz NOT NULL DEFAULT now(),
    environment              text,
    CONSTRAINT notifications_pkey PRIMARY KEY (id, received_at),
    CONSTRAINT notifications_outcome_check CHECK (outcome IN ('applied', 'stale', 'stored'))
) PARTITION BY RANGE (received_at);
ALTER SEQUENCE subscription.notifications_id_seq OWNED BY subscription.notifications.id;
CREATE INDEX notifications_original_transaction_id_idx ON subscription.notifications (original_transaction_id, signed_at);
CREATE INDEX notifications_notification_uuid_idx ON subscription.notifications (notification_uuid);
CREATE TABLE subscription.notifications_default PARTITION OF subscription.notifications DEFAULT;

-- Validations ---------------------------------------------------------------------------------

ALTER TABLE subscription.receipt_validations RENAME TO receipt_validations_before_partitioning;
ALTER TABLE subscription.receipt_validations_before_partitioning
    RENAME CONSTRAINT receipt_validations_payload_user_outcome_key TO receipt_validations_before_partitioning_key;
ALTER TABLE subscription.receipt_validations_before_partitioning
    RENAME CONSTRAINT receipt_validations_kind_check TO receipt_validations_before_partitioning_kind_check;
ALTER TABLE subscription.receipt_validations_before_partitioning
    RENAME CONSTRAINT receipt_validations_outcome_check TO receipt_validations_before_partitioning_outcome_check;
ALTER INDEX subscription.receipt_validations_pkey RENAME TO receipt_validations_before_partitioning_pkey;
ALTER INDEX subscription.receipt_validations_user_id_idx RENAME TO receipt_validations_before_partitioning_user_idx;
ALTER SEQUENCE subscription.receipt_validations_id_seq RENAME TO receipt_validations_before_partitioning_id_seq;

-- One row per distinct (payload, user, outcome) and month, counting attempts.
CREATE SEQUENCE subscription.receipt_validations_id_seq AS bigint;
CREATE TABLE subscription.receipt_validations (
    id                       bigint      NOT NULL DEFAULT nextval('subscription.receipt_validations_id_seq'),
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
    month                    date        NOT NULL DEFAULT (date_trunc('month', now() AT TIME ZONE 'UTC'))::date,
    CONSTRAINT receipt_validations_pkey PRIMARY KEY (id, month),
    CONSTRAINT receipt_validations_payload_user_outcome_key UNIQUE (payload_sha256, user_id, outcome, month),
    CONSTRAINT receipt_validations_kind_check CHECK (kind IN ('signed_transaction', 'app_receipt', 'notification')),
    CONSTRAINT receipt_validations_outcome_check CHECK (outcome IN ('valid', 'invalid', 'denied', 'unavailable'))
) PARTITION BY RANGE (month);
ALTER SEQUENCE subscription.receipt_validations_id_seq OWNED BY subscription.receipt_validations.id;
CREATE INDEX receipt_validations_user_id_idx ON subscription.receipt_validations (user_id, last_seen_at);
CREATE TABLE subscription.receipt_validations_default PARTITION OF subscription.receipt_validations DEFAULT;

-- The months the existing rows fall in, and the coming ones; then the rows themselves.
SELECT subscription.ensure_monthly_partitions(3, least(
    (SELECT min(received_at)::date FROM subscription.notifications_before_partitioning),
    (SELECT min(first_seen_at)::date FROM subscription.receipt_validations_before_partitioning),
    now()::date
));

INSERT INTO subscription.notifications (id, notification_uuid, notification_type, subtype, original_transaction_id,
    signed_at, outcome, payload, received_at, environment)
SELECT id, notification_uuid, notification_type, subtype, original_transaction_id, signed_at, outcome, payload,
    received_at, environment
FROM subscription.notifications_before_partitioning;
SELECT setval('subscription.notifications_id_seq', coalesce(max(id), 0) + 1, false) FROM subscription.notifications;

INSERT INTO subscription.receipt_validations (id, kind, payload_sha256, user_id, outcome, reason, transaction_id,
    original_transaction_id, attempts, first_seen_at, last_seen_at, month)
SELECT id, kind, payload_sha256, user_id, outcome, reason, transaction_id, original_transaction_id, attempts,
    first_seen_at, last_seen_at, date_trunc('month', first_seen_at)::date
FROM subscription.receipt_validations_before_partitioning;
SELECT setval('subscription.receipt_validations_id_seq', coalesce(max(id), 0) + 1, false)
FROM subscription.receipt_validations;

DROP TABLE subscription.notifications_before_partitioning;
DROP TABLE subscription.receipt_validations_before_partitioning;
