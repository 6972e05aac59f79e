"""Ids that come from an address or a form, checked against what the database's integers hold.

An id beyond them is no record's, yet a query with it fails instead of finding nothing: SQLite's
driver cannot send an integer of 2^63 or more, and Django's own range check misses lookups
through a page type's key (its parent page's) and lists of ids. Such ids are answered before
any query: "not found", or "bad request".
"""

from django.db import connection


def database_id(model, value: str) -> int | None:
    """``value`` as an id of ``model``'s table, or None if it is not one: not plain decimal
    digits, or beyond the range of the column."""
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    key = model._meta.pk
    while key.is_relation:  # a page type's key is its parent page's: the range is the parent's
        key = key.target_field
    low, high = connection.ops.integer_field_range(key.get_internal_type())
    if (low is not None and number < low) or (high is not None and number > high):
        return None
    return number


class PageIdConverter:
    """A page's id in an address; any other number does not match, and is answered with 404."""

    regex = "[0-9]+"

    def to_python(self, value):
        from wagtail.models import Page  # the URLconf loads before the apps are ready

        number = database_id(Page, value)
        if number is None:
            raise ValueError(value)
        return number

    def to_url(self, value):
        return str(value)
