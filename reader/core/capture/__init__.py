"""Web pages kept as evidence and read later (issue 28).

:mod:`warc` writes and reads WARC records; :mod:`record` keeps an
exchange with its article; :mod:`meta` reads a page's title, author and
date; :mod:`save` saves pages (``save``, links imported or dropped on the
window) and retries pending ones; :mod:`wacz` packs captures into a WACZ;
:mod:`verify` checks a WARC or WACZ against the library.

Nothing is imported here, so that the full-article download can use
:mod:`record` without loading the rest.
"""
