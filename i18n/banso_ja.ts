<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Banso Desktop</source>
        <translation>Banso Desktop について</translation>
    </message>
    <message>
        <source>For consultants who run alongside small businesses (伴走支援).</source>
        <translation>小規模事業者に伴走する支援者のためのアプリです（伴走支援）。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>BIZ UD Gothic and BIZ UD PGothic, © The BIZ UDGothic Project Authors (Morisawa Inc.), under the SIL Open Font License 1.1; the licence text is in resources/fonts/OFL.txt beside the app.</source>
        <translation>BIZ UDゴシック・BIZ UDPゴシック（© The BIZ UDGothic Project Authors（株式会社モリサワ））。SIL Open Font License 1.1 のもとで同梱しています。ライセンス全文はアプリと同じ場所の resources/fonts/OFL.txt にあります。</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Python %1, under the PSF License.</source>
        <translation>Python %1（PSF License）</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <source>Add an actual</source>
        <translation>実績を追加</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Enter a date and a value.</source>
        <translation>日付と値を入力してください。</translation>
    </message>
</context>
<context>
    <name>AttentionTab</name>
    <message>
        <source>All warnings</source>
        <translation>すべての注意</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>ルール…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No benchmark set is imported: a falling Local Benchmark score is not judged.</source>
        <translation>ロカベンの基準値が取り込まれていないため、ロカベン点数の低下は判定していません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 companies need attention&lt;/b&gt; (as of %2, of %3)</source>
        <translation>&lt;b&gt;要注意の事業者 %1 社&lt;/b&gt;（%2 時点、全 %3 社）</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（名称未入力）</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company</source>
        <translation>企業情報</translation>
    </message>
    <message>
        <source>Company name *</source>
        <translation>商号 *</translation>
    </message>
    <message>
        <source>e.g. 株式会社山田製作所</source>
        <translation>例：株式会社山田製作所</translation>
    </message>
    <message>
        <source>Reading (katakana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>e.g. ヤマダセイサクショ</source>
        <translation>例：ヤマダセイサクショ</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13桁</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>代表者役職</translation>
    </message>
    <message>
        <source>e.g. 代表取締役</source>
        <translation>例：代表取締役</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>事業</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Industry (ロカベン)</source>
        <translation>業種（ロカベン小分類）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>full-time staff</source>
        <translation>正社員数</translation>
    </message>
    <message>
        <source>Business scale</source>
        <translation>事業規模</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Capital (thousand yen)</source>
        <translation>資本金（千円）</translation>
    </message>
    <message>
        <source>e.g. 10,000 or 1,000万円</source>
        <translation>例：10,000 または 1,000万円</translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Fiscal year ends in</source>
        <translation>決算月</translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation>創業年</translation>
    </message>
    <message>
        <source>e.g. 1975 or 昭和50年</source>
        <translation>例：1975 または 昭和50年</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支援</translation>
    </message>
    <message>
        <source>Assigned consultant</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未割当）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>= %1 yen (%2万円)</source>
        <translation>＝ %1円（%2万円）</translation>
    </message>
    <message>
        <source>Set by hand.</source>
        <translation>手動で設定しています。</translation>
    </message>
    <message>
        <source>Automatic: needs the industry and the number of employees.</source>
        <translation>自動判定：業種と従業員数を入力すると判定します。</translation>
    </message>
    <message>
        <source>Automatic: %1 (small when employees ≤ %2 in this industry, by 中小企業基本法).</source>
        <translation>自動判定：%1（この業種は従業員%2人以下で小規模事業者。中小企業基本法の定義による）</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>（商号未入力）</translation>
    </message>
</context>
<context>
    <name>CompanyListPanel</name>
    <message>
        <source>Search name, reading, corporate number, address…</source>
        <translation>商号・フリガナ・法人番号・所在地で検索…</translation>
    </message>
    <message>
        <source>By reading</source>
        <translation>フリガナ順</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>更新が新しい順</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>登録が新しい順</translation>
    </message>
    <message>
        <source>＋ New company</source>
        <translation>＋ 事業者を追加</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>事業者を追加（Ctrl+N）</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>自分（%1）</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割当</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Resolve sync conflicts</source>
        <translation>同期の競合を解決</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>解決が必要な競合はありません。</translation>
    </message>
    <message>
        <source>My version (this computer)</source>
        <translation>自分の版（このパソコン）</translation>
    </message>
    <message>
        <source>Their version (the hub)</source>
        <translation>相手の版（ハブ）</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <source>Join both</source>
        <translation>両方をつなげる</translation>
    </message>
    <message>
        <source>Put both texts together and edit them before saving</source>
        <translation>両方の文章をつなげ、直してから保存します</translation>
    </message>
    <message>
        <source>Both joined (edit as you like, then save)</source>
        <translation>両方をつなげた版（自由に直してから保存）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Your choice is sent to the hub at the next sync.</source>
        <translation>選んだ版は次の同期でハブに反映されます。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>支援機関</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>支援者</translation>
    </message>
    <message>
        <source>Benchmark table</source>
        <translation>ロカベン基準値</translation>
    </message>
    <message>
        <source>Referral contact</source>
        <translation>紹介先の連絡先</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation>決算書</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>面談メモ</translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation>ロカベン</translation>
    </message>
    <message>
        <source>Business flow</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <source>Commercial flow</source>
        <translation>商流</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI actual</source>
        <translation>KPI実績</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation>経営デザインシート</translation>
    </message>
    <message>
        <source>Transition strategy</source>
        <translation>移行戦略</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>商号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reading (katakana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>代表者役職</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Business scale</source>
        <translation>事業規模</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <source>Fiscal year ends in</source>
        <translation>決算月</translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation>創業年</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Assigned consultant</source>
        <translation>担当支援者</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>次回訪問日</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Surface or core</source>
        <translation>表面／本質</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>壁</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>紹介先機関</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>How it differs</source>
        <translation>差別化</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>いつまでに</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（商号未入力）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>両方で同じ項目を変更</translation>
    </message>
    <message>
        <source>Deleted here, changed by someone else</source>
        <translation>自分が削除・相手が変更</translation>
    </message>
    <message>
        <source>Changed here, deleted by someone else</source>
        <translation>自分が変更・相手が削除</translation>
    </message>
    <message>
        <source>Made on both sides</source>
        <translation>両方で同じものを作成</translation>
    </message>
    <message>
        <source>Could not be stored here</source>
        <translation>このファイルに保存できない行</translation>
    </message>
    <message>
        <source>This field was changed on this computer and by someone else since the last sync. Choose which version to keep, or join both.</source>
        <translation>前回の同期のあと、この項目がこのパソコンとほかの人の両方で変更されました。残す版を選ぶか、両方をつなげてください。</translation>
    </message>
    <message>
        <source>You deleted this on this computer; someone else changed it meanwhile. Keep my version = it stays deleted; keep theirs = it comes back with their changes.</source>
        <translation>このパソコンで削除しましたが、その間にほかの人が変更しています。自分の版を残す＝削除したまま、相手の版を残す＝相手の変更ごと元に戻ります。</translation>
    </message>
    <message>
        <source>You changed this on this computer; someone else deleted it meanwhile. Keep my version = it stays, with your changes; keep theirs = it is deleted.</source>
        <translation>このパソコンで変更しましたが、その間にほかの人が削除しています。自分の版を残す＝自分の変更のまま残ります、相手の版を残す＝削除されます。</translation>
    </message>
    <message>
        <source>The same item (for example the same fiscal period) was made here and by someone else. Keep my version = yours stays and theirs goes to the trash; keep theirs = the other way round.</source>
        <translation>同じもの（たとえば同じ決算期）が、このパソコンとほかの人の両方で作られました。自分の版を残す＝自分のものを残し相手のものはゴミ箱へ、相手の版を残す＝その逆です。</translation>
    </message>
    <message>
        <source>A row from the hub could not be stored in this file. Keep my version = leave it out; keep theirs = try to store it again.</source>
        <translation>ハブから届いたデータをこのファイルに保存できませんでした。自分の版を残す＝取り込まない、相手の版を残す＝もう一度保存を試みます。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>このパソコンで削除しました。</translation>
    </message>
    <message>
        <source>Changed by someone else:</source>
        <translation>ほかの人が変更しました：</translation>
    </message>
    <message>
        <source>Changed on this computer:</source>
        <translation>このパソコンで変更しました：</translation>
    </message>
    <message>
        <source>Deleted by someone else.</source>
        <translation>ほかの人が削除しました。</translation>
    </message>
    <message>
        <source>Not stored here: %1</source>
        <translation>保存できなかった理由：%1</translation>
    </message>
    <message>
        <source>(no longer here)</source>
        <translation>（このパソコンにはもうありません）</translation>
    </message>
    <message>
        <source>Could not resolve it: %1</source>
        <translation>解決できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Companies by Local Benchmark rank</source>
        <translation>ロカベン評価ランク別の事業者数</translation>
    </message>
    <message>
        <source>Assessing the Local Benchmark needs a benchmark table: import one first.</source>
        <translation>ロカベンの評価には基準値が必要です。先に基準値を取り込んでください。</translation>
    </message>
    <message>
        <source>No companies yet.</source>
        <translation>事業者はまだありません。</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>事業者数</translation>
    </message>
    <message>
        <source>Local Benchmark scores by fiscal year</source>
        <translation>年度別のロカベン総合点</translation>
    </message>
    <message>
        <source>No scored periods yet.</source>
        <translation>評価済みの決算期はまだありません。</translation>
    </message>
    <message>
        <source>%1
Periods scored: %2
Highest: %3
Upper quartile: %4
Median: %5
Lower quartile: %6
Lowest: %7</source>
        <translation>%1
評価した決算期：%2
最高：%3
第3四分位：%4
中央値：%5
第1四分位：%6
最低：%7</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>総合点</translation>
    </message>
    <message>
        <source>Value added per company (median)</source>
        <translation>1社あたり付加価値額（中央値）</translation>
    </message>
    <message>
        <source>No value added yet: it needs operating income, labour cost and depreciation of a period.</source>
        <translation>付加価値額はまだありません。決算期の営業利益・人件費・減価償却費が必要です。</translation>
    </message>
    <message>
        <source>%1
Median: %2 thousand yen
Total: %3 thousand yen
Companies: %4</source>
        <translation>%1
中央値：%2 千円
合計：%3 千円
事業者数：%4</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>付加価値額</translation>
    </message>
    <message>
        <source>Million yen</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>月別の面談回数</translation>
    </message>
    <message>
        <source>No sessions in these months.</source>
        <translation>この期間の面談はありません。</translation>
    </message>
    <message>
        <source>%1
Sessions: %2
Companies met: %3</source>
        <translation>%1
面談：%2 回
面談した事業者：%3 社</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>面談回数</translation>
    </message>
</context>
<context>
    <name>DesignTab</name>
    <message>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <source>Make a new year…</source>
        <translation>新しい年を作る…</translation>
    </message>
    <message>
        <source>Makes the next year&apos;s sheet, starting from a copy of the one shown</source>
        <translation>表示中のシートを写して、次の年のシートを作ります</translation>
    </message>
    <message>
        <source>Show last year</source>
        <translation>前年を表示</translation>
    </message>
    <message>
        <source>Order of filling</source>
        <translation>記入の順番</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未記入）</translation>
    </message>
    <message>
        <source>＋ Add a row</source>
        <translation>＋ 行を追加</translation>
    </message>
    <message>
        <source>Delete the row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>No design sheet yet</source>
        <translation>経営デザインシートはまだありません</translation>
    </message>
    <message>
        <source>The sheet puts the company&apos;s purpose, これまで (until now) and これから (5–10 years ahead) side by side, with the moves to get there.</source>
        <translation>企業理念・存在意義、これまで、これから（5〜10年後）と、そこへ移るための移行戦略を1枚にまとめます。</translation>
    </message>
    <message>
        <source>Make the %1 sheet</source>
        <translation>%1年のシートを作る</translation>
    </message>
    <message>
        <source>%1 (for comparison)</source>
        <translation>%1（比較用）</translation>
    </message>
    <message>
        <source>There is no earlier year&apos;s sheet to compare with.</source>
        <translation>比べられる前の年のシートがありません。</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>（行なし）</translation>
    </message>
    <message>
        <source>Select the row of the transition strategy to delete.</source>
        <translation>削除する移行戦略の行を選んでください。</translation>
    </message>
    <message>
        <source>New year&apos;s sheet</source>
        <translation>新しい年のシート</translation>
    </message>
    <message>
        <source>Year of the new sheet (it starts as a copy of %1):</source>
        <translation>新しいシートの年（%1年のシートを写して始めます）：</translation>
    </message>
    <message>
        <source>There is already a sheet for %1.</source>
        <translation>%1年のシートはすでにあります。</translation>
    </message>
    <message>
        <source>%1 is not a year for a design sheet.</source>
        <translation>%1 はシートの年として使えません。</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Action plan</source>
        <translation>行動計画書</translation>
    </message>
    <message>
        <source>Local Benchmark sheet</source>
        <translation>ロカベンシート</translation>
    </message>
    <message>
        <source>Management design sheet</source>
        <translation>経営デザインシート</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>書類をPDFファイルとして保存します</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>書類を印刷します</translation>
    </message>
    <message>
        <source>Save for e-mail</source>
        <translation>メール用に保存</translation>
    </message>
    <message>
        <source>Saves the PDF into the folder %1 in your Documents, without asking, and copies its path to attach it to an e-mail</source>
        <translation>確認なしで「ドキュメント」内のフォルダ %1 にPDFを保存し、メールに添付できるようパスをコピーします</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>書類の言語</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>PDFを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューはありません</translation>
    </message>
    <message>
        <source>The PDF was made but cannot be shown.</source>
        <translation>PDFは作成しましたが、表示できません。</translation>
    </message>
    <message>
        <source>The document&apos;s font has no %1: these characters print as a box. Use another character (e.g. 吉 for 𠮷) if it matters.</source>
        <translation>書類のフォントに %1 がないため、□で印刷されます。必要なら別の字（𠮷なら吉など）に置き換えてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%nページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <source>Saved %1 — the path is on the clipboard, ready to attach to an e-mail.</source>
        <translation>%1 に保存しました。パスをクリップボードにコピーしたので、そのままメールに添付できます。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder and try again.</source>
        <translation>%1 に保存できませんでした（%2）。別のフォルダを選んでもう一度保存してください。</translation>
    </message>
    <message>
        <source>The PDF cannot be printed.</source>
        <translation>このPDFは印刷できません。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%nページを印刷に送りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>FinancialPage</name>
    <message>
        <source>Import benchmarks…</source>
        <translation>基準値を取り込む…</translation>
    </message>
    <message>
        <source>＋ Fiscal period</source>
        <translation>＋ 決算期を追加</translation>
    </message>
    <message>
        <source>Delete period…</source>
        <translation>決算期を削除…</translation>
    </message>
    <message>
        <source>(Unit: thousand yen)</source>
        <translation>（単位：千円）</translation>
    </message>
    <message>
        <source>Fiscal period not added</source>
        <translation>決算期を追加できませんでした</translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation>基準値：</translation>
    </message>
    <message>
        <source>Benchmarks: not registered (基準値未登録)</source>
        <translation>基準値：未登録（基準値未登録のため点数は出ません）</translation>
    </message>
    <message>
        <source>Set the industry on the Overview tab to score against benchmarks.</source>
        <translation>点数を出すには「概要」タブで業種を設定してください。</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>（手動で設定）</translation>
    </message>
    <message>
        <source>(automatic: small when employees ≤ %1)</source>
        <translation>（自動判定：従業員%1人以下で小規模）</translation>
    </message>
    <message>
        <source>(enter employees to decide the size)</source>
        <translation>（従業員数を入力すると規模を判定します）</translation>
    </message>
    <message>
        <source>Import ロカベン benchmarks</source>
        <translation>ロカベン基準値の取り込み</translation>
    </message>
    <message>
        <source>METI workbook or benchmark CSV (*.xlsx *.xlsm *.csv)</source>
        <translation>経済産業省のロカベンExcel・基準値CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <source>Importing benchmarks…</source>
        <translation>基準値を取り込んでいます…</translation>
    </message>
    <message>
        <source>Benchmarks not imported</source>
        <translation>基準値を取り込めませんでした</translation>
    </message>
    <message>
        <source>Delete fiscal period</source>
        <translation>決算期の削除</translation>
    </message>
    <message>
        <source>Delete the figures of %1?</source>
        <translation>%1 の数値を削除しますか？</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Step</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>業務内容</translation>
    </message>
    <message>
        <source>What makes it different</source>
        <translation>差別化ポイント</translation>
    </message>
    <message>
        <source>Start with the usual five steps</source>
        <translation>標準の5工程で始める</translation>
    </message>
    <message>
        <source>＋ Step</source>
        <translation>＋ 工程</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>工程を削除</translation>
    </message>
    <message>
        <source>Business flow</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What they do / supply</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Why (chosen / choosing us)</source>
        <translation>理由（選定理由・選ばれている理由）</translation>
    </message>
    <message>
        <source>＋ Add</source>
        <translation>＋ 追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Commercial flow</source>
        <translation>商流</translation>
    </message>
</context>
<context>
    <name>HubSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>同期の設定</translation>
    </message>
    <message>
        <source>e.g. hub.example.or.jp</source>
        <translation>例：hub.example.or.jp</translation>
    </message>
    <message>
        <source>e.g. banso</source>
        <translation>例：banso</translation>
    </message>
    <message>
        <source>your user name on the hub</source>
        <translation>ハブでのあなたのユーザー名</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>使わない（disable）</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>サーバーが対応していれば使う（prefer）</translation>
    </message>
    <message>
        <source>Always, without checking the certificate (require)</source>
        <translation>常に使う・証明書は確認しない（require）</translation>
    </message>
    <message>
        <source>Always, checking the certificate and host name (verify-full)</source>
        <translation>常に使い、証明書とホスト名を確認する（verify-full）</translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate (.crt / .pem), if it has one</source>
        <translation>事務局のCA証明書（.crt / .pem）があれば指定</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>暗号化（TLS）</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA証明書ファイル</translation>
    </message>
    <message>
        <source>The password is never written into the settings: it is asked for at the first sync and kept in this computer&apos;s keyring.</source>
        <translation>パスワードは設定には保存しません。最初の同期のときに入力し、このパソコンのキーリングに保管します。</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>保管したパスワードを削除</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation>事務局のCA証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The stored password was removed; the next sync asks for it.</source>
        <translation>保管していたパスワードを削除しました。次の同期で入力を求めます。</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview — %1</source>
        <translation>面談モード — %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Correct the date, time, place, attendees or theme</source>
        <translation>日付・時刻・場所・出席者・テーマを直す</translation>
    </message>
    <message>
        <source>Summary and close…</source>
        <translation>まとめて終了…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Close this window; the session stays open and can be resumed.</source>
        <translation>このウィンドウを閉じます。面談は進行中のまま残り、あとで再開できます。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation>送る…</translation>
    </message>
    <message>
        <source>Type what you hear. Enter: next note · Ctrl+1 owner&apos;s words · Ctrl+2 fact · Ctrl+3 your view · Ctrl+4 insight · Ctrl+5 issue candidate · Alt+1–5 wall · Ctrl+T surface/core</source>
        <translation>聞いたことをそのまま入力。Enter：次のメモ ・ Ctrl+1 経営者の言葉 ・ Ctrl+2 事実 ・ Ctrl+3 支援者の見立て ・ Ctrl+4 気づき ・ Ctrl+5 課題候補 ・ Alt+1〜5 壁 ・ Ctrl+T 表／裏</translation>
    </message>
    <message>
        <source>Double-click a card to log it as your question.</source>
        <translation>カードをダブルクリックすると、問いかけとして記録します。</translation>
    </message>
    <message>
        <source>Editing the note of %1 — Enter or Esc to go back to a new note.</source>
        <translation>%1 のメモを編集中 — Enter または Esc で新しいメモに戻ります。</translation>
    </message>
    <message>
        <source>Surface/core</source>
        <translation>表／裏</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>5つの壁</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Notes appear here as you finish them with Enter.</source>
        <translation>Enter でメモを確定すると、ここに並びます。</translation>
    </message>
    <message numerus="yes">
        <source>%n questions in a row without the owner&apos;s words. Pause and listen: let the owner talk (no 詰問).</source>
        <translation>
            <numerusform>経営者の言葉がないまま質問が %n 回続いています。少し待って、社長に話してもらいましょう（詰問にならないように）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recent notes are your own views and questions (%1 of %2). Capture the owner&apos;s words.</source>
        <translation>直近のメモの多くが支援者の見立て・質問です（%2 件中 %1 件）。経営者の言葉を記録しましょう。</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>経過 %1</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>New issue</source>
        <translation>新しい課題</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>The owner&apos;s own words that show it has sunk in (腹落ち)</source>
        <translation>腹落ちを示す経営者自身の言葉</translation>
    </message>
    <message>
        <source>Agreed with the owner</source>
        <translation>経営者と合意した</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Surface / core</source>
        <translation>表／裏</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>5つの壁</translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Write the issue in a few words.</source>
        <translation>課題を短い言葉で書いてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Banso Desktop — %1</source>
        <translation>Banso Desktop — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Everything is saved automatically.</source>
        <translation>入力はすべて自動で保存されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>事業者を追加(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find company</source>
        <translation>事業者を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>ゴミ箱(&amp;T)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>面談(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start a session…</source>
        <translation>面談を始める(&amp;S)…</translation>
    </message>
    <message>
        <source>Search &amp;notes and fields…</source>
        <translation>メモと項目を検索(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Today…</source>
        <translation>今日の予定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>事務所(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Yearly report…</source>
        <translation>年次報告(&amp;Y)…</translation>
    </message>
    <message>
        <source>Companies needing &amp;attention…</source>
        <translation>要注意の事業者(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>ダッシュボード(&amp;D)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>競合を解決(&amp;R)…</translation>
    </message>
    <message>
        <source>Sync s&amp;ettings…</source>
        <translation>同期の設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Banso Desktop</source>
        <translation>Banso Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（商号未入力）</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash (File → Trash to restore).</source>
        <translation>「%1」をゴミ箱に移動しました（ファイル → ゴミ箱 から復元できます）。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存済み %1</translation>
    </message>
    <message>
        <source>Not saved yet, retrying: %1</source>
        <translation>まだ保存できていません（再試行します）：%1</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Figures up to the period ending %1 entered</source>
        <translation>%1 期までの決算数値を入力</translation>
    </message>
    <message>
        <source>%1 actions agreed in the year</source>
        <translation>年度内に施策 %1 件を合意</translation>
    </message>
    <message>
        <source>%1 follow-up sessions; first plan %2</source>
        <translation>フォローアップ %1 回（最初の計画 %2）</translation>
    </message>
    <message>
        <source>%1 sessions in the year</source>
        <translation>年度内の面談 %1 回</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>数値なし</translation>
    </message>
    <message>
        <source>%1 → %2 thousand yen</source>
        <translation>%1 → %2 千円</translation>
    </message>
    <message>
        <source>(not comparable)</source>
        <translation>（比較できません）</translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation>%1 千円</translation>
    </message>
    <message>
        <source> (change %1)</source>
        <translation>（増減 %1）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>事務所</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>書き出しを中止しました。ファイルは作られていません。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>年次報告</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新にする</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 companies · %2 need attention · read %3</source>
        <translation>事業者 %1 社・要注意 %2 社・%3 に集計</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the yearly report</source>
        <translation>年次報告を書き出す</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 に書き出し中…</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>行の追加</translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Surface / core</source>
        <translation>表／裏</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>5つの壁</translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状況の変更日</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>紹介日</translation>
    </message>
    <message>
        <source>Management issue</source>
        <translation>経営課題</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォロー日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Outcome confirmed</source>
        <translation>結果確認日</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Add an issue</source>
        <translation>課題を追加</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>施策を追加</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <source>Add an actual…</source>
        <translation>実績を追加…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>とりつなぎ（紹介）</translation>
    </message>
    <message>
        <source>Refer from the map…</source>
        <translation>紹介先一覧から選ぶ…</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>紹介を追加</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>選んだ行を削除</translation>
    </message>
    <message>
        <source>(no issue)</source>
        <translation>（課題なし）</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>1週間以内に期限</translation>
    </message>
    <message>
        <source>No outcome yet, past the follow-up date</source>
        <translation>フォロー日を過ぎても結果が確認されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>期限を過ぎた施策 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) need a follow-up</source>
        <translation>
            <numerusform>フォローが必要な紹介 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>A referral needs the date it was made.</source>
        <translation>紹介日を入力してください。</translation>
    </message>
    <message>
        <source>The row could not be added: %1</source>
        <translation>行を追加できませんでした：%1</translation>
    </message>
    <message>
        <source>Add an action first: a KPI measures an action.</source>
        <translation>先に施策を追加してください（KPIは施策を測るものです）。</translation>
    </message>
    <message>
        <source>Select a KPI first.</source>
        <translation>先にKPIを選んでください。</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>No points without benchmarks (基準値未登録)</source>
        <translation>基準値未登録のため点数はありません</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Damaged database file</source>
        <translation>データベースファイルの破損</translation>
    </message>
    <message>
        <source>A check found damage in the database file</source>
        <translation>検査でデータベースファイルの破損が見つかりました</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>データベースファイルが壊れています</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>最新のバックアップを開く</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <source>Continue for now</source>
        <translation>このまま続ける</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No automatic backup of this file was found in %1.</source>
        <translation>%1 にこのファイルの自動バックアップが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The damaged file has been left exactly as it is. Keep it: a specialist may be able to recover data from it (for example with the sqlite3 tool&apos;s .recover command).</source>
        <translation>壊れたファイルは一切変更していません。削除せずに保管してください。専門家がデータを取り出せる場合があります（例：sqlite3 ツールの .recover コマンド）。</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1 (companies in it: %2):
%3</source>
        <translation>最新の自動バックアップは %1 のものです（事業者 %2 件）：
%3</translation>
    </message>
    <message>
        <source>Opening it puts the backup in place of the damaged file. The damaged file is not deleted: it is kept beside it, renamed to “%1” with the date and time, together with any changes made after the backup.</source>
        <translation>開くと、壊れたファイルの代わりにバックアップを使います。壊れたファイルは削除せず、日時を付けた「%1」という名前で同じ場所に残します（バックアップ後の変更もそこに含まれます）。</translation>
    </message>
    <message>
        <source>The window closes and opens again on the backup.</source>
        <translation>ウィンドウを閉じて、バックアップで開き直します。</translation>
    </message>
    <message>
        <source>Could not open the backup: %1</source>
        <translation>バックアップを開けませんでした：%1</translation>
    </message>
    <message>
        <source>Opened the automatic backup from %1.</source>
        <translation>%1 の自動バックアップを開きました。</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>壊れたファイルは %1 として保管しました。</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>バックアップを開きました</translation>
    </message>
</context>
<context>
    <name>ReferralMapDialog</name>
    <message>
        <source>Referral map</source>
        <translation>紹介先一覧（とりつなぎ）</translation>
    </message>
    <message>
        <source>Management issue / institution</source>
        <translation>経営課題・紹介先</translation>
    </message>
    <message>
        <source>Our contact (name, phone …)</source>
        <translation>当所の連絡先（担当者・電話など）</translation>
    </message>
    <message>
        <source>Double-click a contact to edit it; choose an institution and press “Refer” to add a referral.</source>
        <translation>連絡先はダブルクリックで編集できます。紹介先を選んで「紹介する」を押すと、紹介を追加します。</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>紹介する</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel に書き出す…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>PDF に書き出す…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>件数・金額</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 – %2 · consultant: %4 · %3 companies</source>
        <translation>%1〜%2・担当者 %4・事業者 %3 社</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 companies in the file</source>
        <translation>%1〜%2・ファイル内の事業者 %3 社</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 companies</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 社</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（名称未入力）</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Industry median
For one more point</source>
        <translation>業種中央値
あと1点</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1点</translation>
    </message>
    <message>
        <source>Median of the industry and size; the value needed for one more point.</source>
        <translation>上段：同業種・同規模の中央値、下段：あと1点上がるのに必要な値</translation>
    </message>
    <message>
        <source>Total (max 30)</source>
        <translation>総合評価点（30点満点）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
</context>
<context>
    <name>RokabenTab</name>
    <message>
        <source>Financial analysis</source>
        <translation>財務分析</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Four perspectives</source>
        <translation>4つの視点</translation>
    </message>
    <message>
        <source>Business flow and commercial flow</source>
        <translation>商流・業務フロー</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Early-warning rules</source>
        <translation>予兆管理のルール</translation>
    </message>
    <message>
        <source>A company is listed when any rule that is on finds it.</source>
        <translation>オンにしたルールのどれかに当てはまる事業者を要注意として表示します。</translation>
    </message>
</context>
<context>
    <name>SaveProblemBanner</name>
    <message>
        <source>Try again now</source>
        <translation>今すぐもう一度保存</translation>
    </message>
    <message>
        <source>Save the text to a file…</source>
        <translation>文章をファイルに保存…</translation>
    </message>
    <message>
        <source>Keep a copy of what is not saved yet, for example on another drive</source>
        <translation>まだ保存されていない内容の控えを、別のドライブなどに保存します</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>まだ保存されていません：%1</translation>
    </message>
    <message>
        <source>Saved: everything you typed is in the database file now.</source>
        <translation>保存しました：入力した内容はすべてデータベースファイルに入りました。</translation>
    </message>
    <message>
        <source>At %1 a copy of the unsaved text was saved to %2. Saving to the database file is still being tried.</source>
        <translation>%1 に、保存されていない文章の控えを %2 に保存しました。データベースファイルへの保存は引き続き試みています。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes and fields</source>
        <translation>メモと項目を検索</translation>
    </message>
    <message>
        <source>Words from notes, issues, actions, sheets or company names</source>
        <translation>メモ・課題・施策・シート・事業者名の言葉で検索</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索できませんでした：%1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation>ロカベン</translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation>経営デザインシート</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>New issue (課題)…</source>
        <translation>新しい課題…</translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation>ロカベン</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation>経営デザインシート</translation>
    </message>
    <message>
        <source>Send the note to…</source>
        <translation>メモを送る先…</translation>
    </message>
    <message>
        <source>Type to filter, e.g. 強み</source>
        <translation>入力して絞り込み（例：強み）</translation>
    </message>
    <message>
        <source>Move (remove the note from this session&apos;s log)</source>
        <translation>移動する（この面談の記録からメモを外す）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送る</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>面談を始める</translation>
    </message>
    <message>
        <source>Open in interview mode</source>
        <translation>面談モードで開く</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>面談の記録はまだありません。</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>支援者</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the computer (system language)</source>
        <translation>パソコンの設定に合わせる</translation>
    </message>
    <message>
        <source>A new language applies the next time Banso Desktop starts.</source>
        <translation>言語の変更は、次に Banso Desktop を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>your name, as printed on plans</source>
        <translation>計画書に印刷されるあなたの名前</translation>
    </message>
    <message>
        <source>e.g. みどり市商工会</source>
        <translation>例：みどり市商工会</translation>
    </message>
    <message>
        <source>Hub server and user…</source>
        <translation>同期サーバーとユーザー…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interview text size</source>
        <translation>面談メモの文字の大きさ</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>支援機関</translation>
    </message>
    <message>
        <source>Office sync</source>
        <translation>事務所との同期</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start a session</source>
        <translation>面談を始める</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>面談の詳細</translation>
    </message>
    <message>
        <source>和暦 or 西暦: R7.3.31, 令和7年3月31日, 2025/3/31</source>
        <translation>和暦・西暦どちらでも：R7.3.31、令和7年3月31日、2025/3/31</translation>
    </message>
    <message>
        <source>e.g. 売上減少の要因整理</source>
        <translation>例：売上減少の要因整理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>面談を開始</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>面談の日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Borrowings (total)</source>
        <translation>借入金（計）</translation>
    </message>
    <message>
        <source>Trade receivables (total)</source>
        <translation>売上債権（計）</translation>
    </message>
    <message>
        <source>Trade payables (total)</source>
        <translation>買入債務（計）</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Tick to count this in borrowings (借入金).</source>
        <translation>チェックすると借入金に含めます。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Closing the session</source>
        <translation>面談のまとめ</translation>
    </message>
    <message>
        <source>Back to the interview</source>
        <translation>面談に戻る</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>面談を終了する</translation>
    </message>
    <message>
        <source>The gist of today&apos;s dialogue, in a few lines</source>
        <translation>今日の対話の要旨を数行で</translation>
    </message>
    <message>
        <source>Gist of the dialogue</source>
        <translation>対話の要旨</translation>
    </message>
    <message>
        <source>Agreed issues</source>
        <translation>合意した課題</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Surface / core</source>
        <translation>表／裏</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>5つの壁</translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意</translation>
    </message>
    <message>
        <source>Add an &amp;issue</source>
        <translation>課題を追加(&amp;I)</translation>
    </message>
    <message>
        <source>Actions decided (who, what, by when)</source>
        <translation>決めた施策（誰が・何を・いつまでに）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Add an &amp;action</source>
        <translation>施策を追加(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. R8.1.15 or 2026/1/15</source>
        <translation>例：R8.1.15、2026/1/15</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>次回訪問日</translation>
    </message>
    <message>
        <source>Self-reliance checklist (0 = not yet, 1 = partly, 2 = yes)</source>
        <translation>自走化チェック（0＝まだ、1＝一部、2＝できている）</translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation>前回：%1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>合計：%1 / %2</translation>
    </message>
    <message>
        <source>(last time %1)</source>
        <translation>（前回 %1）</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync with the office hub</source>
        <translation>事務局のハブと同期</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%2 のユーザー %1 のパスワード：</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>同期を中止しています…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Synced %1: sent %2 · received %3</source>
        <translation>同期しました %1&#x3000;送信 %2・受信 %3</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in, so it is asked for at every sync.</source>
        <translation>このパソコンにはパスワードを保管する仕組み（キーリング）がないため、同期のたびに入力が必要です。</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1 (Sync → Resolve conflicts…)</source>
        <translation>解決が必要な競合：%1 件（同期 → 競合を解決…）</translation>
    </message>
    <message>
        <source>Sync stopped %1; what was done so far is kept</source>
        <translation>同期を中止しました %1（それまでの送受信は保存済み）</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同期できませんでした：%1</translation>
    </message>
    <message>
        <source>If the password was changed on the hub, remove the stored one (Sync → Sync settings…) and sync again.</source>
        <translation>ハブでパスワードが変わった場合は、保管したパスワードを削除して（同期 → 同期の設定…）もう一度同期してください。</translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <source>Sync with the office hub</source>
        <translation>事務局のハブと同期</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop after the current batch; what was sent or received so far is kept.</source>
        <translation>今の区切りで止めます。それまでに送受信した分は保存されます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>ハブに接続中…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>受信中…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>今の区切りで止めています…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同期できませんでした</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>同期が終わりました</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Sync with the office hub now (Ctrl+Shift+Y)</source>
        <translation>今すぐ事務局のハブと同期（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>同期は未設定</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>未送信 %1</translation>
    </message>
    <message>
        <source>Conflicts %1</source>
        <translation>競合 %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>送信待ちの変更：%1</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation>解決が必要な競合：%1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Self-reliance over visits</source>
        <translation>自走化の推移</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>面談の記録</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>面談の記録はまだありません。</translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <source>Today</source>
        <translation>今日の予定</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation>担当・紹介先</translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation>期限が近い・過ぎた施策</translation>
    </message>
    <message>
        <source>Next visits</source>
        <translation>次回訪問</translation>
    </message>
    <message>
        <source>Referrals waiting for an outcome</source>
        <translation>結果待ちの紹介</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ゴミ箱は空です。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Companies in the trash can be restored with all their records.</source>
        <translation>ゴミ箱の事業者は、すべての記録とともに復元できます。</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（商号未入力）</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 に削除</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Industry median</source>
        <translation>業種中央値</translation>
    </message>
</context>
<context>
    <name>UnsavedTextSaver</name>
    <message>
        <source>Not saved yet</source>
        <translation>まだ保存されていません</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved in the database file yet.</source>
        <translation>入力した内容の一部が、まだデータベースファイルに保存されていません。</translation>
    </message>
    <message>
        <source>If the window closes now, that text is lost unless you save it to a file.</source>
        <translation>いまウィンドウを閉じると、ファイルに保存しない限りその文章は失われます。</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>ウィンドウを開いたままにする</translation>
    </message>
    <message>
        <source>Save the text to a file, then close…</source>
        <translation>文章をファイルに保存してから閉じる…</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>保存せずに閉じる（失われます）</translation>
    </message>
    <message>
        <source>Save the unsaved text</source>
        <translation>保存されていない文章を保存</translation>
    </message>
    <message>
        <source>Text file (*.txt);;JSON (*.json)</source>
        <translation>テキストファイル (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Choose another place, for example another drive or a USB stick.</source>
        <translation>%1 を書き込めませんでした：%2

別の場所（別のドライブや USB メモリなど）を選んでください。</translation>
    </message>
    <message>
        <source>Text typed in Banso Desktop that is not saved in its database file yet</source>
        <translation>Banso Desktop で入力し、まだデータベースファイルに保存されていない文章</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>データベースファイル：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>書き出した日時：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>(company not known)</source>
        <translation>（事業者不明）</translation>
    </message>
    <message>
        <source>Interview note</source>
        <translation>面談メモ</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Company details: %1</source>
        <translation>事業者情報：%1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>e.g. 伴走 太郎</source>
        <translation>例：伴走 太郎</translation>
    </message>
    <message>
        <source>e.g. ○○商工会</source>
        <translation>例：○○商工会</translation>
    </message>
    <message>
        <source>Add your first company</source>
        <translation>最初の事業者を登録する</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>所属機関</translation>
    </message>
    <message>
        <source>Welcome to Banso Desktop</source>
        <translation>ようこそ Banso Desktop へ</translation>
    </message>
    <message>
        <source>Banso Desktop keeps your 伴走支援 work — companies, interviews, ロカベン and plans — in one file on this computer, and works without a network. Everything you type is saved at once; there is no Save button.</source>
        <translation>Banso Desktop は、事業者の情報・面談・ロカベン・行動計画など伴走支援の記録を、このパソコンの1つのファイルに保管します。ネットワークがなくても使えます。入力した内容はその場で保存されるので、保存ボタンはありません。</translation>
    </message>
    <message>
        <source>Your database: %1</source>
        <translation>データベースの場所：%1</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>事業者を選んでください</translation>
    </message>
    <message>
        <source>Pick a company from the list on the left, or add a new one.</source>
        <translation>左の一覧から事業者を選ぶか、新しく追加してください。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation>ロカベン</translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation>経営デザインシート</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行動計画</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>要注意：</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（商号未入力）</translation>
    </message>
</context>
<context>
    <name>benchmarks</name>
    <message>
        <source>{where}: “{value}” is not a number.</source>
        <translation>{where}：「{value}」は数値ではありません。</translation>
    </message>
    <message>
        <source>{where}: “{value}” is outside the range of benchmark values.</source>
        <translation>{where}：「{value}」は基準値として扱える範囲を超えています。</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a ロカベン 小分類 (like 0201_建設業).</source>
        <translation>{where}：「{value}」はロカベンの小分類ではありません（例：0201_建設業）。</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not 中規模事業者 or 小規模事業者.</source>
        <translation>{where}：「{value}」は中規模事業者・小規模事業者のどちらでもありません。</translation>
    </message>
    <message>
        <source>The file holds no benchmark rows.</source>
        <translation>ファイルに基準値の行がありません。</translation>
    </message>
    <message>
        <source>{code} {scale}: no values for {missing}.</source>
        <translation>{code} {scale}：{missing} の値がありません。</translation>
    </message>
    <message>
        <source>{code} {scale} {indicator}: the cut-points ⅳ–ⅰ are not in order.</source>
        <translation>{code} {scale} {indicator}：基準値ⅳ〜ⅰの並びが正しくありません。</translation>
    </message>
    <message>
        <source>The CSV needs the columns {columns}.</source>
        <translation>CSVには次の列が必要です：{columns}</translation>
    </message>
    <message>
        <source>{where}: unknown indicator “{value}”.</source>
        <translation>{where}：指標「{value}」は不明です。</translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a unit for {indicator}.</source>
        <translation>{where}：「{value}」は {indicator} の単位ではありません。</translation>
    </message>
    <message>
        <source>{where}: {indicator} is “{value}”-is-better in ロカベン, not that.</source>
        <translation>{where}：ロカベンでは {indicator} は「{value}」が良い指標です。</translation>
    </message>
    <message>
        <source>{where} repeats line {first} ({code} {scale} {indicator}).</source>
        <translation>{where} は {first} 行目と重複しています（{code} {scale} {indicator}）。</translation>
    </message>
    <message>
        <source>Line {line} of the CSV has a field over {limit} characters long (is a quote not closed?).</source>
        <translation>CSVの{line}行目に{limit}文字を超える項目があります（引用符が閉じられていない可能性があります）。</translation>
    </message>
    <message>
        <source>Line {line} of the CSV cannot be read ({reason}).</source>
        <translation>CSVの{line}行目を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook ({reason}).</source>
        <translation>{path} をExcelブックとして読めません（{reason}）。</translation>
    </message>
    <message>
        <source>No sheet in this workbook has the benchmark header (大分類, 小分類, 事業規模, …_中央値).</source>
        <translation>このブックには基準値の見出し（大分類・小分類・事業規模・…_中央値）を持つシートがありません。</translation>
    </message>
    <message>
        <source>{where} repeats {code} {scale}.</source>
        <translation>{where} は {code} {scale} と重複しています。</translation>
    </message>
    <message>
        <source>{where}: {indicator} lacks some cut-points.</source>
        <translation>{where}：{indicator} の基準値が一部欠けています。</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} にファイルがありません。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Shift_JIS text.</source>
        <translation>{path} はUTF-8でもShift_JISでもありません。</translation>
    </message>
    <message>
        <source>{path}: choose the METI workbook (.xlsx) or a benchmark CSV.</source>
        <translation>{path}：経済産業省のロカベンExcel（.xlsx）か基準値CSVを選んでください。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>see --help</source>
        <translation>--help を参照</translation>
    </message>
    <message>
        <source>Created {companies} companies, {periods} fiscal periods, {sessions} sessions and {notes} notes in {seconds:.1f} s: {path}</source>
        <translation>事業者 {companies} 件、決算期 {periods} 件、面談 {sessions} 件、記録 {notes} 件を {seconds:.1f} 秒で作成しました：{path}</translation>
    </message>
    <message>
        <source>--db needs --company ID</source>
        <translation>--db には --company ID が必要です</translation>
    </message>
    <message>
        <source> (details in {path})</source>
        <translation>（詳細：{path}）</translation>
    </message>
    <message>
        <source>banso: unexpected error: {error}{where}
</source>
        <translation>banso: 予期しないエラーが発生しました：{error}{where}
</translation>
    </message>
    <message>
        <source>{where}.{key}: {problem}</source>
        <translation>{where}.{key}：{problem}</translation>
    </message>
    <message>
        <source>a number is needed</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>The input must be a JSON object with &quot;periods&quot;.</source>
        <translation>入力は &quot;periods&quot; を持つJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>industry: “{value}” is not a ロカベン 小分類 (like 0201_建設業).</source>
        <translation>industry：「{value}」はロカベンの小分類ではありません（例：0201_建設業）。</translation>
    </message>
    <message>
        <source>scale: “{value}” is not 小規模事業者, 中規模事業者 or null.</source>
        <translation>scale：「{value}」は小規模事業者・中規模事業者・null のいずれでもありません。</translation>
    </message>
    <message>
        <source>periods: a non-empty list of fiscal periods is needed.</source>
        <translation>periods：決算期のリスト（1件以上）が必要です。</translation>
    </message>
    <message>
        <source>{where}: each period must be an object.</source>
        <translation>{where}：各決算期はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明な項目です</translation>
    </message>
    <message>
        <source>the fiscal year end is needed</source>
        <translation>決算期末日が必要です</translation>
    </message>
    <message>
        <source>periods: two periods end on the same day.</source>
        <translation>periods：同じ日に終わる決算期が2つあります。</translation>
    </message>
    <message>
        <source>The input holds {name}, which is not a number.</source>
        <translation>入力に数値ではない {name} が含まれています。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} を読めません：{reason}</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text.</source>
        <translation>入力がUTF-8のテキストではありません。</translation>
    </message>
    <message>
        <source>The input is not valid JSON (line {line}, column {column}).</source>
        <translation>入力が正しいJSONではありません（{line}行{column}列）。</translation>
    </message>
    <message>
        <source>The input holds a number with too many digits.</source>
        <translation>入力に桁数が多すぎる数値が含まれています。</translation>
    </message>
    <message>
        <source>The input is nested too deeply.</source>
        <translation>入力の入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>There is no company with the id {id}.</source>
        <translation>ID {id} の事業者はありません。</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>事業規模</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>総合評価点</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Imported {rows} benchmark rows from {file} and made them active ({id}).</source>
        <translation>{file} から基準値 {rows} 行を取り込み、使用する基準値にしました（{id}）。</translation>
    </message>
    <message>
        <source>This table is already imported; it is now the active set ({id}).</source>
        <translation>この基準値はすでに取り込まれています。使用する基準値にしました（{id}）。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>対話要旨</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Action plan as of {date}</source>
        <translation>行動計画（{date} 時点）</translation>
    </message>
    <message>
        <source>baseline {baseline} → target {target}</source>
        <translation>基準 {baseline} → 目標 {target}</translation>
    </message>
    <message>
        <source>No issues recorded yet.</source>
        <translation>課題はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Actions without an issue</source>
        <translation>課題に紐づかない施策</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>とりつなぎ（紹介）</translation>
    </message>
    <message>
        <source>No referrals recorded yet.</source>
        <translation>紹介はまだ記録されていません。</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>本人同意あり</translation>
    </message>
    <message>
        <source>no consent yet</source>
        <translation>本人同意なし</translation>
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation>フォロー {date}</translation>
    </message>
    <message>
        <source>outcome {date}: {outcome}</source>
        <translation>結果 {date}：{outcome}</translation>
    </message>
    <message>
        <source>NEEDS A FOLLOW-UP</source>
        <translation>要フォロー</translation>
    </message>
    <message>
        <source>Design sheet {year}</source>
        <translation>経営デザインシート {year}年</translation>
    </message>
    <message>
        <source>Value added (thousand yen)</source>
        <translation>付加価値額（千円）</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} 時点</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>過ぎています</translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation>期限が近い・過ぎた施策</translation>
    </message>
    <message>
        <source>Next visits</source>
        <translation>次回訪問</translation>
    </message>
    <message>
        <source>Referrals waiting for an outcome</source>
        <translation>結果待ちの紹介</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>次回訪問</translation>
    </message>
    <message>
        <source>Self-reliance</source>
        <translation>自走化</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>面談の記録はまだありません。</translation>
    </message>
    <message>
        <source>Give the text to search for.</source>
        <translation>検索する言葉を指定してください。</translation>
    </message>
    <message>
        <source>{path} is a folder: give the PDF&apos;s file name.</source>
        <translation>{path} はフォルダです。PDFのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>フォルダ {path} がありません。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>Wrote {path} ({size:,} bytes).</source>
        <translation>{path} を書き出しました（{size:,} バイト）。</translation>
    </message>
    <message>
        <source>Note: the document&apos;s font has no {chars}; they print as a box. Use another character (e.g. 吉 for 𠮷) if it matters.</source>
        <translation>注意：書類のフォントに {chars} がないため、□で印刷されます。必要なら別の字（𠮷なら吉など）に置き換えてください。</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>標準入力にパスワードがありません。</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, set BANSO_HUB_PASSWORD, or run in a terminal.</source>
        <translation>パスワードが必要です。--password-stdin を使うか、BANSO_HUB_PASSWORD を設定するか、端末から実行してください。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>もう一度：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2回のパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Hub created (schema {version}, epoch {epoch}).</source>
        <translation>ハブを作成しました（スキーマ {version}、エポック {epoch}）。</translation>
    </message>
    <message>
        <source>Hub at schema {version} (was {was}).</source>
        <translation>ハブはスキーマ {version} です（以前は {was}）。</translation>
    </message>
    <message>
        <source>{user} can now sync for {org}.</source>
        <translation>{user} は {org} として同期できるようになりました。</translation>
    </message>
    <message>
        <source>Note: no keyring service here, so the password was not kept; it will be asked again.</source>
        <translation>注意：この環境にはキーリング（パスワード保管）サービスがないため、パスワードは保存していません。次回も入力が必要です。</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}, conflicts {conflicts}.</source>
        <translation>送信 {pushed} 件、受信 {pulled} 件、競合 {conflicts} 件。</translation>
    </message>
    <message>
        <source>{year} is not a fiscal year (a year such as 2025).</source>
        <translation>{year} は年度として使えません（2025 のような西暦で指定してください）。</translation>
    </message>
    <message>
        <source>Fiscal year %1 (%2 to %3)</source>
        <translation>%1年度（%2〜%3）</translation>
    </message>
    <message>
        <source>--consultant needs a name or an id.</source>
        <translation>--consultant には担当者の名前か ID を指定してください。</translation>
    </message>
    <message>
        <source>More than one consultant is called {name}: give the id ({ids}).</source>
        <translation>{name} という担当者が複数います。ID で指定してください（{ids}）。</translation>
    </message>
    <message>
        <source>There is no consultant {name}. The consultants are: {names}.</source>
        <translation>担当者 {name} は見つかりません。担当者：{names}。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON.</source>
        <translation>{path} は正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>The rules in {path} cannot be used: {reason}</source>
        <translation>{path} のルールは使えません：{reason}</translation>
    </message>
    <message>
        <source>%1 companies need attention (as of %2).</source>
        <translation>要注意の事業者は %1 社です（%2 時点）。</translation>
    </message>
    <message>
        <source>No benchmark set is imported: falling scores are not judged.</source>
        <translation>基準値が取り込まれていないため、ロカベン点数の低下は判定していません。</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>This is too long ({count} characters; at most {limit}).</source>
        <translation>長すぎます（{count}文字。上限は{limit}文字）。</translation>
    </message>
    <message>
        <source>Enter the company name (商号).</source>
        <translation>商号を入力してください。</translation>
    </message>
    <message>
        <source>Write the reading (フリガナ) in katakana.</source>
        <translation>フリガナはカタカナで入力してください。</translation>
    </message>
    <message>
        <source>A postal code has 7 digits, like 123-4567.</source>
        <translation>郵便番号は7桁です（例：123-4567）。</translation>
    </message>
    <message>
        <source>A phone number has 10 to 15 digits, like 03-1234-5678.</source>
        <translation>電話番号は10〜15桁です（例：03-1234-5678）。</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>メールアドレスの形式ではありません。</translation>
    </message>
    <message>
        <source>The number {value} is too large.</source>
        <translation>{value} は大きすぎます。</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>マイナスは入力できません。</translation>
    </message>
    <message>
        <source>A month is 1 to 12.</source>
        <translation>月は1〜12で入力してください。</translation>
    </message>
    <message>
        <source>Choose 小規模事業者 or 中規模事業者.</source>
        <translation>小規模事業者か中規模事業者を選んでください。</translation>
    </message>
    <message>
        <source>A corporate number has only digits.</source>
        <translation>法人番号は数字だけです。</translation>
    </message>
    <message>
        <source>A corporate number has 13 digits; this has {count}.</source>
        <translation>法人番号は13桁です（入力は{count}桁）。</translation>
    </message>
    <message>
        <source>The check digit does not match (the first digit should be {expected}); please check the number.</source>
        <translation>チェックデジットが合いません（先頭の数字は {expected} のはずです）。番号を確認してください。</translation>
    </message>
    <message>
        <source>Use only one minus sign.</source>
        <translation>マイナス記号は1つだけにしてください。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>「{text}」は数値として読めません。</translation>
    </message>
    <message>
        <source>Commas must separate groups of three digits (“{text}”).</source>
        <translation>カンマは3桁ごとに入れてください（「{text}」）。</translation>
    </message>
    <message>
        <source>“{text}” is too large.</source>
        <translation>「{text}」は大きすぎます。</translation>
    </message>
    <message>
        <source>The units in “{text}” are out of order.</source>
        <translation>「{text}」の単位の順序が正しくありません。</translation>
    </message>
    <message>
        <source>Add the unit to the last part of “{text}” (for example 万 or 円).</source>
        <translation>「{text}」の最後の数字にも単位を付けてください（例：万、円）。</translation>
    </message>
    <message>
        <source>“{text}” has a fraction of a yen.</source>
        <translation>「{text}」に1円未満の端数があります。</translation>
    </message>
    <message>
        <source>Enter a whole number (“{text}”).</source>
        <translation>整数で入力してください（「{text}」）。</translation>
    </message>
    <message>
        <source>An era year starts at 元年 (1).</source>
        <translation>和暦の年は元年（1年）から始まります。</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example R7.3.31 or 2025/3/31).</source>
        <translation>「{text}」は日付として読めません（例：R7.3.31、2025/3/31）。</translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar.</source>
        <translation>「{text}」という日はありません。</translation>
    </message>
    <message>
        <source>{era} began on {start}; “{text}” is before it.</source>
        <translation>{era}は{start}からです。「{text}」はそれより前です。</translation>
    </message>
    <message>
        <source>Dates before 1868 (明治) are not supported.</source>
        <translation>1868年（明治）より前の日付は扱えません。</translation>
    </message>
    <message>
        <source>“{text}” is not a year (for example 1975 or 昭和50年).</source>
        <translation>「{text}」は年として読めません（例：1975、昭和50年）。</translation>
    </message>
    <message>
        <source>The year {year} is out of range.</source>
        <translation>{year}年は範囲外です。</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day (e.g. 10:30).</source>
        <translation>「{text}」は時刻ではありません（例：10:30）。</translation>
    </message>
    <message>
        <source>Enter the fiscal year end (for example R7.3.31).</source>
        <translation>決算期末日を入力してください（例：R7.3.31）。</translation>
    </message>
    <message>
        <source>A fiscal period has 1 to 24 months.</source>
        <translation>決算期の月数は1〜24です。</translation>
    </message>
    <message>
        <source>Another period already ends on {day}.</source>
        <translation>{day} に終わる決算期がすでにあります。</translation>
    </message>
    <message>
        <source>“{text}” is not in this KPI&apos;s unit ({unit}).</source>
        <translation>「{text}」はこのKPIの単位（{unit}）の値ではありません。</translation>
    </message>
    <message>
        <source>{year} is not a year for a design sheet.</source>
        <translation>{year} はシートの年として使えません。</translation>
    </message>
    <message>
        <source>There is already a design sheet for {year}.</source>
        <translation>{year}年の経営デザインシートはすでにあります。</translation>
    </message>
    <message>
        <source>There is no design sheet for {year} to copy.</source>
        <translation>写す元の{year}年の経営デザインシートがありません。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事実</translation>
    </message>
    <message>
        <source>Consultant&apos;s view</source>
        <translation>支援者の見立て</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>気づき</translation>
    </message>
    <message>
        <source>Issue candidate</source>
        <translation>課題候補</translation>
    </message>
    <message>
        <source>P0 Preparation</source>
        <translation>P0 準備</translation>
    </message>
    <message>
        <source>P1 Rapport (dialogue and listening)</source>
        <translation>P1 信頼関係（対話と傾聴）</translation>
    </message>
    <message>
        <source>P2 Review and put into words</source>
        <translation>P2 総点検・言語化</translation>
    </message>
    <message>
        <source>P3 Set the essential issue</source>
        <translation>P3 本質的課題の設定</translation>
    </message>
    <message>
        <source>P4 Solutions and action plan</source>
        <translation>P4 解決策・行動計画</translation>
    </message>
    <message>
        <source>P5 Execution support and monitoring</source>
        <translation>P5 実行支援・モニタリング</translation>
    </message>
    <message>
        <source>P6 Reflection and self-reliance</source>
        <translation>P6 振り返り・自走化</translation>
    </message>
    <message>
        <source>Cannot see</source>
        <translation>見えない</translation>
    </message>
    <message>
        <source>Not facing it</source>
        <translation>向き合わない</translation>
    </message>
    <message>
        <source>Cannot act</source>
        <translation>実行できない</translation>
    </message>
    <message>
        <source>Staff don&apos;t follow</source>
        <translation>付いてこない</translation>
    </message>
    <message>
        <source>Lacking resources</source>
        <translation>足りない</translation>
    </message>
    <message>
        <source>Surface issue</source>
        <translation>表の課題</translation>
    </message>
    <message>
        <source>Core issue</source>
        <translation>裏の課題</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>経営者</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>後継者</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>従業員</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>金融機関</translation>
    </message>
    <message>
        <source>Small business (小規模事業者)</source>
        <translation>小規模事業者</translation>
    </message>
    <message>
        <source>Medium business (中規模事業者)</source>
        <translation>中規模事業者</translation>
    </message>
    <message>
        <source>① Sales growth</source>
        <translation>① 売上増加率</translation>
    </message>
    <message>
        <source>Sales growth</source>
        <translation>売上増加率</translation>
    </message>
    <message>
        <source>② Operating margin</source>
        <translation>② 営業利益率</translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation>営業利益率</translation>
    </message>
    <message>
        <source>③ Labour productivity</source>
        <translation>③ 労働生産性</translation>
    </message>
    <message>
        <source>Labour productivity</source>
        <translation>労働生産性</translation>
    </message>
    <message>
        <source>④ Debt to EBITDA</source>
        <translation>④ EBITDA有利子負債倍率</translation>
    </message>
    <message>
        <source>Debt/EBITDA</source>
        <translation>EBITDA倍率</translation>
    </message>
    <message>
        <source>⑤ Working capital (months)</source>
        <translation>⑤ 営業運転資本回転期間</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>運転資本回転期間</translation>
    </message>
    <message>
        <source>⑥ Equity ratio</source>
        <translation>⑥ 自己資本比率</translation>
    </message>
    <message>
        <source>Equity ratio</source>
        <translation>自己資本比率</translation>
    </message>
    <message>
        <source>States the core issue in their own words, consistently</source>
        <translation>本質的課題を自分の言葉で一貫して語れる</translation>
    </message>
    <message>
        <source>Sets the next action and deadline unprompted</source>
        <translation>次の行動と期限を促されずに決められる</translation>
    </message>
    <message>
        <source>Tracks monthly figures (sales, gross profit, cash)</source>
        <translation>月次の数字（売上・粗利・資金繰り）を自社で把握している</translation>
    </message>
    <message>
        <source>Involves staff or the successor</source>
        <translation>従業員や後継者を巻き込んでいる</translation>
    </message>
    <message>
        <source>Updates the plan when things change</source>
        <translation>状況が変われば自社で計画を見直す</translation>
    </message>
    <message>
        <source>Seeks outside resources on their own</source>
        <translation>外部の支援や資源を自ら探して使う</translation>
    </message>
    <message>
        <source>Outcome KPIs move (sales, gross profit, value added)</source>
        <translation>成果KPI（売上・粗利・付加価値額）が動いている</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>支援者</translation>
    </message>
    <message>
        <source>Outside body</source>
        <translation>外部機関</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <source>Management development support</source>
        <translation>経営発達支援事業</translation>
    </message>
    <message>
        <source>Value added of the companies supported</source>
        <translation>支援事業者の付加価値額</translation>
    </message>
    <message>
        <source>Referrals and issues</source>
        <translation>とりつなぎ・課題解決</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>初回面談</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>入力日</translation>
    </message>
    <message>
        <source>First agreed on</source>
        <translation>最初の合意日</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最後のフォローアップ</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>面談日</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>紹介日</translation>
    </message>
    <message>
        <source>Outcome confirmed on</source>
        <translation>結果確認日</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解決日</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 社</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation>支援機関</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Companies in the file</source>
        <translation>登録事業者数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>件数・金額</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>数え方</translation>
    </message>
    <message>
        <source>Figures for the year</source>
        <translation>年度の実績</translation>
    </message>
    <message>
        <source>Amounts are in thousand yen, rounded to the nearest thousand; ▲ marks a negative amount.</source>
        <translation>金額の単位は千円（千円未満四捨五入）、▲はマイナスです。</translation>
    </message>
    <message>
        <source>Companies behind each figure</source>
        <translation>実績の内訳（事業者）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#x3000;%2%3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Latest (thousand yen)</source>
        <translation>直近（千円）</translation>
    </message>
    <message>
        <source>Previous (thousand yen)</source>
        <translation>前期（千円）</translation>
    </message>
    <message>
        <source>Change (thousand yen)</source>
        <translation>増減（千円）</translation>
    </message>
    <message>
        <source>Previous period end</source>
        <translation>前期末</translation>
    </message>
    <message>
        <source>Value added (thousand yen)</source>
        <translation>付加価値額（千円）</translation>
    </message>
    <message>
        <source>Companies supported</source>
        <translation>支援事業者数</translation>
    </message>
    <message>
        <source>Companies with a management analysis</source>
        <translation>経営状況分析事業者数</translation>
    </message>
    <message>
        <source>Companies with a business plan made</source>
        <translation>事業計画策定事業者数</translation>
    </message>
    <message>
        <source>Companies followed up</source>
        <translation>フォローアップ実施事業者数</translation>
    </message>
    <message>
        <source>Follow-up sessions in all</source>
        <translation>フォローアップ延べ回数</translation>
    </message>
    <message>
        <source>of which sales increased</source>
        <translation>うち売上高増加</translation>
    </message>
    <message>
        <source>of which sales decreased</source>
        <translation>うち売上高減少</translation>
    </message>
    <message>
        <source>of which sales unchanged</source>
        <translation>うち売上高横ばい</translation>
    </message>
    <message>
        <source>of which sales unknown</source>
        <translation>うち売上高不明</translation>
    </message>
    <message>
        <source>of which gross profit increased</source>
        <translation>うち粗利増加</translation>
    </message>
    <message>
        <source>of which gross profit decreased</source>
        <translation>うち粗利減少</translation>
    </message>
    <message>
        <source>of which gross profit unchanged</source>
        <translation>うち粗利横ばい</translation>
    </message>
    <message>
        <source>of which gross profit unknown</source>
        <translation>うち粗利不明</translation>
    </message>
    <message>
        <source>Value added (latest periods, total)</source>
        <translation>付加価値額（直近期の合計）</translation>
    </message>
    <message>
        <source>Increase in value added (total)</source>
        <translation>付加価値額の増加額（合計）</translation>
    </message>
    <message>
        <source>Companies whose value added increased</source>
        <translation>付加価値額増加事業者数</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>とりつなぎ件数</translation>
    </message>
    <message>
        <source>Referrals closed (outcome confirmed)</source>
        <translation>とりつなぎ結果確認件数</translation>
    </message>
    <message>
        <source>Issues resolved</source>
        <translation>課題解決件数</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>社</translation>
    </message>
    <message>
        <source>times</source>
        <translation>回</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>A session, an analysis or a plan in the year.</source>
        <translation>年度内に面談・経営分析・計画策定のいずれかがあった事業者。</translation>
    </message>
    <message>
        <source>Financial figures (a period with sales) entered in the year.</source>
        <translation>年度内に決算数値（売上高のある決算期）を入力した事業者。</translation>
    </message>
    <message>
        <source>At least one action agreed in the year.</source>
        <translation>年度内に施策を1件以上合意した事業者。</translation>
    </message>
    <message>
        <source>A session in the year after the company&apos;s first plan.</source>
        <translation>最初の計画策定より後に、年度内の面談があった事業者。</translation>
    </message>
    <message>
        <source>Sessions in the year after the company&apos;s first plan, each counted.</source>
        <translation>最初の計画策定より後の年度内の面談の延べ回数。</translation>
    </message>
    <message>
        <source>Followed-up companies: the latest period closed by the year&apos;s end against the one before.</source>
        <translation>フォローアップ実施事業者について、年度末までに締まった直近の決算期を前期と比べたもの。</translation>
    </message>
    <message>
        <source>Operating income + labour cost + depreciation of the latest period closed by the year&apos;s end.</source>
        <translation>年度末までに締まった直近の決算期の営業利益＋人件費＋減価償却費。</translation>
    </message>
    <message>
        <source>Against the period before, where both are 12 months about a year apart.</source>
        <translation>前期と比較（どちらも12か月で、約1年離れている場合）。</translation>
    </message>
    <message>
        <source>Referral date in the year.</source>
        <translation>紹介日が年度内のもの。</translation>
    </message>
    <message>
        <source>Outcome confirmed in the year.</source>
        <translation>結果の確認日が年度内のもの。</translation>
    </message>
    <message>
        <source>Issues marked resolved in the year.</source>
        <translation>年度内に「解決」にした課題。</translation>
    </message>
    <message>
        <source>Sales falling</source>
        <translation>売上高の連続減少</translation>
    </message>
    <message>
        <source>Liabilities exceed assets</source>
        <translation>債務超過</translation>
    </message>
    <message>
        <source>Local Benchmark score fell</source>
        <translation>ロカベン点数の低下</translation>
    </message>
    <message>
        <source>EBITDA zero or below</source>
        <translation>EBITDA がゼロ以下</translation>
    </message>
    <message>
        <source>Working capital period up</source>
        <translation>運転資本回転期間の悪化</translation>
    </message>
    <message>
        <source>No session while actions are open</source>
        <translation>施策が未完了のまま面談なし</translation>
    </message>
    <message>
        <source>periods running</source>
        <translation>期連続</translation>
    </message>
    <message>
        <source>points or more</source>
        <translation>点以上</translation>
    </message>
    <message>
        <source>times the period before</source>
        <translation>倍を超える（前期比）</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月以上</translation>
    </message>
    <message>
        <source>Sales fell %1 periods running: %2 thousand yen.</source>
        <translation>売上高が %1 期連続で減少しています：%2 千円。</translation>
    </message>
    <message>
        <source>Net assets are %1 thousand yen (period ending %2).</source>
        <translation>純資産が %1 千円です（%2 期）。</translation>
    </message>
    <message>
        <source>The Local Benchmark total fell from %1 (%2) to %3 (%4) points.</source>
        <translation>ロカベン総合点が %1 点（%2）から %3 点（%4）に下がりました。</translation>
    </message>
    <message>
        <source>Operating income + depreciation is %1 thousand yen (period ending %2).</source>
        <translation>営業利益＋減価償却費が %1 千円です（%2 期）。</translation>
    </message>
    <message>
        <source>Working capital period rose from %1 to %2 months.</source>
        <translation>営業運転資本回転期間が %1 か月から %2 か月に延びました。</translation>
    </message>
    <message>
        <source>%1 actions are open and there has been no session.</source>
        <translation>未完了の施策が %1 件あり、面談の記録がありません。</translation>
    </message>
    <message>
        <source>%1 actions are open; the last session was %2 (over %3 months ago).</source>
        <translation>未完了の施策が %1 件あり、最後の面談は %2 です（%3 か月以上前）。</translation>
    </message>
    <message>
        <source>fiscal year %1 (%2)</source>
        <translation>%2年度（%1年度）</translation>
    </message>
    <message>
        <source>Support results for %1</source>
        <translation>%1支援実績報告</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Sessions in the year: %1</source>
        <translation>年度内の面談：%1 回</translation>
    </message>
    <message>
        <source>Period ending %1; periods entered in the year: %2</source>
        <translation>%1決算（年度内に入力した決算期 %2期）</translation>
    </message>
    <message>
        <source>Actions agreed in the year: %1</source>
        <translation>年度内に合意した施策：%1 件</translation>
    </message>
    <message>
        <source>Follow-up sessions: %1 (first plan on %2)</source>
        <translation>フォローアップ：%1 回（最初の計画 %2）</translation>
    </message>
    <message>
        <source>No period closed by the end of the year.</source>
        <translation>年度末までに締まった決算期がありません。</translation>
    </message>
    <message>
        <source>No period before it to compare with.</source>
        <translation>比較する前期がありません。</translation>
    </message>
    <message>
        <source>Not comparable with the period ending %1 (a figure is missing, or the periods are not 12 months a year apart).</source>
        <translation>前期（%1決算）と比較できません（数値が欠けているか、12か月・約1年間隔の決算期ではありません）。</translation>
    </message>
    <message>
        <source>Against the period ending %1.</source>
        <translation>前期（%1決算）と比較。</translation>
    </message>
    <message>
        <source>No comparable period before it.</source>
        <translation>比較できる前期がありません。</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>%1 へ紹介</translation>
    </message>
    <message>
        <source>; outcome: %1</source>
        <translation>、結果：%1</translation>
    </message>
    <message>
        <source>Referred to %1 on %2; outcome: %3</source>
        <translation>%2 に %1 へ紹介、結果：%3</translation>
    </message>
    <message>
        <source>Companies of the consultant</source>
        <translation>担当の事業者数</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>年次報告</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>数え方</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>決算期末</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>the rules must be a JSON list of {{&quot;kind&quot;: …, &quot;enabled&quot;: …}}</source>
        <translation>ルールは {{&quot;kind&quot;: …, &quot;enabled&quot;: …}} の JSON の配列で書いてください</translation>
    </message>
    <message>
        <source>unknown rule {item}: the kinds are {kinds}</source>
        <translation>不明なルール {item} です（使えるのは {kinds}）</translation>
    </message>
    <message>
        <source>{kind}: enabled must be true or false</source>
        <translation>{kind}：enabled は true か false にしてください</translation>
    </message>
    <message>
        <source>{kind}: {name} must be a number</source>
        <translation>{kind}：{name} は数値にしてください</translation>
    </message>
    <message>
        <source>{kind}: {name} must be between {low} and {high}</source>
        <translation>{kind}：{name} は {low}～{high} の範囲にしてください</translation>
    </message>
    <message>
        <source>{kind}: {name} must be a whole number</source>
        <translation>{kind}：{name} は整数にしてください</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割当</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Action plan</source>
        <translation>行動計画書</translation>
    </message>
    <message>
        <source>Local Benchmark sheet</source>
        <translation>ローカルベンチマーク</translation>
    </message>
    <message>
        <source>Management design sheet</source>
        <translation>経営デザインシート</translation>
    </message>
    <message>
        <source>The document cannot be laid out: an entry (a name or a title) is too long for a page. Shorten it and try again.</source>
        <translation>書類をレイアウトできません。1ページに収まらないほど長い項目（名称や見出し）があります。短くしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>(Unit: thousand yen)</source>
        <translation>(単位：千円)</translation>
    </message>
    <message>
        <source>No points: benchmarks not registered</source>
        <translation>基準値未登録のため点数なし</translation>
    </message>
    <message>
        <source>There is no company with the id {id}.</source>
        <translation>ID {id} の事業者はありません。</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>事業者名</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種・規模</translation>
    </message>
    <message>
        <source>{section}: {item}</source>
        <translation>{section}：{item}</translation>
    </message>
    <message>
        <source>(continued on the following pages)</source>
        <translation>（次ページ以降に続く）</translation>
    </message>
    <message>
        <source>No design sheet has been made for this company yet; this is the blank form.</source>
        <translation>この事業者の経営デザインシートはまだ作成されていません（記入用の様式です）。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>対象年</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>支援者</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation>支援機関</translation>
    </message>
    <message>
        <source>Order of filling</source>
        <translation>記入の順番</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>その他の項目</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <source>1. Where the business stands (Local Benchmark)</source>
        <translation>1. 現状（ローカルベンチマーク）</translation>
    </message>
    <message>
        <source>No fiscal periods have been entered yet.</source>
        <translation>決算期がまだ入力されていません。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Total points / rank</source>
        <translation>総合評価点・ランク</translation>
    </message>
    <message>
        <source>Benchmarks not registered: the values are shown without points.</source>
        <translation>基準値未登録：指標の値のみを示し、点数はつけていません。</translation>
    </message>
    <message>
        <source>No benchmark row for this industry and size: the values are shown without points.</source>
        <translation>この業種・規模の基準値がないため、指標の値のみを示し、点数はつけていません。</translation>
    </message>
    <message>
        <source>Points against: {set}</source>
        <translation>評価の基準値：{set}</translation>
    </message>
    <message>
        <source>(size decided from the number of employees)</source>
        <translation>（事業規模は従業員数から判定）</translation>
    </message>
    <message>
        <source>(size set by hand)</source>
        <translation>（事業規模は手動で設定）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>売上高</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>営業利益</translation>
    </message>
    <message>
        <source>Value added (operating income + labour cost + depreciation)</source>
        <translation>付加価値額（営業利益＋人件費＋減価償却費）</translation>
    </message>
    <message>
        <source>Change in value added from the year before</source>
        <translation>付加価値額の前年比増減</translation>
    </message>
    <message>
        <source>2. The issues agreed, in the owner&apos;s own words</source>
        <translation>2. 合意した課題（経営者の言葉）</translation>
    </message>
    <message>
        <source>No issues have been agreed yet.</source>
        <translation>合意した課題はまだありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pts</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>The owner&apos;s words</source>
        <translation>経営者の言葉</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>5つの壁</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>3. Action plan</source>
        <translation>3. 行動計画</translation>
    </message>
    <message>
        <source>Issue {n}: {title}</source>
        <translation>課題{n}：{title}</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>その他の施策</translation>
    </message>
    <message>
        <source>No actions have been decided yet.</source>
        <translation>施策はまだ決まっていません。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>KPI (target / now)</source>
        <translation>KPI（目標／現在）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>{name}: target {target} / now {now}</source>
        <translation>{name}：目標 {target}／現在 {now}</translation>
    </message>
    <message>
        <source>4. Referrals to specialist bodies</source>
        <translation>4. 専門機関へのつなぎ</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>現在はありません。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Follow up on {date}</source>
        <translation>{date} に状況確認</translation>
    </message>
    <message>
        <source>To be arranged</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>5. Next visit</source>
        <translation>5. 次回の訪問</translation>
    </message>
    <message>
        <source>I have read this plan and will carry it out.</source>
        <translation>上記の計画を確認し、取り組みます。</translation>
    </message>
    <message>
        <source>Date: ____________</source>
        <translation>確認日：令和&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>Owner&apos;s confirmation</source>
        <translation>事業者の確認</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Financial analysis</source>
        <translation>財務分析</translation>
    </message>
    <message>
        <source>Financial figures</source>
        <translation>財務データ</translation>
    </message>
    <message>
        <source>Indicators and points</source>
        <translation>財務指標と評点</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>レーダーチャート</translation>
    </message>
    <message>
        <source>Each indicator scores 1 to 5 points against the benchmark of the industry and size (the outer ring is 5); the total is out of 30.</source>
        <translation>各指標を業種・規模の基準値と比べて1〜5点で評価します（外周が5点）。総合評価点は30点満点です。</translation>
    </message>
    <message>
        <source>Rank: A 24 points or more, B 18–23, C 12–17, D 11 or less.</source>
        <translation>ランク：A 24点以上、B 18〜23点、C 12〜17点、D 11点以下</translation>
    </message>
    <message>
        <source>Industry not set</source>
        <translation>業種未設定</translation>
    </message>
    <message>
        <source>Size not decided</source>
        <translation>事業規模未判定</translation>
    </message>
    <message>
        <source>(enter the industry and the number of employees to decide the size)</source>
        <translation>（業種と従業員数を入力すると事業規模を判定します）</translation>
    </message>
    <message>
        <source>Benchmarks not registered</source>
        <translation>基準値未登録</translation>
    </message>
    <message>
        <source>{set}: no benchmark for this industry and size</source>
        <translation>{set}（この業種・規模の基準値なし）</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>減価償却費</translation>
    </message>
    <message>
        <source>Employees (persons)</source>
        <translation>従業員数（人）</translation>
    </message>
    <message>
        <source>Borrowings</source>
        <translation>借入金</translation>
    </message>
    <message>
        <source>Cash and deposits</source>
        <translation>現預金</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>売上債権</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>棚卸資産</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>買入債務</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>純資産</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>総資産</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>総合評価点</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Commercial flow</source>
        <translation>商流</translation>
    </message>
    <message>
        <source>Business flow</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>業務内容</translation>
    </message>
    <message>
        <source>What makes it different</source>
        <translation>差別化ポイント</translation>
    </message>
    <message>
        <source>Four perspectives</source>
        <translation>4つの視点</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>視点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
</context>
<context>
    <name>rokaben</name>
    <message>
        <source>The previous period&apos;s sales are not entered.</source>
        <translation>前期の売上高が入力されていません。</translation>
    </message>
    <message>
        <source>The previous period&apos;s sales are 0.</source>
        <translation>前期の売上高が0です。</translation>
    </message>
    <message>
        <source>There is no period ending a year earlier to compare with (add it, sales alone are enough).</source>
        <translation>比較できる1年前の決算期がありません（前期を追加してください。売上高だけで構いません）。</translation>
    </message>
    <message>
        <source>This or the previous period is not 12 months long, so the sales cannot be compared.</source>
        <translation>当期または前期が12か月ではない（変則決算）ため、売上高を比較できません。</translation>
    </message>
    <message>
        <source>Sales are not entered.</source>
        <translation>売上高が入力されていません。</translation>
    </message>
    <message>
        <source>Sales are 0.</source>
        <translation>売上高が0です。</translation>
    </message>
    <message>
        <source>Operating income is not entered.</source>
        <translation>営業利益が入力されていません。</translation>
    </message>
    <message>
        <source>The number of employees is not entered.</source>
        <translation>従業員数が入力されていません。</translation>
    </message>
    <message>
        <source>The number of employees is 0.</source>
        <translation>従業員数が0です。</translation>
    </message>
    <message>
        <source>Depreciation is not entered (enter 0 if there is none).</source>
        <translation>減価償却費が入力されていません（ない場合は0を入力）。</translation>
    </message>
    <message>
        <source>Borrowings are not entered (enter 0 if there are none).</source>
        <translation>借入金が入力されていません（ない場合は0を入力）。</translation>
    </message>
    <message>
        <source>Cash and deposits are not entered.</source>
        <translation>現預金が入力されていません。</translation>
    </message>
    <message>
        <source>EBITDA (operating income + depreciation) is 0 or less, so the ratio has no meaning: 1 point.</source>
        <translation>EBITDA（営業利益＋減価償却費）が0以下のため倍率は意味を持ちません：1点とします。</translation>
    </message>
    <message>
        <source>Receivables, inventories or payables are not entered (enter 0 for none).</source>
        <translation>売上債権・棚卸資産・買入債務のいずれかが入力されていません（ない場合は0を入力）。</translation>
    </message>
    <message>
        <source>Net assets are not entered.</source>
        <translation>純資産が入力されていません。</translation>
    </message>
    <message>
        <source>Total assets are not entered.</source>
        <translation>総資産が入力されていません。</translation>
    </message>
    <message>
        <source>Total assets are 0.</source>
        <translation>総資産が0です。</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>No display found (DISPLAY is not set). Run the app on a desktop, or use --screenshot FILE.png to render it offscreen.</source>
        <translation>画面（ディスプレイ）が見つかりません（DISPLAY が未設定）。デスクトップ環境で起動するか、--screenshot FILE.png で画面を画像に保存してください。</translation>
    </message>
    <message>
        <source>There is no company with the id {id}.</source>
        <translation>ID {id} の事業者はありません。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to {path}.</source>
        <translation>スクリーンショットを {path} に保存できません。</translation>
    </message>
</context>
<context>
    <name>statements</name>
    <message>
        <source>Fiscal year end</source>
        <translation>決算期末日</translation>
    </message>
    <message>
        <source>Months in the period</source>
        <translation>決算月数</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>売上高</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>営業利益</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>減価償却費</translation>
    </message>
    <message>
        <source>Labour cost</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>Employees (full-time)</source>
        <translation>従業員数（正社員）</translation>
    </message>
    <message>
        <source>Short-term loans</source>
        <translation>短期借入金</translation>
    </message>
    <message>
        <source>Long-term loans</source>
        <translation>長期借入金</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>社債</translation>
    </message>
    <message>
        <source>Lease obligations</source>
        <translation>リース債務</translation>
    </message>
    <message>
        <source>Loans from officers</source>
        <translation>役員借入金</translation>
    </message>
    <message>
        <source>Cash and deposits</source>
        <translation>現預金</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>売掛金</translation>
    </message>
    <message>
        <source>Notes receivable</source>
        <translation>受取手形</translation>
    </message>
    <message>
        <source>Electronically recorded receivables</source>
        <translation>電子記録債権</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>棚卸資産</translation>
    </message>
    <message>
        <source>Accounts payable</source>
        <translation>買掛金</translation>
    </message>
    <message>
        <source>Notes payable</source>
        <translation>支払手形</translation>
    </message>
    <message>
        <source>Electronically recorded payables</source>
        <translation>電子記録債務</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>純資産</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>負債合計</translation>
    </message>
    <message>
        <source>Total assets (= liabilities + net assets)</source>
        <translation>総資産（負債・純資産合計）</translation>
    </message>
    <message>
        <source>Total assets ({assets}) differ from liabilities + net assets ({sum}).</source>
        <translation>総資産（{assets}）が負債合計＋純資産（{sum}）と一致しません。</translation>
    </message>
    <message>
        <source>Net assets ({net}) cannot exceed total assets ({assets}).</source>
        <translation>純資産（{net}）が総資産（{assets}）を上回っています。</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{path} already holds companies; demo data goes into a new, empty file.</source>
        <translation>{path} にはすでに事業者が登録されています。デモデータは新しい空のファイルに作成してください。</translation>
    </message>
    <message>
        <source>{path} is not a Banso Desktop database file.</source>
        <translation>{path} は Banso Desktop のデータベースファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {folder}: {reason}</source>
        <translation>バックアップ用フォルダー {folder} を作成できません：{reason}</translation>
    </message>
    <message>
        <source>No automatic backup was made: the disk holding {folder} has {free} MB free, and a backup needs {needed} MB. Free some space on it.</source>
        <translation>自動バックアップを作成しませんでした：{folder} のあるディスクの空き容量は {free} MB で、バックアップには {needed} MB 必要です。空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: the copy failed its check ({reason}).</source>
        <translation>自動バックアップを作成できませんでした：コピーが検査に合格しませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The automatic backup could not be written to {folder}: {reason}</source>
        <translation>自動バックアップを {folder} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too ({reason}).</source>
        <translation>バックアップ {backup} も壊れています（{reason}）。</translation>
    </message>
    <message>
        <source>There is no usable automatic backup of {path}.</source>
        <translation>{path} の使用できる自動バックアップがありません。</translation>
    </message>
    <message>
        <source>Cannot rename the damaged file {path} to keep it aside: {reason}. Nothing was changed.</source>
        <translation>壊れたファイル {path} を別名で保管するための名前の変更ができません：{reason}。何も変更していません。</translation>
    </message>
    <message>
        <source>The latest automatic backup is {backup} ({when}). Start the app with this file to open the backup in its place; the damaged file is kept beside it, renamed.</source>
        <translation>最新の自動バックアップは {backup}（{when}）です。このファイルでアプリを起動すると、バックアップを代わりに開けます。壊れたファイルは名前を変えて同じ場所に残ります。</translation>
    </message>
    <message>
        <source>No automatic backup of it was found in {folder}. The file was left as it is.</source>
        <translation>{folder} に自動バックアップが見つかりませんでした。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} はフォルダーです。データベースファイルを指定してください。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} にデータベースがありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}: {reason}</source>
        <translation>{path} のフォルダーを作成できません：{reason}</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>{path} を開けません：{reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer Banso Desktop (schema {found}; this app knows up to {known}). Update the app to open it; the file was not changed.</source>
        <translation>このデータベースは新しいバージョンの Banso Desktop で作成されています（スキーマ {found}。このアプリは {known} まで対応）。アプリを更新してから開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is shorter than the database it holds. It may have been cut off while being copied, or when the disk was full.</source>
        <translation>{path} は壊れています：ファイルが本来の長さより短くなっています。コピーの途中で途切れたか、ディスクがいっぱいになったときに切り詰められた可能性があります。</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is empty (0 bytes), although automatic backups of it exist. It may have been cut off while being copied, or when the disk was full.</source>
        <translation>{path} は壊れています：自動バックアップがあるのに、ファイルが空（0 バイト）です。コピーの途中で途切れたか、ディスクがいっぱいになったときに切り詰められた可能性があります。</translation>
    </message>
    <message>
        <source>{path} is damaged, or it is not a Banso Desktop database file: its first bytes are not those of a database.</source>
        <translation>{path} は壊れているか、Banso Desktop のデータベースファイルではありません：ファイルの先頭がデータベースの形式になっていません。</translation>
    </message>
    <message>
        <source>{path} is damaged: parts of it cannot be read ({reason}).</source>
        <translation>{path} は壊れています：一部を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}.</source>
        <translation>{path} を読み取る権限がありません。</translation>
    </message>
    <message>
        <source>{path} is read-only, or you do not have permission to change it. Banso Desktop saves as you type, so it must be able to write to this file: copy it to a folder of your own and open the copy, or ask whoever manages this computer for access.</source>
        <translation>{path} は読み取り専用か、変更する権限がありません。Banso Desktop は入力のたびに保存するため、このファイルに書き込める必要があります。自分のフォルダーにコピーしてそのコピーを開くか、このパソコンの管理者に権限を依頼してください。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, or you do not have permission to write in it. Banso Desktop keeps a journal and automatic backups beside the database {path}, so it must be able to write there: copy the file to a folder of your own and open the copy, or ask whoever manages this computer for access.</source>
        <translation>フォルダー {folder} は読み取り専用か、書き込む権限がありません。Banso Desktop はデータベース {path} と同じ場所にジャーナルと自動バックアップを置くため、そこに書き込める必要があります。ファイルを自分のフォルダーにコピーしてそのコピーを開くか、このパソコンの管理者に権限を依頼してください。</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} is read-only, or you do not have permission to write in it.</source>
        <translation>{path} を作成できません：フォルダー {folder} は読み取り専用か、書き込む権限がありません。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>The database file can no longer be written to: it or its drive is read-only.</source>
        <translation>データベースファイルに書き込めなくなりました：ファイルまたはドライブが読み取り専用です。</translation>
    </message>
    <message>
        <source>The database file could not be written (a disk or connection problem).</source>
        <translation>データベースファイルに書き込めませんでした（ディスクまたは接続の問題）。</translation>
    </message>
    <message>
        <source>The database file is being used by another program.</source>
        <translation>データベースファイルを別のプログラムが使用中です。</translation>
    </message>
    <message>
        <source>Free some space on the drive that holds {folder} (delete or move files you no longer need). What you typed is kept and will be saved automatically as soon as there is room.</source>
        <translation>{folder} のあるドライブの空き容量を増やしてください（不要なファイルを削除または移動）。入力した内容は保持しており、空きができしだい自動で保存します。</translation>
    </message>
    <message>
        <source>Make {folder} writable again (for a USB stick, check its write-protect switch; for a network folder, ask whoever manages it). What you typed is kept and will be saved automatically as soon as the file can be written. You can also save it to a file on another drive.</source>
        <translation>{folder} を書き込める状態に戻してください（USB メモリなら書き込み禁止スイッチを確認、ネットワークフォルダーなら管理者に確認）。入力した内容は保持しており、書き込めるようになりしだい自動で保存します。別のドライブのファイルに保存することもできます。</translation>
    </message>
    <message>
        <source>Check that the drive or network folder holding {folder} is still connected. What you typed is kept and saving is tried again automatically.</source>
        <translation>{folder} のあるドライブまたはネットワークフォルダーが接続されているか確認してください。入力した内容は保持しており、保存を自動で再試行します。</translation>
    </message>
    <message>
        <source>Another program (or a second Banso Desktop window) is writing to the file. What you typed is kept and will be saved automatically when the file is free.</source>
        <translation>別のプログラム（または 2 つ目の Banso Desktop のウィンドウ）がこのファイルに書き込んでいます。入力した内容は保持しており、ファイルが空きしだい自動で保存します。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The hub refused the user name or password.</source>
        <translation>ハブがユーザー名またはパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the hub: {reason}</source>
        <translation>ハブに接続できません：{reason}</translation>
    </message>
    <message>
        <source>This user may not sync with the hub.</source>
        <translation>このユーザーはハブと同期する権限がありません。</translation>
    </message>
    <message>
        <source>Some records of this file already exist on the hub under another organisation (a copied or demo database?): this file cannot sync as this user.</source>
        <translation>このファイルの一部のデータは、ハブ上ですでに別の支援機関のものとして登録されています（コピーしたファイルやデモ用のファイルではありませんか）。このユーザーでは同期できません。</translation>
    </message>
    <message>
        <source>This database is not a Banso hub (or an older one): ask the office to run banso hub init.</source>
        <translation>この接続先はBansoのハブではない（または古い）ようです。事務局に banso hub init の実行を依頼してください。</translation>
    </message>
    <message>
        <source>The connection to the hub was lost: {reason}</source>
        <translation>ハブとの接続が切れました：{reason}</translation>
    </message>
    <message>
        <source>The hub is older than this app (sync protocol {mine}): ask the office to run banso hub init.</source>
        <translation>ハブがこのアプリより古い版です（同期プロトコル {mine}）。事務局に banso hub init の実行を依頼してください。</translation>
    </message>
    <message>
        <source>This user belongs to no organisation on the hub.</source>
        <translation>このユーザーはハブ上のどの支援機関にも属していません。</translation>
    </message>
    <message>
        <source>This database file belongs to another organisation on the hub; it cannot sync as this user.</source>
        <translation>このデータベースはハブ上の別の支援機関のものです。このユーザーでは同期できません。</translation>
    </message>
    <message>
        <source>The hub speaks a newer sync protocol ({theirs}) than this app ({mine}): update the app.</source>
        <translation>ハブの同期プロトコル（{theirs}）がこのアプリ（{mine}）より新しいため同期できません。アプリを更新してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the hub: {reason}</source>
        <translation>ハブに接続できません：{reason}</translation>
    </message>
    <message>
        <source>This hub has schema version {found}, newer than this app knows ({known}): update the app.</source>
        <translation>このハブのスキーマ版 {found} は、このアプリが知っている版（{known}）より新しいです。アプリを更新してください。</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>支援機関の名前が必要です。</translation>
    </message>
    <message>
        <source>“{user}” cannot be a user name: use lower-case letters, digits, _ . - (up to 63).</source>
        <translation>「{user}」はユーザー名に使えません。半角小文字・数字・_ . - を使ってください（63文字まで）。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>パスワードは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>This database is not a hub yet: run banso hub init first.</source>
        <translation>このデータベースはまだハブではありません。先に banso hub init を実行してください。</translation>
    </message>
    <message>
        <source>This field cannot hold “{value}”: keep one of the two versions, or edit the joined text into a value the field accepts.</source>
        <translation>この項目には「{value}」を保存できません。どちらかの版を残すか、つなげた文を項目に合う値に直してください。</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Agreed issues</source>
        <translation>合意した課題</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の行動</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>次回訪問</translation>
    </message>
    <message>
        <source>Overdue actions: %1</source>
        <translation>期限を過ぎた施策：%1件</translation>
    </message>
    <message>
        <source>Value added (thousand yen)</source>
        <translation>付加価値額（千円）</translation>
    </message>
    <message>
        <source>No self-reliance checklist recorded yet.</source>
        <translation>自走化チェックはまだ記録されていません。</translation>
    </message>
    <message>
        <source>(%1 of %2 items)</source>
        <translation>（%2項目中%1項目）</translation>
    </message>
    <message>
        <source>Change since the first complete check: %1</source>
        <translation>全項目をつけた初回からの変化：%1</translation>
    </message>
</context>
</TS>
