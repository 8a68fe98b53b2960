-- Banso hub, schema version 3: the same protocol. Run by `banso hub init` after
-- hub_v2.sql, in the same transaction as every step.
--
-- Every copy of a row ends the same (found by the cut-sync battery,
-- tests/reliability/test_sync_cuts.py; pinned by tests/sync/test_converge.py):
--
-- * A row put in the trash on two laptops is one decision, not a conflict, and the hub
--   keeps the first date; but a laptop whose trash came second kept its own date (and
--   stamps) for ever when it had pulled the other's already: its push changed nothing
--   on the hub, so there was no version for it to pull. The hub now gives the row a new
--   version then. A laptop that restored the row and put it in the trash again before
--   pushing (the hub still holds its base date) has its newer date taken like any
--   other change.
-- * A version the pushing laptop "already holds exactly" (origin_client: its pulls
--   skip it) was judged on the data columns only; when the hub kept its own newer
--   stamps (updated_at, updated_by), the laptop never got them. Such a version is now
--   sent to it.

SET ROLE banso_owner;

CREATE OR REPLACE FUNCTION banso.apply_change(p_org text, p_client text, p_change jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_table text := p_change->>'table';
    v_id text := p_change->>'row_id';
    v_fields jsonb := coalesce(nullif(p_change->'fields', 'null'::jsonb), '{}'::jsonb);
    v_base jsonb := nullif(p_change->'base', 'null'::jsonb);
    v_seen jsonb := nullif(p_change->'seen', 'null'::jsonb);
    v_hub banso.row;
    v_data jsonb;
    v_key text;
    v_conflicts integer := 0;
    v_changed boolean := false;
    v_echo boolean := false;  -- the laptop holds a value the hub did not take: send it the hub's row
BEGIN
    SELECT * INTO v_hub FROM banso.row WHERE table_name = v_table AND row_id = v_id FOR UPDATE;
    IF FOUND AND v_hub.org_id <> p_org THEN
        RAISE EXCEPTION 'banso-other-org: % % belongs to another organisation', v_table, v_id USING ERRCODE = '42501';
    END IF;

    IF p_change->>'op' = 'delete' THEN
        IF NOT FOUND OR v_hub.data ? '_purged' THEN
            RETURN -1;
        END IF;
        -- Edited on the hub since this laptop last saw it: keep it, say so.
        IF v_base IS NOT NULL AND EXISTS (
            SELECT 1 FROM jsonb_each(v_hub.data) h
            WHERE NOT banso.is_bookkeeping(h.key) AND v_base ? h.key AND h.value IS DISTINCT FROM v_base->h.key
        ) THEN
            PERFORM banso.add_conflict(p_org, p_client, v_table, v_id, NULL, 'delete_edit', NULL, v_hub.data, v_base, v_hub.version);
            RETURN 1;
        END IF;
        UPDATE banso.row SET data = v_hub.data || '{"_purged": true}'::jsonb,
            version = nextval('banso.version_seq'), origin_client = p_client
        WHERE table_name = v_table AND row_id = v_id;
        RETURN 0;
    END IF;

    IF NOT FOUND THEN
        -- An update of a row the hub lacks (restored from an older backup): the whole row
        -- as this laptop last agreed it, with the change on top, never a partial one.
        INSERT INTO banso.row (table_name, row_id, org_id, data, version, origin_client)
        VALUES (v_table, v_id, p_org, (coalesce(v_seen, '{}'::jsonb) || v_fields) - 'seq',
                nextval('banso.version_seq'), CASE WHEN v_base IS NULL THEN p_client END);
        RETURN 0;
    END IF;

    IF v_hub.data ? '_purged' THEN
        -- Deleted for good on another laptop; this one still edits it: say so.
        PERFORM banso.add_conflict(p_org, p_client, v_table, v_id, 'deleted_at', 'edit_delete', v_fields,
                                   v_hub.data, v_base, v_hub.version);
        RETURN 1;
    END IF;
    v_data := v_hub.data;
    -- Put in the trash here while the hub changed the row since this laptop saw it.
    IF v_fields->>'deleted_at' IS NOT NULL AND v_data->>'deleted_at' IS NULL
            AND (v_base IS NULL OR v_base->>'deleted_at' IS NULL) AND v_seen IS NOT NULL
            AND EXISTS (
                SELECT 1 FROM jsonb_each(v_data) h
                WHERE NOT banso.is_bookkeeping(h.key) AND h.key <> 'deleted_at'
                  AND v_seen ? h.key AND h.value IS DISTINCT FROM v_seen->h.key
            ) THEN
        PERFORM banso.add_conflict(p_org, p_client, v_table, v_id, 'deleted_at', 'delete_edit', v_seen || v_fields, v_data, v_seen,
                                   v_hub.version);
        RETURN 1;
    END IF;
    -- Edited here while the hub put it in the trash since this laptop saw it.
    IF v_data->>'deleted_at' IS NOT NULL AND v_seen IS NOT NULL AND v_seen->>'deleted_at' IS NULL
            AND NOT (v_fields ? 'deleted_at')
            AND EXISTS (SELECT 1 FROM jsonb_object_keys(v_fields) k WHERE NOT banso.is_bookkeeping(k)) THEN
        PERFORM banso.add_conflict(p_org, p_client, v_table, v_id, 'deleted_at', 'edit_delete', v_seen || v_fields, v_data, v_seen,
                                   v_hub.version);
        RETURN 1;
    END IF;

    FOR v_key IN SELECT jsonb_object_keys(v_fields) LOOP
        CONTINUE WHEN banso.is_bookkeeping(v_key);
        -- Put in the trash on both sides: the same decision, whenever each was made. The
        -- hub keeps its date and sends it to this laptop (v_echo), so that every copy of
        -- the row ends the same. (A hub still holding the laptop's base date is not that:
        -- the laptop restored the row and put it in the trash again; its date is taken.)
        IF v_key = 'deleted_at' AND v_data->>'deleted_at' IS NOT NULL AND v_fields->>'deleted_at' IS NOT NULL
                AND NOT (v_base IS NOT NULL AND v_base ? v_key
                         AND (v_data->v_key) IS NOT DISTINCT FROM (v_base->v_key)) THEN
            v_echo := v_echo OR (v_data->v_key) IS DISTINCT FROM (v_fields->v_key);
            CONTINUE;
        END IF;
        -- A value equal to its base was not changed by this laptop (a snapshot sends all).
        CONTINUE WHEN v_base IS NOT NULL AND v_base ? v_key
                      AND (v_fields->v_key) IS NOT DISTINCT FROM (v_base->v_key);
        CONTINUE WHEN (v_data->v_key) IS NOT DISTINCT FROM (v_fields->v_key);
        IF (v_base IS NOT NULL AND v_base ? v_key AND (v_data->v_key) IS NOT DISTINCT FROM (v_base->v_key))
                OR NOT (v_data ? v_key) THEN
            v_data := jsonb_set(v_data, ARRAY[v_key], v_fields->v_key, true);
            v_changed := true;
        ELSE
            INSERT INTO banso.conflict (org_id, client_id, table_name, row_id, field, kind, mine, theirs, base, version)
            VALUES (p_org, p_client, v_table, v_id, v_key, 'field', v_fields->v_key, v_data->v_key,
                    CASE WHEN v_base IS NULL THEN NULL ELSE v_base->v_key END, v_hub.version);
            v_conflicts := v_conflicts + 1;
        END IF;
    END LOOP;
    IF NOT v_changed AND v_conflicts = 0 THEN
        IF v_echo THEN
            UPDATE banso.row SET version = nextval('banso.version_seq'), origin_client = NULL
            WHERE table_name = v_table AND row_id = v_id;
        END IF;
        RETURN -1;
    END IF;
    IF v_changed AND (v_fields->>'updated_at') > coalesce(v_data->>'updated_at', '') THEN
        v_data := v_data || jsonb_build_object('updated_at', v_fields->'updated_at',
                                               'updated_by', coalesce(v_fields->'updated_by', 'null'::jsonb));
    END IF;
    -- A new version also after a conflict only, so the laptop is sent the hub's value.
    -- origin_client marks a version the laptop already holds exactly (nothing else had
    -- changed on the hub since it last saw the row, nothing conflicted): pulls skip it.
    UPDATE banso.row SET data = v_data, version = nextval('banso.version_seq'),
        origin_client = CASE WHEN v_changed AND v_conflicts = 0 AND NOT v_echo AND v_seen IS NOT NULL
                AND (v_fields->>'updated_at') > coalesce(v_hub.data->>'updated_at', '') AND NOT EXISTS (
                SELECT 1 FROM jsonb_each(v_hub.data) h
                WHERE NOT banso.is_bookkeeping(h.key) AND h.value IS DISTINCT FROM v_seen->h.key
            ) THEN p_client END
    WHERE table_name = v_table AND row_id = v_id;
    RETURN v_conflicts;
END $$;


-- The push of schema 2, with the stamps rule above where it marks origin_client.
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
        -- (And only when its stamps were taken: else the hub's newer ones are to be sent.)
        origin_client = CASE WHEN c.seen IS NOT NULL
                AND (c.fields->>'updated_at') > coalesce(c.hub->>'updated_at', '') AND NOT EXISTS (
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


RESET ROLE;

REVOKE ALL ON FUNCTION banso.apply_change(text, text, jsonb) FROM PUBLIC;
