"""Search in the library, one package: the index (index.py: what is stored,
folded and tokenized, rowids in list order), the language a journalist types
(query.py), Simplified/Traditional and full-width folding (folding.py),
results and relevance (results.py), and snippets (snippets.py).

The store holds search as :class:`~reader.core.library.search.results.SearchMixin`,
the one mixin every list, count and saved search goes through for its
conditions (``_where``); nothing reaches across mixins for it.
"""
