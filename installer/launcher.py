"""Entry point of the frozen app (PyInstaller): the same `crisisplan` console script as a pip install."""

import sys

from crisisplan.cli import main

if __name__ == "__main__":
    sys.exit(main())
