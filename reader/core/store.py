# shim: removed when branches merge
from reader.core.library import *  # noqa: F403
