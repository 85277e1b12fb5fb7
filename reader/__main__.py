"""``python -m reader`` does what the ``offline-reader`` command does."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
