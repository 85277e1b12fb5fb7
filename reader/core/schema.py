# shim: removed when branches merge
from reader.core.library.schema import *  # noqa: F403
