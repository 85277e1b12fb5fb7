"""Live feeds: fetching over HTTP, parsing, finding a site's feed,
subscriptions, refreshing, passwords, OPML.
"""
