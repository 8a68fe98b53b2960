-- Banso hub, schema version 1 (see banso_desktop/sync/__init__.py for the design).
-- Run by `banso hub init` as an administrator, inside one transaction, with the role
-- banso_owner (NOLOGIN) owning every object; consultants' login roles are members of
-- banso_consultant, which may only EXECUTE the banso_api functions.

CREATE SCHEMA banso AUTHORIZATION banso_owner;
CREATE SCHEMA banso_api AUTHORIZATION banso_owner;
REVOKE ALL ON SCHEMA banso FROM PUBLIC;
REVOKE ALL ON SCHEMA banso_api FROM PUBLIC;
GRANT USAGE ON SCHEMA banso_api TO banso_consultant;

SET ROLE banso_owner;

CREATE TABLE banso.meta (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    schema_version integer NOT NULL,
    protocol integer NOT NULL,
    epoch uuid NOT NULL DEFAULT gen_random_uuid()
);

CREATE TABLE banso.org (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    key text NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE banso.hub_user (
    role_name text PRIMARY KEY,
    org_id text NOT NULL REFERENCES banso.org(id)
);

-- Every synced laptop row, stored as the laptop's columns in jsonb.
CREATE SEQUENCE banso.version_seq;
CREATE TABLE banso.row (
    table_name text NOT NULL,
    row_id text NOT NULL,
    org_id text NOT NULL REFERENCES banso.org(id),
    data jsonb NOT NULL,
    version bigint NOT NULL,
    origin_client text,
    PRIMARY KEY (table_name, row_id)
);
CREATE INDEX row_org_version ON banso.row (org_id, version);

-- Laptops (one per database file) and the highest outbox seq applied from each.
CREATE TABLE banso.client (
    client_id text PRIMARY KEY,
    org_id text NOT NULL REFERENCES banso.org(id),
    role_name text NOT NULL,
    acked_seq bigint NOT NULL DEFAULT 0
);

-- Every change applied, by the laptop's id for it: a retried push applies it once.
CREATE TABLE banso.applied_change (
    change_id text PRIMARY KEY,
    client_id text NOT NULL,
    org_id text NOT NULL REFERENCES banso.org(id)
);

-- Both versions of a field (or of a delete against an edit) that could not be merged.
CREATE TABLE banso.conflict (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    org_id text NOT NULL REFERENCES banso.org(id),
    client_id text NOT NULL,
    table_name text NOT NULL,
    row_id text NOT NULL,
    field text,
    kind text NOT NULL CHECK (kind IN ('field', 'delete_edit', 'edit_delete')),
    mine jsonb,
    theirs jsonb,
    base jsonb,
    version bigint NOT NULL,
    resolved boolean NOT NULL DEFAULT false,
    resolved_by text
);
CREATE INDEX conflict_open ON banso.conflict (client_id) WHERE NOT resolved;

-- The organisation of whoever is calling (the login role of the session), or NULL.
CREATE FUNCTION banso.caller_org() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = banso, pg_temp AS $$
    SELECT org_id FROM banso.hub_user WHERE role_name = session_user
$$;

-- Row-level security on every table, also for the owner (FORCE): the second wall
-- behind the functions. Administrators (superusers) bypass it.
ALTER TABLE banso.meta ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.meta FORCE ROW LEVEL SECURITY;
CREATE POLICY meta_all ON banso.meta USING (true);
ALTER TABLE banso.hub_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.hub_user FORCE ROW LEVEL SECURITY;
CREATE POLICY hub_user_self ON banso.hub_user USING (role_name = session_user);
ALTER TABLE banso.org ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.org FORCE ROW LEVEL SECURITY;
CREATE POLICY org_own ON banso.org USING (id = banso.caller_org());
ALTER TABLE banso.row ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.row FORCE ROW LEVEL SECURITY;
CREATE POLICY row_own ON banso.row USING (org_id = banso.caller_org()) WITH CHECK (org_id = banso.caller_org());
ALTER TABLE banso.client ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.client FORCE ROW LEVEL SECURITY;
CREATE POLICY client_own ON banso.client USING (org_id = banso.caller_org()) WITH CHECK (org_id = banso.caller_org());
ALTER TABLE banso.applied_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.applied_change FORCE ROW LEVEL SECURITY;
CREATE POLICY applied_own ON banso.applied_change USING (org_id = banso.caller_org())
    WITH CHECK (org_id = banso.caller_org());
ALTER TABLE banso.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE banso.conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY conflict_own ON banso.conflict USING (org_id = banso.caller_org())
    WITH CHECK (org_id = banso.caller_org());

CREATE FUNCTION banso.check_caller(p_protocol integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_org text := banso.caller_org();
    v_protocol integer;
BEGIN
    SELECT protocol INTO v_protocol FROM banso.meta;
    IF p_protocol > v_protocol THEN
        RAISE EXCEPTION 'banso-protocol: the app speaks sync protocol %, this hub only % (upgrade the hub with banso hub init)',
            p_protocol, v_protocol USING ERRCODE = 'P0001';
    END IF;
    IF v_org IS NULL THEN
        RAISE EXCEPTION 'banso-no-org: % is not a consultant of any organisation on this hub', session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN v_org;
END $$;

CREATE FUNCTION banso_api.hello(p_client text, p_protocol integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_org text := banso.check_caller(p_protocol);
    v_meta banso.meta;
    v_client banso.client;
BEGIN
    SELECT * INTO v_meta FROM banso.meta;
    SELECT * INTO v_client FROM banso.client WHERE client_id = p_client;
    IF FOUND AND (v_client.org_id <> v_org OR v_client.role_name <> session_user) THEN
        RAISE EXCEPTION 'banso-other-org: this database file synced with another organisation' USING ERRCODE = '42501';
    END IF;
    RETURN jsonb_build_object(
        'epoch', v_meta.epoch::text,
        'protocol', v_meta.protocol,
        'schema_version', v_meta.schema_version,
        'org_id', v_org,
        'org_name', (SELECT name FROM banso.org WHERE id = v_org),
        'acked_seq', coalesce(v_client.acked_seq, 0),
        'max_version', coalesce((SELECT max(version) FROM banso.row WHERE org_id = v_org), 0),
        -- Changes when the database is re-created (a restore from a backup): the laptop
        -- then pulls everything again, since version numbers may have been handed out twice.
        'incarnation', (SELECT oid::text FROM pg_database WHERE datname = current_database())
    );
END $$;

-- Columns that say who changed a row when: they follow the newest change, never conflict.
CREATE FUNCTION banso.is_bookkeeping(p_key text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$ SELECT p_key IN ('created_at', 'updated_at', 'updated_by', 'seq') $$;

-- Keep both versions of something that could not be merged, and give the row a new
-- version so the laptop is sent the hub's side.
CREATE FUNCTION banso.add_conflict(p_org text, p_client text, p_table text, p_id text, p_field text, p_kind text,
                                   p_mine jsonb, p_theirs jsonb, p_base jsonb, p_version bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = banso, pg_temp AS $$
    INSERT INTO banso.conflict (org_id, client_id, table_name, row_id, field, kind, mine, theirs, base, version)
    VALUES (p_org, p_client, p_table, p_id, p_field, p_kind, p_mine, p_theirs, p_base, p_version);
    UPDATE banso.row SET version = nextval('banso.version_seq'), origin_client = NULL
    WHERE table_name = p_table AND row_id = p_id;
$$;

-- Apply one change (see the design): ``fields`` are the columns the laptop changed
-- (every column for a row it created or a snapshot), ``base`` their values before its
-- change (None for a new row), ``seen`` the whole row as the laptop last agreed it with
-- the hub (to tell whether the hub changed the row since). Returns the number of
-- conflicts recorded, or -1 when it changed nothing.
CREATE FUNCTION banso.apply_change(p_org text, p_client text, p_change jsonb) RETURNS integer
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
        -- Put in the trash on both sides: the same decision, whenever each was made.
        CONTINUE WHEN v_key = 'deleted_at' AND v_data->>'deleted_at' IS NOT NULL AND v_fields->>'deleted_at' IS NOT NULL;
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
        origin_client = CASE WHEN v_changed AND v_conflicts = 0 AND v_seen IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM jsonb_each(v_hub.data) h
                WHERE NOT banso.is_bookkeeping(h.key) AND h.value IS DISTINCT FROM v_seen->h.key
            ) THEN p_client END
    WHERE table_name = v_table AND row_id = v_id;
    RETURN v_conflicts;
END $$;

CREATE FUNCTION banso_api.push(p_client text, p_protocol integer, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_org text := banso.check_caller(p_protocol);
    v_acked bigint;
    v_start bigint;
    v_change jsonb;
    v_result integer;
    v_applied integer := 0;
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
    -- Rows the hub has never seen (a new laptop's data, a day of new notes): all at once.
    WITH batch AS MATERIALIZED (
        SELECT c.value AS ch, c.value->>'table' AS t, c.value->>'row_id' AS r, c.value->>'change_id' AS cid,
               (c.value->>'seq_to')::bigint AS seq_to
        FROM jsonb_array_elements(p_changes) c
        WHERE (c.value->>'seq_to')::bigint > v_acked AND c.value->>'op' = 'upsert'
          AND coalesce(c.value->'base', 'null'::jsonb) = 'null'::jsonb  -- whole rows only
    ), fresh AS MATERIALIZED (
        SELECT b.* FROM batch b
        LEFT JOIN banso.row x ON x.table_name = b.t AND x.row_id = b.r
        LEFT JOIN banso.applied_change a ON a.change_id = b.cid
        WHERE x.row_id IS NULL AND a.change_id IS NULL
    ), marked AS (
        INSERT INTO banso.applied_change (change_id, client_id, org_id)
        SELECT cid, p_client, v_org FROM fresh
    )
    INSERT INTO banso.row (table_name, row_id, org_id, data, version, origin_client)
    SELECT t, r, v_org, (ch->'fields') - 'seq', nextval('banso.version_seq'), p_client
    FROM fresh ORDER BY seq_to;
    GET DIAGNOSTICS v_applied = ROW_COUNT;

    FOR v_change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        CONTINUE WHEN (v_change->>'seq_to')::bigint <= v_start;
        INSERT INTO banso.applied_change (change_id, client_id, org_id)
        VALUES (v_change->>'change_id', p_client, v_org) ON CONFLICT (change_id) DO NOTHING;
        IF FOUND THEN
            v_result := banso.apply_change(v_org, p_client, v_change);
            IF v_result >= 0 THEN
                v_applied := v_applied + 1;
                v_conflicts := v_conflicts + v_result;
            END IF;
        END IF;
        v_acked := greatest(v_acked, (v_change->>'seq_to')::bigint);
    END LOOP;
    UPDATE banso.client SET acked_seq = v_acked WHERE client_id = p_client;
    RETURN jsonb_build_object('acked_seq', v_acked, 'applied', v_applied, 'conflicts', v_conflicts);
END $$;

CREATE FUNCTION banso_api.pull(p_client text, p_protocol integer, p_cursor bigint, p_limit integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_org text := banso.check_caller(p_protocol);
    v_rows jsonb;
    v_cursor bigint;
    v_count integer;
BEGIN
    -- The next p_limit versions of the organisation; those this laptop itself made and
    -- already holds exactly are passed over (the cursor still moves past them).
    SELECT coalesce(jsonb_agg(jsonb_build_object('table', r.table_name, 'row_id', r.row_id, 'data', r.data,
                                                 'version', r.version) ORDER BY r.version)
                        FILTER (WHERE r.origin_client IS DISTINCT FROM p_client), '[]'::jsonb),
           coalesce(max(r.version), p_cursor), count(*)
    INTO v_rows, v_cursor, v_count
    FROM (SELECT * FROM banso.row WHERE org_id = v_org AND version > p_cursor ORDER BY version LIMIT p_limit) r;
    RETURN jsonb_build_object(
        'rows', v_rows,
        'cursor', v_cursor,
        'more', v_count >= p_limit,
        'conflicts', coalesce((
            SELECT jsonb_agg(jsonb_build_object('id', c.id, 'table', c.table_name, 'row_id', c.row_id,
                                                'field', c.field, 'kind', c.kind, 'mine', c.mine,
                                                'theirs', c.theirs, 'base', c.base, 'version', c.version)
                             ORDER BY c.version, c.id)
            FROM banso.conflict c WHERE c.client_id = p_client AND c.org_id = v_org AND NOT c.resolved
        ), '[]'::jsonb)
    );
END $$;

CREATE FUNCTION banso_api.resolve(p_client text, p_protocol integer, p_ids text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = banso, pg_temp AS $$
DECLARE
    v_org text := banso.check_caller(p_protocol);
    v_count integer;
BEGIN
    UPDATE banso.conflict SET resolved = true, resolved_by = session_user
    WHERE id = ANY (p_ids) AND org_id = v_org AND client_id = p_client AND NOT resolved;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END $$;

RESET ROLE;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA banso FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA banso_api FROM PUBLIC;
GRANT EXECUTE ON FUNCTION banso_api.hello(text, integer) TO banso_consultant;
GRANT EXECUTE ON FUNCTION banso_api.push(text, integer, jsonb) TO banso_consultant;
GRANT EXECUTE ON FUNCTION banso_api.pull(text, integer, bigint, integer) TO banso_consultant;
GRANT EXECUTE ON FUNCTION banso_api.resolve(text, integer, text[]) TO banso_consultant;
