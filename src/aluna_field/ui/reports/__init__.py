"""The coordinator's reports screen (`ReportsPane`) and the PDF writer (`pdf`)."""

from __future__ import annotations

from .pane import ReportsPane

__all__ = ["ReportsPane"]
