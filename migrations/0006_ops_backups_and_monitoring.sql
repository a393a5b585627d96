-- Operations: the backup catalogue and monitoring views, in a schema only the owner uses.

CREATE SCHEMA ops;

CREATE TABLE ops.backup_metadata (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name            text        NOT NULL,
    status               text        NOT NULL DEFAULT 'running',
    started_at           timestamptz NOT NULL DEFAULT now(),
    finished_at          timestamptz,
    size_bytes           bigint,
    sha256               text,
    server_version       text,
    pg_dump_version      text,
    -- Rows per table ("schema.table": count), counted in the snapshot pg_dump used.
    row_counts           jsonb,
    error                text,
    verified_at          timestamptz,
    verification_status  text,
    verification_error   text,
    CONSTRAINT backup_metadata_file_name_key UNIQUE (file_name),
    CONSTRAINT backup_metadata_status_check CHECK (status IN ('running', 'completed', 'failed', 'pruned')),
    CONSTRAINT backup_metadata_verification_status_check CHECK (verification_status IN ('passed', 'failed'))
);
CREATE INDEX backup_metadata_finished_at_idx ON ops.backup_metadata (finished_at DESC) WHERE status = 'completed';

-- Per table: size, rows, how it is scanned, dead tuples, maintenance, and indexes never used
-- (unique and primary-key indexes are excluded: they enforce constraints whether scanned or not).
CREATE VIEW ops.v_schema_performance_stats AS
SELECT t.schemaname                                   AS schema_name,
       t.relname                                      AS table_name,
       pg_total_relation_size(t.relid)                AS total_bytes,
       pg_size_pretty(pg_total_relation_size(t.relid)) AS total_size,
       pg_relation_size(t.relid)                      AS table_bytes,
       t.n_live_tup                                   AS live_rows,
       t.n_dead_tup                                   AS dead_rows,
       t.seq_scan                                     AS sequential_scans,
       coalesce(t.idx_scan, 0)                        AS index_scans,
       CASE WHEN t.seq_scan + coalesce(t.idx_scan, 0) = 0 THEN NULL
            ELSE round(100.0 * coalesce(t.idx_scan, 0) / (t.seq_scan + coalesce(t.idx_scan, 0)), 1)
       END                                            AS index_scan_percent,
       greatest(t.last_vacuum, t.last_autovacuum)     AS last_vacuum,
       greatest(t.last_analyze, t.last_autoanalyze)   AS last_analyze,
       coalesce((SELECT array_agg(i.indexrelname::text ORDER BY i.indexrelname)
                 FROM pg_stat_user_indexes i JOIN pg_index x ON x.indexrelid = i.indexrelid
                 WHERE i.relid = t.relid AND i.idx_scan = 0 AND NOT x.indisunique AND NOT x.indisprimary),
                '{}')                                 AS unused_indexes
FROM pg_stat_user_tables t;

-- The latest successful and verified backups, their age, and recent failures.
CREATE VIEW ops.v_backup_health AS
WITH completed AS (
    SELECT max(finished_at) AS at FROM ops.backup_metadata WHERE status = 'completed'
), verified AS (
    SELECT max(verified_at) AS at FROM ops.backup_metadata
    WHERE status = 'completed' AND verification_status = 'passed'
), failed AS (
    SELECT count(*) AS recent, max(started_at) AS at FROM ops.backup_metadata
    WHERE status = 'failed' AND started_at > now() - interval '7 days'
)
SELECT completed.at                                   AS latest_backup_at,
       now() - completed.at                           AS latest_backup_age,
       verified.at                                    AS latest_verified_at,
       now() - verified.at                            AS latest_verified_age,
       failed.recent                                  AS failures_last_7_days,
       failed.at                                      AS latest_failure_at,
       (SELECT error FROM ops.backup_metadata WHERE status = 'failed'
        ORDER BY started_at DESC LIMIT 1)             AS latest_failure
FROM completed, verified, failed;
