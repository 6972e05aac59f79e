"""The small vocabulary the demo content is written in.

Every visitor-facing text of the demo site is a ``T``: the French source and its Arabic and
English translations side by side, so that the builder can write the French pages and then
fill wagtail-localize's translations from the very same entry.
"""

from typing import NamedTuple


class T(NamedTuple):
    """One text in the three languages of the site."""

    fr: str
    ar: str
    en: str


class P(NamedTuple):
    """A paragraph of rich text."""

    text: T


class H2(NamedTuple):
    """A heading inside rich text."""

    text: T


class UL(NamedTuple):
    """A bulleted list inside rich text."""

    items: tuple[T, ...]


class Quote(NamedTuple):
    """An attributed quotation inside a page body."""

    text: T
    attribution: T


class EmailAddress(NamedTuple):
    """A sentence that ends with an e-mail address to write to (a notice page's block)."""

    text: T
    address: str


class RetentionPeriods(NamedTuple):
    """The retention periods, which the site writes from its settings (a notice page's block)."""


class Illustration(NamedTuple):
    """A drawing of home.demo.illustrations in a page body, with its text alternative, which
    says that it is an illustration."""

    drawing: str
    alt: T
