"""A realistic Japanese demo database: companies of varied industries and sizes with
2–4 fiscal periods of plausible statements and closed interview sessions with their
notes, 対話要旨, 自走化 checklist, 課題 (from the 課題候補 notes) and 施策; and the
action plan: KPIs of 施策 with monthly actuals, referrals (とりつなぎ) followed to their
outcome and 経営デザインシート with their 移行戦略.

Deterministic for a given seed, and fast (one transaction, bulk inserts) so that
10,000 companies take seconds. Each part has its own random generator, so adding one
leaves the others' data unchanged for a seed. Used by ``banso demo``, the tests and
the benchmarks.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Iterator

from banso_desktop.data import referral_map
from banso_desktop.domain.company import company_search_text
from banso_desktop.domain.corporate_number import check_digit
from banso_desktop.domain.interview import SELF_RELIANCE_ITEMS
from banso_desktop.domain.japanese import month_end
from banso_desktop.domain.plan import decimal_text
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

# --- The action plan (schema v5): KPIs of 施策, referrals (とりつなぎ), 経営デザインシート ---
# Made by a third generator, so everything above stays the same for a given seed.

# 小分類 → the group whose KPIs and design-sheet texts fit it.
_GROUPS = {
    "0101": "agri", "0201": "construction", "0301": "manufacturing", "0302": "manufacturing",
    "0303": "manufacturing", "0304": "manufacturing", "0305": "manufacturing", "0306": "manufacturing",
    "0401": "wholesale", "0402": "wholesale", "0403": "wholesale", "0404": "wholesale", "0901": "wholesale",
    "1001": "wholesale", "0501": "retail", "0601": "restaurant", "0701": "real_estate", "0801": "transport",
    "1002": "services", "1003": "services", "1004": "services", "1005": "services", "1006": "services",
    "1201": "services", "1400": "services", "1101": "medical", "1301": "hotel",
}


@dataclass(frozen=True)
class _Kpi:
    """A KPI template. ``kind``: 'cum' counts up from 0 to an integer in [a, b];
    'abs' starts in [a, b] and aims at [c, d]; 'rel' starts in [a, b] (times the
    company's employees or monthly sales in 万円 when ``scale`` says so) and aims at
    ``1 + [c, d]`` times that; 'pt' is a percentage starting in [a, b] and moving by
    [c, d] points; 'gm' is 粗利率 starting near the company's own gross margin."""

    name: str
    unit: str
    kind: str
    a: float
    b: float
    c: float = 0.0
    d: float = 0.0
    places: int = 0  # decimals; -1 rounds to tens
    scale: str | None = None  # None, 'emp' or 'sales'
    walls: tuple[str, ...] = ()  # the 壁 whose 施策 an industry KPI fits


_GROSS_MARGIN = _Kpi("粗利率", "%", "gm", 0, 0, 1.0, 4.0, 1)
_MONTHLY_SALES = _Kpi("月商", "万円", "rel", 1, 1, 0.03, 0.12, 0, "sales")
# 施策 text → KPIs that measure it.
_ACTION_KPIS: dict[str, list[_Kpi]] = {
    "月次試算表を毎月15日までに受け取り、売上と粗利を確認する": [
        _Kpi("月次試算表の作成回数", "回", "cum", 6, 12),
        _Kpi("試算表を受け取るまでの日数", "日", "abs", 35, 55, 12, 15), _GROSS_MARGIN],
    "主要商品の原価計算表をつくる": [_Kpi("原価計算を終えた商品数", "品目", "cum", 5, 30), _GROSS_MARGIN],
    "6か月分の資金繰り表を作成する": [
        _Kpi("資金繰り表の更新回数", "回", "cum", 6, 12),
        _Kpi("月末の預金残高", "万円", "rel", 0.8, 1.6, 0.1, 0.3, 0, "sales")],
    "主要取引先3社に値上げを打診する": [
        _Kpi("値上げに合意した取引先数", "社", "cum", 3, 3),
        _Kpi("販売単価の改定率", "%", "abs", 0, 0, 3, 8, 1), _GROSS_MARGIN],
    "後継者候補と事業承継について話す場を設ける": [_Kpi("後継者との話し合いの回数", "回", "cum", 4, 12)],
    "これまでの10年を年表にまとめ、転機を振り返る": [_Kpi("年表に書き出した出来事の数", "件", "cum", 10, 20)],
    "週1回30分、計画の進み具合を振り返る時間をとる": [
        _Kpi("振り返りの実施回数", "回", "cum", 12, 24), _Kpi("計画の実行率", "%", "pt", 20, 40, 30, 50)],
    "実行計画を1枚にまとめて事務所に貼る": [
        _Kpi("計画の実行率", "%", "pt", 15, 35, 30, 50), _Kpi("期限内に終えた施策の数", "件", "cum", 3, 8)],
    "やることを3つに絞り、期限を決める": [_Kpi("期限内に終えた施策の数", "件", "cum", 3, 6)],
    "作業手順書を1工程分つくる": [
        _Kpi("手順書を作成した工程数", "件", "cum", 3, 10),
        _Kpi("新人が一人で担当できる工程数", "件", "abs", 1, 2, 4, 6)],
    "月1回の社内ミーティングを始める": [
        _Kpi("社内ミーティングの開催回数", "回", "cum", 6, 12), _Kpi("従業員からの改善提案件数", "件", "cum", 5, 20)],
    "若手に見積作成の一部を任せる": [_Kpi("若手が作成した見積件数", "件", "abs", 0, 2, 8, 20)],
    "よろず支援拠点にEC販売の相談をする": [
        _Kpi("ネット経由の受注件数", "件", "abs", 0, 3, 10, 30), _Kpi("EC売上高", "万円", "abs", 0, 5, 20, 60)],
    "補助金の公募要領を確認し、申請の可否を検討する": [_Kpi("事業計画書の作成進捗", "%", "cum", 100, 100)],
    "ハローワークで求人票の見直しを相談する": [
        _Kpi("求人への応募者数", "人", "abs", 0, 1, 3, 6), _Kpi("採用人数", "人", "cum", 1, 2)],
}
_SALES_WALLS = ("tarinai", "mukiawanai", "jikkou_dekinai")
_OVERTIME = _Kpi("1人あたり残業時間", "時間", "abs", 25, 45, 10, 20, 0, None, ("tsuitekonai", "jikkou_dekinai"))
# Industry KPIs: results a 施策 against one of ``walls`` should move.
_INDUSTRY_KPIS: dict[str, list[_Kpi]] = {
    "agri": [
        _Kpi("直売・ECの売上比率", "%", "pt", 5, 20, 5, 15, 1, None, _SALES_WALLS),
        _Kpi("10aあたり収量", "kg", "rel", 400, 600, 0.05, 0.1, 0, None, ("mienai", "jikkou_dekinai")),
        _Kpi("新規取引先数", "社", "cum", 2, 5, walls=("tarinai",)), _MONTHLY_SALES],
    "construction": [
        _Kpi("受注件数", "件", "rel", 0.3, 1.0, 0.2, 0.5, 0, "emp", _SALES_WALLS),
        _Kpi("見積件数", "件", "rel", 0.5, 1.5, 0.2, 0.5, 0, "emp", ("tarinai", "tsuitekonai")),
        _Kpi("成約率", "%", "pt", 25, 40, 5, 10, 1, None, ("tarinai", "mukiawanai")),
        _Kpi("元請工事の比率", "%", "pt", 20, 40, 10, 20, 0, None, ("mukiawanai", "tarinai")), _OVERTIME],
    "manufacturing": [
        _Kpi("不良率", "%", "pt", 1.5, 5, -2, -0.5, 1, None, ("mienai", "tsuitekonai", "jikkou_dekinai")),
        _Kpi("納期遵守率", "%", "pt", 85, 94, 3, 6, 1, None, ("jikkou_dekinai", "tsuitekonai")),
        _Kpi("設備稼働率", "%", "pt", 55, 75, 5, 10, 1, None, ("mienai", "jikkou_dekinai")),
        _Kpi("新規取引先数", "社", "cum", 2, 5, walls=("tarinai",)), _OVERTIME],
    "wholesale": [
        _Kpi("新規取引先数", "社", "cum", 3, 8, walls=("tarinai",)),
        _Kpi("売掛金の回収日数", "日", "rel", 50, 75, -0.3, -0.15, 0, None, ("mienai",)),
        _Kpi("在庫回転日数", "日", "rel", 30, 60, -0.3, -0.15, 0, None, ("mienai", "jikkou_dekinai")),
        _MONTHLY_SALES],
    "retail": [
        _Kpi("来店客数", "人", "rel", 300, 800, 0.05, 0.15, -1, "emp", _SALES_WALLS),
        _Kpi("客単価", "円", "rel", 1500, 6000, 0.03, 0.1, -1, None, ("mukiawanai", "tarinai")),
        _Kpi("新規顧客数", "人", "rel", 10, 40, 0.3, 0.8, 0, None, ("tarinai",)),
        _Kpi("リピート率", "%", "pt", 30, 55, 5, 10, 1, None, ("tarinai", "jikkou_dekinai")),
        _Kpi("在庫回転日数", "日", "rel", 40, 90, -0.3, -0.15, 0, None, ("mienai",))],
    "restaurant": [
        _Kpi("来店客数", "人", "rel", 250, 500, 0.05, 0.15, -1, "emp", _SALES_WALLS),
        _Kpi("客単価", "円", "rel", 900, 4500, 0.05, 0.12, -1, None, ("mukiawanai", "tarinai")),
        _Kpi("食材原価率", "%", "pt", 32, 40, -4, -2, 1, None, ("mienai", "mukiawanai")),
        _Kpi("予約件数", "件", "rel", 20, 80, 0.2, 0.5, 0, None, ("tarinai",)),
        _Kpi("リピート率", "%", "pt", 25, 45, 5, 10, 1, None, ("tarinai",))],
    "real_estate": [
        _Kpi("管理物件の入居率", "%", "pt", 82, 92, 3, 6, 1, None, _SALES_WALLS),
        _Kpi("問い合わせ件数", "件", "rel", 10, 40, 0.3, 0.6, 0, None, ("tarinai",)),
        _Kpi("成約件数", "件", "abs", 2, 6, 5, 10, 0, None, ("tarinai", "jikkou_dekinai"))],
    "transport": [
        _Kpi("実車率", "%", "pt", 55, 70, 5, 10, 1, None, ("mienai", "jikkou_dekinai")),
        _Kpi("売上高に占める燃料費の割合", "%", "pt", 15, 22, -2, -1, 1, None, ("mienai", "mukiawanai")),
        _Kpi("新規荷主数", "社", "cum", 1, 4, walls=("tarinai",)), _OVERTIME],
    "services": [
        _Kpi("新規顧客数", "人", "rel", 5, 30, 0.3, 0.8, 0, None, ("tarinai",)),
        _Kpi("客単価", "円", "rel", 3000, 12000, 0.05, 0.12, -1, None, ("mukiawanai", "tarinai")),
        _Kpi("リピート率", "%", "pt", 35, 60, 5, 10, 1, None, ("tarinai", "jikkou_dekinai")),
        _Kpi("問い合わせ件数", "件", "rel", 5, 20, 0.3, 0.8, 0, None, ("tarinai",))],
    "medical": [
        _Kpi("新患数", "人", "rel", 20, 60, 0.1, 0.3, 0, None, ("tarinai",)),
        _Kpi("再来院率", "%", "pt", 55, 75, 3, 8, 1, None, ("tarinai", "jikkou_dekinai")),
        _Kpi("予約のキャンセル率", "%", "pt", 8, 15, -5, -3, 1, None, ("jikkou_dekinai", "tsuitekonai"))],
    "hotel": [
        _Kpi("客室稼働率", "%", "pt", 45, 65, 5, 12, 1, None, _SALES_WALLS),
        _Kpi("客単価", "円", "rel", 9000, 22000, 0.05, 0.12, -2, None, ("mukiawanai",)),
        _Kpi("自社サイト経由の予約比率", "%", "pt", 10, 25, 5, 15, 1, None, ("tarinai",)),
        _Kpi("リピート率", "%", "pt", 15, 30, 5, 10, 1, None, ("tarinai",))],
}
_WALL_OF_ACTION = {what: wall for wall, whats in _ACTIONS.items() for what in whats}

# Referrals: the referral map's categories a 課題 or a session theme leads to ...
_REFERRAL_BY_ISSUE = {
    "（表）人手不足 →（裏）業務の属人化と標準化の遅れ": ["labour", "it_dx"],
    "値上げ交渉ができていない": ["subcontracting", "turnaround_finance"],
    "月次の数字を把握する仕組みがない": ["it_dx", "turnaround_finance"],
    "事業承継について家族で話し合えていない": ["succession"],
    "新規顧客開拓のノウハウがない": ["sales_channels"],
    "計画を立てても実行まで手が回らない": ["unclear", "turnaround_finance"],
}
_REFERRAL_BY_THEME = {
    "資金繰りと返済計画の相談": ["turnaround_finance"],
    "事業承継の進め方": ["succession"],
    "販路開拓（新規顧客の獲得）": ["sales_channels", "it_dx"],
    "原材料高騰と価格転嫁": ["subcontracting", "turnaround_finance"],
    "人手不足と採用": ["labour"],
    "ITツール導入・業務のデジタル化": ["it_dx"],
    "経営計画の見直し": ["turnaround_finance", "unclear"],
    "補助金の活用相談": ["sales_channels", "it_dx", "labour"],
    "売上減少の原因整理": ["sales_channels", "unclear"],
    "新商品・新サービスの検討": ["sales_channels", "ip", "founding"],
}
# ... and per category: (reason, institution keys of that category it suits, outcomes
# [, the only industry groups it fits]). The demo office is a 商工会 itself, so it
# refers to the others.
_REFERRAL_REASONS: dict[str, list[tuple]] = {
    "founding": [
        ("後継者が既存事業とは別に新しい事業を立ち上げる計画があり、創業融資と創業支援の制度を確認するため。",
         ("jfc", "municipality"),
         ("{inst}で創業計画書の助言を受け、新事業の融資の申込みに進んだ。", "{inst}で制度の説明を受け、来年度の創業を目指して準備を続けることになった。")),
        ("新サービスを別会社として始めたいとの相談があり、創業計画の立て方について支援を受けるため。",
         ("yorozu", "jfc"), ("{inst}の支援で創業計画書がまとまり、新会社を設立した。",)),
    ],
    "sales_channels": [
        ("ネット販売を始めたいが、商品ページの作り方と集客の方法が分からないとの相談があったため。", ("yorozu",),
         ("{inst}で3回の個別相談を受け、ネットショップを開設した。初月の受注は{n}件。",
          "{inst}の助言で商品写真と説明文を作り直し、ネット経由の注文が増え始めた。")),
        ("新商品の販路として県外の展示会・商談会への出展を検討しており、準備の助言を受けるため。", ("smrj", "yorozu"),
         ("{inst}の支援で商談会に参加し、新規の引き合いが{n}件あった。",)),
        ("海外の取引先から引き合いがあり、輸出の手続きと商談の進め方を確認するため。", ("jetro",),
         ("{inst}で輸出の手続きを確認し、試験輸出の契約を結んだ。",), ("manufacturing", "wholesale", "agri")),
        ("地元以外の新規顧客を開拓したいが、営業の進め方やチラシの見直しに専門家の助言が必要なため。", ("yorozu",),
         ("{inst}の助言でチラシと提案書を見直し、新規の問い合わせが{n}件あった。",)),
    ],
    "turnaround_finance": [
        ("コロナ禍の借入の返済が本格化し資金繰りが厳しいため、返済条件の見直しを含めて相談する。",
         ("financial_institution", "revitalization_council"),
         ("{inst}と協議し、元金返済の1年据え置きが認められた。", "{inst}の支援で経営改善計画を策定し、返済条件の変更が決まった。")),
        ("赤字が続き債務超過に近づいており、経営改善計画の策定支援を受けるため。",
         ("revitalization_council", "certified_adviser"),
         ("{inst}の支援で経営改善計画を作成し、金融機関の同意を得た。",)),
        ("運転資金の借り換えと保証付き融資の利用について、具体的な条件を確認するため。",
         ("financial_institution", "credit_guarantee"),
         ("{inst}との面談を経て、借り換えの融資が実行された。",)),
        ("早期経営改善計画の策定を支援してもらい、金融機関との対話に備えるため。", ("certified_adviser",),
         ("{inst}と早期経営改善計画をまとめ、取引金融機関に説明した。",)),
    ],
    "succession": [
        ("後継者が決まっておらず、親族外承継やM&Aも含めて選択肢を整理したいため。", ("succession_center",),
         ("{inst}に登録し、譲渡先候補の紹介を受けている。", "{inst}で相談した結果、従業員への承継を軸に検討することになった。")),
        ("長男への承継に向けて、株式の移し方と事業承継税制の活用を相談するため。", ("succession_center",),
         ("{inst}の専門家と事業承継計画をまとめ、特例承継計画を提出した。",)),
        ("事業承継計画を作り、家族と従業員に伝える段取りを専門家と考えるため。", ("succession_center",),
         ("{inst}の支援で事業承継計画ができ、家族会議で共有した。",)),
    ],
    "ip": [
        ("自社で開発した商品の名前を商標登録したいとの相談があったため。", ("ip_desk",),
         ("{inst}の助言を受けて商標を出願した。",)),
        ("独自の加工ノウハウを特許にすべきか、営業秘密として守るべきか判断するため。",
         ("inpit_trade_secret", "ip_desk"), ("{inst}と相談し、営業秘密として管理する規程を整えた。",)),
    ],
    "subcontracting": [
        ("元請から単価の引き下げを求められており、価格交渉の進め方と取引のルールを確認するため。",
         ("subcontracting_desk",), ("{inst}の助言をもとに元請と協議し、単価の据え置きで合意した。",),
         ("construction", "manufacturing", "transport", "services")),
        ("原材料の値上がり分を取引先に転嫁できておらず、交渉の材料と相談先を得るため。", ("subcontracting_desk",),
         ("{inst}の助言で原価の資料をそろえて交渉し、主要取引先で{n}%の値上げが認められた。",)),
    ],
    "labour": [
        ("残業が増えて従業員の負担が大きく、就業規則と労働時間の見直しを相談するため。",
         ("work_style_center", "sharoushi"), ("{inst}の支援で就業規則を改定し、変形労働時間制を導入した。",)),
        ("求人を出しても応募がなく、求人票の書き方と募集の方法を見直すため。", ("hello_work",),
         ("{inst}で求人票を書き直し、{n}名の応募があった。",)),
        ("賃上げに使える助成金の申請を検討しており、要件を確認するため。", ("work_style_center", "sharoushi"),
         ("{inst}の支援で業務改善助成金を申請し、交付が決定した。",)),
    ],
    "it_dx": [
        ("受発注が紙とFAX中心で、販売管理ソフトの導入について専門家の意見を聞くため。", ("it_coordinator", "yorozu"),
         ("{inst}の助言で業務の流れを整理し、クラウドの販売管理ソフトを導入した。",)),
        ("IT導入補助金を使って予約・会計のシステムを入れたいため。", ("it_vendor",),
         ("{inst}と申請を行い、IT導入補助金の交付が決定した。",)),
        ("月次の数字をすぐ見られるよう、クラウド会計への切り替えを相談するため。", ("it_coordinator", "yorozu"),
         ("{inst}の支援でクラウド会計に切り替え、月次試算表が翌月10日に出るようになった。",)),
    ],
    "unclear": [
        ("課題がまだ絞り込めず、専門家の目で経営全体を見てもらうため。", ("yorozu",),
         ("{inst}で経営全体の診断を受け、まず資金繰りの改善から取り組むことになった。",)),
        ("売上減少の原因が本人にも分からず、外部の視点で現状を整理してもらうため。", ("yorozu",),
         ("{inst}と売上の内訳を分析し、主力商品の見直しに取り組むことになった。",)),
    ],
}
_REFERRAL_NEUTRAL_OUTCOMES = [
    "{inst}に相談したが、今期は社内の体制が整わないため取り組みを見送った。",
    "{inst}との面談を終え、助言をもとに経営者が社内で検討を続けることになった。",
]
_REFERRAL_DECLINED = "経営者が現時点では外部への相談を望まず、紹介を見送った。"

# 経営デザインシート: texts per industry group (two wordings for most items, so that
# last year's sheet can differ a little), a purpose, and the 移行戦略.
_DESIGN_PURPOSES = [
    "{city}のお客様に長く必要とされ、地域になくてはならない会社であり続ける。",
    "誠実な仕事で信頼を積み重ね、お客様と従業員の暮らしを守る。",
    "先代から受け継いだ技と想いを次の世代につなぎ、{city}の暮らしを支える。",
    "お客様の「困った」に一番に応える存在として、地域の役に立つ。",
    "働く人が誇りを持てる仕事を通じて、地域を元気にする。",
]
_DESIGN_ENVIRONMENT_MORE = [
    "後継者不足による同業者の廃業も増える見込み。",
    "最低賃金の引き上げが続き、生産性の向上が欠かせない。",
    "金利の上昇で、借入の返済負担が重くなる可能性がある。",
    "顧客の世代交代が進み、選ばれ方が変わっていく。",
]
_DESIGN_TEXTS: dict[str, dict[str, list[str]]] = {
    "agri": {
        "environment": ["就農者の高齢化で地域の担い手が減り、農地の集約が進む見込み。肥料・燃料価格の高止まりが続く一方、産地直送や地場産品への関心は高まっている。"],
        "past.value": ["農協出荷を中心に、安定した品質の野菜を地域に届けてきた。", "旬の農産物を直売所で新鮮なまま届けてきた。"],
        "past.business_model": ["農協への出荷が売上の大半で、価格は市場相場に左右される。", "家族労働で栽培から出荷まで行い、直売所と農協に卸している。"],
        "past.resources": ["先代から受け継いだ農地と栽培技術、家族の労働力、地域の直売所との関係。", "土づくりのノウハウと、長年の取引で得た農協・直売所の信頼。"],
        "future.value": ["産地の顔が見える農産物と加工品を、飲食店や都市部の消費者に直接届ける。", "安心して食べられる野菜を、定期便で家庭に届ける。"],
        "future.business_model": ["直販・ECと飲食店への直接取引を増やし、自分で価格を決められる売上を半分にする。", "漬物やジャムなどの加工品を開発し、冬場の売上をつくる。"],
        "future.resources": ["【不足】EC・SNSで発信できる人材、加工場と食品表示の知識、繁忙期の雇用。", "栽培技術（保有）、【不足】冷蔵設備と配送の仕組み、飲食店との商談の経験。"],
    },
    "construction": {
        "environment": ["人口減少で新築需要は縮む一方、空き家・リフォームと省エネ改修の需要は伸びる見込み。職人の高齢化と時間外労働の上限規制で、人手の確保がさらに難しくなる。"],
        "past.value": ["地域の住宅や店舗の新築・修繕を、急ぎの依頼にも応えて丁寧に仕上げてきた。", "元請からの下請工事を、納期どおり確実に施工してきた。"],
        "past.business_model": ["売上の約6割が元請からの下請工事で、単価は元請の提示に従ってきた。", "紹介と口コミで個人宅の工事を受け、社長が見積から現場管理まで担ってきた。"],
        "past.resources": ["熟練の職人と施工技術、地元の協力業者とのネットワーク、長年の地域での信頼。", "社長の営業力と現場経験、自社保有の重機と資材置き場。"],
        "future.value": ["住まいの困りごとに何でも応える「地域のかかりつけ工務店」として、住み続けられる安心を届ける。", "省エネ・耐震のリフォームで、高齢の世帯が安心して暮らせる住まいを提供する。"],
        "future.business_model": ["元請工事とリフォームの直接受注を増やし、下請の比率を3割以下にする。", "定期点検の会員制度をつくり、点検から修繕・リフォームの受注につなげる。"],
        "future.resources": ["【不足】若手の施工管理技士、見積・工程管理のIT化、ホームページでの集客。", "職人の技術（保有）、【不足】リフォームを提案できる営業担当と施工事例の発信。"],
    },
    "manufacturing": {
        "environment": ["主要取引先の海外移転や調達先の見直しが続き、受注量の変動が大きくなる見込み。原材料・電気代の上昇に加え、熟練工の引退で技能の継承が急務になる。"],
        "past.value": ["取引先の図面どおりの部品を、短納期・高品質で供給してきた。", "小ロット・多品種の注文にも断らずに応えてきた。"],
        "past.business_model": ["特定の取引先からの受託加工が売上の大半を占め、価格は取引先の指値で決まってきた。", "熟練者の段取りで多品種を加工し、量より対応力で受注してきた。"],
        "past.resources": ["熟練工の加工技術と、長年使い込んだ設備、主要取引先との信頼関係。", "難しい加工に対応できるノウハウと、品質トラブルの少なさ。"],
        "future.value": ["試作から量産まで相談できる「頼れる町工場」として、開発段階から取引先を支える。", "自社の技術を生かした製品を、最終ユーザーに直接届ける。"],
        "future.business_model": ["試作・設計提案を有償化し、取引先を10社以上に分散する。", "自社製品をECと展示会で販売し、受託加工に頼らない売上の柱を育てる。"],
        "future.resources": ["【不足】技能を教えられる仕組みと若手、原価計算の仕組み、提案営業の経験。", "加工技術（保有）、【不足】製品企画とデザインの力、販路。"],
    },
    "wholesale": {
        "environment": ["取引先の小売店の廃業と、メーカー・小売の直接取引の広がりで、卸の役割が問われる。燃料費と人件費の上昇で配送コストが上がり続ける見込み。"],
        "past.value": ["地域の小売店や事業所に、必要な商品を必要な量だけ、すぐに届けてきた。", "幅広い品ぞろえと小口配送で、取引先の仕入れの手間を減らしてきた。"],
        "past.business_model": ["メーカーから仕入れ、地域の取引先へ配送して利ざやを得る。取引先の半分は先代からの付き合い。", "営業担当が得意先を回って注文を受け、自社便で配送している。"],
        "past.resources": ["地域の得意先との長い取引関係、自社の倉庫と配送車両、商品知識。", "仕入先メーカーとの関係と、小口の急ぎ注文に応える配送網。"],
        "future.value": ["取引先の品ぞろえや売り場づくりまで提案できるパートナーになる。", "地域の事業所の「困った」に応える、調達の窓口になる。"],
        "future.business_model": ["受発注をWeb化して営業の訪問を提案に振り向け、粗利率の高い提案商品を増やす。", "地元メーカーの商品を発掘し、県外の小売店にも卸す。"],
        "future.resources": ["【不足】Web受発注の仕組み、提案ができる若手営業、在庫管理のデータ。", "配送網（保有）、【不足】商品開発の目利きと県外の販路。"],
    },
    "retail": {
        "environment": ["商圏の人口減少と高齢化が進み、大型店・ネット通販との競争が厳しくなる見込み。一方で、相談しながら買える専門店や地域の配達へのニーズは残る。"],
        "past.value": ["地域の常連のお客様に、顔の見える接客と確かな品物を届けてきた。", "近所で何でも相談できる店として、暮らしに必要な品をそろえてきた。"],
        "past.business_model": ["店頭販売が中心で、客層は60代以上の常連が多い。仕入れは問屋経由。", "店主の目利きで仕入れた商品を、対面で説明して販売してきた。"],
        "past.resources": ["常連のお客様との関係と、店主の商品知識、駅前の立地。", "長年の地域での信用と、配達・修理などのきめ細かなサービス。"],
        "future.value": ["「ここで買えば安心」と言われる専門店として、若い世代にも選ばれる。", "高齢のお客様の暮らしを支える、御用聞きと配達の店になる。"],
        "future.business_model": ["専門性の高い品ぞろえと相談販売で客単価を上げ、SNSとECで新しいお客様を呼び込む。", "配達・御用聞きを有料のサービスにして、定期的な注文を安定した売上にする。"],
        "future.resources": ["【不足】SNS・ECを運用できる人、顧客情報の管理、店舗の改装資金。", "店主の目利き（保有）、【不足】配達を担う人手と注文管理の仕組み。"],
    },
    "restaurant": {
        "environment": ["食材と光熱費の高騰が続き、価格の見直しが避けられない。人手不足で営業時間の維持が難しくなる一方、テイクアウトや観光客の需要は戻りつつある。"],
        "past.value": ["手ごろな価格で、毎日食べても飽きない家庭的な料理を提供してきた。", "地元の食材を使った料理で、宴会や家族の集まりの場をつくってきた。"],
        "past.business_model": ["昼の定食と夜の宴会が売上の柱。常連客と近隣の事業所の利用が多い。", "店主が仕込みから調理まで担い、家族で店を回してきた。"],
        "past.resources": ["店主の調理技術と看板メニュー、常連のお客様、地元の仕入先との関係。", "駅からの近さと座敷の宴会場、長年の口コミ。"],
        "future.value": ["地元食材の料理を、店内でもテイクアウトでも楽しめる「町の台所」になる。", "観光客にも地元の味を伝える、地域の顔となる店になる。"],
        "future.business_model": ["予約・テイクアウトと仕出しを伸ばし、客数に頼らず売上を安定させる。", "メニューを絞って原価率を下げ、観光客向けのコースで客単価を上げる。"],
        "future.resources": ["【不足】予約・注文のIT化、厨房を任せられる人材、SNSでの発信。", "看板メニュー（保有）、【不足】外国語メニューと観光サイトでの露出。"],
    },
    "real_estate": {
        "environment": ["人口減少で空室と空き家が増え、物件の二極化が進む見込み。相続による空き家の相談や、オンラインでの内見・契約が広がる。"],
        "past.value": ["地元の物件情報に詳しく、賃貸・売買の相談に親身に応えてきた。", "管理物件のオーナーに、空室を埋める安心を提供してきた。"],
        "past.business_model": ["賃貸の仲介手数料と管理料が収入の柱。紹介による取引が多い。", "オーナーから預かった物件の管理と、入居者の対応を一手に担ってきた。"],
        "past.resources": ["地域のオーナーとの信頼関係と管理物件、物件情報の蓄積。", "地元で長く営業してきた信用と、修繕業者のネットワーク。"],
        "future.value": ["空き家や相続の悩みまで相談できる、地域の不動産の窓口になる。", "オーナーの資産価値を守る、提案型の管理会社になる。"],
        "future.business_model": ["空き家の活用・売却の相談を入口に、管理とリフォームの受注につなげる。", "管理戸数を増やし、管理料による安定収入の比率を高める。"],
        "future.resources": ["【不足】相続・空き家に詳しい人材、Webでの集客、士業との連携。", "オーナーとの関係（保有）、【不足】管理業務のシステム化。"],
    },
    "transport": {
        "environment": ["ドライバーの時間外労働の上限規制で輸送力が不足し、運賃の見直しが進む見込み。燃料費の高止まりと車両価格の上昇が続く。"],
        "past.value": ["地域の荷主の荷物を、時間どおり確実に届けてきた。", "急な配送の依頼にも応え、荷主の物流を支えてきた。"],
        "past.business_model": ["特定の荷主からの定期便が売上の大半を占め、運賃は荷主との交渉で決まってきた。", "自社のトラックとドライバーで、地域内の配送を請け負ってきた。"],
        "past.resources": ["経験豊富なドライバーと車両、主要荷主との信頼関係。", "地域の道路事情に詳しい配車のノウハウ。"],
        "future.value": ["地域の中小荷主の物流をまとめて引き受ける、頼れる物流パートナーになる。", "温度管理が必要な荷物も運べる、付加価値の高い配送を提供する。"],
        "future.business_model": ["共同配送と倉庫保管を組み合わせ、実車率と運賃単価を上げる。", "荷主を分散し、燃料費の上昇分を運賃に転嫁できる契約に改める。"],
        "future.resources": ["【不足】若手ドライバー、配車システム、冷蔵車両。", "車両（保有）、【不足】倉庫と、物流を提案できる営業担当。"],
    },
    "services": {
        "environment": ["人件費と資材価格の上昇が続き、料金の見直しが必要になる見込み。人口減少で顧客の奪い合いが強まる一方、予約や支払いのデジタル化が当たり前になる。"],
        "past.value": ["地域のお客様に、きめ細かく丁寧なサービスを提供してきた。", "困ったときにすぐ駆けつける対応で、お客様の信頼を得てきた。"],
        "past.business_model": ["常連のお客様と紹介による受注が中心で、料金は長年据え置いてきた。", "経営者と少数のスタッフで、受付から作業まで対応してきた。"],
        "past.resources": ["経営者の技術と経験、常連のお客様、地域での評判。", "スタッフの接客力と、長年の取引で得た信頼。"],
        "future.value": ["専門性を生かした提案で、お客様の悩みを根本から解決する。", "若い世代や新しく越してきた住民にも選ばれるサービスを提供する。"],
        "future.business_model": ["メニューと料金を見直し、定期契約・会員制で安定した売上をつくる。", "予約と顧客管理をデジタル化し、リピートと紹介を増やす。"],
        "future.resources": ["【不足】新しいメニューをつくる人材、予約・顧客管理の仕組み、Webでの発信。", "技術と評判（保有）、【不足】スタッフを育てる仕組み。"],
    },
    "medical": {
        "environment": ["地域の高齢化で在宅医療の需要が増える一方、医療スタッフの採用は難しくなる見込み。オンライン診療やマイナ保険証など、受付のデジタル化も進む。"],
        "past.value": ["地域の患者さんに、身近で相談しやすい医療を提供してきた。", "丁寧な説明と通いやすさで、家族ぐるみで通ってもらってきた。"],
        "past.business_model": ["外来診療が中心で、患者の多くは近隣の高齢者。保険診療の収入が大半。", "院長が診療を担い、少人数のスタッフで受付から会計まで回してきた。"],
        "past.resources": ["院長の診療技術と地域での信頼、経験のあるスタッフ。", "駅に近い立地と、長年通う患者さん。"],
        "future.value": ["予防と在宅まで支える、地域のかかりつけとして頼られる。", "待たずに受診できる、働く世代にも通いやすい医療を提供する。"],
        "future.business_model": ["予約制と自費の予防メニューを導入し、混雑を減らしながら収入を安定させる。", "訪問診療を始め、通院が難しくなった患者さんにも続けて関わる。"],
        "future.resources": ["【不足】予約システムとWeb問診、訪問に対応できる看護師、承継の準備。", "院長の技術（保有）、【不足】事務を任せられるスタッフ。"],
    },
    "hotel": {
        "environment": ["インバウンド需要が回復し、個人旅行とオンライン予約が主流になる見込み。人手不足と光熱費・食材費の上昇で、料金の見直しが避けられない。"],
        "past.value": ["温泉と地元の料理で、ゆっくりくつろげる滞在を提供してきた。", "団体旅行や地域の宴会の受け皿として、地域の観光を支えてきた。"],
        "past.business_model": ["旅行会社経由の団体客と宴会が売上の柱で、繁閑の差が大きい。", "家族経営で、客室と料理の質で常連のお客様をつかんできた。"],
        "past.resources": ["源泉と客室、料理長の腕、常連のお客様。", "地域の観光協会・旅行会社との関係と、老舗としての知名度。"],
        "future.value": ["個人客・外国人観光客に、地域の暮らしや食を体験できる滞在を提供する。", "長期滞在やワーケーションにも使える、地域の拠点になる。"],
        "future.business_model": ["自社サイトからの直接予約を増やし、体験プランで客単価と稼働率を上げる。", "客室を改装して単価を上げ、閑散期は長期滞在プランで稼働を埋める。"],
        "future.resources": ["【不足】予約サイトの運用と外国語対応、客室の改装資金、接客スタッフ。", "源泉と料理（保有）、【不足】体験プランを企画できる人材と地域の事業者との連携。"],
    },
}
_DESIGN_KEYS = ("purpose", "environment", "past.value", "past.business_model", "past.resources",
                "future.value", "future.business_model", "future.resources")
# 移行戦略: (what, who choices); {staff} is the group's usual right hand.
_TRANSITIONS = [
    ("後継者への代表交代と、経営判断の段階的な引き継ぎ", ["代表者・後継者", "代表者"]),
    ("原価計算と月次決算の仕組みづくり", ["代表者・顧問税理士", "経理担当"]),
    ("主要取引先との価格改定の交渉", ["代表者"]),
    ("若手の採用と、技能を教える育成計画の作成", ["代表者・{staff}", "{staff}"]),
    ("受発注と顧客管理のデジタル化", ["経理担当", "専務"]),
    ("借入の返済計画の見直しと資金繰りの安定", ["代表者・取引金融機関"]),
    ("ホームページとSNSでの情報発信の開始", ["専務", "代表者"]),
]
_GROUP_TRANSITIONS = {
    "agri": ("加工品の試作と直売所・ECでの試験販売", "家族", ["代表者・家族"]),
    "construction": ("リフォーム事業の立ち上げと施工事例の発信", "現場責任者", ["専務", "代表者"]),
    "manufacturing": ("自社製品の試作と展示会への出展", "工場長", ["代表者・工場長"]),
    "wholesale": ("Web受発注の導入と得意先への切り替えの案内", "営業担当", ["営業担当", "専務"]),
    "retail": ("店舗の改装と専門コーナーの新設", "店長", ["代表者・店長"]),
    "restaurant": ("テイクアウト・仕出しメニューの開発", "店長", ["店長", "代表者"]),
    "real_estate": ("空き家相談窓口の開設と士業との連携", "営業担当", ["代表者"]),
    "transport": ("荷主との運賃・契約条件の見直し", "運行管理者", ["代表者"]),
    "services": ("料金表の改定と会員制度の導入", "主任", ["代表者"]),
    "medical": ("予約システムとWeb問診の導入", "事務長", ["院長・事務長"]),
    "hotel": ("自社予約サイトの刷新と体験プランの造成", "女将", ["女将・専務"]),
}


@dataclass
class DemoResult:
    companies: int
    periods: int
    sessions: int
    notes: int
    issues: int = 0
    actions: int = 0
    kpis: int = 0
    kpi_actuals: int = 0
    referrals: int = 0
    design_sheets: int = 0
    design_transitions: int = 0


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


def _watched_columns(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    """The columns ``table``'s ``field_fts`` update trigger watches: the ones it indexes."""
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{table}_field_au",)
    ).fetchone()
    found = re.search(rf"AFTER UPDATE OF (.+?) ON {table}\b", sql)
    if found is None:
        raise RuntimeError(f"cannot tell which columns of {table} are searched")
    return tuple(c.strip() for c in found.group(1).split(","))


@contextmanager
def _field_index_deferred(conn: sqlite3.Connection, tables: list[str]) -> Iterator[None]:
    """Inside an open transaction: bulk-insert into ``tables`` without the per-row
    ``field_fts`` triggers, then reference and index the new rows in one statement each.

    The indexed columns are those of ``FIELD_INDEX``, or for a table indexed by a later
    schema step (referral, kpi), those its own update trigger watches."""
    saved, columns = [], {}
    for table in tables:
        name = f"{table}_field_ai"
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        columns[table] = FIELD_INDEX.get(table) or _watched_columns(conn, table)
        conn.execute(f"DROP TRIGGER {name}")
        saved.append(sql)
    (before,) = conn.execute("SELECT coalesce(max(seq), 0) FROM search_ref").fetchone()
    yield
    for table in tables:
        conn.execute(
            f"INSERT OR IGNORE INTO search_ref (tbl, row_id) SELECT '{table}', id FROM {table} ORDER BY rowid"
        )
        conn.execute(
            f"INSERT INTO field_fts (rowid, body) SELECT r.seq, {field_text(columns[table], 't')}"
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


def _decimal(x: float, places: int) -> str:
    """A KPI value as the store keeps it: exact decimal text (no float artefacts)."""
    if places <= 0:
        return str(int(round(max(0.0, x), places)))
    return decimal_text(Decimal(f"{max(0.0, x):.{places}f}"))


def _kpi_rows(
    rng: random.Random,
    new_id: Callable[[], str],
    today: date,
    group: str,
    employees: int,
    monthly_sales: float,
    gross_margin: float,
    actions: list[tuple],
    session_days: dict[str, date],
    kpi_rows: list[tuple],
    actual_rows: list[tuple],
    now: str,
    me: str,
) -> None:
    """One KPI for about 60% of a company's 施策, fitting the 施策 (or the industry's
    results for its 壁), with 1–4 month-end actuals since the session: most moving
    toward the target, some reaching it, some stalled."""
    for action in actions:
        if rng.random() >= 0.6:
            continue
        action_id, cid, what, status = action[0], action[1], action[5], action[9]
        wall = _WALL_OF_ACTION[what]
        fitting = [k for k in _INDUSTRY_KPIS[group] if wall in k.walls]
        k = rng.choice(fitting) if fitting and rng.random() < 0.4 else rng.choice(_ACTION_KPIS[what])

        scale = employees if k.scale == "emp" else monthly_sales if k.scale == "sales" else 1.0
        if k.kind == "cum":
            base, goal = 0.0, float(rng.randint(int(k.a), int(k.b)))
        elif k.kind == "gm":
            base = gross_margin * 100 * rng.uniform(0.85, 1.1)
            goal = base + rng.uniform(k.c, k.d)
        else:
            base = rng.uniform(k.a, k.b) * scale
            goal = {"abs": rng.uniform(k.c, k.d), "rel": base * (1 + rng.uniform(k.c, k.d)),
                    "pt": base + rng.uniform(k.c, k.d)}[k.kind]
        if k.unit == "%":
            base, goal = min(base, 100.0), min(goal, 100.0)
        baseline, target = _decimal(base, k.places), _decimal(goal, k.places)
        if target == baseline:  # rounding ate the change: one step in the intended direction
            step = 10.0 ** -k.places
            goal = base + (step if goal >= base else -step)
            target = _decimal(goal, k.places)
        kpi_id = new_id()
        kpi_rows.append((kpi_id, action_id, cid, 1.0, k.name, k.unit, baseline, target, now, now, me))

        # Actuals at the month ends after the session, up to today.
        day = session_days[action[3]]
        wanted, dates = rng.randint(1, 4), []
        y, m = day.year, day.month
        while len(dates) < wanted:
            end = month_end(y, m)
            if end > today:
                break
            if end > day:
                dates.append(end)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if not dates:
            dates = [max(day, today - timedelta(days=1))]
        if status == "cancelled":
            mode = "stalled"
        elif status == "done":
            mode = rng.choices(["reached", "toward", "stalled"], [50, 40, 10])[0]
        else:
            mode = rng.choices(["toward", "reached", "stalled"], [60, 10, 30])[0]
        step, previous = rng.uniform(0.15, 0.35), 0.0
        for i, as_of in enumerate(dates):
            if mode == "toward":
                p = min(0.95, (i + 1) * step + rng.gauss(0, 0.05))
            elif mode == "reached":
                p = (i + 1) / len(dates) * rng.uniform(1.0, 1.15)
            else:
                p = rng.gauss(0.03, 0.08)
            value = base + p * (goal - base)
            if k.kind == "cum":
                value = previous = max(previous, float(round(value)))
            elif k.unit == "%":
                value = min(value, 100.0)
            actual_rows.append((new_id(), kpi_id, cid, as_of.isoformat(), _decimal(value, k.places), now, now, me))


def _referral_rows(
    rng: random.Random,
    new_id: Callable[[], str],
    today: date,
    refmap,
    cid: str,
    group: str,
    sessions: list[dict],
    issues: list[tuple],
    rows: list[tuple],
    now: str,
    me: str,
) -> None:
    """1–2 referrals within the last year, from a recent session's 課題 or theme when
    there is one: about half closed with their outcome, the others waiting, their
    follow-up date past (needing attention) or ahead."""
    year_ago = today - timedelta(days=365)
    recent = [s for s in sessions if s["day"] >= year_ago]
    options = []  # (category, issue id, session)
    for s in recent or sessions:
        session = s if recent else None
        for issue in issues:
            if issue[2] == s["id"]:
                options += [(c, issue[0], session) for c in _REFERRAL_BY_ISSUE[issue[5]]]
        options += [(c, None, session) for c in _REFERRAL_BY_THEME[s["theme"]]]
    used: set[str] = set()
    for _ in range(rng.choice([1, 1, 1, 2])):
        left = [o for o in options if o[0] not in used]
        if not left:
            break
        key, issue_id, session = rng.choice(left)
        used.add(key)
        if session is not None:
            day = min(session["day"] + timedelta(days=rng.randint(0, 10)), today - timedelta(days=1))
        else:
            day = today - timedelta(days=rng.randint(20, 360))
        reason, suits, outcomes, *_ = rng.choice(
            [r for r in _REFERRAL_REASONS[key] if len(r) < 4 or group in r[3]])
        institution = rng.choice([i for i in refmap.category(key).institutions if i.key in suits]).label.ja
        consent = 1 if rng.random() < 0.9 else 0
        age = (today - day).days
        follow_up = outcome_date = None
        outcome = ""
        if not consent:
            outcome, outcome_date = _REFERRAL_DECLINED, day + timedelta(days=rng.randint(0, min(7, age)))
        elif age >= 21 and rng.random() < 0.5:  # closed: the outcome was confirmed
            closed_after = rng.randint(14, min(120, age))
            outcome_date = day + timedelta(days=closed_after)
            follow_up = day + timedelta(days=rng.randint(7, closed_after))
            template = rng.choice(outcomes) if rng.random() < 0.75 else rng.choice(_REFERRAL_NEUTRAL_OUTCOMES)
            outcome = template.format(inst=institution, n=rng.randint(2, 8))
        elif age >= 3 and rng.random() < 0.55:  # waiting, the follow-up date passed
            follow_up = min(day + timedelta(days=rng.randint(14, 45)), today - timedelta(days=rng.randint(1, 2)))
        else:  # waiting, follow-up ahead
            follow_up = today + timedelta(days=rng.randint(1, 30))
        rows.append((
            new_id(), cid, issue_id, session["id"] if session else None, day.isoformat(), key, institution, "",
            reason, consent, follow_up.isoformat() if follow_up else None, outcome,
            outcome_date.isoformat() if outcome_date else None, now, now, me,
        ))


def _design_rows(
    rng: random.Random,
    new_id: Callable[[], str],
    today: date,
    cid: str,
    group: str,
    city: str,
    succession: bool,
    sheet_rows: list[tuple],
    text_rows: list[tuple],
    transition_rows: list[tuple],
    now: str,
    me: str,
) -> None:
    """A 経営デザインシート for this year, for some companies also last year's (a few
    texts worded differently, other 移行戦略): all eight texts, 2–3 transitions."""
    texts = _DESIGN_TEXTS[group]
    choice = {key: rng.randrange(len(texts[key])) for key in texts}
    purpose = rng.choice(_DESIGN_PURPOSES).format(city=city)
    more = rng.randrange(len(_DESIGN_ENVIRONMENT_MORE))
    # バックキャスト suits a succession or a new business; most sheets are filled forecast.
    fill_order = "backcast" if rng.random() < (0.5 if succession else 0.15) else "forecast"
    staff, group_transition, group_who = (
        _GROUP_TRANSITIONS[group][1], _GROUP_TRANSITIONS[group][0], _GROUP_TRANSITIONS[group][2])
    transitions = [t for t in _TRANSITIONS if succession or not t[0].startswith("後継者")]
    transitions.append((group_transition, group_who))

    sheets = [(today.year - 1, True), (today.year, False)] if rng.random() < 0.4 else [(today.year, False)]
    for year, earlier in sheets:
        picked = dict(choice)
        env_more = more
        if earlier:  # last year's wording differs in two or three items
            for key in rng.sample(["past.value", "past.business_model", "future.value", "future.business_model",
                                   "future.resources"], rng.randint(1, 2)):
                picked[key] = (picked[key] + 1) % len(texts[key])
            env_more = (more + 1) % len(_DESIGN_ENVIRONMENT_MORE)
        body = {"purpose": purpose, "environment": texts["environment"][0] + _DESIGN_ENVIRONMENT_MORE[env_more]}
        body.update({key: texts[key][picked[key]] for key in _DESIGN_KEYS[2:]})
        sheet_id = new_id()
        sheet_rows.append((sheet_id, cid, year, fill_order, now, now, me))
        for key in _DESIGN_KEYS:
            text_rows.append((new_id(), sheet_id, cid, key, body[key], now, now, me))

        # 移行戦略: by when, in order, after the month the sheet was written in.
        as_of = (year, today.month)
        slots = [(y, m) for y in range(year, year + 4) for m in (3, 6, 9, 12) if (y, m) > as_of]
        chosen = rng.sample(transitions, rng.choice([2, 3, 3]))
        for position, ((what, whos), (y, m)) in enumerate(
                zip(chosen, sorted(rng.sample(slots, len(chosen)))), start=1):
            by_when = f"{y}年度中" if rng.random() < 0.15 else f"{y}年{m}月"
            transition_rows.append((new_id(), sheet_id, cid, float(position), what,
                                    by_when, rng.choice(whos).format(staff=staff), now, now, me))


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
    # The action plan (KPIs with actuals, referrals, design sheets) from a third one.
    rng3 = random.Random(f"{seed}-plan")
    new_id3 = _Ids(rng3)
    refmap = referral_map()

    consultant_ids = [me] + [new_id() for _ in _CONSULTANTS[1:]]
    consultant_names = dict(zip(consultant_ids, _CONSULTANTS))
    industry_codes = list(_INDUSTRY_WEIGHTS)
    industry_weights = list(_INDUSTRY_WEIGHTS.values())

    company_rows, period_rows, session_rows, note_rows = [], [], [], []
    issue_rows: list[tuple] = []
    action_rows: list[tuple] = []
    text_rows, step_rows, party_rows = [], [], []
    kpi_rows: list[tuple] = []
    actual_rows: list[tuple] = []
    referral_rows: list[tuple] = []
    sheet_rows: list[tuple] = []
    design_text_rows: list[tuple] = []
    transition_rows: list[tuple] = []
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
        # A company keeps its habits from year to year (margins, how long customers take
        # to pay, stock), drifting a little: the office's early warnings then find the
        # few that really turn, not random noise.
        margin_base = rng.gauss(0.02, 0.05)
        gross_base = gross_margin * rng.uniform(0.85, 1.15)
        receivable_months = rng.uniform(0.2, 2.5)
        notes_months = rng.uniform(0, 0.4) if rng.random() < 0.4 else None
        stock_months = rng.uniform(0, 2.5)
        payable_months = rng.uniform(0.2, 1.5)
        e_payable_months = rng.uniform(0, 0.3) if rng.random() < 0.3 else None
        cash_share = rng.uniform(0.04, 0.25)
        depreciation_share, labor_share = rng.uniform(0.005, 0.04), rng.uniform(0.12, 0.38)
        asset_turn = rng.uniform(0.45, 1.3)
        trend = []
        period_ends: list[date] = []
        for back in range(n_periods - 1, -1, -1):
            year = latest_year - back
            if back != n_periods - 1:
                sales_k *= 1 + rng.gauss(0.01, 0.09)
                heads = max(1, heads + rng.choice([-1, 0, 0, 0, 1]))
            trend.append(sales_k)
            sales = int(sales_k * 1000) + rng.randint(0, 999)
            op_margin = margin_base + rng.gauss(0, 0.015)
            operating_income = int(sales * op_margin)
            drift = rng.uniform  # each period's habits, within a tenth of the company's own
            depreciation = int(sales * depreciation_share * drift(0.9, 1.1))
            labor = int(sales * labor_share * drift(0.95, 1.05))
            total_assets = int(sales * asset_turn * drift(0.93, 1.07))
            net_assets = int(total_assets * (equity_ratio + rng.gauss(0, 0.02)))
            borrow = int(total_assets * debt_share)
            short, long_ = int(borrow * rng.uniform(0.1, 0.5)), 0
            long_ = borrow - short
            monthly = sales / 12
            end = month_end(year, fiscal_month)
            period_ends.append(end)
            period_rows.append((
                new_id(), cid, end.isoformat(), 12,
                sales, int(sales * gross_base * drift(0.95, 1.05)), operating_income,
                depreciation, labor, heads, short, long_,
                int(borrow * 0.1) if rng.random() < 0.1 else None,
                int(borrow * 0.05) if rng.random() < 0.3 else None,
                int(borrow * 0.2) if rng.random() < 0.25 else None,
                int(sales * cash_share * drift(0.8, 1.2)),
                int(monthly * receivable_months * drift(0.85, 1.15)),
                int(monthly * notes_months * drift(0.85, 1.15)) if notes_months is not None else None,
                None, int(monthly * stock_months * drift(0.85, 1.15)),
                int(monthly * payable_months * drift(0.85, 1.15)),
                int(monthly * e_payable_months * drift(0.85, 1.15)) if e_payable_months is not None else None,
                None, net_assets, total_assets - net_assets, total_assets,
                now, now, me,
            ))
        company_periods = period_rows[-n_periods:]

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
        # The 決算 figures were entered at the first visit (the ロカベン analysis), and a
        # later period a couple of months after it closed: the yearly report counts the
        # analyses by the day the figures were entered.
        first_visit = company_sessions[0]["day"]
        for i, (end, period) in enumerate(zip(period_ends, company_periods)):
            entered = min(today, max(first_visit, end + timedelta(days=rng.randint(45, 120))))
            stamp = f"{entered.isoformat()}T01:00:00.000Z"
            period_rows[len(period_rows) - n_periods + i] = period[:-3] + (stamp, stamp, me)
        first_issue, first_action = len(issue_rows), len(action_rows)
        _interview(rng2, new_id2, today, f"{family} {given}", consultant_names[assigned or me], company_sessions,
                   session_rows, note_rows, issue_rows, action_rows, now, me)
        group = _GROUPS[code]
        issues = issue_rows[first_issue:]
        _kpi_rows(rng3, new_id3, today, group, employees, sales_k / 120, gross_margin, action_rows[first_action:],
                  {s["id"]: s["day"] for s in company_sessions}, kpi_rows, actual_rows, now, me)
        if rng3.random() < 0.25:
            _referral_rows(rng3, new_id3, today, refmap, cid, group, company_sessions, issues, referral_rows, now, me)
        if rng3.random() < 0.2:
            succession = (any(i[5] == "事業承継について家族で話し合えていない" for i in issues)
                          or any(s["theme"] == "事業承継の進め方" or '"successor"' in s["row"][7]
                                 for s in company_sessions))
            _design_rows(rng3, new_id3, today, cid, group, city, succession, sheet_rows, design_text_rows,
                         transition_rows, now, me)
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

    indexed = ["session", "rokaben_text", "issue", "action", "kpi", "referral", "design_text"]
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
        _insert(conn, "kpi", "id, action_id, company_id, position, name, unit, baseline, target, " + stamps,
                kpi_rows)
        _insert(conn, "kpi_actual", "id, kpi_id, company_id, as_of, value, " + stamps, actual_rows)
        _insert(conn, "referral", "id, company_id, issue_id, session_id, date, category, institution, contact,"
                " reason, consent, follow_up_date, outcome, outcome_date, " + stamps, referral_rows)
        _insert(conn, "design_sheet", "id, company_id, year, fill_order, " + stamps, sheet_rows)
        _insert(conn, "design_text", "id, sheet_id, company_id, key, body, " + stamps, design_text_rows)
        _insert(conn, "design_transition", "id, sheet_id, company_id, position, what, by_when, who, " + stamps,
                transition_rows)
        _insert(conn, "rokaben_text", "id, company_id, key, body, " + stamps, text_rows)
        _insert(conn, "business_flow_step", "id, company_id, position, name, content, differentiation, " + stamps,
                step_rows)
        _insert(conn, "commercial_party", "id, company_id, role, position, name, description, reason, " + stamps,
                party_rows)
    if progress:
        progress(companies, companies)
    return DemoResult(len(company_rows), len(period_rows), len(session_rows), len(note_rows),
                      len(issue_rows), len(action_rows), len(kpi_rows), len(actual_rows), len(referral_rows),
                      len(sheet_rows), len(transition_rows))
