"""Sync accounts: the library as an offline client of a Google Reader API aggregator.

``greader`` speaks the protocol, ``servers`` holds what differs between
servers, ``engine`` runs a sync, ``subscriptions`` changes an account's
subscriptions on its server. Storage is :mod:`reader.core.library.accounts`.
"""
