"""Passwords of private feeds: in the OS keyring, and nowhere else.

The user name lives with the source in the library; the password goes to the
keyring under the service ``offline-reader`` with the feed URL as the key.
When no keyring backend is usable (a bare Linux session without a Secret
Service), nothing is written anywhere: the password is kept in this process's
memory for the session and the user is told why they will be asked again.
Every failure is reported as a value, so the window can say it plainly
instead of catching exceptions from a library it does not own.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from reader import APP_NAME

_log = logging.getLogger(__name__)

SERVICE = APP_NAME

_session: dict[str, str] = {}
_session_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    usable: bool
    backend: str
    #: For the user, when not usable: why, and what happens instead.
    message: str | None = None


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """Where a password ended up."""

    in_keyring: bool
    #: For the user when the password is only remembered for this session.
    message: str | None = None


_NO_BACKEND = (
    "no usable keyring (password store) was found on this system, so passwords "
    "cannot be saved: you will be asked for them once per session"
)
_PLAIN_TEXT_ONLY = (
    "the only keyring (password store) found, {name}, keeps passwords unencrypted "
    "in a file, so it is not used unless you choose it (PYTHON_KEYRING_BACKEND or "
    "keyring's configuration file): passwords are kept only until the program closes"
)


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``https://user:pw@host/x`` → (``https://host/x``, user, pw).

    The one place addresses lose their credentials: a password must never
    reach the library, the log or the screen, and addresses go to all three.
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # not an address (an unclosed "[" host): no parts to keep apart
        return redact_credentials(url), None, None
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    clean = urlunsplit((parts.scheme, hostport, parts.path, parts.query, parts.fragment))
    return clean, unquote(user) or None, unquote(password) or None


def without_credentials(url: str) -> str:
    """The address as it may be shown, logged or stored."""
    return split_credentials(url)[0]


#: ``scheme://userinfo@``: what a message must not repeat. The user info
#: ends at the last ``@`` before the path, so a password holding ``@`` or
#: ``/``-free punctuation goes whole.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#]*@")


def redact_credentials(text: str) -> str:
    """``text`` with the user name and password taken out of every address in it."""
    return _USERINFO.sub(r"\1", text) if "@" in text else text


def keyring_status() -> KeyringStatus:
    """Whether passwords can be stored, without storing anything."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration is "no keyring"
        return KeyringStatus(False, "none", f"{_NO_BACKEND} ({type(exc).__name__})")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or _is_null(backend):
        return KeyringStatus(False, name, _NO_BACKEND)
    try:
        priority = float(getattr(backend, "priority", 1))
    except Exception:
        priority = 1.0
    if priority <= 0:
        return KeyringStatus(False, name, _NO_BACKEND)
    if _plain_text(backend) and not _chosen_by_user():
        return KeyringStatus(False, name, _PLAIN_TEXT_ONLY.format(name=type(backend).__name__))
    return KeyringStatus(True, name)


def _plain_text(backend: object) -> bool:
    """A backend that writes passwords as they are (keyrings.alt's PlaintextKeyring).

    keyring picks the best backend it finds, and where nothing better exists
    (a desktop without a Secret Service) that is a plain file, if
    keyrings.alt happens to be installed: no place for a journalist's
    passwords unless they chose it. Through a chain of backends, what counts
    is the first, which is where passwords are written.
    """
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list | tuple) and chained:
        backend = chained[0]
    return "plaintext" in type(backend).__name__.lower()


def _chosen_by_user() -> bool:
    """Whether the backend was named by the user rather than detected by keyring."""
    if os.environ.get("PYTHON_KEYRING_BACKEND", "").strip():
        return True
    try:
        from keyring.core import load_config

        return load_config() is not None
    except Exception:  # a broken configuration file chose nothing usable
        return False


def _is_null(backend: object) -> bool:
    try:
        from keyring.backends import null
    except ImportError:
        return False
    return isinstance(backend, null.Keyring)


class PasswordStore:
    """Look up, save and forget feed passwords; never raises for keyring trouble.

    The refresh reads passwords in the calling thread before its fetch
    threads start, since D-Bus based backends are not thread-safe.
    """

    def __init__(self, *, use_keyring: bool = True) -> None:
        self._use_keyring = use_keyring
        self._checked: KeyringStatus | None = None

    @property
    def status(self) -> KeyringStatus:
        """Checked on first use: finding the backend costs a tenth of a second."""
        if self._checked is None:
            self._checked = (
                keyring_status() if self._use_keyring else KeyringStatus(False, "off", None)
            )
        return self._checked

    def get(self, feed_url: str) -> str | None:
        with _session_lock:
            remembered = _session.get(feed_url)
        if remembered is not None or not self.status.usable:
            return remembered
        try:
            import keyring

            found = keyring.get_password(SERVICE, feed_url)
        except Exception:  # locked or gone: the feed will report it needs a password
            return None
        return found if isinstance(found, str) else None

    def save(self, feed_url: str, password: str) -> SaveOutcome:
        if self.status.usable:
            try:
                import keyring

                keyring.set_password(SERVICE, feed_url, password)
            except Exception as exc:
                self._remember(feed_url, password)
                return SaveOutcome(
                    False,
                    f"the keyring refused the password ({_brief(exc)}); it is kept only "
                    "until the program closes",
                )
            with _session_lock:
                _session.pop(feed_url, None)
            return SaveOutcome(True)
        self._remember(feed_url, password)
        return SaveOutcome(False, self.status.message or _NO_BACKEND)

    def remember_for_session(self, feed_url: str, password: str) -> None:
        """A password typed for this session only (no keyring, or the user's choice)."""
        self._remember(feed_url, password)

    def delete(self, feed_url: str) -> None:
        with _session_lock:
            _session.pop(feed_url, None)
        if not self.status.usable:
            return
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # there was none
                keyring.delete_password(SERVICE, feed_url)
        except Exception as exc:  # best effort: the subscription is gone either way
            _log.warning("could not remove a password from the keyring: %s", _brief(exc))

    def move(self, old_url: str, new_url: str) -> None:
        """The feed moved (edit, permanent redirect): its password follows it."""
        if old_url == new_url:
            return
        password = self.get(old_url)
        if password is None:
            return
        outcome = self.save(new_url, password)
        if outcome.in_keyring or not self.status.usable:
            self.delete(old_url)

    @staticmethod
    def _remember(feed_url: str, password: str) -> None:
        with _session_lock:
            _session[feed_url] = password


def forget_session_passwords() -> None:
    """Drop the passwords typed this session (tests, "lock" in the window)."""
    with _session_lock:
        _session.clear()


def _brief(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[:200] if text else type(exc).__name__
