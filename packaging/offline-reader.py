"""The bundle's entry point: PyInstaller needs a script, the program is ``reader.cli``."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
