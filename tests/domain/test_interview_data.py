"""Bundled interview data: the 対話と傾聴 question bank and the 経営デザインシート structure (DOMAIN.md §5, §6)."""

import json
import re
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

STAGES = [
    ("P0", "P0 準備", "P0 Preparation"),
    ("P1", "P1 信頼関係（対話と傾聴）", "P1 Rapport (dialogue and listening)"),
    ("P2", "P2 総点検・言語化", "P2 Review and put into words"),
    ("P3", "P3 本質的課題の設定", "P3 Set the essential issue"),
    ("P4", "P4 解決策・行動計画", "P4 Solutions and action plan"),
    ("P5", "P5 実行支援・モニタリング", "P5 Execution support and monitoring"),
    ("P6", "P6 振り返り・自走化", "P6 Reflection and self-reliance"),
]
WALLS = {None, "mienai", "mukiawanai", "jikkou_dekinai", "tsuitekonai", "tarinai"}
DESIGN_KEYS = [
    "purpose",
    "environment",
    "past.value",
    "past.business_model",
    "past.resources",
    "future.value",
    "future.business_model",
    "future.resources",
]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
PROMPT_ID = re.compile(r"^[a-z0-9-]+$")


def load(name):
    return json.loads((RESOURCES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bank():
    return load("question_bank.json")


@pytest.fixture(scope="module")
def design():
    return load("design_sheet.json")


@pytest.fixture(scope="module")
def rokaben_keys():
    sheet = load("rokaben_sheet.json")
    keys = {item["key"] for perspective in sheet["perspectives"] for item in perspective["items"]}
    keys |= {row["key"] for row in sheet["summary"]}
    return keys


def prompts(bank):
    return [prompt for stage in bank["stages"] for prompt in stage["prompts"]]


def bilingual_texts(node, where="$"):
    """Every ("ja"/"en", text, location) pair anywhere in a loaded JSON tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("ja", "en"):
                yield key, value, f"{where}.{key}"
            else:
                yield from bilingual_texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from bilingual_texts(value, f"{where}[{index}]")


# --- question bank -------------------------------------------------------------------------------


def test_stages_are_p0_to_p6_in_order(bank):
    assert [(s["key"], s["ja"], s["en"]) for s in bank["stages"]] == STAGES


def test_every_stage_has_aim_reminders_and_at_least_four_prompts(bank):
    for stage in bank["stages"]:
        assert stage["aim"]["ja"] and stage["aim"]["en"], stage["key"]
        assert 1 <= len(stage["reminders"]) <= 3, stage["key"]
        assert len(stage["prompts"]) >= 4, stage["key"]
        for prompt in stage["prompts"]:
            assert set(prompt) == {"id", "ja", "en", "wall", "feeds"}, prompt


def test_cards_are_labelled_as_a_consultants_memo(bank):
    assert bank["notice"] == {"ja": "支援者メモ（公式の文言ではありません）", "en": "Consultant's memo (not official wording)"}
    assert "not official" in bank["source"]
    assert "\n" not in bank["source"]


def test_prompt_ids_are_unique_lowercase_ascii(bank):
    ids = [prompt["id"] for prompt in prompts(bank)]
    assert len(ids) == len(set(ids))
    assert all(PROMPT_ID.match(i) for i in ids), ids


def test_walls_are_the_five_walls_or_none(bank):
    assert {prompt["wall"] for prompt in prompts(bank)} <= WALLS


def test_feeds_point_at_real_fields(bank, design, rokaben_keys):
    design_keys = {item["key"] for section in design["sections"] for item in section["items"]}
    for prompt in prompts(bank):
        feeds = prompt["feeds"]
        if feeds is None or feeds == "issue":
            continue
        kind, _, key = feeds.partition(":")
        assert kind in ("rokaben", "design"), prompt["id"]
        assert key in (rokaben_keys if kind == "rokaben" else design_keys), prompt["id"]


# --- design sheet --------------------------------------------------------------------------------


def test_design_sheet_has_exactly_the_eight_items(design):
    keys = [item["key"] for section in design["sections"] for item in section["items"]]
    assert keys == DESIGN_KEYS
    assert [section["key"] for section in design["sections"]] == ["purpose", "environment", "past", "future"]


def test_design_sheet_items_have_hints(design):
    for section in design["sections"]:
        for item in section["items"]:
            assert item["hint"]["ja"] and item["hint"]["en"], item["key"]


def test_design_sheet_transition_and_fill_orders(design):
    assert set(design["transition"]["columns"]) == {"what", "by_when", "who"}
    assert set(design["fill_orders"]) == {"forecast", "backcast"}
    for order in design["fill_orders"].values():
        assert order["hint"]["ja"] and order["hint"]["en"]


# --- text in both files --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["question_bank.json", "design_sheet.json"])
def test_texts_are_non_empty_and_in_the_right_language(name):
    texts = list(bilingual_texts(load(name)))
    assert texts
    for lang, text, where in texts:
        assert isinstance(text, str) and text.strip(), where
        if lang == "ja":
            assert JAPANESE.search(text), where
            assert not (text.strip().startswith("「") and text.strip().endswith("」")), where
        else:
            assert not JAPANESE.search(text), where


@pytest.mark.parametrize("name", ["question_bank.json", "design_sheet.json"])
def test_every_bilingual_node_has_both_languages(name):
    def walk(node):
        if isinstance(node, dict):
            if "ja" in node or "en" in node:
                assert node.get("ja") and node.get("en"), node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load(name))
