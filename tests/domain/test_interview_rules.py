"""The interview's rules, Qt-free: dialogue hints, tag cycling, send targets, times."""

import pytest

from banso_desktop.domain.interview import (
    SELF_RELIANCE_ITEMS,
    SendTarget,
    cycle,
    dialogue_hints,
    is_question,
    next_stage,
    self_reliance_total,
)
from banso_desktop.domain.japanese import parse_time
from banso_desktop.domain.text import InputError


@pytest.mark.parametrize("body", ["いつからですか？", "なぜでしょうか。", "どうですか", "Why?", "理由は何ですかね。"])
def test_questions_are_recognised(body):
    assert is_question("note", body)
    assert is_question("assessment", body)


@pytest.mark.parametrize("body", ["売上が落ちている", "担当者が辞めた。", "確か", "ほか", "なんとか。", ""])
def test_statements_are_not_questions(body):
    assert not is_question("note", body)


def test_an_owner_quote_is_never_a_question():
    assert not is_question("owner_quote", "どうしたらいいんですか？")


def test_four_questions_without_the_owners_words_bring_the_interrogation_hint():
    q = ("note", "いつからですか？")
    assert dialogue_hints([q] * 3) == []
    (hint,) = [h for h in dialogue_hints([q] * 4) if h.code == "interrogation"]
    assert hint.count == 4
    # The owner's words (or an insight) end the run; facts and blanks do not.
    assert not [h for h in dialogue_hints([q] * 3 + [("owner_quote", "実は…")] + [q] * 3) if h.code == "interrogation"]
    assert [h for h in dialogue_hints([q] * 2 + [("fact", "前年比▲15%"), ("note", "")] + [q] * 2)
            if h.code == "interrogation"]
    assert not [h for h in dialogue_hints([q] * 4 + [("insight", "そうか")]) if h.code == "interrogation"]


def test_the_consultant_dominating_the_log_is_noticed_over_the_recent_window():
    mine = ("assessment", "属人化している")
    owner = ("owner_quote", "そうなんです")
    assert not [h for h in dialogue_hints([mine] * 5) if h.code == "consultant_dominates"]  # too few notes
    (hint,) = [h for h in dialogue_hints([mine] * 4 + [owner] * 2) if h.code == "consultant_dominates"]
    assert (hint.count, hint.of) == (4, 6)
    assert not [h for h in dialogue_hints([mine] * 3 + [owner] * 3) if h.code == "consultant_dominates"]
    # Only the last ten notes count: an old monologue is forgiven.
    assert not [h for h in dialogue_hints([mine] * 20 + [owner] * 5 + [mine] * 5) if h.code == "consultant_dominates"]


def test_tag_cycles_and_stage_steps():
    assert cycle(None, ("surface", "core")) == "surface"
    assert cycle("surface", ("surface", "core")) == "core"
    assert cycle("core", ("surface", "core")) is None
    assert next_stage("P0", -1) == "P0"
    assert next_stage("P5", 1) == "P6"
    assert next_stage("P6", 1) == "P6"


def test_send_targets_parse_and_refuse_nonsense():
    assert SendTarget.parse("rokaben:business.strengths") == SendTarget("rokaben", "business.strengths")
    assert SendTarget.parse("issue").ref == "issue"
    for bad in ("rokaben", "design:", "elsewhere:x", ""):
        with pytest.raises(ValueError):
            SendTarget.parse(bad)


def test_self_reliance_total():
    assert self_reliance_total({k: None for k in SELF_RELIANCE_ITEMS}) is None
    assert self_reliance_total({"core_issue": 2, "next_action": 0, "kpis_move": None}) == 2


@pytest.mark.parametrize("text, expected", [
    ("10:30", "10:30"), ("１０：３０", "10:30"), ("9:05", "09:05"), ("1030", "10:30"),
    ("10時30分", "10:30"), ("10時", "10:00"), ("", None), ("  ", None),
])
def test_times_of_day(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "10:75", "朝", "10:3"])
def test_bad_times_are_explained(text):
    with pytest.raises(InputError):
        parse_time(text)
