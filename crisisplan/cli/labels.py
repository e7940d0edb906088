"""`crisisplan labels`: the card labels' languages and the translator's checks the IG lead records
(services/label_reviews.py; docs/translations.md, "Card labels and review")."""

from __future__ import annotations

import argparse
from datetime import date

from crisisplan.cli.context import sign_in
from crisisplan.cli.io import ExitCode, UsageError
from crisisplan.services import label_reviews


def cmd_labels(args: argparse.Namespace) -> int:
    with sign_in(args) as session:
        if args.labels_command == "review":
            try:
                on = date.fromisoformat(args.date)
            except ValueError:
                raise UsageError("--date must be a date as YYYY-MM-DD") from None
            review = label_reviews.record_label_review(session, args.language, args.translator, on)
            print(f"Card labels in {review.code} print without the 'not yet checked' mark from now on "
                  f"(checked by {review.reviewer} on {review.reviewed_on}).")
            return ExitCode.OK
        if args.labels_command == "withdraw":
            label_reviews.withdraw_label_review(session, args.language)
            print(f"Card labels in {args.language.strip().lower()} print marked 'translation not yet checked' again.")
            return ExitCode.OK
        statuses = label_reviews.language_statuses(session)
    for language, check in statuses:
        state = (f"checked by {check.reviewer} on {check.reviewed_on} (recorded by {check.recorded_by})"
                 if check else "translation not yet checked")
        print(f"{language.code}  {language.name}: {state}")
    return ExitCode.OK
