"""Sharing need-to-know information and issuing cards: `ShareDialog(session, plan_id, parent=None)`."""

from crisisplan.ui.share.dialog import ShareDialog

__all__ = ["ShareDialog"]
