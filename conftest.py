import pytest


@pytest.fixture(autouse=True)
def fresh_locales():
    """Forget the locales read by earlier tests: a flushed database sends no signal."""
    from cms.locales import locales_by_language

    locales_by_language.cache_clear()
    yield
