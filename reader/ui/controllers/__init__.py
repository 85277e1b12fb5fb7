"""The window's long-running work (import, feeds, images, export): each
controller owns its actions' behaviour, its progress and its shutdown.
"""
