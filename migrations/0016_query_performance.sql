-- Query performance from pg_stat_statements, where the server has it: created when available and
-- permitted (the server must also preload it: shared_preload_libraries = pg_stat_statements, as
-- compose and the CloudNativePG cluster do; the embedded pgserver build does not ship it).
-- ops.query_performance() answers nothing rather than failing where it is missing or not loaded.

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_stat_statements') THEN
        CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pg_stat_statements is available but this role may not create it; ask a superuser to';
END;
$$;

-- The statements run in this database, by total time: calls, mean and max time, rows, and the share
-- of blocks found in shared buffers. Owner's rights: the services' roles may read it (metrics).
CREATE FUNCTION ops.query_performance(top integer DEFAULT 50)
RETURNS TABLE (query_id bigint, role_name name, query text, calls bigint, total_ms double precision,
               mean_ms double precision, max_ms double precision, rows bigint, hit_ratio double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    statements regclass;
BEGIN
    SELECT to_regclass(format('%I.pg_stat_statements', n.nspname)) INTO statements
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_stat_statements';
    IF statements IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT s.queryid, r.rolname, s.query, s.calls, s.total_exec_time, s.mean_exec_time, s.max_exec_time,
                s.rows, CASE WHEN s.shared_blks_hit + s.shared_blks_read = 0 THEN NULL
                        ELSE s.shared_blks_hit::double precision / (s.shared_blks_hit + s.shared_blks_read) END
         FROM %s s JOIN pg_roles r ON r.oid = s.userid
         WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         ORDER BY s.total_exec_time DESC LIMIT $1', statements)
    USING least(greatest(top, 1), 1000);
EXCEPTION WHEN object_not_in_prerequisite_state THEN  -- installed but not preloaded
    RETURN;
END;
$$;

REVOKE ALL ON FUNCTION ops.query_performance(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops.query_performance(integer) TO zodiac_horoscope;

CREATE VIEW ops.v_query_performance AS SELECT * FROM ops.query_performance(50);
