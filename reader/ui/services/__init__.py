"""The window's one door to the library (a gateway with worker threads) and the worker helper."""
