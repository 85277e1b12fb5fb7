# shim: removed when branches merge
from reader.core.library.search import *  # noqa: F403
