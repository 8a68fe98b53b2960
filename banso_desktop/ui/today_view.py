"""今日の予定: across every company, the 施策 due or overdue, the next visits, and the
referrals waiting past their follow-up date. Double-click (or Enter) opens the company."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from banso_desktop.domain.japanese import format_wareki
from banso_desktop.store import Store
from banso_desktop.ui import labels


def _day(iso: str | None) -> str:
    return format_wareki(date.fromisoformat(iso), "short") if iso else ""


class TodayDialog(QDialog):
    company_chosen = Signal(str, str)  # company id, tab

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("todayView")
        self.setWindowTitle(self.tr("Today"))
        self.resize(900, 620)
        self.heading = QLabel()
        self.tree = QTreeWidget()
        self.tree.setObjectName("todayTree")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Company"), self.tr("What"), self.tr("Who / where")])
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

    def load(self, today: date | None = None) -> None:
        today = today or date.today()
        self.heading.setText(f"<b>{labels.long_date(today)}</b>")
        self.tree.clear()
        plan = self.store.plan
        sections = [
            (self.tr("Actions due or overdue"), [
                (_day(a["due_date"]), a["company_name"], a["what"],
                 " ".join(x for x in (labels.action_role(a.get("owner_role")), a.get("owner_name") or "") if x),
                 a["company_id"], "plan", a["state"] == "overdue")
                for a in plan.due_actions(today)
            ]),
            (self.tr("Next visits"), [
                (_day(v["next_visit_date"]), v["company_name"], v.get("theme") or "", "", v["company_id"], "sessions",
                 v["next_visit_date"] < today.isoformat())
                for v in plan.next_visits(today)
            ]),
            (self.tr("Referrals waiting for an outcome"), [
                (_day(r["follow_up_date"]), r["company_name"], r.get("reason") or "", r.get("institution") or "",
                 r["company_id"], "plan", True)
                for r in plan.needing_attention(today)
            ]),
        ]
        for title, rows in sections:
            top = QTreeWidgetItem([f"{title}（{len(rows)}）"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for when, company, what, who, company_id, tab, late in rows:
                item = QTreeWidgetItem([when, company, what, who])
                item.setData(0, Qt.ItemDataRole.UserRole, (company_id, tab))
                if late:
                    for col in range(4):
                        item.setForeground(col, QBrush(QColor("#b3261e")))
                top.addChild(item)
            top.setExpanded(True)
        for col in range(4):
            self.tree.resizeColumnToContents(col)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.company_chosen.emit(*target)
