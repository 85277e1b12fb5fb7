"""The exchange with a server, kept as received: WARC records (warc.py) and
their keeping beside the article (record.py).

Below both the full-article download and web-page saving, which record
every page they fetch through it; :mod:`reader.core.capture` (saving pages,
WACZ, verify) sits above the full-article pipeline it uses.
"""
