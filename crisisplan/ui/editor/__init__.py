"""The plan editor: `PlanEditor(session, plan_id, parent=None)`."""

from crisisplan.ui.editor.editor import PlanEditor

__all__ = ["PlanEditor"]
