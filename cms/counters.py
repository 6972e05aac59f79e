"""Counters that expire, kept in the cache: actions per client, e-mails per address.

They count in the cache, never in the database, and hold only a keyed hash of what they count.
On Redis (production) one round trip adds one and sets the time to live of a new counter; on
another cache (development, tests) the same with two calls.
"""

import contextlib

from django.core.cache import cache
from django.utils.crypto import salted_hmac
from redis.exceptions import RedisError


def count(purpose: str, value: str, *, window: str, timeout: int) -> int | None:
    """Add one to the counter of ``value`` for ``purpose`` in this ``window`` (kept ``timeout``
    seconds), and return its total; None if the cache is away, so that actions go on."""
    key = counter_key(purpose, value, window)
    redis = getattr(cache, "client", None)
    if redis is not None and hasattr(redis, "get_client"):  # django-redis
        try:
            stored_key = cache.make_and_validate_key(key)
            pipeline = redis.get_client(write=True).pipeline(transaction=False)
            pipeline.incr(stored_key)
            pipeline.expire(stored_key, timeout, nx=True)
            total, _expiry_set = pipeline.execute()
        except RedisError:
            return None  # as django-redis's IGNORE_EXCEPTIONS: a miss, not a failed request
        return total
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr: the first of a new window
        cache.add(key, 1, timeout=timeout)
        return 1


def uncount(purpose: str, value: str, *, window: str) -> None:
    """Take back one from the counter of ``value`` for ``purpose`` in this ``window``."""
    # Expired meanwhile, or the cache is away: there is nothing to give back.
    with contextlib.suppress(ValueError, RedisError):
        cache.decr(counter_key(purpose, value, window))


def counter_key(purpose: str, value: str, window: str) -> str:
    return f"{purpose}:{salted_hmac(purpose, value).hexdigest()[:32]}:{window}"
