"""Qt item models over the library: the source tree and the lazy article list."""
