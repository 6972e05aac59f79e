import pytest


@pytest.fixture(autouse=True)
def fresh_locales_and_cache():
    """Forget what earlier tests left: a flushed or rolled-back database sends no signal, so
    the locales read once per process and the cached routes and menus would outlive it."""
    from django.core.cache import cache

    from cms.locales import locales_by_language

    locales_by_language.cache_clear()
    cache.clear()
    yield
