import sys

from crisisplan.cli import main

sys.exit(main())
