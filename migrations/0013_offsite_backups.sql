-- Off-site copies of backups: where each archive was uploaded, or why it was not (retried by the
-- next scheduled run). NULL `uploaded`: no off-site store was configured when it was made.

ALTER TABLE ops.backup_metadata
    ADD COLUMN uploaded         boolean,
    ADD COLUMN uploaded_at      timestamptz,
    ADD COLUMN upload_error     text,
    ADD COLUMN remote_locations text[] NOT NULL DEFAULT '{}';

CREATE INDEX backup_metadata_upload_pending_idx ON ops.backup_metadata (id) WHERE uploaded = false AND status = 'completed';

-- The health view gains the off-site side (new columns at the end, as CREATE OR REPLACE allows).
CREATE OR REPLACE VIEW ops.v_backup_health AS
WITH completed AS (
    SELECT max(finished_at) AS at FROM ops.backup_metadata WHERE status = 'completed'
), verified AS (
    SELECT max(verified_at) AS at FROM ops.backup_metadata
    WHERE status = 'completed' AND verification_status = 'passed'
), failed AS (
    SELECT count(*) AS recent, max(started_at) AS at FROM ops.backup_metadata
    WHERE status = 'failed' AND started_at > now() - interval '7 days'
), offsite AS (
    SELECT max(uploaded_at) AS at, count(*) FILTER (WHERE uploaded = false) AS pending
    FROM ops.backup_metadata WHERE status = 'completed'
)
SELECT completed.at                                   AS latest_backup_at,
       now() - completed.at                           AS latest_backup_age,
       verified.at                                    AS latest_verified_at,
       now() - verified.at                            AS latest_verified_age,
       failed.recent                                  AS failures_last_7_days,
       failed.at                                      AS latest_failure_at,
       (SELECT error FROM ops.backup_metadata WHERE status = 'failed'
        ORDER BY started_at DESC LIMIT 1)             AS latest_failure,
       offsite.at                                     AS latest_upload_at,
       offsite.pending                                AS uploads_pending,
       (SELECT upload_error FROM ops.backup_metadata WHERE uploaded = false AND status = 'completed'
        ORDER BY started_at DESC LIMIT 1)             AS latest_upload_error
FROM completed, verified, failed, offsite;
