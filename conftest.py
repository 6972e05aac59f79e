import pytest


@pytest.fixture(autouse=True)
def fresh_cache():
    """Forget what earlier tests left in the cache: a rolled-back database sends no signal, so
    the cached routes, sites and menus would outlive it."""
    from django.core.cache import cache

    cache.clear()
    yield
