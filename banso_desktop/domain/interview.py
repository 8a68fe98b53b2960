"""The 対話と傾聴 interview (DOMAIN.md §6), Qt-free: stages, note kinds, tags, the
自走化 checklist, where a note can be sent, the gentle dialogue hints, and the
question bank's structure."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from banso_desktop.domain.rokaben_sheet import Label

STAGES = ("P0", "P1", "P2", "P3", "P4", "P5", "P6")

# Kinds typed with one key each (Ctrl+1 … Ctrl+5); "note" is a plain note / question.
NOTE_KINDS = ("note", "owner_quote", "fact", "assessment", "insight", "issue_candidate")
KIND_KEYS = {"owner_quote": 1, "fact": 2, "assessment": 3, "insight": 4, "issue_candidate": 5, "note": 0}
WALLS = ("mienai", "mukiawanai", "jikkou_dekinai", "tsuitekonai", "tarinai")
ISSUE_SIDES = ("surface", "core")
PLACE_KINDS = ("visit", "counter", "online", "phone")
ATTENDEE_ROLES = ("owner", "successor", "staff", "bank")
ISSUE_STATUSES = ("candidate", "agreed", "resolved", "dropped")
ACTION_STATUSES = ("todo", "doing", "done", "cancelled")
ACTION_ROLES = ("owner", "staff", "consultant", "external")

# 自走化 checklist (research-banso-method.md §2.8), 0–2 each; the session's sr_<key> columns.
SELF_RELIANCE_ITEMS = (
    "core_issue", "next_action", "tracks_figures", "involves_people",
    "updates_plan", "seeks_resources", "kpis_move",
)
SELF_RELIANCE_MAX = 2 * len(SELF_RELIANCE_ITEMS)

SESSION_FIELDS = frozenset({
    "date", "start_time", "end_time", "place_kind", "attendees", "theme", "stage",
    "summary", "next_visit_date", "status", *(f"sr_{k}" for k in SELF_RELIANCE_ITEMS),
})
NOTE_FIELDS = frozenset({"kind", "body", "stage", "issue_side", "wall", "linked_to"})
ISSUE_FIELDS = frozenset({"title", "issue_side", "wall", "owner_words", "status"})
ACTION_FIELDS = frozenset({"what", "owner_role", "owner_name", "due_date", "status", "issue_id"})


def self_reliance_total(scores: dict[str, int | None]) -> int | None:
    """Sum of the checklist (0–14), or None when nothing was scored."""
    given = [v for v in scores.values() if v is not None]
    return sum(given) if given else None


def next_stage(stage: str, step: int) -> str:
    """The stage ``step`` places on (clamped to P0–P6)."""
    i = STAGES.index(stage) if stage in STAGES else 0
    return STAGES[max(0, min(len(STAGES) - 1, i + step))]


def cycle(value: str | None, options: Sequence[str]) -> str | None:
    """None → first → … → last → None: one key steps through a tag's values."""
    if value not in options:
        return options[0]
    i = options.index(value) + 1
    return options[i] if i < len(options) else None


# --- where a note can be sent -------------------------------------------------------


@dataclass(frozen=True)
class SendTarget:
    kind: str  # "rokaben", "design" or "issue"
    key: str = ""

    @property
    def ref(self) -> str:
        return f"{self.kind}:{self.key}" if self.key else self.kind

    @classmethod
    def parse(cls, text: str) -> "SendTarget":
        kind, _, key = text.partition(":")
        if kind not in ("rokaben", "design", "issue") or (kind != "issue" and not key):
            raise ValueError(f"not a place to send a note: {text!r}")
        return cls(kind, key)


# --- dialogue hints ----------------------------------------------------------------

# A question mark, or the polite endings a spoken question takes (…ですか, …ますか,
# …でしょうか, …ないか, …のか); a bare か after a noun (確か, ほか) is not one.
QUESTION_END = re.compile(r"(?:[?？]|(?:です|ます|でしょう|ません|ない|の|ん|た|だろう)かね?[。．.]?)\s*$")
OWNER_SIDE = frozenset({"owner_quote", "insight"})
RUN_OF_QUESTIONS = 4  # this many questions with no owner's words between → 詰問 hint
WINDOW = 10  # the consultant's share is judged over the last notes …
MIN_NOTES = 6  # … once there are this many
CONSULTANT_SHARE = 0.6


def is_question(kind: str, body: str) -> bool:
    """A consultant's question: a plain note or view that ends like a question."""
    return kind in ("note", "assessment") and bool(QUESTION_END.search(body.strip()))


def is_consultant_side(kind: str, body: str) -> bool:
    """The consultant talking: their view, or their question."""
    return kind == "assessment" or is_question(kind, body)


@dataclass(frozen=True)
class Hint:
    code: str  # "interrogation" or "consultant_dominates"
    count: int  # questions in the run / consultant notes in the window
    of: int = 0  # notes in the window


def dialogue_hints(notes: Iterable[tuple[str, str]]) -> list[Hint]:
    """Gentle reminders from the log so far, given as (kind, body) in order.

    詰問: ``RUN_OF_QUESTIONS`` or more questions since the owner's words were last
    captured. 上から目線: the consultant's own notes are most of the recent log.
    """
    log = [(k, b) for k, b in notes if b.strip()]
    hints = []
    run = 0
    for kind, body in reversed(log):
        if kind in OWNER_SIDE:
            break
        if is_question(kind, body):
            run += 1
    if run >= RUN_OF_QUESTIONS:
        hints.append(Hint("interrogation", run))
    recent = log[-WINDOW:]
    if len(recent) >= MIN_NOTES:
        mine = sum(1 for k, b in recent if is_consultant_side(k, b))
        if mine / len(recent) >= CONSULTANT_SHARE:
            hints.append(Hint("consultant_dominates", mine, len(recent)))
    return hints


# --- the question bank (resources/question_bank.json) --------------------------------


@dataclass(frozen=True)
class Prompt:
    id: str
    label: Label
    wall: str | None
    feeds: str | None


@dataclass(frozen=True)
class StageCards:
    key: str
    label: Label
    aim: Label
    reminders: tuple[Label, ...]
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True)
class QuestionBank:
    notice: Label
    stages: dict[str, StageCards]

    @classmethod
    def load(cls, path: Path) -> "QuestionBank":
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))

        def label(d: dict[str, str]) -> Label:
            return Label(d["ja"], d["en"])

        stages = {}
        for s in data["stages"]:
            stages[s["key"]] = StageCards(
                s["key"], label(s), label(s["aim"]),
                tuple(label(r) for r in s.get("reminders", [])),
                tuple(Prompt(p["id"], label(p), p.get("wall"), p.get("feeds")) for p in s["prompts"]),
            )
        return cls(label(data["notice"]), stages)


# --- the design sheet's structure (resources/design_sheet.json) ----------------------


@dataclass(frozen=True)
class DesignItem:
    key: str
    label: Label
    hint: Label


@dataclass(frozen=True)
class DesignSection:
    key: str
    label: Label
    items: tuple[DesignItem, ...]


@dataclass(frozen=True)
class DesignSheetStructure:
    sections: tuple[DesignSection, ...]

    @classmethod
    def load(cls, path: Path) -> "DesignSheetStructure":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(tuple(
            DesignSection(s["key"], Label(s["ja"], s["en"]), tuple(
                DesignItem(i["key"], Label(i["ja"], i["en"]),
                           Label(i.get("hint", {}).get("ja", ""), i.get("hint", {}).get("en", "")))
                for i in s["items"]
            ))
            for s in data["sections"]
        ))

    def items(self) -> list[DesignItem]:
        return [i for s in self.sections for i in s.items]
