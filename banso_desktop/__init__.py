"""Banso Desktop: the field consultant's app for 伴走支援.

The package is layered so that data flows one way:
``ui -> (domain, store)``, ``store -> domain``; ``domain`` imports nothing of ours.
Only ``banso_desktop.ui`` and ``banso_desktop.app`` may import PySide6 (a test holds that line).
"""

__version__ = "0.1.0"
APP_NAME = "Banso Desktop"
