"""Search across every company's notes and text fields, as you type.

Terms of three or more characters use the FTS5 trigram indexes (``note_fts`` over
notes, ``field_fts`` over ロカベン / design-sheet texts, 課題, 施策 and session
themes and summaries, ``company_fts`` over companies); shorter terms, which the
trigram tokenizer cannot answer, fall back to a LIKE scan that walks the newest rows
first and stops at the limit. Each term also matches its 全角/半角 twin, since an
IME often types ＡＢＣ where the query says ABC.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from banso_desktop.store.companies import FTS_MIN_CHARS, _fts_phrase, _like

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

SNIPPET_CHARS = 28  # shown either side of the match


@dataclass(frozen=True)
class SearchHit:
    source: str  # note, company, rokaben_text, design_text, issue, action, session
    company_id: str
    company_name: str
    text: str  # a snippet around the match
    session_id: str | None = None
    row_id: str | None = None  # the note / issue / action / text row
    key: str | None = None  # the field key of a ロカベン or design-sheet text, or the note's kind
    date: str | None = None  # the session's date, when there is one

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "company_id": self.company_id, "company_name": self.company_name,
                "session_id": self.session_id, "id": self.row_id, "key": self.key, "date": self.date,
                "text": self.text}


def _halfwidth_kana_map() -> dict[str, str]:
    """Full-width katakana → the half-width spelling an old system may have stored
    (ガ → ｶﾞ), built from Unicode's own compatibility mappings."""
    out: dict[str, str] = {}
    half = [chr(c) for c in range(0xFF61, 0xFFA0)]
    for h in half:
        out.setdefault(unicodedata.normalize("NFKC", h), h)
    for h in half:
        for mark in ("\uff9e", "\uff9f"):
            full = unicodedata.normalize("NFKC", h + mark)
            if len(full) == 1:
                out.setdefault(full, h + mark)
    return out


_HALF_KANA = _halfwidth_kana_map()


def _halfwidth_kana(text: str) -> str:
    return "".join(_HALF_KANA.get(c, c) for c in text)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def term_variants(term: str) -> list[str]:
    """The term as typed, its NFKC form (ＡＢＣ → ABC, ｱｲｽ → アイス), its full-width
    form and its half-width kana form (アイス → ｱｲｽ, for text stored that way)."""
    folded = unicodedata.normalize("NFKC", term)
    out: list[str] = []
    for v in (term, folded, _fullwidth(folded), _halfwidth_kana(folded)):
        if v not in out:
            out.append(v)
    return out


def _case_forms(text: str) -> list[str]:
    """Every upper/lower spelling of a short text: LIKE ignores case only for ASCII,
    while the trigram index ignores it for ＡＢＣ / ａｂｃ too."""
    forms = [""]
    for ch in text:
        forms = [f + c for f in forms for c in dict.fromkeys((ch, ch.lower(), ch.upper()))]
    return forms


def query_terms(text: str) -> list[str]:
    """The query split on spaces (half- or full-width)."""
    return [t for t in re.split(r"[\s\u3000]+", text.strip()) if t]


def _snippet(body: str, terms: list[str]) -> str:
    flat = " ".join(body.split())
    lower = flat.lower()
    at = -1
    for term in terms:
        for v in term_variants(term):
            at = lower.find(v.lower())
            if at >= 0:
                break
        if at >= 0:
            break
    if at < 0:
        return flat[: 2 * SNIPPET_CHARS]
    start = max(0, at - SNIPPET_CHARS)
    end = min(len(flat), at + SNIPPET_CHARS + len(terms[0]))
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


class Search:
    def __init__(self, store: "Store") -> None:
        self.store = store

    def _match(self, terms: list[str], fts: str, rowid: str, column: str) -> tuple[str, list[str]]:
        """SQL conditions (ANDed) for every term, with their parameters."""
        where, params = [], []
        for term in terms:
            variants = term_variants(term)
            # Every variant must be long enough for the index (ｶﾞｷ folds to the two-letter ガキ).
            if min(len(v) for v in variants) >= FTS_MIN_CHARS:
                where.append(f"{rowid} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
                params.append(" OR ".join(_fts_phrase(v) for v in variants))
            else:
                variants = list(dict.fromkeys(
                    f for v in variants for f in (_case_forms(v) if len(v) < FTS_MIN_CHARS else [v])
                ))
                where.append("(" + " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for _ in variants) + ")")
                params.extend(_like(v) for v in variants)
        return " AND ".join(where), params

    def notes(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Live notes matching every term, newest first."""
        terms = query_terms(text)
        if not terms:
            return []
        cond, params = self._match(terms, "note_fts", "n.seq", "n.body")
        rows = self.store.conn.execute(
            "SELECT n.id, n.session_id, n.company_id, c.name, n.kind, n.body, s.date"
            # CROSS JOIN keeps the note as the outer loop, walked newest first, so a short
            # term stops at the limit (left to itself the planner starts from the companies
            # and sorts every match: 110 ms instead of 0.2 ms for a common kana).
            " FROM note n CROSS JOIN session s ON s.id = n.session_id CROSS JOIN company c ON c.id = n.company_id"
            f" WHERE {cond} AND n.deleted_at IS NULL AND s.deleted_at IS NULL AND c.deleted_at IS NULL"
            f" ORDER BY n.seq DESC LIMIT {int(limit)}",
            params,
        )
        return [SearchHit("note", r[2], r[3], _snippet(r[5], terms), r[1], r[0], r[4], r[6]) for r in rows]

    _FIELD_SOURCES = {
        # table: (text expression, session column or NULL, key column or NULL, date expression)
        "rokaben_text": ("t.body", "NULL", "t.key", "NULL"),
        "design_text": ("t.body", "NULL", "t.key", "NULL"),
        "issue": ("t.title || char(10) || t.owner_words", "t.session_id", "t.status", "NULL"),
        "action": ("t.what", "t.session_id", "t.status", "t.due_date"),
        "session": ("t.theme || char(10) || t.summary", "t.id", "NULL", "t.date"),
        "referral": ("t.institution || char(10) || t.reason || char(10) || t.outcome", "t.session_id", "t.category", "t.date"),
        "kpi": ("t.name", "NULL", "NULL", "NULL"),
    }

    def fields(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Live text fields (ロカベン, design sheet, 課題, 施策, session theme/summary)."""
        terms = query_terms(text)
        if not terms:
            return []
        hits: list[SearchHit] = []
        for table, (expr, session, key, day) in self._FIELD_SOURCES.items():
            cond, params = self._match(terms, "field_fts", "r.seq", expr)
            # The join order, forced: with a trigram term, walk the index's hits by rowid
            # (+r.tbl keeps the planner off the (tbl, row_id) index, which scans every ref of
            # the table); with only short terms, scan the table and sort what matches.
            # A short-only scan walks the table from its newest rows and stops at the limit.
            if "MATCH" in cond:
                rows_from = f"search_ref r CROSS JOIN {table} t ON +r.tbl = '{table}' AND r.row_id = t.id"
                order = "r.seq"
            else:
                rows_from = f"{table} t CROSS JOIN search_ref r ON r.tbl = '{table}' AND r.row_id = t.id"
                order = "t.rowid"
            rows = self.store.conn.execute(
                f"SELECT t.id, {session}, t.company_id, c.name, {key}, {expr}, {day}"
                f" FROM {rows_from} CROSS JOIN company c ON c.id = t.company_id"
                f" WHERE {cond} AND t.deleted_at IS NULL AND c.deleted_at IS NULL"
                f" ORDER BY {order} DESC LIMIT {int(limit)}",
                params,
            )
            hits += [SearchHit(table, r[2], r[3], _snippet(r[5], terms), r[1], r[0], r[4], r[6]) for r in rows]
        return hits[:limit]

    def everything(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Companies first (by name, kana …), then fields, then notes."""
        if not query_terms(text):
            return []
        companies = [
            SearchHit("company", c.id, c.name, c.address) for c in self.store.companies.search(text, limit=20)
        ]
        return (companies + self.fields(text, limit) + self.notes(text, limit))[: limit + len(companies)]
