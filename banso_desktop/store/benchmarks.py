"""Imported ロカベン benchmark sets: versioned, immutable, one active per database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from banso_desktop.benchmarks import ParsedBenchmarks, canonical_json, read_benchmark_file, rows_from_json
from banso_desktop.domain.rokaben import BenchmarkSet

from banso_desktop.store.database import dict_rows

if TYPE_CHECKING:
    from banso_desktop.store.database import Store

ACTIVE_KEY = "active_benchmark_set"


class Benchmarks:
    """Benchmark sets in this file. Importing the same table twice (from the METI
    workbook or the CSV) finds the set already there instead of adding a copy."""

    def __init__(self, store: "Store") -> None:
        self.store = store
        self._cache: dict[str, BenchmarkSet] = {}

    def import_parsed(self, parsed: ParsedBenchmarks, source_name: str, label: str | None = None,
                      activate: bool = True) -> tuple[str, bool]:
        """Store a parsed table; returns (set id, whether it was new)."""
        store = self.store
        with store.write() as conn:
            found = conn.execute(
                "SELECT id FROM benchmark_set WHERE content_hash = ? AND deleted_at IS NULL",
                (parsed.content_hash,),
            ).fetchone()
            if found:
                set_id, created = found[0], False
            else:
                set_id = store.insert_row("benchmark_set", {
                    "label": label or source_name,
                    "source_name": source_name,
                    "source_format": parsed.source_format,
                    "content_hash": parsed.content_hash,
                    "row_count": parsed.row_count,
                    "rows_json": canonical_json(parsed.rows),
                })
                created = True
            if activate:
                self.set_active(set_id)
        return set_id, created

    def import_file(self, path: str | Path, label: str | None = None) -> tuple[str, bool]:
        """Read a METI workbook or benchmark CSV, store it and make it the active set."""
        parsed = read_benchmark_file(path)
        return self.import_parsed(parsed, Path(path).name, label)

    def list(self) -> list[dict[str, Any]]:
        """Live sets, newest first, with whether each is the active one."""
        active = self.active_id()
        cur = self.store.conn.execute(
            "SELECT id, label, source_name, source_format, row_count, created_at FROM benchmark_set"
            " WHERE deleted_at IS NULL ORDER BY created_at DESC, rowid DESC"
        )
        return [{**row, "active": row["id"] == active} for row in dict_rows(cur)]

    def active_id(self) -> str | None:
        set_id = self.store.meta(ACTIVE_KEY)
        if set_id is None:
            return None
        live = self.store.conn.execute(
            "SELECT 1 FROM benchmark_set WHERE id = ? AND deleted_at IS NULL", (set_id,)
        ).fetchone()
        return set_id if live else None

    def set_active(self, set_id: str | None) -> None:
        self.store.set_meta(ACTIVE_KEY, set_id)

    def get(self, set_id: str) -> BenchmarkSet | None:
        """A set with its rows (parsed once per id: sets never change after import)."""
        if set_id not in self._cache:
            row = self.store.conn.execute(
                "SELECT label, rows_json FROM benchmark_set WHERE id = ?", (set_id,)
            ).fetchone()
            if row is None:
                return None
            self._cache[set_id] = BenchmarkSet(set_id, row[0], rows_from_json(row[1]))
        return self._cache[set_id]

    def active(self) -> BenchmarkSet | None:
        """The set scores are computed against, or None (基準値未登録)."""
        set_id = self.active_id()
        return self.get(set_id) if set_id else None
