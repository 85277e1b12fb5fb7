"""Views: the article list, the safe article view, the source tree, task progress."""
