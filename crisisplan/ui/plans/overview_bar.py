"""The "reviews due" overview above the plan list: counts that also act as filter shortcuts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from crisisplan.services.overview import REVIEW_WINDOW_DAYS, PlanFilter, ReviewCounts, review_counts
from crisisplan.services.session import Session
from crisisplan.ui.errors import describe
from crisisplan.ui.i18n import translate
from crisisplan.ui.widgets import plain_label


class ReviewsOverview(QWidget):
    """"Reviews due: 3 overdue · 12 due within 28 days · 5 drafts"."""

    filter_chosen = Signal(object)  # PlanFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: ReviewCounts | None = None
        self.title = plain_label(translate("ReviewsOverview", "Reviews due:"), wrap=False)
        self.overdue = QPushButton()
        self.due = QPushButton()
        self.drafts = QPushButton()
        for button, chosen in ((self.overdue, PlanFilter.REVIEW_OVERDUE), (self.due, PlanFilter.REVIEW_DUE),
                               (self.drafts, PlanFilter.DRAFT)):
            button.setFlat(True)
            button.clicked.connect(lambda _=False, f=chosen: self.filter_chosen.emit(f))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.overdue)
        layout.addWidget(self.due)
        layout.addWidget(self.drafts)
        layout.addStretch(1)
        self.setAccessibleName(translate("ReviewsOverview", "Reviews due overview"))
        self._show(None)

    def refresh(self, session: Session | None, today: date | None = None) -> None:
        counts = None
        if session is not None:
            try:
                counts = review_counts(session, today)
            except Exception as exc:
                describe(exc)  # logs a bug; the list itself shows the problem to the user
        self._show(counts)

    def _show(self, counts: ReviewCounts | None) -> None:
        self.counts = counts
        if counts is None:
            texts = (translate("ReviewsOverview", "– overdue"), translate("ReviewsOverview", "– due soon"),
                     translate("ReviewsOverview", "– drafts"))
        else:
            overdue, drafts = counts.overdue, counts.drafts  # plain names: lupdate reads no attribute here
            texts = (translate("ReviewsOverview", "%n overdue", "", overdue),
                     translate("ReviewsOverview", "{count} due within {days} days").format(count=counts.due_soon,
                                                                       days=REVIEW_WINDOW_DAYS),
                     translate("ReviewsOverview", "%n draft(s)", "", drafts))
        for button, text, hint in ((self.overdue, texts[0],
                                    translate("ReviewsOverview", "Show plans whose review is overdue")),
                                   (self.due, texts[1],
                                    translate("ReviewsOverview", "Show plans due for review soon or overdue")),
                                   (self.drafts, texts[2], translate("ReviewsOverview", "Show draft plans"))):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(hint)
            button.setEnabled(counts is not None)
        urgent = counts is not None and counts.overdue > 0
        self.overdue.setStyleSheet("QPushButton { color: #a61b1b; font-weight: bold; }" if urgent else "")
