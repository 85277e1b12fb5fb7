"""The program's one way out to the network.

Every request (feeds, discovery, pictures, full articles, sync) goes through
:class:`reader.core.net.http.HttpClient`, so that a proxy, Tor or "never
connect directly" applies to all of them; credentials (the keyring) live
beside it because every kind of request may need them.
"""
