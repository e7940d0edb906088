"""Entry point of the frozen app (PyInstaller): the same `crisisplan` console script as a pip install."""

import multiprocessing
import sys

from crisisplan.cli import main

if __name__ == "__main__":
    # Bulk re-issue renders cards in worker processes; a frozen program must let them start.
    multiprocessing.freeze_support()
    sys.exit(main())
