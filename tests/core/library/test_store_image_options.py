"""The per-source "always load images" option, kept with the source."""

from __future__ import annotations

import pytest

from reader.core.errors import NotFoundError
from reader.core.library import Store
from reader.core.models import SourceKind


def test_always_load_images_defaults_off_and_is_stored(db_path):
    with Store.open(db_path) as store:
        source_id = store.source_id("example.com", kind=SourceKind.LOCAL)
        assert store.always_load_images(source_id) is False
        store.set_always_load_images(source_id, True)
    with Store.open(db_path) as store:
        assert store.always_load_images(source_id) is True
        store.set_always_load_images(source_id, False)
        assert store.always_load_images(source_id) is False
        with pytest.raises(NotFoundError):
            store.always_load_images(source_id + 99)
        with pytest.raises(NotFoundError):
            store.set_always_load_images(source_id + 99, True)
