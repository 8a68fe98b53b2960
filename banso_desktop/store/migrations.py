"""The schema, as a ladder of steps counted by ``PRAGMA user_version``.

Each step runs in one ``BEGIN EXCLUSIVE`` transaction together with the version bump,
so a crash mid-upgrade leaves the file at the previous version, never half-way. A file
newer than this app is refused with a message instead of being damaged.

Every synced table carries a UUID text ``id``, ``created_at``, ``updated_at``,
``updated_by`` (consultant id) and a ``deleted_at`` tombstone. Tables searched with FTS5
also have an ``INTEGER PRIMARY KEY seq`` so that the index's rowids survive VACUUM.
Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator

from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.store.errors import StoreError

if TYPE_CHECKING:  # sqlite-utils costs ~50 ms to import: only loaded when a step runs
    import sqlite_utils

SYNC_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    deleted_at TEXT"""


def _fts_triggers(table: str, columns: list[str]) -> str:
    """Triggers keeping an external-content FTS5 table ``<table>_fts`` in step."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return f"""
    CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
        INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.seq, {new});
    END;
    CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
        INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.seq, {old});
    END;
    CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
        INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.seq, {old});
        INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.seq, {new});
    END;
    """


@contextmanager
def fts_deferred(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Inside an open transaction: bulk-insert into ``table`` without per-row FTS work,
    then rebuild its index once (ten times faster for a large load)."""
    name = f"{table}_fts_ai"
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    conn.execute(f"DROP TRIGGER {name}")
    yield
    conn.execute(sql)
    conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


COMPANY_SEARCH_COLUMNS = ["search_text"]


def _v1_core(db: sqlite_utils.Database, now: str) -> None:
    """Organisation, consultant (the local user), company; local identity; company search."""
    # sqlite-utils runs a script inside the open transaction (sqlite3 would COMMIT first).
    db.executescript(
        f"""
        CREATE TABLE local_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE organization (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            kind TEXT,
            prefecture TEXT,
            {SYNC_COLUMNS}
        );
        CREATE TABLE consultant (
            id TEXT PRIMARY KEY,
            organization_id TEXT REFERENCES organization(id),
            name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE TABLE company (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            organization_id TEXT REFERENCES organization(id),
            name TEXT NOT NULL DEFAULT '',
            name_kana TEXT NOT NULL DEFAULT '',
            corporate_number TEXT CHECK (corporate_number IS NULL OR length(corporate_number) = 13),
            postal_code TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            representative_title TEXT NOT NULL DEFAULT '',
            representative_name TEXT NOT NULL DEFAULT '',
            industry_code TEXT,
            scale_override TEXT CHECK (scale_override IN ('small', 'medium')),
            employees INTEGER CHECK (employees >= 0),
            capital_yen INTEGER CHECK (capital_yen >= 0),
            fiscal_month INTEGER CHECK (fiscal_month BETWEEN 1 AND 12),
            founded_year INTEGER,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            assigned_consultant_id TEXT REFERENCES consultant(id),
            memo TEXT NOT NULL DEFAULT '',
            -- 商号, フリガナ, 法人番号, 所在地, 代表者 folded (NFKC, katakana) for search;
            -- kept by the store, so ＡＢＣ商事 is found by typing ABC. Local, not synced.
            search_text TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX company_live_kana ON company(deleted_at, name_kana, name);
        CREATE INDEX company_consultant ON company(assigned_consultant_id);
        CREATE VIRTUAL TABLE company_fts USING fts5(
            {", ".join(COMPANY_SEARCH_COLUMNS)},
            content='company', content_rowid='seq', tokenize='trigram'
        );
        {_fts_triggers("company", COMPANY_SEARCH_COLUMNS)}

        -- What a person typed that could not be stored yet (a 法人番号 with a wrong
        -- check digit, "abc" as 従業員数 …): kept so nothing typed is lost, shown
        -- again with its reason. Local to this laptop, never synced.
        CREATE TABLE field_draft (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id, field)
        );
        """
    )
    org_id, consultant_id = str(uuid.uuid4()), str(uuid.uuid4())
    conn = db.conn
    conn.execute(
        "INSERT INTO organization (id, name, created_at, updated_at, updated_by) VALUES (?, '', ?, ?, ?)",
        (org_id, now, now, consultant_id),
    )
    conn.execute(
        "INSERT INTO consultant (id, organization_id, name, created_at, updated_at, updated_by)"
        " VALUES (?, ?, '', ?, ?, ?)",
        (consultant_id, org_id, now, now, consultant_id),
    )
    conn.executemany(
        "INSERT INTO local_meta (key, value) VALUES (?, ?)",
        [
            ("database_id", str(uuid.uuid4())),
            ("local_consultant_id", consultant_id),
            ("created_at", now),
        ],
    )


NOTE_SEARCH_COLUMNS = ["body"]


def _v2_periods_sessions(db: sqlite_utils.Database, now: str) -> None:
    """Fiscal periods (決算期) with their statements, sessions (面談) and their notes."""
    db.executescript(
        f"""
        CREATE TABLE fiscal_period (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            period_end TEXT NOT NULL,            -- 決算期末日, ISO date
            months INTEGER NOT NULL DEFAULT 12 CHECK (months BETWEEN 1 AND 24),
            -- Amounts in whole yen (shown in 千円); NULL = not entered.
            sales_yen INTEGER,
            gross_profit_yen INTEGER,
            operating_income_yen INTEGER,
            depreciation_yen INTEGER,
            labor_cost_yen INTEGER,
            employees INTEGER CHECK (employees >= 0),
            short_term_loans_yen INTEGER,
            long_term_loans_yen INTEGER,
            bonds_yen INTEGER,
            lease_obligations_yen INTEGER,
            officer_loans_yen INTEGER,
            -- What goes into 借入金 beyond 短期+長期 is the consultant's explicit choice.
            include_bonds INTEGER NOT NULL DEFAULT 0,
            include_lease_obligations INTEGER NOT NULL DEFAULT 0,
            include_officer_loans INTEGER NOT NULL DEFAULT 0,
            cash_and_deposits_yen INTEGER,
            accounts_receivable_yen INTEGER,
            notes_receivable_yen INTEGER,
            electronic_receivables_yen INTEGER,
            inventories_yen INTEGER,
            accounts_payable_yen INTEGER,
            notes_payable_yen INTEGER,
            electronic_payables_yen INTEGER,
            net_assets_yen INTEGER,
            total_liabilities_yen INTEGER,
            total_assets_yen INTEGER,
            {SYNC_COLUMNS}
        );
        CREATE UNIQUE INDEX fiscal_period_live ON fiscal_period(company_id, period_end)
            WHERE deleted_at IS NULL;

        CREATE TABLE session (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            consultant_id TEXT REFERENCES consultant(id),
            date TEXT NOT NULL,                  -- ISO date
            start_time TEXT,                     -- HH:MM
            end_time TEXT,
            place_kind TEXT CHECK (place_kind IN ('visit', 'counter', 'online', 'phone')),
            attendees TEXT NOT NULL DEFAULT '[]', -- JSON list of {{"role", "name"}}
            theme TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT 'P0' CHECK (stage IN ('P0','P1','P2','P3','P4','P5','P6')),
            {SYNC_COLUMNS}
        );
        CREATE INDEX session_company_date ON session(company_id, date);

        CREATE TABLE note (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            session_id TEXT NOT NULL REFERENCES session(id),
            company_id TEXT NOT NULL REFERENCES company(id),
            position REAL NOT NULL,
            stage TEXT CHECK (stage IN ('P0','P1','P2','P3','P4','P5','P6')),
            kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN
                ('note', 'owner_quote', 'fact', 'assessment', 'insight', 'issue_candidate')),
            body TEXT NOT NULL DEFAULT '',
            issue_side TEXT CHECK (issue_side IN ('surface', 'core')),
            wall TEXT CHECK (wall IN
                ('mienai', 'mukiawanai', 'jikkou_dekinai', 'tsuitekonai', 'tarinai')),
            {SYNC_COLUMNS}
        );
        CREATE INDEX note_session ON note(session_id, position);
        CREATE INDEX note_company ON note(company_id);
        CREATE VIRTUAL TABLE note_fts USING fts5(
            body, content='note', content_rowid='seq', tokenize='trigram'
        );
        {_fts_triggers("note", NOTE_SEARCH_COLUMNS)}
        """
    )


def _v3_rokaben(db: sqlite_utils.Database, now: str) -> None:
    """Benchmark sets (imported, versioned) and the non-financial ロカベン sheet."""
    db.executescript(
        f"""
        -- An imported 基準値 table, immutable once imported; rows_json holds every
        -- 小分類 × 事業規模 × indicator with exact decimal strings. Which set is active is
        -- local (local_meta 'active_benchmark_set').
        CREATE TABLE benchmark_set (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            source_format TEXT NOT NULL CHECK (source_format IN ('meti_workbook', 'tidy_csv')),
            content_hash TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            rows_json TEXT NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE UNIQUE INDEX benchmark_set_content ON benchmark_set(content_hash) WHERE deleted_at IS NULL;

        -- 4つの視点 and まとめ: one free text per company and item key (e.g. 'owner.vision').
        CREATE TABLE rokaben_text (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            key TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE UNIQUE INDEX rokaben_text_key ON rokaben_text(company_id, key) WHERE deleted_at IS NULL;

        -- 業務フロー: ordered steps with what is done and how it is different.
        CREATE TABLE business_flow_step (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            position REAL NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            differentiation TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX business_flow_company ON business_flow_step(company_id, position);

        -- 商流: the parties around the company by role, with why they are chosen / choose us.
        CREATE TABLE commercial_party (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            role TEXT NOT NULL CHECK (role IN ('supplier', 'partner', 'self', 'customer', 'end_user')),
            position REAL NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX commercial_party_company ON commercial_party(company_id, role, position);
        """
    )


def _field_index_triggers(table: str, columns: tuple[str, ...]) -> str:
    """Triggers keeping ``field_fts`` (one trigram index over text fields of several
    tables) in step with ``table``; the indexed text is ``columns`` joined by line breaks.

    ``search_ref`` gives each indexed row a stable integer that is its rowid in the
    index, so an edit replaces exactly that row's entry."""
    ref = f"(SELECT seq FROM search_ref WHERE tbl = '{table}' AND row_id = {{r}}.id)"
    expr = field_text(columns)
    return f"""
    CREATE TRIGGER {table}_field_ai AFTER INSERT ON {table} BEGIN
        INSERT INTO search_ref (tbl, row_id) VALUES ('{table}', new.id);
        INSERT INTO field_fts (rowid, body) VALUES ({ref.format(r="new")}, {expr.format(r="new")});
    END;
    CREATE TRIGGER {table}_field_au AFTER UPDATE OF {', '.join(columns)} ON {table} BEGIN
        DELETE FROM field_fts WHERE rowid = {ref.format(r="old")};
        INSERT INTO field_fts (rowid, body) VALUES ({ref.format(r="new")}, {expr.format(r="new")});
    END;
    CREATE TRIGGER {table}_field_ad AFTER DELETE ON {table} BEGIN
        DELETE FROM field_fts WHERE rowid = {ref.format(r="old")};
        DELETE FROM search_ref WHERE tbl = '{table}' AND row_id = old.id;
    END;
    """


# Text fields searched together with the notes: table → its indexed columns.
FIELD_INDEX = {
    "rokaben_text": ("body",),
    "design_text": ("body",),
    "issue": ("title", "owner_words"),
    "action": ("what",),
    "session": ("theme", "summary"),
}


def field_text(columns: tuple[str, ...], alias: str = "{r}") -> str:
    """SQL for the indexed text of a row: its columns joined by line breaks."""
    return " || char(10) || ".join(f"{alias}.{c}" for c in columns)

SELF_RELIANCE_ITEMS = (
    "core_issue", "next_action", "tracks_figures", "involves_people",
    "updates_plan", "seeks_resources", "kpis_move",
)


def _v4_interview(db: sqlite_utils.Database, now: str) -> None:
    """The interview: open/closed sessions with their summary and 自走化 checklist,
    課題 and 施策 decided in them, the design sheet's text, and one search index
    over text fields."""
    checklist = "\n".join(
        f"ALTER TABLE session ADD COLUMN sr_{k} INTEGER CHECK (sr_{k} BETWEEN 0 AND 2);"
        for k in SELF_RELIANCE_ITEMS
    )
    db.executescript(
        f"""
        -- Sessions recorded before this step are past ones: closed.
        ALTER TABLE session ADD COLUMN status TEXT NOT NULL DEFAULT 'closed'
            CHECK (status IN ('open', 'closed'));
        ALTER TABLE session ADD COLUMN started_at TEXT;     -- UTC, when the interview began
        ALTER TABLE session ADD COLUMN summary TEXT NOT NULL DEFAULT '';
        ALTER TABLE session ADD COLUMN next_visit_date TEXT; -- ISO date
        {checklist}
        -- Where "send to" put a note, space-separated: 'rokaben:<key>', 'design:<key>', 'issue:<id>'.
        ALTER TABLE note ADD COLUMN linked_to TEXT;

        -- 課題: raised in a session (often from a 課題候補 note), agreed with the owner.
        CREATE TABLE issue (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            session_id TEXT REFERENCES session(id),
            note_id TEXT REFERENCES note(id),
            position REAL NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            issue_side TEXT CHECK (issue_side IN ('surface', 'core')),
            wall TEXT CHECK (wall IN
                ('mienai', 'mukiawanai', 'jikkou_dekinai', 'tsuitekonai', 'tarinai')),
            owner_words TEXT NOT NULL DEFAULT '',  -- the owner's words that show 腹落ち
            status TEXT NOT NULL DEFAULT 'candidate'
                CHECK (status IN ('candidate', 'agreed', 'resolved', 'dropped')),
            status_changed_at TEXT,
            {SYNC_COLUMNS}
        );
        CREATE INDEX issue_company ON issue(company_id, position);
        CREATE INDEX issue_session ON issue(session_id);

        -- 施策: who does what by when (the action plan builds on these).
        CREATE TABLE action (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            issue_id TEXT REFERENCES issue(id),
            session_id TEXT REFERENCES session(id),
            position REAL NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            owner_role TEXT CHECK (owner_role IN ('owner', 'staff', 'consultant', 'external')),
            owner_name TEXT NOT NULL DEFAULT '',
            due_date TEXT,                          -- ISO date
            status TEXT NOT NULL DEFAULT 'todo'
                CHECK (status IN ('todo', 'doing', 'done', 'cancelled')),
            status_changed_at TEXT,
            {SYNC_COLUMNS}
        );
        CREATE INDEX action_company ON action(company_id, position);
        CREATE INDEX action_session ON action(session_id);

        -- 経営デザインシート: one sheet per company and year, its texts by item key.
        CREATE TABLE design_sheet (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            year INTEGER NOT NULL,
            fill_order TEXT NOT NULL DEFAULT 'forecast' CHECK (fill_order IN ('forecast', 'backcast')),
            {SYNC_COLUMNS}
        );
        CREATE UNIQUE INDEX design_sheet_year ON design_sheet(company_id, year) WHERE deleted_at IS NULL;
        CREATE TABLE design_text (
            id TEXT PRIMARY KEY,
            sheet_id TEXT NOT NULL REFERENCES design_sheet(id),
            company_id TEXT NOT NULL REFERENCES company(id),
            key TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE UNIQUE INDEX design_text_key ON design_text(sheet_id, key) WHERE deleted_at IS NULL;

        -- One trigram index over the text fields above (notes and companies have their own).
        CREATE TABLE search_ref (
            seq INTEGER PRIMARY KEY,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            UNIQUE (tbl, row_id)
        );
        CREATE VIRTUAL TABLE field_fts USING fts5(body, tokenize='trigram');
        {"".join(_field_index_triggers(t, e) for t, e in FIELD_INDEX.items())}
        """
    )
    conn = db.conn
    for table, columns in FIELD_INDEX.items():
        # In the order the rows were written (a bare SELECT reads the id index, in UUID
        # order), so that the index's rowids keep "newest first" for these rows too.
        conn.execute(f"INSERT INTO search_ref (tbl, row_id) SELECT '{table}', id FROM {table} ORDER BY rowid")
        conn.execute(
            f"INSERT INTO field_fts (rowid, body) SELECT r.seq, {field_text(columns, 't')}"
            f" FROM {table} t JOIN search_ref r ON r.tbl = '{table}' AND r.row_id = t.id ORDER BY r.seq"
        )


def _v5_plan(db: sqlite_utils.Database, now: str) -> None:
    """The action plan's KPIs and their actuals, referrals (とりつなぎ) tracked to
    close-out, office contacts for the referral map, and the design sheet's 移行戦略."""
    db.executescript(
        f"""
        -- 移行戦略 of a design sheet: what must change, by when, who.
        CREATE TABLE design_transition (
            id TEXT PRIMARY KEY,
            sheet_id TEXT NOT NULL REFERENCES design_sheet(id),
            company_id TEXT NOT NULL REFERENCES company(id),
            position REAL NOT NULL,
            what TEXT NOT NULL DEFAULT '',
            by_when TEXT NOT NULL DEFAULT '',
            who TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX design_transition_sheet ON design_transition(sheet_id, position);

        -- A 施策's KPI: name, unit, target (exact decimal text), and its actuals over time.
        CREATE TABLE kpi (
            id TEXT PRIMARY KEY,
            action_id TEXT NOT NULL REFERENCES action(id),
            company_id TEXT NOT NULL REFERENCES company(id),
            position REAL NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            baseline TEXT,
            target TEXT,
            {SYNC_COLUMNS}
        );
        CREATE INDEX kpi_action ON kpi(action_id, position);
        CREATE TABLE kpi_actual (
            id TEXT PRIMARY KEY,
            kpi_id TEXT NOT NULL REFERENCES kpi(id),
            company_id TEXT NOT NULL REFERENCES company(id),
            as_of TEXT NOT NULL,                 -- ISO date
            value TEXT NOT NULL,                 -- exact decimal text
            {SYNC_COLUMNS}
        );
        CREATE INDEX kpi_actual_kpi ON kpi_actual(kpi_id, as_of);

        -- とりつなぎ: a hand-over to another institution, followed until its outcome.
        CREATE TABLE referral (
            id TEXT PRIMARY KEY,
            company_id TEXT NOT NULL REFERENCES company(id),
            issue_id TEXT REFERENCES issue(id),
            session_id TEXT REFERENCES session(id),
            date TEXT NOT NULL,                  -- ISO date referred
            category TEXT,                       -- 経営課題 key of the referral map
            institution TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),  -- the owner agreed
            follow_up_date TEXT,
            outcome TEXT NOT NULL DEFAULT '',
            outcome_date TEXT,
            {SYNC_COLUMNS}
        );
        CREATE INDEX referral_company ON referral(company_id, date);
        CREATE INDEX referral_follow_up ON referral(follow_up_date) WHERE deleted_at IS NULL;

        -- The office's own contacts for institutions of the referral map.
        CREATE TABLE referral_contact (
            id TEXT PRIMARY KEY,
            organization_id TEXT REFERENCES organization(id),
            category TEXT NOT NULL,
            institution TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX action_due ON action(due_date) WHERE deleted_at IS NULL;
        CREATE INDEX session_next_visit ON session(next_visit_date) WHERE deleted_at IS NULL;
        {_field_index_triggers("referral", ("institution", "reason", "outcome"))}
        {_field_index_triggers("kpi", ("name",))}
        """
    )


# --- v6: office sync (the laptop side of banso_desktop.sync) -------------------------

# Columns of synced tables that stay on this laptop: FTS rowids and derived search text
# (recomputed from the synced columns wherever a row is written).
LOCAL_COLUMNS = frozenset({"seq", "search_text"})
# Columns that record who/when: a change of only these is not a change worth syncing.
_BOOKKEEPING = ("created_at", "updated_at", "updated_by")

# A random uuid4 in SQL, evaluated per captured change.
UUID4_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
    " || '-' || hex(randomblob(6)))"
)
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def synced_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` that sync (all but :data:`LOCAL_COLUMNS`), in table order."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in LOCAL_COLUMNS]


def json_row_sql(alias: str, columns: list[str]) -> str:
    """SQL for a JSON object of ``alias``'s ``columns`` (chained within SQLite's
    127-argument limit per function call)."""
    pairs = [f"'{c}', {alias}.{c}" for c in columns]
    sql = f"json_object({', '.join(pairs[:60])})"
    for i in range(60, len(pairs), 60):
        paths = ", ".join(f"'$.{c}', {alias}.{c}" for c in columns[i:i + 60])
        sql = f"json_set({sql}, {paths})"
    return sql


def sync_triggers(conn: sqlite3.Connection, table: str, merge_runs: bool = True) -> dict[str, str]:
    """The triggers capturing every change of ``table`` into ``sync_outbox``, by name
    (``{table}_sync_ai``, ``_au``, ``_rekey``, ``_ad``: one CREATE TRIGGER statement
    each, made from the table's columns now: a later step that changes a synced table's
    columns must drop and recreate them with this function).

    * Nothing is captured while ``sync_state.applying = 1`` (pulled rows being written).
    * An UPDATE that changes no synced column, or only bookkeeping columns, is not
      captured (``search_text`` reindexing, a re-save of the same text).
    * Changing a row's ``id`` (plain SQL) is captured as a delete of the old id and an
      insert of the new one.
    * ``merge_runs`` (from step 7): an UPDATE that continues the row's newest waiting
      entry (an insert or an update) — nothing else wrote the row since (that entry's
      ``new_json`` is the row before this update: no pulled row came in between) and no
      push has been handed it (its seq is above ``sync_state.frozen_seq``) — rewrites that entry's
      ``new_json`` instead of adding one. An hour of autosaves of one note is one entry
      holding the text before and after, not 3,600 copies of it.
    """
    cols = synced_columns(conn, table)
    new, old = json_row_sql("NEW", cols), json_row_sql("OLD", cols)
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols if c not in _BOOKKEEPING)
    capture = "(SELECT applying FROM sync_state) = 0"
    insert = (
        "INSERT INTO sync_outbox (change_id, table_name, row_id, op, new_json, old_json, created_at)"
        f" VALUES ({UUID4_SQL}, '{table}'"
    )
    if merge_runs:
        newest = (f"seq = (SELECT max(seq) FROM sync_outbox WHERE table_name = '{table}' AND row_id = NEW.id"
                  " AND pushed = 0)")
        mergeable = (f"SELECT 1 FROM sync_outbox WHERE {newest} AND seq > (SELECT frozen_seq FROM sync_state)"
                     f" AND op = 'upsert' AND snapshot = 0 AND new_json = {old}")
        # Insert unless mergeable, then merge if mergeable: after an insert the newest
        # entry holds NEW, never OLD, so exactly one of the two writes.
        update_body = f"""
        INSERT INTO sync_outbox (change_id, table_name, row_id, op, new_json, old_json, created_at)
        SELECT {UUID4_SQL}, '{table}', NEW.id, 'upsert', {new}, CASE WHEN OLD.id IS NEW.id THEN {old} END, {NOW_SQL}
        WHERE OLD.id IS NOT NEW.id OR NOT EXISTS ({mergeable});
        UPDATE sync_outbox SET new_json = {new}, created_at = {NOW_SQL}
        WHERE OLD.id IS NEW.id AND {newest} AND EXISTS ({mergeable});"""
    else:
        update_body = f"""
        {insert}, NEW.id, 'upsert', {new}, CASE WHEN OLD.id IS NEW.id THEN {old} END, {NOW_SQL});"""
    return {
        f"{table}_sync_ai": f"""CREATE TRIGGER {table}_sync_ai AFTER INSERT ON {table} WHEN {capture} BEGIN
        {insert}, NEW.id, 'upsert', {new}, NULL, {NOW_SQL});
    END""",
        f"{table}_sync_au": f"""CREATE TRIGGER {table}_sync_au AFTER UPDATE ON {table}
    WHEN {capture} AND ({changed}) BEGIN{update_body}
    END""",
        f"{table}_sync_rekey": f"""CREATE TRIGGER {table}_sync_rekey AFTER UPDATE OF id ON {table}
    WHEN {capture} AND OLD.id IS NOT NEW.id BEGIN
        {insert}, OLD.id, 'delete', NULL, {old}, {NOW_SQL});
    END""",
        f"{table}_sync_ad": f"""CREATE TRIGGER {table}_sync_ad AFTER DELETE ON {table} WHEN {capture} BEGIN
        {insert}, OLD.id, 'delete', NULL, {old}, {NOW_SQL});
    END""",
    }


# banso_desktop.sync.SYNCED_TABLES as of this step, frozen here so that the step stays
# the same when a later one adds a table (and that table's triggers).
_V6_SYNCED_TABLES = (
    "organization", "consultant", "benchmark_set", "referral_contact",
    "company", "fiscal_period", "session", "note",
    "rokaben_text", "business_flow_step", "commercial_party",
    "issue", "action", "kpi", "kpi_actual", "referral",
    "design_sheet", "design_text", "design_transition",
)


def _v6_sync(db: sqlite_utils.Database, now: str) -> None:
    """Office sync: the change outbox (filled by triggers on every synced table), this
    laptop's sync state, each row as last agreed with the hub, pulled rows waiting for
    their parent, and conflicts to resolve. Existing rows are not queued here: the
    first sync with a hub snapshots every row."""
    db.executescript(
        """
        -- Every captured change, in commit order. pushed: 0 waiting, 1 acknowledged by
        -- the hub, 2 dropped as a no-op. snapshot: 1 = a whole row queued for a new hub.
        -- change_id is a random uuid4 (never looked up here: a unique index on random
        -- keys would cost a fifth of a bulk insert's time for no protection).
        CREATE TABLE sync_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
            new_json TEXT,
            old_json TEXT,
            created_at TEXT NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0 CHECK (pushed IN (0, 1, 2)),
            snapshot INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sync_outbox_pending ON sync_outbox(table_name, row_id) WHERE pushed = 0;

        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            client_id TEXT NOT NULL,
            hub_epoch TEXT,
            org_id TEXT,
            pull_cursor INTEGER NOT NULL DEFAULT 0,
            acked_seq INTEGER NOT NULL DEFAULT 0,
            applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
            last_sync_at TEXT
        );

        -- Each row as last agreed with the hub (the common ancestor for merges).
        CREATE TABLE sync_base (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            data_json TEXT NOT NULL,
            PRIMARY KEY (table_name, row_id)
        ) WITHOUT ROWID;

        -- Pulled rows whose parent row has not arrived yet; retried on every pull.
        CREATE TABLE sync_inbox (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            data_json TEXT,
            version INTEGER NOT NULL,
            PRIMARY KEY (table_name, row_id)
        ) WITHOUT ROWID;

        -- Conflicts to show until resolved: reported by the hub (hub_id set; kind 'field',
        -- 'delete_edit' (this side deleted, the other edited) or 'edit_delete'), or found
        -- here when a pulled row clashes with a local one on a unique key ('duplicate',
        -- hub_id NULL). Values are JSON; reported = the resolution was sent to the hub.
        CREATE TABLE sync_conflict (
            id INTEGER PRIMARY KEY,
            hub_id TEXT UNIQUE,
            kind TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT,
            mine_json TEXT,
            theirs_json TEXT,
            base_json TEXT,
            client_id TEXT,
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT,
            reported INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sync_conflict_row ON sync_conflict(table_name, row_id);
        CREATE INDEX sync_conflict_open ON sync_conflict(resolved_at);
        """
    )
    conn = db.conn
    conn.execute("INSERT INTO sync_state (id, client_id) VALUES (1, ?)", (str(uuid.uuid4()),))
    # One statement at a time: sqlite-utils' executescript splits a long script in
    # quadratic time (76 triggers took 0.3 s, on every new file).
    for table in _V6_SYNCED_TABLES:
        for statement in sync_triggers(conn, table, merge_runs=False).values():
            conn.execute(statement)


def _v7_outbox_runs(db: sqlite_utils.Database, now: str) -> None:
    """Consecutive updates of one row merge into one outbox entry until a push is handed
    it (see ``sync_triggers``): ``sync_state.frozen_seq`` is the highest seq a push
    has read, set by the sync before it reads."""
    conn = db.conn
    conn.execute("ALTER TABLE sync_state ADD COLUMN frozen_seq INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE sync_state SET frozen_seq = (SELECT coalesce(max(seq), 0) FROM sync_outbox)")
    for table in _V6_SYNCED_TABLES:
        conn.execute(f"DROP TRIGGER {table}_sync_au")
        conn.execute(sync_triggers(conn, table)[f"{table}_sync_au"])


def _v8_short_terms(db: sqlite_utils.Database, now: str) -> None:
    """Indexes on the last one and two characters of every note and indexed field text.

    A one- or two-character term (common in Japanese: 資金, 鰻) is found exactly without
    scanning every note: wherever it occurs with at least two characters after it, it
    begins one of the trigram index's terms (looked up in its vocabulary); the only
    other places are the last one or two characters of a text, which these answer.
    (``field_fts_content`` is ``field_fts``'s own copy of the texts.)"""
    conn = db.conn
    for name, table, column in (("note", "note", "body"), ("field", "field_fts_content", "c0")):
        conn.execute(f"CREATE INDEX {name}_tail2 ON {table}(substr({column}, -2))")
        conn.execute(f"CREATE INDEX {name}_tail1 ON {table}(substr({column}, -1))")


Step = Callable[["sqlite_utils.Database", str], None]
STEPS: list[Step] = [_v1_core, _v2_periods_sessions, _v3_rokaben, _v4_interview, _v5_plan, _v6_sync,
                     _v7_outbox_runs, _v8_short_terms]
LATEST = len(STEPS)


def newer_file_error(found: int, known: int = LATEST) -> StoreError:
    """The refusal for a file made by a newer version of the app."""
    return StoreError(
        QT_TRANSLATE_NOOP(
            "store",
            "This database was made by a newer Banso Desktop (schema {found}; this app knows "
            "up to {known}). Update the app to open it; the file was not changed.",
        ),
        found=found,
        known=known,
    )


def schema_version(conn: sqlite3.Connection) -> int:
    """The file's ``PRAGMA user_version``."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection | sqlite_utils.Database, now: str, steps: list[Step] | None = None) -> int:
    """Bring the file up to the latest schema, one exclusive transaction per step.

    Returns the version the file had before. Raises :class:`StoreError` for a file
    made by a newer app.
    """
    steps = STEPS if steps is None else steps
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    before = schema_version(conn)
    if before > len(steps):
        raise newer_file_error(before, len(steps))
    if before < len(steps) and isinstance(db, sqlite3.Connection):
        import sqlite_utils

        # No sqlite-utils plugins: we use none, and discovering them costs ~20 ms.
        db = sqlite_utils.Database(conn, execute_plugins=False)
    for target in range(before + 1, len(steps) + 1):
        conn.execute("BEGIN EXCLUSIVE")
        try:
            # Another process may have upgraded while we waited for the lock.
            if schema_version(conn) >= target:
                conn.execute("ROLLBACK")
                continue
            steps[target - 1](db, now)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return before
