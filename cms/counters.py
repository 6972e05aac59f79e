"""Counters that expire, kept in the cache: actions per client, e-mails per address.

They count in the cache, never in the database, and hold only a keyed hash of what they count.
On Redis (production) one round trip adds one and sets the time to live of a new counter; on
another cache (development, tests) the same with two calls.
"""

import contextlib
import math
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone
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


@dataclass(frozen=True)
class Attempt:
    """One attempt counted against a limit, which a caller may give back (a typo, a right
    password) so that only what the limit is about uses it."""

    purpose: str
    value: str
    window: str

    def give_back(self) -> None:
        uncount(self.purpose, self.value, window=self.window)


@dataclass(frozen=True)
class Refusal:
    """Over the limit: the attempt was not counted; ``retry_after`` seconds to the next window."""

    retry_after: int

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.retry_after / 60))


def attempt(purpose: str, value: str, limit: tuple[int, int]) -> Attempt | Refusal | None:
    """Count one attempt by ``value`` (a client) for ``purpose``, within ``limit``: (how many,
    per how many seconds). The Attempt counted, a Refusal once over the limit, or None if the
    cache is away (then nothing is limited, rather than everything refused)."""
    most, window_seconds = limit
    now = timezone.now().timestamp()
    window = int(now // window_seconds)
    total = count(purpose, value, window=str(window), timeout=window_seconds)
    if total is None:
        return None
    counted = Attempt(purpose, value, str(window))
    if total > most:
        counted.give_back()
        return Refusal(retry_after=math.ceil((window + 1) * window_seconds - now))
    return counted


def counter_key(purpose: str, value: str, window: str) -> str:
    return f"{purpose}:{salted_hmac(purpose, value).hexdigest()[:32]}:{window}"
