"""A realistic Japanese demo database: companies of varied industries and sizes with
2–4 fiscal periods of plausible statements and closed interview sessions with their
notes, 対話要旨, 自走化 checklist, 課題 (from the 課題候補 notes) and 施策.

Deterministic for a given seed, and fast (one transaction, bulk inserts) so that
10,000 companies take seconds. Used by ``banso demo``, the tests and the benchmarks.
"""

from __future__ import annotations

import json
import random
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterator

from banso_desktop.domain.company import company_search_text
from banso_desktop.domain.corporate_number import check_digit
from banso_desktop.domain.interview import SELF_RELIANCE_ITEMS
from banso_desktop.domain.japanese import month_end
from banso_desktop.domain.text import QT_TRANSLATE_NOOP
from banso_desktop.store.database import Store
from banso_desktop.store.errors import StoreError
from banso_desktop.store.migrations import FIELD_INDEX, field_text, fts_deferred

# (kanji, kana, romaji) – name cores used as 屋号
_CORES = [
    ("山田", "ヤマダ", "yamada"), ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"),
    ("高橋", "タカハシ", "takahashi"), ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"),
    ("渡辺", "ワタナベ", "watanabe"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山本", "ヤマモト", "yamamoto"),
    ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"),
    ("清水", "シミズ", "shimizu"), ("山崎", "ヤマザキ", "yamazaki"), ("池田", "イケダ", "ikeda"),
    ("橋本", "ハシモト", "hashimoto"), ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"),
    ("岡田", "オカダ", "okada"), ("長谷川", "ハセガワ", "hasegawa"), ("藤田", "フジタ", "fujita"),
    ("近藤", "コンドウ", "kondo"), ("村上", "ムラカミ", "murakami"), ("坂本", "サカモト", "sakamoto"),
    ("大和", "ヤマト", "yamato"), ("北斗", "ホクト", "hokuto"), ("朝日", "アサヒ", "asahi"),
    ("富士", "フジ", "fuji"), ("三河", "ミカワ", "mikawa"), ("浪速", "ナニワ", "naniwa"),
    ("瀬戸", "セト", "seto"), ("若葉", "ワカバ", "wakaba"), ("東洋", "トウヨウ", "toyo"),
    ("協和", "キョウワ", "kyowa"), ("大同", "ダイドウ", "daido"), ("共栄", "キョウエイ", "kyoei"),
    ("三光", "サンコウ", "sanko"), ("双葉", "フタバ", "futaba"), ("丸栄", "マルエイ", "maruei"),
    ("千代田", "チヨダ", "chiyoda"), ("武蔵", "ムサシ", "musashi"), ("相模", "サガミ", "sagami"),
    ("信州", "シンシュウ", "shinshu"), ("越後", "エチゴ", "echigo"), ("讃岐", "サヌキ", "sanuki"),
    ("紀州", "キシュウ", "kishu"), ("北陸", "ホクリク", "hokuriku"), ("秩父", "チチブ", "chichibu"),
    ("さくら", "サクラ", "sakura"), ("ひまわり", "ヒマワリ", "himawari"), ("あおば", "アオバ", "aoba"),
    ("ことぶき", "コトブキ", "kotobuki"), ("みどり", "ミドリ", "midori"), ("グリーン", "グリーン", "green"),
    ("サンライズ", "サンライズ", "sunrise"), ("ユニオン", "ユニオン", "union"), ("テクノ", "テクノ", "techno"),
]

# 小分類 → (suffix kanji, suffix kana) choices; sales per employee in 千円; gross margin.
_INDUSTRY_PROFILE: dict[str, tuple[list[tuple[str, str]], float, float]] = {
    "0101": ([("農園", "ノウエン"), ("ファーム", "ファーム"), ("牧場", "ボクジョウ")], 14_000, 0.25),
    "0201": ([("建設", "ケンセツ"), ("工務店", "コウムテン"), ("組", "グミ"), ("設備工業", "セツビコウギョウ"), ("塗装", "トソウ")], 26_000, 0.20),
    "0301": ([("食品", "ショクヒン"), ("製菓", "セイカ"), ("酒造", "シュゾウ"), ("製麺", "セイメン")], 20_000, 0.25),
    "0302": ([("化学工業", "カガクコウギョウ"), ("化成", "カセイ"), ("塗料", "トリョウ")], 35_000, 0.22),
    "0303": ([("鋳造", "チュウゾウ"), ("製鋼所", "セイコウジョ"), ("金属工業", "キンゾクコウギョウ")], 30_000, 0.15),
    "0304": ([("製作所", "セイサクショ"), ("金型", "カナガタ"), ("板金", "バンキン")], 22_000, 0.20),
    "0305": ([("電機", "デンキ"), ("精機", "セイキ"), ("電子工業", "デンシコウギョウ")], 25_000, 0.22),
    "0306": ([("印刷", "インサツ"), ("木工", "モッコウ"), ("紙器", "シキ"), ("家具製作所", "カグセイサクショ")], 18_000, 0.25),
    "0401": ([("薬品商事", "ヤクヒンショウジ"), ("化学商会", "カガクショウカイ")], 70_000, 0.12),
    "0402": ([("繊維商事", "センイショウジ"), ("織物", "オリモノ")], 55_000, 0.14),
    "0403": ([("青果", "セイカ"), ("水産", "スイサン"), ("食品商事", "ショクヒンショウジ")], 60_000, 0.11),
    "0404": ([("商事", "ショウジ"), ("商会", "ショウカイ"), ("物産", "ブッサン")], 55_000, 0.14),
    "0501": ([("商店", "ショウテン"), ("酒店", "サケテン"), ("電器店", "デンキテン"), ("書店", "ショテン"), ("呉服店", "ゴフクテン")], 20_000, 0.28),
    "0601": ([("食堂", "ショクドウ"), ("亭", "テイ"), ("珈琲店", "コーヒーテン"), ("フーズ", "フーズ")], 6_500, 0.62),
    "0701": ([("不動産", "フドウサン"), ("地所", "ジショ"), ("ハウジング", "ハウジング")], 40_000, 0.35),
    "0801": ([("運輸", "ウンユ"), ("運送", "ウンソウ"), ("物流", "ブツリュウ"), ("交通", "コウツウ")], 15_000, 0.20),
    "0901": ([("石油", "セキユ"), ("燃料", "ネンリョウ"), ("ガス", "ガス")], 60_000, 0.15),
    "1001": ([("リース", "リース"), ("レンタル", "レンタル")], 30_000, 0.35),
    "1002": ([("スポーツ", "スポーツ"), ("ゴルフ", "ゴルフ"), ("ボウル", "ボウル")], 9_000, 0.55),
    "1003": ([("広告社", "コウコクシャ"), ("企画", "キカク"), ("情報システム", "ジョウホウシステム")], 15_000, 0.45),
    "1004": ([("ビルサービス", "ビルサービス"), ("警備保障", "ケイビホショウ")], 8_000, 0.30),
    "1005": ([("設計事務所", "セッケイジムショ"), ("デザイン", "デザイン"), ("コンサルティング", "コンサルティング")], 12_000, 0.55),
    "1006": ([("美容室", "ビヨウシツ"), ("クリーニング", "クリーニング"), ("自動車整備", "ジドウシャセイビ")], 8_000, 0.50),
    "1101": ([("医院", "イイン"), ("歯科", "シカ"), ("整骨院", "セイコツイン")], 11_000, 0.70),
    "1201": ([("環境サービス", "カンキョウサービス"), ("清掃", "セイソウ"), ("リサイクル", "リサイクル")], 14_000, 0.35),
    "1301": ([("旅館", "リョカン"), ("ホテル", "ホテル"), ("観光", "カンコウ")], 9_000, 0.60),
    "1400": ([("産業", "サンギョウ"), ("興業", "コウギョウ")], 20_000, 0.30),
}
# How common each industry is among supported companies (商工会 members skew to 建設・小売・飲食・サービス).
_INDUSTRY_WEIGHTS = {
    "0101": 3, "0201": 16, "0301": 5, "0302": 1, "0303": 1, "0304": 4, "0305": 3, "0306": 4,
    "0401": 1, "0402": 1, "0403": 2, "0404": 4, "0501": 14, "0601": 10, "0701": 5, "0801": 4,
    "0901": 1, "1001": 1, "1002": 1, "1003": 2, "1004": 3, "1005": 4, "1006": 7, "1101": 3,
    "1201": 2, "1301": 3, "1400": 2,
}

_FAMILY = [
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
    ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
    ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
    ("森", "モリ"), ("阿部", "アベ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"),
]
_GIVEN = [
    ("健一", "ケンイチ"), ("誠", "マコト"), ("浩二", "コウジ"), ("隆", "タカシ"), ("和夫", "カズオ"),
    ("修", "オサム"), ("大輔", "ダイスケ"), ("直樹", "ナオキ"), ("美香", "ミカ"), ("恵子", "ケイコ"),
    ("由美", "ユミ"), ("裕子", "ユウコ"), ("翔太", "ショウタ"), ("拓也", "タクヤ"), ("陽子", "ヨウコ"),
    ("勝", "マサル"), ("博", "ヒロシ"), ("智子", "トモコ"), ("正人", "マサト"), ("彩", "アヤ"),
]
_PLACES = [
    ("埼玉県", "秩父市"), ("埼玉県", "川越市"), ("京都府", "京都市中京区"), ("京都府", "福知山市"),
    ("東京都", "大田区"), ("東京都", "八王子市"), ("大阪府", "東大阪市"), ("大阪府", "堺市堺区"),
    ("愛知県", "名古屋市中区"), ("愛知県", "豊橋市"), ("北海道", "札幌市中央区"), ("北海道", "帯広市"),
    ("福岡県", "福岡市博多区"), ("福岡県", "久留米市"), ("宮城県", "仙台市青葉区"), ("広島県", "福山市"),
    ("静岡県", "浜松市中央区"), ("長野県", "松本市"), ("新潟県", "長岡市"), ("鳥取県", "鳥取市"),
    ("福島県", "郡山市"), ("熊本県", "熊本市中央区"), ("石川県", "金沢市"), ("岡山県", "倉敷市"),
    ("香川県", "高松市"), ("群馬県", "高崎市"), ("栃木県", "宇都宮市"), ("三重県", "四日市市"),
]
_TOWNS = ["本町", "栄町", "中町", "大手町", "旭町", "緑町", "幸町", "錦町", "末広町", "寿町", "駅前", "東町", "西町", "宮下町", "新町"]

_THEMES = [
    "資金繰りと返済計画の相談", "事業承継の進め方", "販路開拓（新規顧客の獲得）", "原材料高騰と価格転嫁",
    "人手不足と採用", "ITツール導入・業務のデジタル化", "経営計画の見直し", "補助金の活用相談",
    "売上減少の原因整理", "新商品・新サービスの検討",
]
_OWNER_QUOTES = [
    "正直、毎月の数字はあまり見ていないんです。決算のときに税理士さんから聞くくらいで。",
    "息子に継がせたいとは思っているが、本人がどう考えているのか聞けていない。",
    "材料費がこの一年で二割上がった。お客さんに値上げは言い出しにくい。",
    "求人を出しても若い人が来ない。今いる職人も高齢で、あと何年できるか。",
    "うちの強みは、急ぎの注文にも断らずに対応してきたところだと思う。",
    "銀行からは借り換えを勧められているけど、何が得なのかよく分からない。",
    "ネットで売ってみたい気持ちはあるが、誰に相談すればいいのか。",
    "常連さんは来てくれるけど、新しいお客さんが増えていない。",
    "忙しいのに儲かっていない気がする。どこで損をしているのか知りたい。",
    "社員には任せたいが、結局自分でやった方が早いと思ってしまう。",
    "コロナの借入の返済が始まって、正直かなり苦しい。",
    "地元の人に長く使ってもらえる店でありたい。それだけは変えたくない。",
]
_FACTS = [
    "売上の約6割を上位3社が占めている。",
    "主要仕入先から{month}月に値上げの通知があった。",
    "従業員{employees}名、うち60歳以上が{older}名。",
    "借入金の元金返済が来期から本格化する。",
    "見積は経営者が一人で作成しており、原価計算の仕組みはない。",
    "直近3期の売上は{trend}。",
    "受注の半分以上が電話とFAXで、受発注の記録は紙で管理している。",
    "後継者候補（長男、{age}歳）は別会社に勤務中。",
]
_ASSESSMENTS = [
    "価格転嫁の遅れが利益率低下の主因と見立てる。",
    "経営者自身が数字を把握できておらず、「見えない」壁がある。",
    "業務が経営者に集中しており、従業員が付いてこられていない可能性。",
    "強みは短納期対応だが、価格に反映されていない。",
    "資金繰り表がなく、返済計画の見通しが立っていない。",
]
_INSIGHTS = [
    "「結局、値決めを自分で考えてこなかったんだな」と経営者自ら発言。",
    "「数字を見ないのは、見るのが怖かったからかもしれない」",
    "「職人の技を若い人に残す仕組みがないのが一番の問題だ」",
    "「断らないことが強みだと思っていたが、それで疲れていたのかもしれない」",
]
_ISSUE_CANDIDATES = [
    ("（表）人手不足 →（裏）業務の属人化と標準化の遅れ", "core", "tsuitekonai"),
    ("値上げ交渉ができていない", "surface", "mukiawanai"),
    ("月次の数字を把握する仕組みがない", "core", "mienai"),
    ("事業承継について家族で話し合えていない", "core", "mukiawanai"),
    ("新規顧客開拓のノウハウがない", "surface", "tarinai"),
    ("計画を立てても実行まで手が回らない", "core", "jikkou_dekinai"),
]
_NOTE_KINDS: list[tuple[str, list, str]] = [
    ("owner_quote", _OWNER_QUOTES, "P1"),
    ("fact", _FACTS, "P2"),
    ("assessment", _ASSESSMENTS, "P2"),
    ("insight", _INSIGHTS, "P3"),
]
_CONSULTANTS = ["伴走 太郎", "中島 恵美", "大野 健司", "村田 沙織"]

# 非財務（4つの視点・まとめ）: a few items filled for every fifth company.
_SHEET_TEXTS = {
    "owner.vision": ["地域のお客様に長く必要とされる会社であり続ける。", "「誠実な仕事」で信頼を積み重ねる。",
                     "職人の技術を次の世代につなぐ。"],
    "owner.successor": ["長男が候補だが、本人の意思は未確認。", "後継者は未定。親族外承継も視野に入れている。",
                        "専務（長女）が後継予定。"],
    "business.strengths": ["短納期への対応力と、長年の取引で築いた信頼。", "熟練職人による安定した品質。",
                           "地域密着で顔の見える関係を築いている。", "少人数ならではの小回りの良さ。"],
    "business.weaknesses": ["営業を経営者一人に頼っている。", "価格決定力が弱く、値上げが遅れがち。",
                            "受発注が紙と電話中心でIT化が遅れている。", "若手の採用・育成ができていない。"],
    "summary.current_state": ["売上は横ばいだが、原材料高で利益が圧迫されている。",
                              "受注は安定しているが、人手不足で機会損失が出ている。"],
    "summary.future_goal": ["3年後に営業利益率5%を回復し、後継者へ引き継げる体制をつくる。",
                            "新規顧客比率を2割に高め、特定取引先への依存を下げる。"],
    "summary.issues": ["価格転嫁と原価管理の仕組みづくり。", "業務の標準化と若手への技能承継。"],
    "summary.measures": ["主要取引先と価格交渉を行い、見積に原価計算を組み込む。",
                         "作業手順を文書化し、月1回の社内勉強会を始める。"],
}
_FLOW = [
    ("企画・開発", "顧客の要望を聞き取り、仕様を提案", "現場経験に基づく提案力"),
    ("仕入・調達", "地元の取引先から材料を仕入れ", "長年の関係で急な調達にも対応"),
    ("製造・加工", "熟練者を中心に少量多品種を生産", "短納期・高品質"),
    ("販売・営業", "経営者が既存顧客を訪問", "顔の見える対応"),
    ("アフターサービス", "納品後の不具合に即日対応", "迅速な対応で信頼を獲得"),
]
_PARTIES = [
    ("supplier", "{core}資材株式会社", "主要材料", "品質が安定し、急ぎの注文にも応じてくれる"),
    ("customer", "株式会社{core}エンジニアリング", "売上の約4割", "短納期と品質を評価されている"),
    ("end_user", "地域の一般消費者", "完成品の利用者", "地元で長く続く安心感"),
]


# The interview record of each session: its 対話要旨, 課題 and 施策.
_SUMMARY_OPENERS = [
    "{theme}をテーマに、これまでの経緯と現状を伺った。",
    "{theme}について、経営者の考えを中心に対話した。",
    "前回からの変化を確認したうえで、{theme}について話し合った。",
    "{theme}の相談。結論を急がず、まず状況を整理する場とした。",
    "{theme}について、経営者と後継者の話を聞きながら整理した。",
]
_SUMMARY_CLOSERS = [
    "次回は月次の数字を一緒に確認する。",
    "次回までに経営者が従業員と話し合うことになった。",
    "経営者自身が次の一手を決めた。",
    "引き続き対話を重ね、課題を深掘りする。",
    "決めた施策の進み具合を次回確認する。",
    "結論は出さず、経営者が考えを整理する時間をとる。",
]
_ISSUE_STATUSES = (["agreed", "candidate", "resolved", "dropped"], [70, 15, 10, 5])
# 施策 by the 壁 they address.
_ACTIONS = {
    "mienai": ["月次試算表を毎月15日までに受け取り、売上と粗利を確認する", "主要商品の原価計算表をつくる",
               "6か月分の資金繰り表を作成する"],
    "mukiawanai": ["主要取引先3社に値上げを打診する", "後継者候補と事業承継について話す場を設ける",
                   "これまでの10年を年表にまとめ、転機を振り返る"],
    "jikkou_dekinai": ["週1回30分、計画の進み具合を振り返る時間をとる", "実行計画を1枚にまとめて事務所に貼る",
                       "やることを3つに絞り、期限を決める"],
    "tsuitekonai": ["作業手順書を1工程分つくる", "月1回の社内ミーティングを始める", "若手に見積作成の一部を任せる"],
    "tarinai": ["よろず支援拠点にEC販売の相談をする", "補助金の公募要領を確認し、申請の可否を検討する",
                "ハローワークで求人票の見直しを相談する"],
}
_ACTION_ROLES = (["owner", "staff", "consultant", "external"], [55, 20, 15, 10])
_STAFF = ["経理担当", "工場長", "店長", "専務", "営業担当"]
_EXTERNAL = ["顧問税理士", "よろず支援拠点", "取引金融機関 担当者", "社会保険労務士"]
# How hard each 自走化 item is to reach (subtracted from the company's level).
_SR_DIFFICULTY = dict(zip(SELF_RELIANCE_ITEMS, (0.0, 0.15, 0.3, 0.45, 0.6, 0.7, 0.9)))


@dataclass
class DemoResult:
    companies: int
    periods: int
    sessions: int
    notes: int
    issues: int = 0
    actions: int = 0


class _Ids:
    """Fast, seed-determined UUIDs (uuid4 format) so demo files are reproducible."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # The bits uuid.UUID(int=..., version=4) sets and clears, without building a UUID
    # object for each of the quarter million rows of a large demo.
    _KEEP = ~(0xC000 << 48) & ~(0xF000 << 64)
    _SET = (0x8000 << 48) | (4 << 76)

    def __call__(self) -> str:
        h = "%032x" % ((self.rng.getrandbits(128) & self._KEEP) | self._SET)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _corporate_number(rng: random.Random) -> str:
    base = f"{rng.randrange(10**11, 10**12):012d}"
    return f"{check_digit(base)}{base}"


@contextmanager
def _field_index_deferred(conn: sqlite3.Connection, tables: list[str]) -> Iterator[None]:
    """Inside an open transaction: bulk-insert into ``tables`` without the per-row
    ``field_fts`` triggers, then reference and index the new rows in one statement each."""
    saved = []
    for table in tables:
        name = f"{table}_field_ai"
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        conn.execute(f"DROP TRIGGER {name}")
        saved.append(sql)
    (before,) = conn.execute("SELECT coalesce(max(seq), 0) FROM search_ref").fetchone()
    yield
    for table in tables:
        conn.execute(
            f"INSERT OR IGNORE INTO search_ref (tbl, row_id) SELECT '{table}', id FROM {table} ORDER BY rowid"
        )
        conn.execute(
            f"INSERT INTO field_fts (rowid, body) SELECT r.seq, {field_text(FIELD_INDEX[table], 't')}"
            f" FROM search_ref r JOIN {table} t ON t.id = r.row_id WHERE r.tbl = '{table}' AND r.seq > ?"
            " ORDER BY r.seq",  # FTS5 takes ascending rowids much faster
            (before,),
        )
    for sql in saved:
        conn.execute(sql)


@contextmanager
def _indexes_deferred(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Inside an open transaction: bulk-insert into ``table`` without maintaining its
    secondary indexes row by row, then build them once (sorting beats random inserts)."""
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    yield
    for _, sql in indexes:
        conn.execute(sql)


def _first_sentence(text: str) -> str:
    return text.split("。")[0].strip("「」 ")


def _interview(
    rng: random.Random,
    new_id: Callable[[], str],
    today: date,
    owner: str,
    consultant: str,
    sessions: list[dict],
    session_rows: list[tuple],
    note_rows: list[tuple],
    issue_rows: list[tuple],
    action_rows: list[tuple],
    now: str,
    me: str,
) -> None:
    """Rows for one company's sessions (oldest first): the sessions with their summary,
    next visit and 自走化 checklist rising over the visits, their notes (課題候補 linked
    to the 課題 made of them), 課題 and 施策."""
    base, gain = rng.uniform(0.1, 1.0), rng.uniform(0.2, 1.2)
    last = len(sessions) - 1
    issue_by_title: dict[str, str] = {}
    actions_made = 0
    for index, s in enumerate(sessions):
        day: date = s["day"]
        notes = s["notes"]
        quotes = [n[6] for n in notes if n[5] == "owner_quote"]
        session_issues = []
        for i, n in enumerate(notes):
            if n[5] != "issue_candidate":
                continue
            title = n[6]
            if title not in issue_by_title:
                issue_id = new_id()
                issue_by_title[title] = issue_id
                status = rng.choices(*_ISSUE_STATUSES)[0]
                words = rng.choice(quotes) if quotes else rng.choice(_OWNER_QUOTES)
                issue_rows.append((
                    issue_id, n[2], s["id"], n[0], float(len(issue_by_title)), title, n[7], n[8], words,
                    status, s["started_at"], now, now, me,
                ))
                session_issues.append((issue_id, n[8], title, n[7]))
            notes[i] = n[:9] + (f"issue:{issue_by_title[title]}",) + n[10:]
        note_rows.extend(notes)

        # 自走化: scored in ~70% of sessions, the level rising with the visits.
        level = base + gain * (index / last if last else 0.0) * 1.2
        if rng.random() < 0.7:
            noise = rng.random
            scores = tuple(
                max(0, min(2, round(level - hard + noise() - 0.5))) for hard in _SR_DIFFICULTY.values()
            )
        else:
            scores = (None,) * len(_SR_DIFFICULTY)

        # 施策 for about half the sessions, for the 課題 raised then when there is one.
        if rng.random() < 0.5:
            issue_id, wall = (session_issues[0][0], session_issues[0][1]) if session_issues else (None, None)
            for what in rng.sample(_ACTIONS[wall or rng.choice(list(_ACTIONS))], rng.choice([1, 1, 2])):
                role = rng.choices(*_ACTION_ROLES)[0]
                name = {"owner": owner, "staff": rng.choice(_STAFF), "consultant": consultant,
                        "external": rng.choice(_EXTERNAL)}[role]
                due = day + timedelta(days=rng.randint(14, 60))
                if due < today:
                    status = rng.choices(["done", "doing", "cancelled", "todo"], [60, 20, 10, 10])[0]
                else:
                    status = rng.choices(["todo", "doing"], [60, 40])[0]
                actions_made += 1
                action_rows.append((
                    new_id(), s["company_id"], issue_id, s["id"], float(actions_made),
                    what, role, name, due.isoformat(), status, s["started_at"],
                    now, now, me,
                ))

        summary = [rng.choice(_SUMMARY_OPENERS).format(theme=s["theme"])]
        if quotes:
            summary.append(f"「{_first_sentence(rng.choice(quotes))}」との言葉があった。")
        if session_issues:
            _, _, title, side = session_issues[0]
            summary.append(
                f"本質的な課題として「{title}」を経営者と確認した。" if side == "core"
                else f"課題として「{title}」が挙がった。"
            )
        summary.append(rng.choice(_SUMMARY_CLOSERS))
        next_visit = (day + timedelta(days=rng.randint(26, 35))).isoformat() if index == last else None
        session_rows.append((
            *s["row"], "closed", s["started_at"], "".join(summary), next_visit, *scores, now, now, me,
        ))


def _insert(conn, table: str, columns: str, rows: list[tuple]) -> None:
    names = [c.strip() for c in columns.split(",")]
    conn.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", rows
    )


def create_demo(
    store: Store,
    companies: int = 200,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Fill an empty database with ``companies`` demo companies and their history.

    Refuses (StoreError) a database that already holds companies, so a real file is
    never mixed with invented data.
    """
    if store.companies.count() or store.companies.trashed():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "store", "{path} already holds companies; demo data goes into a new, empty file."
            ),
            path=store.path,
        )
    rng = random.Random(seed)
    new_id = _Ids(rng)
    today = today or date.today()
    now = store.now()
    me = store.local_consultant_id
    org = store.people.local_organization_id()

    # The interview records (summaries, checklist, 課題, 施策) come from a second
    # generator, so the rest of the demo data stays the same for a given seed.
    rng2 = random.Random(f"{seed}-interview")
    new_id2 = _Ids(rng2)

    consultant_ids = [me] + [new_id() for _ in _CONSULTANTS[1:]]
    consultant_names = dict(zip(consultant_ids, _CONSULTANTS))
    industry_codes = list(_INDUSTRY_WEIGHTS)
    industry_weights = list(_INDUSTRY_WEIGHTS.values())

    company_rows, period_rows, session_rows, note_rows = [], [], [], []
    issue_rows: list[tuple] = []
    action_rows: list[tuple] = []
    text_rows, step_rows, party_rows = [], [], []
    for n in range(companies):
        code = rng.choices(industry_codes, industry_weights)[0]
        suffixes, sales_per_head, gross_margin = _INDUSTRY_PROFILE[code]
        core, core_kana, romaji = rng.choice(_CORES)
        suffix, suffix_kana = rng.choice(suffixes)
        # Size: mostly small firms, some medium ones.
        employees = max(1, int(rng.lognormvariate(1.6, 1.0)))
        employees = min(employees, 300)
        if code == "1101":
            legal, legal_at_front = "医療法人社団", True
        elif employees <= 2 and rng.random() < 0.5:
            legal, legal_at_front = "", True  # 個人事業主
        else:
            legal, legal_at_front = rng.choices(
                [("株式会社", True), ("株式会社", False), ("有限会社", True), ("合同会社", True)],
                [50, 20, 22, 8],
            )[0]
        name = f"{legal}{core}{suffix}" if legal_at_front else f"{core}{suffix}{legal}"
        family, family_kana = rng.choice(_FAMILY)
        given, _ = rng.choice(_GIVEN)
        title = {"株式会社": "代表取締役", "有限会社": "取締役", "合同会社": "代表社員", "医療法人社団": "理事長", "": "代表"}[legal]
        pref, city = rng.choice(_PLACES)
        address = f"{pref}{city}{rng.choice(_TOWNS)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        fiscal_month = 12 if not legal else rng.choice([3, 3, 3, 6, 9, 12, 12, 5, 8])
        capital = None if not legal else rng.choice([3_000_000, 5_000_000, 10_000_000, 10_000_000, 20_000_000, 30_000_000, 50_000_000])
        founded = rng.randint(1950, today.year - 2) if rng.random() < 0.9 else rng.randint(1880, 1949)
        cid = new_id()
        assigned = consultant_ids[n % len(consultant_ids)] if rng.random() < 0.95 else None
        searched = {
            "name": name, "name_kana": f"{core_kana}{suffix_kana}",
            "corporate_number": _corporate_number(rng) if legal else None,
            "address": address, "representative_name": f"{family} {given}",
        }
        company_rows.append((
            cid, org, searched["name"], searched["name_kana"], searched["corporate_number"],
            f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}", address, title,
            searched["representative_name"], code, None, employees, capital, fiscal_month, founded,
            f"0{rng.randint(3, 99)}-{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
            f"info@{romaji}-{n}.example.jp" if rng.random() < 0.6 else "",
            assigned, "", company_search_text(searched), now, now, me,
        ))

        # Statements: 2–4 consecutive periods, the latest ending at least two months ago.
        latest_year = today.year if month_end(today.year, fiscal_month) <= today - timedelta(days=60) else today.year - 1
        n_periods = rng.choice([2, 3, 3, 4])
        sales_k = employees * sales_per_head * rng.lognormvariate(0, 0.35)
        equity_ratio = rng.gauss(0.25, 0.22)
        debt_share = min(0.9, max(0.0, rng.gauss(0.45, 0.2)))
        heads = employees
        trend = []
        for back in range(n_periods - 1, -1, -1):
            year = latest_year - back
            if back != n_periods - 1:
                sales_k *= 1 + rng.gauss(0.01, 0.09)
                heads = max(1, heads + rng.choice([-1, 0, 0, 0, 1]))
            trend.append(sales_k)
            sales = int(sales_k * 1000) + rng.randint(0, 999)
            op_margin = rng.gauss(0.02, 0.05)
            operating_income = int(sales * op_margin)
            depreciation = int(sales * rng.uniform(0.005, 0.04))
            labor = int(sales * rng.uniform(0.12, 0.38))
            total_assets = int(sales * rng.uniform(0.45, 1.3))
            net_assets = int(total_assets * (equity_ratio + rng.gauss(0, 0.02)))
            borrow = int(total_assets * debt_share)
            short, long_ = int(borrow * rng.uniform(0.1, 0.5)), 0
            long_ = borrow - short
            monthly = sales / 12
            period_rows.append((
                new_id(), cid, month_end(year, fiscal_month).isoformat(), 12,
                sales, int(sales * gross_margin * rng.uniform(0.85, 1.15)), operating_income,
                depreciation, labor, heads, short, long_,
                int(borrow * 0.1) if rng.random() < 0.1 else None,
                int(borrow * 0.05) if rng.random() < 0.3 else None,
                int(borrow * 0.2) if rng.random() < 0.25 else None,
                int(sales * rng.uniform(0.04, 0.25)),
                int(monthly * rng.uniform(0.2, 2.5)), int(monthly * rng.uniform(0, 0.4)) if rng.random() < 0.4 else None,
                None, int(monthly * rng.uniform(0, 2.5)),
                int(monthly * rng.uniform(0.2, 1.5)), int(monthly * rng.uniform(0, 0.3)) if rng.random() < 0.3 else None,
                None, net_assets, total_assets - net_assets, total_assets,
                now, now, me,
            ))

        # Sessions: 1–4 over the last two years, each with 3–8 notes.
        direction = "増加傾向" if trend[-1] > trend[0] * 1.03 else "減少傾向" if trend[-1] < trend[0] * 0.97 else "横ばい"
        company_sessions = []
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            sid = new_id()
            day = today - timedelta(days=rng.randint(3, 720))
            start_h = rng.choice([9, 10, 10, 13, 14, 15, 16])
            place = rng.choices(["visit", "counter", "online", "phone"], [60, 20, 12, 8])[0]
            attendees = [{"role": "owner", "name": f"{family} {given}"}]
            if rng.random() < 0.3:
                attendees.append({"role": "successor", "name": f"{family} {rng.choice(_GIVEN)[0]}"})
            if rng.random() < 0.15:
                attendees.append({"role": "bank", "name": "取引金融機関 担当者"})
            stage = rng.choice(["P1", "P2", "P2", "P3", "P3", "P4", "P5"])
            row = (
                sid, cid, assigned or me, day.isoformat(), f"{start_h:02d}:00",
                f"{start_h + 1:02d}:{rng.choice(['00', '30'])}", place,
                json.dumps(attendees, ensure_ascii=False), rng.choice(_THEMES), stage,
            )
            notes: list[tuple] = []
            company_sessions.append({
                "id": sid, "company_id": cid, "day": day, "theme": row[8], "row": row, "notes": notes,
                # 09:00 JST is 00:00 UTC
                "started_at": f"{day.isoformat()}T{start_h - 9:02d}:00:00.000Z",
            })
            for pos in range(rng.randint(3, 8)):
                if rng.random() < 0.15:
                    body, side, wall = rng.choice(_ISSUE_CANDIDATES)
                    notes.append((new_id(), sid, cid, float(pos), "P3", "issue_candidate", body, side, wall, None,
                                  now, now, me))
                    continue
                kind, bank, note_stage = rng.choices(_NOTE_KINDS, [40, 30, 15, 15])[0]
                body = rng.choice(bank).format(
                    month=rng.randint(1, 12), employees=employees, older=rng.randint(0, max(0, employees // 2)),
                    trend=direction, age=rng.randint(28, 45),
                )
                notes.append((new_id(), sid, cid, float(pos), note_stage, kind, body, None, None, None, now, now, me))
        company_sessions.sort(key=lambda x: (x["day"], x["row"][4]))
        _interview(rng2, new_id2, today, f"{family} {given}", consultant_names[assigned or me], company_sessions,
                   session_rows, note_rows, issue_rows, action_rows, now, me)
        if n % 5 == 0:
            for key, options in _SHEET_TEXTS.items():
                text_rows.append((new_id(), cid, key, rng.choice(options), now, now, me))
            for position, (step, content, difference) in enumerate(_FLOW, start=1):
                step_rows.append((new_id(), cid, float(position), step, content, difference, now, now, me))
            for position, (role, party, what, why) in enumerate(_PARTIES, start=1):
                party_core = rng.choice(_CORES)[0]
                party_rows.append((new_id(), cid, role, float(position), party.format(core=party_core), what, why,
                                   now, now, me))
        if progress and n % 500 == 0:
            progress(n, companies)

    indexed = ["session", "rokaben_text", "issue", "action"]
    with store.write() as conn, fts_deferred(conn, "company"), fts_deferred(conn, "note"), \
            _field_index_deferred(conn, indexed), _indexes_deferred(conn, "note"):
        conn.execute(
            "UPDATE organization SET name = ?, kind = ?, prefecture = ?, updated_at = ? WHERE id = ?",
            ("みどり市商工会（デモ）", "商工会", "埼玉県", now, org),
        )
        conn.execute("UPDATE consultant SET name = ?, updated_at = ? WHERE id = ?", (_CONSULTANTS[0], now, me))
        stamps = "created_at, updated_at, updated_by"
        _insert(conn, "consultant", f"id, organization_id, name, {stamps}",
                [(cid, org, name, now, now, me) for cid, name in zip(consultant_ids[1:], _CONSULTANTS[1:])])
        _insert(conn, "company", "id, organization_id, name, name_kana, corporate_number, postal_code, address,"
                " representative_title, representative_name, industry_code, scale_override, employees, capital_yen,"
                " fiscal_month, founded_year, phone, email, assigned_consultant_id, memo, search_text, " + stamps,
                company_rows)
        _insert(conn, "fiscal_period", "id, company_id, period_end, months, sales_yen, gross_profit_yen,"
                " operating_income_yen, depreciation_yen, labor_cost_yen, employees, short_term_loans_yen,"
                " long_term_loans_yen, bonds_yen, lease_obligations_yen, officer_loans_yen, cash_and_deposits_yen,"
                " accounts_receivable_yen, notes_receivable_yen, electronic_receivables_yen, inventories_yen,"
                " accounts_payable_yen, notes_payable_yen, electronic_payables_yen, net_assets_yen,"
                " total_liabilities_yen, total_assets_yen, " + stamps, period_rows)
        checklist = ", ".join(f"sr_{k}" for k in SELF_RELIANCE_ITEMS)
        _insert(conn, "session", "id, company_id, consultant_id, date, start_time, end_time, place_kind,"
                " attendees, theme, stage, status, started_at, summary, next_visit_date, "
                f"{checklist}, " + stamps, session_rows)
        _insert(conn, "note", "id, session_id, company_id, position, stage, kind, body, issue_side, wall,"
                " linked_to, " + stamps, note_rows)
        _insert(conn, "issue", "id, company_id, session_id, note_id, position, title, issue_side, wall,"
                " owner_words, status, status_changed_at, " + stamps, issue_rows)
        _insert(conn, "action", "id, company_id, issue_id, session_id, position, what, owner_role, owner_name,"
                " due_date, status, status_changed_at, " + stamps, action_rows)
        _insert(conn, "rokaben_text", "id, company_id, key, body, " + stamps, text_rows)
        _insert(conn, "business_flow_step", "id, company_id, position, name, content, differentiation, " + stamps,
                step_rows)
        _insert(conn, "commercial_party", "id, company_id, role, position, name, description, reason, " + stamps,
                party_rows)
    if progress:
        progress(companies, companies)
    return DemoResult(len(company_rows), len(period_rows), len(session_rows), len(note_rows),
                      len(issue_rows), len(action_rows))
