<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Banso Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For consultants who run alongside small businesses (伴走支援).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIZ UD Gothic and BIZ UD PGothic, © The BIZ UDGothic Project Authors (Morisawa Inc.), under the SIL Open Font License 1.1; the licence text is in resources/fonts/OFL.txt beside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1, under the PSF License.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <source>Add an actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionTab</name>
    <message>
        <source>All warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark set is imported: a falling Local Benchmark score is not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 companies need attention&lt;/b&gt; (as of %2, of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 株式会社山田製作所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (katakana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ヤマダセイサクショ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 代表取締役</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry (ロカベン)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-time staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10,000 or 1,000万円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1975 or 昭和50年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 yen (%2万円)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: needs the industry and the number of employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1 (small when employees ≤ %2 in this industry, by 中小企業基本法).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyListPanel</name>
    <message>
        <source>Search name, reading, corporate number, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version (the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both texts together and edit them before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both joined (edit as you like, then save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice is sent to the hub at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (katakana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface or core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, deleted by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field was changed on this computer and by someone else since the last sync. Choose which version to keep, or join both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deleted this on this computer; someone else changed it meanwhile. Keep my version = it stays deleted; keep theirs = it comes back with their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this on this computer; someone else deleted it meanwhile. Keep my version = it stays, with your changes; keep theirs = it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same item (for example the same fiscal period) was made here and by someone else. Keep my version = yours stays and theirs goes to the trash; keep theirs = the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row from the hub could not be stored in this file. Keep my version = leave it out; keep theirs = try to store it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Companies by Local Benchmark rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing the Local Benchmark needs a benchmark table: import one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark scores by fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scored periods yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Periods scored: %2
Highest: %3
Upper quartile: %4
Median: %5
Lower quartile: %6
Lowest: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added per company (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value added yet: it needs operating income, labour cost and depreciation of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Median: %2 thousand yen
Total: %3 thousand yen
Companies: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Million yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Sessions: %2
Companies met: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignTab</name>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the next year&apos;s sheet, starting from a copy of the one shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No design sheet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet puts the company&apos;s purpose, これまで (until now) and これから (5–10 years ahead) side by side, with the moves to get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the %1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier year&apos;s sheet to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the row of the transition strategy to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New year&apos;s sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the new sheet (it starts as a copy of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a sheet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year for a design sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management design sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the PDF into the folder %1 in your Documents, without asking, and copies its path to attach it to an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was made but cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s font has no %1: these characters print as a box. Use another character (e.g. 吉 for 𠮷) if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 — the path is on the clipboard, ready to attach to an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancialPage</name>
    <message>
        <source>Import benchmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Fiscal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Unit: thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal period not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks: not registered (基準値未登録)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the industry on the Overview tab to score against benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(automatic: small when employees ≤ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter employees to decide the size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ロカベン benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METI workbook or benchmark CSV (*.xlsx *.xlsm *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing benchmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete fiscal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the figures of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes it different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the usual five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do / supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (chosen / choosing us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hub.example.or.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. banso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, without checking the certificate (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, checking the certificate and host name (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s CA certificate (.crt / .pem), if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is never written into the settings: it is asked for at the first sync and kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password was removed; the next sync asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date, time, place, attendees or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; the session stays open and can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you hear. Enter: next note · Ctrl+1 owner&apos;s words · Ctrl+2 fact · Ctrl+3 your view · Ctrl+4 insight · Ctrl+5 issue candidate · Alt+1–5 wall · Ctrl+T surface/core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a card to log it as your question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the note of %1 — Enter or Esc to go back to a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface/core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes appear here as you finish them with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions in a row without the owner&apos;s words. Pause and listen: let the owner talk (no 詰問).</source>
        <translation>
            <numerusform>%n question in a row without the owner&apos;s words. Pause and listen: let the owner talk (no 詰問).</numerusform>
            <numerusform>%n questions in a row without the owner&apos;s words. Pause and listen: let the owner talk (no 詰問).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recent notes are your own views and questions (%1 of %2). Capture the owner&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s own words that show it has sunk in (腹落ち)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface / core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issue in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Banso Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;notes and fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yearly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies needing &amp;attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync s&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Banso Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash (File → Trash to restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures up to the period ending %1 entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions agreed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-up sessions; first plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not comparable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (change %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies · %2 need attention · read %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface / core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an actual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer from the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome yet, past the follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action overdue</numerusform>
            <numerusform>%n actions overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) need a follow-up</source>
        <translation>
            <numerusform>%n referral needs a follow-up</numerusform>
            <numerusform>%n referrals need a follow-up</numerusform>
        </translation>
    </message>
    <message>
        <source>A referral needs the date it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action first: a KPI measures an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a KPI first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>No points without benchmarks (基準値未登録)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Damaged database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check found damage in the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup of this file was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file has been left exactly as it is. Keep it: a specialist may be able to recover data from it (for example with the sqlite3 tool&apos;s .recover command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1 (companies in it: %2):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening it puts the backup in place of the damaged file. The damaged file is not deleted: it is kept beside it, renamed to “%1” with the date and time, together with any changes made after the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window closes and opens again on the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the automatic backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralMapDialog</name>
    <message>
        <source>Referral map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management issue / institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our contact (name, phone …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a contact to edit it; choose an institution and press “Refer” to add a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · consultant: %4 · %3 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · %3 companies in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry median
For one more point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median of the industry and size; the value needed for one more point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (max 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RokabenTab</name>
    <message>
        <source>Financial analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business flow and commercial flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Early-warning rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company is listed when any rule that is on finds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveProblemBanner</name>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of what is not saved yet, for example on another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: everything you typed is in the database file now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 a copy of the unsaved text was saved to %2. Saving to the database file is still being tried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from notes, issues, actions, sheets or company names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendToDialog</name>
    <message>
        <source>New issue (課題)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the note to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, e.g. 強み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move (remove the note from this session&apos;s log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the computer (system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Banso Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name, as printed on plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. みどり市商工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub server and user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>和暦 or 西暦: R7.3.31, 令和7年3月31日, 2025/3/31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 売上減少の要因整理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Borrowings (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade receivables (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade payables (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to count this in borrowings (借入金).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Closing the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gist of today&apos;s dialogue, in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gist of the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface / core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions decided (who, what, by when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. R8.1.15 or 2026/1/15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reliance checklist (0 = not yet, 1 = partly, 2 = yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last time %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync with the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1: sent %2 · received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in, so it is asked for at every sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1 (Sync → Resolve conflicts…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped %1; what was done so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the password was changed on the hub, remove the stored one (Sync → Sync settings…) and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgressDialog</name>
    <message>
        <source>Sync with the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; what was sent or received so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the office hub now (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Self-reliance over visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting for an outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies in the trash can be restored with all their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Industry median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedTextSaver</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you typed is not saved in the database file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the window closes now, that text is lost unless you save it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text to a file, then close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Choose another place, for example another drive or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed in Banso Desktop that is not saved in its database file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(company not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>e.g. 伴走 太郎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ○○商工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Banso Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banso Desktop keeps your 伴走支援 work — companies, interviews, ロカベン and plans — in one file on this computer, and works without a network. Everything you type is saved at once; there is no Save button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a company from the list on the left, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>benchmarks</name>
    <message>
        <source>{where}: “{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{value}” is outside the range of benchmark values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a ロカベン 小分類 (like 0201_建設業).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{value}” is not 中規模事業者 or 小規模事業者.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no benchmark rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {scale}: no values for {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {scale} {indicator}: the cut-points ⅳ–ⅰ are not in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV needs the columns {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown indicator “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: “{value}” is not a unit for {indicator}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {indicator} is “{value}”-is-better in ロカベン, not that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} repeats line {first} ({code} {scale} {indicator}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the CSV has a field over {limit} characters long (is a quote not closed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the CSV cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet in this workbook has the benchmark header (大分類, 小分類, 事業規模, …_中央値).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} repeats {code} {scale}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {indicator} lacks some cut-points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Shift_JIS text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: choose the METI workbook (.xlsx) or a benchmark CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {companies} companies, {periods} fiscal periods, {sessions} sessions and {notes} notes in {seconds:.1f} s: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs --company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (details in {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banso: unexpected error: {error}{where}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.{key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object with &quot;periods&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry: “{value}” is not a ロカベン 小分類 (like 0201_建設業).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale: “{value}” is not 小規模事業者, 中規模事業者 or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods: a non-empty list of fiscal periods is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: each period must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year end is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods: two periods end on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds {name}, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds a number with too many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} benchmark rows from {file} and made them active ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table is already imported; it is now the active set ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline {baseline} → target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions without an issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome {date}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEEDS A FOLLOW-UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sheet {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting for an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: give the PDF&apos;s file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({size:,} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the document&apos;s font has no {chars}; they print as a box. Use another character (e.g. 吉 for 𠮷) if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, set BANSO_HUB_PASSWORD, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub created (schema {version}, epoch {epoch}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub at schema {version} (was {was}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} can now sync for {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no keyring service here, so the password was not kept; it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}, conflicts {conflicts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is not a fiscal year (a year such as 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consultant needs a name or an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one consultant is called {name}: give the id ({ids}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consultant {name}. The consultants are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules in {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies need attention (as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark set is imported: falling scores are not judged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>This is too long ({count} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company name (商号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reading (フリガナ) in katakana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has 7 digits, like 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 10 to 15 digits, like 03-1234-5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {value} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month is 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 小規模事業者 or 中規模事業者.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corporate number has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corporate number has 13 digits; this has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match (the first digit should be {expected}); please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commas must separate groups of three digits (“{text}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units in “{text}” are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the unit to the last part of “{text}” (for example 万 or 円).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has a fraction of a yen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number (“{text}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era year starts at 元年 (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example R7.3.31 or 2025/3/31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{era} began on {start}; “{text}” is before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates before 1868 (明治) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a year (for example 1975 or 昭和50年).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day (e.g. 10:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the fiscal year end (for example R7.3.31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal period has 1 to 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another period already ends on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not in this KPI&apos;s unit ({unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is not a year for a design sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a design sheet for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no design sheet for {year} to copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P0 Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 Rapport (dialogue and listening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 Review and put into words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 Set the essential issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 Solutions and action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P5 Execution support and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P6 Reflection and self-reliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not facing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff don&apos;t follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacking resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small business (小規模事業者)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium business (中規模事業者)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>① Sales growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② Operating margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ Labour productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>④ Debt to EBITDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt/EBITDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑤ Working capital (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑥ Equity ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States the core issue in their own words, consistently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the next action and deadline unprompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks monthly figures (sales, gross profit, cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involves staff or the successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the plan when things change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeks outside resources on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome KPIs move (sales, gross profit, value added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <source>Management development support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added of the companies supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals and issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in thousand yen, rounded to the nearest thousand; ▲ marks a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies behind each figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies with a management analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies with a business plan made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up sessions in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which sales increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which sales decreased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which sales unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which sales unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which gross profit increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which gross profit decreased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which gross profit unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which gross profit unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added (latest periods, total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase in value added (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies whose value added increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals closed (outcome confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session, an analysis or a plan in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial figures (a period with sales) entered in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one action agreed in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session in the year after the company&apos;s first plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the year after the company&apos;s first plan, each counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed-up companies: the latest period closed by the year&apos;s end against the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating income + labour cost + depreciation of the latest period closed by the year&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the period before, where both are 12 months about a year apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome confirmed in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues marked resolved in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities exceed assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark score fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBITDA zero or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working capital period up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session while actions are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales fell %1 periods running: %2 thousand yen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net assets are %1 thousand yen (period ending %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local Benchmark total fell from %1 (%2) to %3 (%4) points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating income + depreciation is %1 thousand yen (period ending %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working capital period rose from %1 to %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions are open and there has been no session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions are open; the last session was %2 (over %3 months ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscal year %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support results for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ending %1; periods entered in the year: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in the year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up sessions: %1 (first plan on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period closed by the end of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not comparable with the period ending %1 (a figure is missing, or the periods are not 12 months a year apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the period ending %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparable period before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to %1 on %2; outcome: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies of the consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules must be a JSON list of {{&quot;kind&quot;: …, &quot;enabled&quot;: …}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule {item}: the kinds are {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: enabled must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name} must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name} must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Benchmark sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management design sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be laid out: an entry (a name or a title) is too long for a page. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Unit: thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points: benchmarks not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued on the following pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No design sheet has been made for this company yet; this is the blank form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Where the business stands (Local Benchmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fiscal periods have been entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points / rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks not registered: the values are shown without points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark row for this industry and size: the values are shown without points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points against: {set}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(size decided from the number of employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(size set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added (operating income + labour cost + depreciation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in value added from the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The issues agreed, in the owner&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues have been agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions have been decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI (target / now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: target {target} / now {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Referrals to specialist bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this plan and will carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators and points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each indicator scores 1 to 5 points against the benchmark of the industry and size (the outer ring is 5); the total is out of 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank: A 24 points or more, B 18–23, C 12–17, D 11 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter the industry and the number of employees to decide the size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{set}: no benchmark for this industry and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees (persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash and deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes it different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rokaben</name>
    <message>
        <source>The previous period&apos;s sales are not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous period&apos;s sales are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period ending a year earlier to compare with (add it, sales alone are enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This or the previous period is not 12 months long, so the sales cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales are not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating income is not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of employees is not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of employees is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation is not entered (enter 0 if there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowings are not entered (enter 0 if there are none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash and deposits are not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBITDA (operating income + depreciation) is 0 or less, so the ratio has no meaning: 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables, inventories or payables are not entered (enter 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net assets are not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets are not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets are 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>No display found (DISPLAY is not set). Run the app on a desktop, or use --screenshot FILE.png to render it offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statements</name>
    <message>
        <source>Fiscal year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees (full-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-term loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans from officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash and deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically recorded receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically recorded payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets (= liabilities + net assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets ({assets}) differ from liabilities + net assets ({sum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net assets ({net}) cannot exceed total assets ({assets}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{path} already holds companies; demo data goes into a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Banso Desktop database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the backup folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup was made: the disk holding {folder} has {free} MB free, and a backup needs {needed} MB. Free some space on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be made: the copy failed its check ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be written to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable automatic backup of {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the damaged file {path} to keep it aside: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest automatic backup is {backup} ({when}). Start the app with this file to open the backup in its place; the damaged file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup of it was found in {folder}. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer Banso Desktop (schema {found}; this app knows up to {known}). Update the app to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: the file is shorter than the database it holds. It may have been cut off while being copied, or when the disk was full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: the file is empty (0 bytes), although automatic backups of it exist. It may have been cut off while being copied, or when the disk was full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged, or it is not a Banso Desktop database file: its first bytes are not those of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: parts of it cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only, or you do not have permission to change it. Banso Desktop saves as you type, so it must be able to write to this file: copy it to a folder of your own and open the copy, or ask whoever manages this computer for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, or you do not have permission to write in it. Banso Desktop keeps a journal and automatic backups beside the database {path}, so it must be able to write there: copy the file to a folder of your own and open the copy, or ask whoever manages this computer for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} is read-only, or you do not have permission to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file can no longer be written to: it or its drive is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written (a disk or connection problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is being used by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the drive that holds {folder} (delete or move files you no longer need). What you typed is kept and will be saved automatically as soon as there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {folder} writable again (for a USB stick, check its write-protect switch; for a network folder, ask whoever manages it). What you typed is kept and will be saved automatically as soon as the file can be written. You can also save it to a file on another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the drive or network folder holding {folder} is still connected. What you typed is kept and saving is tried again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (or a second Banso Desktop window) is writing to the file. What you typed is kept and will be saved automatically when the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The hub refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not sync with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records of this file already exist on the hub under another organisation (a copied or demo database?): this file cannot sync as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a Banso hub (or an older one): ask the office to run banso hub init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hub was lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is older than this app (sync protocol {mine}): ask the office to run banso hub init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user belongs to no organisation on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file belongs to another organisation on the hub; it cannot sync as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub speaks a newer sync protocol ({theirs}) than this app ({mine}): update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the hub: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub has schema version {found}, newer than this app knows ({known}): update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{user}” cannot be a user name: use lower-case letters, digits, _ . - (up to 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a hub yet: run banso hub init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot hold “{value}”: keep one of the two versions, or edit the joined text into a value the field accepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Agreed issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value added (thousand yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-reliance checklist recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the first complete check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
