"""Run the command line as ``python -m ombudsparse``."""

import sys

from ombudsparse.cli import main

sys.exit(main())
