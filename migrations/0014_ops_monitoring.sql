-- Monitoring: the backups' health as four numbers for the services' metrics, through a function that
-- runs as the owner (the services' roles cannot read `ops`); what generation costs, per day, period and model.

CREATE FUNCTION ops.backup_health_summary()
RETURNS TABLE (latest_age_seconds double precision, verified_age_seconds double precision,
               failures_7d integer, uploads_pending integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT extract(epoch FROM latest_backup_age)::double precision,
           extract(epoch FROM latest_verified_age)::double precision,
           failures_last_7_days::integer,
           uploads_pending::integer
    FROM ops.v_backup_health
$$;

REVOKE ALL ON FUNCTION ops.backup_health_summary() FROM PUBLIC;
GRANT USAGE ON SCHEMA ops TO zodiac_horoscope;
GRANT EXECUTE ON FUNCTION ops.backup_health_summary() TO zodiac_horoscope;

-- What generation costs: per UTC day the items were written, period and model, the items and the
-- tokens they took. Prices are not the database's business: `zodiac report costs` applies them.
CREATE VIEW ops.v_generation_costs AS
SELECT (created_at AT TIME ZONE 'UTC')::date AS day, 'daily' AS period, model,
       count(*) AS items, sum(tokens_used)::bigint AS tokens
FROM horoscope.daily_horoscopes GROUP BY 1, 3
UNION ALL
SELECT (created_at AT TIME ZONE 'UTC')::date, 'weekly', model, count(*), sum(tokens_used)::bigint
FROM horoscope.weekly_horoscopes GROUP BY 1, 3
UNION ALL
SELECT (created_at AT TIME ZONE 'UTC')::date, 'monthly', model, count(*), sum(tokens_used)::bigint
FROM horoscope.monthly_horoscopes GROUP BY 1, 3
UNION ALL
SELECT (created_at AT TIME ZONE 'UTC')::date, 'compatibility', model, count(*), sum(tokens_used)::bigint
FROM horoscope.compatibility GROUP BY 1, 3;
