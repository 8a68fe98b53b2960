-- Banso hub, schema version 2: the same protocol, faster (10,000 rows pushed as one
-- set of statements instead of 10,000 function calls). Run by `banso hub init` after
-- hub_v1.sql, in the same transaction as every step.

SET ROLE banso_owner;

-- The row-level policies asked banso.caller_org() (a lookup) once per row; as a
-- sub-select it is asked once per statement.
ALTER POLICY org_own ON banso.org USING (id = (SELECT banso.caller_org()));
ALTER POLICY row_own ON banso.row USING (org_id = (SELECT banso.caller_org()))
    WITH CHECK (org_id = (SELECT banso.caller_org()));
ALTER POLICY client_own ON banso.client USING (org_id = (SELECT banso.caller_org()))
    WITH CHECK (org_id = (SELECT banso.caller_org()));
ALTER POLICY applied_own ON banso.applied_change USING (org_id = (SELECT banso.caller_org()))
    WITH CHECK (org_id = (SELECT banso.caller_org()));
ALTER POLICY conflict_own ON banso.conflict USING (org_id = (SELECT banso.caller_org()))
    WITH CHECK (org_id = (SELECT banso.caller_org()));

CREATE OR REPLACE FUNCTION banso_api.push(p_client text, p_protocol integer, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = banso, pg_temp SET work_mem = '32MB' AS $$
DECLARE
    v_org text := banso.check_caller(p_protocol);
    v_acked bigint;
    v_start bigint;
    v_change jsonb;
    v_result integer;
    v_applied integer := 0;
    v_count integer;
    v_conflicts integer := 0;
BEGIN
    -- One push at a time: versions are handed out in commit order, so a pull never
    -- skips a row committed after it read a higher version.
    PERFORM pg_advisory_xact_lock(72031);
    INSERT INTO banso.client (client_id, org_id, role_name) VALUES (p_client, v_org, session_user)
    ON CONFLICT (client_id) DO NOTHING;
    SELECT acked_seq INTO v_acked FROM banso.client
    WHERE client_id = p_client AND org_id = v_org AND role_name = session_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'banso-other-org: this database file synced with another organisation or user'
            USING ERRCODE = '42501';
    END IF;
    -- Changes arrive parents first, not in seq order: what was applied before is what
    -- the ack said when this push began (a change inside a later one's range is new).
    v_start := v_acked;

    -- 1. Rows the hub has never seen (a new laptop's data, a day of new notes): all at once.
    WITH batch AS MATERIALIZED (
        SELECT c.value AS ch, c.value->>'table' AS t, c.value->>'row_id' AS r, c.value->>'change_id' AS cid,
               (c.value->>'seq_to')::bigint AS seq_to
        FROM jsonb_array_elements(p_changes) c
        WHERE (c.value->>'seq_to')::bigint > v_start AND c.value->>'op' = 'upsert'
          AND coalesce(c.value->'base', 'null'::jsonb) = 'null'::jsonb  -- whole rows only
    ), fresh AS MATERIALIZED (
        SELECT DISTINCT ON (b.t, b.r) b.* FROM batch b
        LEFT JOIN banso.row x ON x.table_name = b.t AND x.row_id = b.r
        LEFT JOIN banso.applied_change a ON a.change_id = b.cid
        WHERE x.row_id IS NULL AND a.change_id IS NULL
        ORDER BY b.t, b.r, b.seq_to
    ), marked AS (
        INSERT INTO banso.applied_change (change_id, client_id, org_id)
        SELECT cid, p_client, v_org FROM fresh
    )
    INSERT INTO banso.row (table_name, row_id, org_id, data, version, origin_client)
    SELECT t, r, v_org, (ch->'fields') - 'seq', nextval('banso.version_seq'), p_client
    FROM fresh ORDER BY seq_to;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    v_applied := v_applied + v_count;

    -- 2. Edits of rows this organisation holds that merge without a conflict (the usual
    -- case): all at once, with the same result banso.apply_change would give each.
    WITH batch AS MATERIALIZED (
        SELECT c.value->>'table' AS t, c.value->>'row_id' AS r, c.value->>'change_id' AS cid,
               c.value->'fields' AS fields, c.value->'base' AS base, nullif(c.value->'seen', 'null'::jsonb) AS seen,
               count(*) OVER (PARTITION BY c.value->>'table', c.value->>'row_id') AS per_row
        FROM jsonb_array_elements(p_changes) c
        WHERE (c.value->>'seq_to')::bigint > v_start AND c.value->>'op' = 'upsert'
          AND jsonb_typeof(c.value->'base') = 'object' AND jsonb_typeof(c.value->'fields') = 'object'
    ), clean AS MATERIALIZED (
        -- Field by field as in banso.apply_change: the fields this laptop changed (not
        -- equal to their base) that the hub holds differently are taken (delta), unless
        -- the hub changed one of them too (a conflict: left to apply_change). The trash
        -- and purged rows are left to it as well.
        SELECT b.*, x.data AS hub, m.delta
        FROM batch b
        JOIN banso.row x ON x.table_name = b.t AND x.row_id = b.r AND x.org_id = v_org
        LEFT JOIN banso.applied_change a ON a.change_id = b.cid
        CROSS JOIN LATERAL (
            SELECT jsonb_object_agg(k.key, k.value) AS delta,
                   coalesce(bool_or(x.data ? k.key AND NOT (
                       b.base ? k.key AND (x.data->k.key) IS NOT DISTINCT FROM (b.base->k.key))), false) AS conflict
            FROM jsonb_each(b.fields) k
            WHERE NOT banso.is_bookkeeping(k.key)
              AND NOT (b.base ? k.key AND k.value IS NOT DISTINCT FROM b.base->k.key)
              AND (x.data->k.key) IS DISTINCT FROM k.value
        ) m
        WHERE a.change_id IS NULL AND b.per_row = 1 AND NOT m.conflict
          AND NOT (x.data ? '_purged') AND x.data->>'deleted_at' IS NULL AND NOT (b.fields ? 'deleted_at')
    ), marked AS (
        INSERT INTO banso.applied_change (change_id, client_id, org_id)
        SELECT cid, p_client, v_org FROM clean
    )
    UPDATE banso.row x
    SET data = CASE WHEN (c.fields->>'updated_at') > coalesce(c.hub->>'updated_at', '')
                    THEN c.hub || c.delta || jsonb_build_object(
                        'updated_at', c.fields->'updated_at', 'updated_by', coalesce(c.fields->'updated_by', 'null'::jsonb))
                    ELSE c.hub || c.delta END,
        version = nextval('banso.version_seq'),
        -- The laptop holds exactly this version when the hub had not changed the row
        -- since it last saw it: its pulls skip it (see banso.apply_change).
        origin_client = CASE WHEN c.seen IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM jsonb_each(c.hub) h
                WHERE NOT banso.is_bookkeeping(h.key)
                  AND h.value IS DISTINCT FROM c.seen->h.key
            ) THEN p_client END
    FROM clean c
    WHERE c.delta IS NOT NULL AND x.table_name = c.t AND x.row_id = c.r;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    v_applied := v_applied + v_count;

    -- 3. The rest (deletions, the trash, conflicts, rows the hub lost), one by one.
    FOR v_change IN
        SELECT c.value FROM jsonb_array_elements(p_changes) c
        LEFT JOIN banso.applied_change a ON a.change_id = c.value->>'change_id'
        WHERE (c.value->>'seq_to')::bigint > v_start AND a.change_id IS NULL
    LOOP
        INSERT INTO banso.applied_change (change_id, client_id, org_id)
        VALUES (v_change->>'change_id', p_client, v_org) ON CONFLICT (change_id) DO NOTHING;
        IF FOUND THEN
            v_result := banso.apply_change(v_org, p_client, v_change);
            IF v_result >= 0 THEN
                v_applied := v_applied + 1;
                v_conflicts := v_conflicts + v_result;
            END IF;
        END IF;
    END LOOP;
    SELECT greatest(v_acked, max((c.value->>'seq_to')::bigint)) INTO v_acked FROM jsonb_array_elements(p_changes) c;
    UPDATE banso.client SET acked_seq = v_acked WHERE client_id = p_client;
    RETURN jsonb_build_object('acked_seq', v_acked, 'applied', v_applied, 'conflicts', v_conflicts);
END $$;

-- The same answer as before, built as json rather than jsonb (a third of the time:
-- the rows' data is copied as text, not re-encoded).
DROP FUNCTION banso_api.pull(text, integer, bigint, integer);
CREATE FUNCTION banso_api.pull(p_client text, p_protocol integer, p_cursor bigint, p_limit integer) RETURNS json
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_org text := banso.check_caller(p_protocol);
    v_rows json;
    v_cursor bigint;
    v_count integer;
BEGIN
    -- The next p_limit versions of the organisation; those this laptop itself made and
    -- already holds exactly are passed over (the cursor still moves past them).
    SELECT coalesce(json_agg(json_build_object('table', r.table_name, 'row_id', r.row_id, 'data', r.data,
                                               'version', r.version) ORDER BY r.version)
                        FILTER (WHERE r.origin_client IS DISTINCT FROM p_client), '[]'::json),
           coalesce(max(r.version), p_cursor), count(*)
    INTO v_rows, v_cursor, v_count
    FROM (SELECT * FROM banso.row WHERE org_id = v_org AND version > p_cursor ORDER BY version LIMIT p_limit) r;
    RETURN json_build_object(
        'rows', v_rows,
        'cursor', v_cursor,
        'more', v_count >= p_limit,
        'conflicts', coalesce((
            SELECT json_agg(json_build_object('id', c.id, 'table', c.table_name, 'row_id', c.row_id,
                                              'field', c.field, 'kind', c.kind, 'mine', c.mine,
                                              'theirs', c.theirs, 'base', c.base, 'version', c.version)
                            ORDER BY c.version, c.id)
            FROM banso.conflict c WHERE c.client_id = p_client AND c.org_id = v_org AND NOT c.resolved
        ), '[]'::json)
    );
END $$;

RESET ROLE;

REVOKE ALL ON FUNCTION banso_api.pull(text, integer, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION banso_api.pull(text, integer, bigint, integer) TO banso_consultant;
