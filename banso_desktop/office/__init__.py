"""The office view, without Qt: the yearly 経営発達支援事業 / よろず figures (``kpi``), the
early warnings of 予兆管理 (``alerts``) and the dashboard's series (``dashboard``), all
computed from one bulk read of the file (``history``).

They work on whatever the file holds: a laptop's own companies, or the whole office's
after a sync.
"""
