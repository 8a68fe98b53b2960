-- Banso hub, schema version 4: the same protocol. Run by `banso hub init` after
-- hub_v3.sql, in the same transaction as every step.
--
-- Fresh statistics after a large upload. A laptop's first sync sends its whole file
-- (hundreds of thousands of rows, in batches of one push each); until PostgreSQL's
-- autovacuum analyses banso.row (up to a minute or more later), the planner still
-- believes the table is small and the next large push picks a plan that is 25 times
-- slower (10,000 edited rows: 30 s instead of 1.2 s, measured by `banso bench`).
-- After each statement that adds rows, the hub now analyses the tables itself when
-- they hold at least half as many rows again as the statistics say (and 1,000 more),
-- so a growing hub analyses a handful of times, not on every push.

SET ROLE banso_owner;

CREATE FUNCTION banso.analyze_when_grown() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_known double precision;
    v_now bigint;
BEGIN
    SELECT reltuples INTO v_known FROM pg_class WHERE oid = 'banso.row'::regclass;
    -- Rows of finished transactions (live count kept by the statistics system), plus
    -- those this statement just added.
    SELECT coalesce(n_live_tup, 0)
      INTO v_now FROM pg_stat_user_tables WHERE relid = 'banso.row'::regclass;
    v_now := coalesce(v_now, 0) + (SELECT count(*) FROM new_rows);
    IF v_now >= greatest(v_known, 0) * 1.5 + 1000 THEN
        ANALYZE banso.row;
        ANALYZE banso.applied_change;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER row_analyze_when_grown AFTER INSERT ON banso.row
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION banso.analyze_when_grown();

RESET ROLE;

REVOKE ALL ON FUNCTION banso.analyze_when_grown() FROM PUBLIC;
