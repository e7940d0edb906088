"""The first-run wizard that creates a store."""

from crisisplan.ui.wizard.first_run import FirstRunWizard

__all__ = ["FirstRunWizard"]
