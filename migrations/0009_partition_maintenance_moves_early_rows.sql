-- Partition maintenance that cannot be stranded: when the month to create already has rows in the
-- DEFAULT partition (maintenance lagged, or a clock ran ahead), they are moved into the new month's
-- table before it is attached, instead of the CREATE failing every day from then on.

SET LOCAL timezone = 'UTC';

CREATE OR REPLACE FUNCTION subscription.ensure_monthly_partitions(months_ahead integer DEFAULT 3, since date DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER  -- the service's role may not create tables; the owner's function does it for it
SET search_path = pg_catalog
SET timezone = 'UTC'
AS $$
DECLARE
    parent text;
    key_column text;
    child text;
    month date;
    next_month date;
    last_month date := date_trunc('month', now() + make_interval(months => months_ahead))::date;
    created integer := 0;
BEGIN
    FOREACH parent IN ARRAY ARRAY['notifications', 'receipt_validations'] LOOP
        key_column := CASE parent WHEN 'notifications' THEN 'received_at' ELSE 'month' END;
        month := date_trunc('month', coalesce(since, now()::date))::date;
        WHILE month <= last_month LOOP
            child := parent || '_' || to_char(month, 'YYYY_MM');
            next_month := (month + interval '1 month')::date;
            IF to_regclass(format('subscription.%I', child)) IS NULL THEN
                -- Built apart, filled from the default partition, then attached: the default never
                -- holds rows of an attached month.
                EXECUTE format('CREATE TABLE subscription.%I (LIKE subscription.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                               child, parent);
                EXECUTE format(
                    'WITH moved AS (DELETE FROM subscription.%I WHERE %I >= %L AND %I < %L RETURNING *) '
                    'INSERT INTO subscription.%I SELECT * FROM moved',
                    parent || '_default', key_column, month, key_column, next_month, child
                );
                EXECUTE format('ALTER TABLE subscription.%I ATTACH PARTITION subscription.%I FOR VALUES FROM (%L) TO (%L)',
                               parent, child, month, next_month);
                created := created + 1;
            END IF;
            month := next_month;
        END LOOP;
    END LOOP;
    RETURN created;
END
$$;
