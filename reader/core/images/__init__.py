"""The offline image cache: what an article's pictures are and downloading them
before the network goes.
"""
