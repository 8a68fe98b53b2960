"""Office hub sync: every laptop with the organisation's PostgreSQL, losing nothing.

The design (issue 7), in one place. Qt-free; ``sync`` imports ``store``, never ``ui``.

Laptop side (``sync/local.py``, schema step v6 in ``store/migrations.py``)
-------------------------------------------------------------------------
* **Change capture.** Every synced table (``SYNCED_TABLES``, parents before children)
  has AFTER INSERT / UPDATE / DELETE triggers that append to ``sync_outbox`` in the same
  transaction as the change — also for plain SQL typed outside the app::

      sync_outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT UNIQUE (uuid4),
                  table_name, row_id, op ('upsert' | 'delete'),
                  new_json (full row after, NULL for a delete),
                  old_json (full row before, NULL for an insert), created_at,
                  pushed INTEGER NOT NULL DEFAULT 0)

  Triggers do nothing while ``sync_state.applying = 1`` (set only while pulled rows are
  written, in that same transaction), so pulled rows are not echoed back.
  From step v7 an update that continues the row's newest waiting entry (nothing else
  wrote the row in between, and no push has been handed that entry: its seq is above
  ``sync_state.frozen_seq``, which ``outgoing`` raises before it reads) rewrites that
  entry's ``new_json`` instead of adding one: an hour of autosaves is one entry.
* ``sync_state`` (one row): ``client_id`` (uuid4, this laptop), ``hub_epoch`` (the hub
  this file last synced with), ``pull_cursor`` (the hub version pulled up to; written in
  the same transaction as the rows it covers), ``acked_seq`` (the highest outbox seq the
  hub confirmed), ``applying``, ``last_sync_at``, ``org_id`` (the hub's organisation).
* ``sync_base(table_name, row_id, data_json)``: each row as last agreed with the hub
  (after a push was acknowledged or a pull applied) — the common ancestor for merges.
* ``sync_conflict``: conflicts the hub reported (its id, table, row, field, kind
  ``field`` | ``delete_edit`` | ``edit_delete``, ``mine``, ``theirs``, ``base``,
  created_at, resolved_at, resolution) — shown until the user resolves them.

Pushing takes the unpushed outbox entries in seq order and **coalesces** the entries of
each row into one change (``seq_from``..``seq_to``; its change_id is that of the last
entry): ``fields`` = the columns this laptop itself changed (every column for a row it
created, or for a snapshot), ``base`` = each such column's value just before this
laptop first changed it (None for a new row; the row's ``sync_base`` for a snapshot);
the client adds ``seen`` = the whole row as last agreed with the hub. Upserts go
parents first (``SYNCED_TABLES`` order), hard deletes last, children first. No-op
updates (nothing but bookkeeping changed) are not captured at all. Bookkeeping columns
(created_at, updated_at, updated_by) travel but never conflict; ``seq`` and
``company.search_text`` are local and never sent. A pulled row whose parent has not
arrived waits in ``sync_inbox`` (so does a row of a table this version does not know,
until an upgrade that does); one that clashes with a local unique index (two laptops
made the same company's 2025-03-31 period) becomes a ``duplicate`` conflict — unless
both rows hold the same values (bookkeeping aside; not for design sheets, whose texts
arrive later), when every laptop keeps the one with the smaller id and trashes the other.

Hub side (``sync/hub_v1.sql``, ``hub_v2.sql``, ``hub_v3.sql``, ``sync/hub.py``)
-----------------------------------------------------------------------------
Schema ``banso`` owned by the NOLOGIN role ``banso_owner``; versioned in ``banso.meta``
(``schema_version``, ``protocol``, ``epoch`` uuid made at init). Rows are stored
generically — ``banso.row(table_name, row_id, org_id, data jsonb, version bigint,
origin_client)`` — so the hub does not change with every laptop schema step.
Consultants' login roles (``banso hub add-user``) get no table privileges: only EXECUTE
on the ``banso_api`` functions (SECURITY DEFINER, ``search_path`` pinned), which find the
caller's organisation from ``session_user`` in ``banso.hub_user``. Every table has row
level security (FORCE) keyed on that organisation as a second wall.

* ``banso_api.hello(client_id, protocol)`` → {epoch, protocol, org_id, org_name,
  acked_seq (highest outbox seq applied from this client), max_version}.
  A new hub (other epoch): the laptop re-keys its organisation to the hub's
  (``adopt_organization``) and queues a snapshot of every row.
* ``banso_api.push(client_id, protocol, changes jsonb)`` → {acked_seq, applied,
  conflicts}: in one transaction, under an advisory lock (so versions follow commit
  order); each change is applied once (its change_id is recorded; a retried push is a
  no-op), field by field against the hub's row: a field the laptop changed is taken when
  the hub still holds the base value (or already the new one); otherwise the hub keeps
  its value and records a conflict with both. A delete of a row the hub changed since
  the base, or an edit of a row the hub deleted, is a conflict too. Nothing is resolved
  silently. (Schema 2 applies new rows and conflict-free edits as one set of
  statements, the rest one by one in ``banso.apply_change``; a test runs the same
  changes through both and compares.) A row put in the trash on two laptops is one
  decision: the hub keeps its date and (schema 3) gives the row a new version so the
  later laptop is sent it — every copy of the row ends the same.
* ``banso_api.pull(client_id, protocol, cursor, limit)`` → {rows: [{table, row_id,
  data, version}], conflicts: [...], cursor}: rows of the caller's organisation with
  ``version > cursor`` in version order.
* ``banso_api.resolve(client_id, conflict_ids)`` marks conflicts resolved (the chosen
  value itself travels as an ordinary change).

No decision depends on wall-clock time. **Safety:** a hub whose epoch differs from the
one stored is a new hub: the laptop queues a snapshot of every live row (with its
``sync_base`` as base) and never deletes anything because the hub lacks it. A hub whose
``acked_seq`` for this client is lower than the laptop's (restored from an older dump)
gets every outbox entry after it again. A protocol newer than ours is refused with a
clear message, either way round.
"""

from __future__ import annotations

PROTOCOL = 1

# Tables that sync, parents before children (a pushed child's parent is already there).
SYNCED_TABLES = (
    "organization", "consultant", "benchmark_set", "referral_contact",
    "company", "fiscal_period", "session", "note",
    "rokaben_text", "business_flow_step", "commercial_party",
    "issue", "action", "kpi", "kpi_actual", "referral",
    "design_sheet", "design_text", "design_transition",
)
# Columns every synced row has that record who/when, never a conflict.
BOOKKEEPING = frozenset({"created_at", "updated_at", "updated_by"})
