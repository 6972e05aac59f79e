"""The small vocabulary the demo content is written in.

Every visitor-facing text of the demo site is a ``T``: the French source and its translations
side by side, each under its language code, so that the builder can write the French pages and
then fill wagtail-localize's translations from the very same entry.
"""

from typing import NamedTuple


class T:
    """One text of the demo site: ``T(fr="…", ar="…", en="…")``.

    The French source is always there; a language the demo content is not written in has no
    text, and the builder makes no demo translation into it.
    """

    __slots__ = ("texts",)

    def __init__(self, *, fr: str, **translations: str):
        self.texts = {"fr": fr, **translations}

    @property
    def fr(self) -> str:
        return self.texts["fr"]

    def __getitem__(self, language_code: str) -> str:
        return self.texts[language_code]

    def __eq__(self, other):
        return isinstance(other, T) and self.texts == other.texts

    def __hash__(self):
        return hash(tuple(sorted(self.texts.items())))

    def __repr__(self):
        arguments = ", ".join(f"{code}={text!r}" for code, text in self.texts.items())
        return f"T({arguments})"


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
