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
from typing import TYPE_CHECKING, Any, Callable

from banso_desktop.store.companies import FTS_MIN_CHARS, _fts_phrase, _like

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

SNIPPET_CHARS = 28  # shown either side of the match
# A one- or two-character term held by more texts than this is found at once by a scan
# from the newest text (it stops at the limit); rarer ones are looked up (see _sparse).
DENSE_DOCS = 2000
MAX_TRIGRAMS = 500  # more index terms than this begin with it: scan instead
_LAST_CHAR = "\U0010ffff"
# The texts behind each trigram index: table, its key (the index's rowid), text column.
_TEXTS = {"note_fts": ("note", "seq", "body"), "field_fts": ("field_fts_content", "id", "c0")}


@dataclass(frozen=True, slots=True)
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


def _short_forms(term: str) -> list[str]:
    """Every spelling of a term to look for: its variants, and for short ones their
    upper/lower forms (LIKE ignores case only for ASCII; the trigram index for ＡＢＣ too)."""
    return list(dict.fromkeys(
        f for v in term_variants(term) for f in (_case_forms(v) if len(v) < FTS_MIN_CHARS else [v])
    ))


def query_terms(text: str) -> list[str]:
    """The query split on spaces (half- or full-width)."""
    return [t for t in re.split(r"[\s\u3000]+", text.strip()) if t]


def _needles(terms: list[str]) -> list[str]:
    """What a snippet looks for, in order: each term's variants, lower-cased."""
    return list(dict.fromkeys(v.lower() for term in terms for v in term_variants(term)))


def _snippet(body: str, terms: list[str], needles: list[str] | None = None) -> str:
    flat = " ".join(body.split())
    lower = flat.lower()
    at = -1
    for needle in needles if needles is not None else _needles(terms):
        at = lower.find(needle)
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
        self._vocabularies: set[str] = set()

    @staticmethod
    def _indexed(term: str) -> bool:
        """Can the trigram index answer this term? Every variant must be long enough
        (ｶﾞｷ folds to the two-letter ガキ)."""
        return min(len(v) for v in term_variants(term)) >= FTS_MIN_CHARS

    @staticmethod
    def _fts_query(terms: list[str]) -> str:
        """One FTS5 query for all indexed terms: each term (any of its variants), ANDed."""
        return " AND ".join("(" + " OR ".join(_fts_phrase(v) for v in term_variants(t)) + ")" for t in terms)

    # --- one- and two-character terms --------------------------------------------------

    def _vocabulary(self, fts: str) -> str:
        """The trigram index's terms with their document counts (a temporary view of it)."""
        name = f"temp.{fts}_vocab"
        if name not in self._vocabularies:
            self.store.conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5vocab(main, {fts}, row)")
            self._vocabularies.add(name)
        return name

    def _sparse(self, fts: str, term: str) -> tuple[str, list[str]] | None:
        """A short term held by few texts: SQL giving exactly the rowids of the texts that
        hold it, with its parameters; None when many do (then a newest-first scan finds the
        first hits at once).

        Wherever the term stands with two or more characters after it, it begins one of
        the trigram index's terms (its vocabulary gives them); anywhere else it is in the
        last two characters of the text, which an index answers (schema step 8). A spelling
        of three or more characters (ガス as the half-width ｶﾞｽ) is a plain index match."""
        forms = _short_forms(term)
        long_forms = [f for f in forms if len(f) >= FTS_MIN_CHARS]  # ガス typed as ｶﾞｽ: the index has it
        forms = [f for f in forms if len(f) < FTS_MIN_CHARS]
        vocabulary = self._vocabulary(fts)
        trigrams: dict[str, int] = {}
        for folded in dict.fromkeys(f.lower() for f in forms):
            trigrams.update(self.store.conn.execute(
                f"SELECT term, doc FROM {vocabulary} WHERE term >= ? AND term < ?", (folded, folded + _LAST_CHAR)))
        if sum(trigrams.values()) > DENSE_DOCS or len(trigrams) > MAX_TRIGRAMS:
            return None
        table, key, column = _TEXTS[fts]
        parts, params = [], []
        if trigrams or long_forms:
            parts.append(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?")
            params.append(" OR ".join(_fts_phrase(t) for t in [*trigrams, *long_forms]))
        for form in forms:
            if len(form) == 2:
                parts.append(f"SELECT {key} FROM {table} WHERE substr({column}, -2) = ?")
                params.append(form)
            else:
                parts.append(f"SELECT {key} FROM {table} WHERE substr({column}, -1) = ?")
                parts.append(f"SELECT {key} FROM {table} WHERE substr({column}, -2) >= ? AND substr({column}, -2) < ?")
                params += [form, form, form + _LAST_CHAR]
        return " UNION ".join(parts), params

    def _conditions(self, terms: list[str], fts: str, rowid: str, column: str,
                    sparse_of: dict[str, tuple[str, list[str]] | None] | None = None) -> tuple[str, list[str], bool]:
        """SQL conditions (ANDed) for terms the index cannot take as a MATCH, with their
        parameters, and whether one of them is a list of rowids (a few texts) that can
        drive the query. ``sparse_of``: each term's :meth:`_sparse`, when already known."""
        where: list[str] = []
        params: list[str] = []
        listed = False
        for term in terms:
            sparse = sparse_of[term] if sparse_of is not None else self._sparse(fts, term)
            if sparse is not None:
                where.append(f"{rowid} IN ({sparse[0]})")
                params += sparse[1]
                listed = True
            else:
                forms = _short_forms(term)
                where.append("(" + " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for _ in forms) + ")")
                params += [_like(f) for f in forms]
        return " AND ".join(where), params, listed

    def notes(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Live notes matching every term, newest first."""
        terms = query_terms(text)
        if not terms:
            return []
        indexed = [t for t in terms if self._indexed(t)]
        cond, params, _listed = self._conditions([t for t in terms if t not in indexed], "note_fts", "n.seq", "n.body")
        live = "n.deleted_at IS NULL AND s.deleted_at IS NULL AND c.deleted_at IS NULL"
        joins = "CROSS JOIN session s ON s.id = n.session_id CROSS JOIN company c ON c.id = n.company_id"
        columns = "n.id, n.session_id, n.company_id, c.name, n.kind, n.body, s.date"
        if indexed:
            # The index drives: it hands its hits newest first (ORDER BY its rowid), each
            # note, session and company is then one lookup, and LIMIT stops the walk — as
            # fast as the bare FTS5 query, instead of collecting every hit first.
            rows = self.store.conn.execute(
                f"SELECT {columns} FROM note_fts CROSS JOIN note n ON n.seq = note_fts.rowid {joins}"
                f" WHERE note_fts MATCH ? {'AND ' + cond if cond else ''} AND {live}"
                f" ORDER BY note_fts.rowid DESC LIMIT {int(limit)}",
                [self._fts_query(indexed), *params],
            )
        else:
            rows = self.store.conn.execute(
                # CROSS JOIN keeps the note as the outer loop: a few notes listed by a short
                # term's rowids are looked up one by one, and a common term's scan walks the
                # newest notes first and stops at the limit (left to itself the planner starts
                # from the companies and sorts every match: 110 ms instead of 0.2 ms).
                f"SELECT {columns} FROM note n {joins}"
                f" WHERE {cond} AND {live} ORDER BY n.seq DESC LIMIT {int(limit)}",
                params,
            )
        needles = _needles(terms)
        return [SearchHit("note", r[2], r[3], _snippet(r[5], terms, needles), r[1], r[0], r[4], r[6]) for r in rows]

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
        needles = _needles(terms)
        indexed = [t for t in terms if self._indexed(t)]
        rest = [t for t in terms if t not in indexed]
        sparse_of = {t: self._sparse("field_fts", t) for t in rest}  # once, not per table
        for table, (expr, session, key, day) in self._FIELD_SOURCES.items():
            if len(hits) >= limit:
                break  # the tables after it would be cut off anyway (hits in table order)
            cond, params, listed = self._conditions(rest, "field_fts", "r.seq", expr, sparse_of)
            # The join order, forced. With a trigram term the index drives, newest hit first,
            # and LIMIT stops it; with a short term held by few texts, their rowids are looked
            # up one by one; with only common short terms, the table is scanned from its
            # newest rows and the scan stops at the limit.
            if indexed:
                rows_from = (f"field_fts CROSS JOIN search_ref r ON r.seq = field_fts.rowid"
                             f" CROSS JOIN {table} t ON t.id = r.row_id")
                where = f"field_fts MATCH ? AND r.tbl = '{table}'" + (f" AND {cond}" if cond else "")
                params = [self._fts_query(indexed), *params]
                order = "field_fts.rowid"
            elif listed:
                rows_from = f"search_ref r CROSS JOIN {table} t ON t.id = r.row_id"
                where = f"{cond} AND r.tbl = '{table}'"
                order = "r.seq"
            else:
                rows_from = f"{table} t CROSS JOIN search_ref r ON r.tbl = '{table}' AND r.row_id = t.id"
                where = cond
                order = "t.rowid"
            rows = self.store.conn.execute(
                f"SELECT t.id, {session}, t.company_id, c.name, {key}, {expr}, {day}"
                f" FROM {rows_from} CROSS JOIN company c ON c.id = t.company_id"
                f" WHERE {where} AND t.deleted_at IS NULL AND c.deleted_at IS NULL"
                f" ORDER BY {order} DESC LIMIT {int(limit) - len(hits)}",
                params,
            )
            hits += [SearchHit(table, r[2], r[3], _snippet(r[5], terms, needles), r[1], r[0], r[4], r[6]) for r in rows]
        return hits[:limit]

    def everything(self, text: str, limit: int = 100,
                   notes: Callable[[], list[SearchHit]] | None = None) -> list[SearchHit]:
        """Companies first (by name, kana …), then fields, then notes. ``notes``: a call
        giving the notes' hits when they are searched elsewhere (another thread)."""
        if not query_terms(text):
            return []
        companies = [
            SearchHit("company", c.id, c.name, c.address) for c in self.store.companies.search(text, limit=20)
        ]
        fields = self.fields(text, limit)
        found = notes() if notes is not None else self.notes(text, limit)
        return (companies + fields + found)[: limit + len(companies)]
