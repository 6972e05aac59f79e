"""Texts that translators get as plain strings: one paragraph, or one line, per segment.

wagtail-localize hands translators a text with line breaks as one segment with ``<br/>`` markup
in it, which they must keep. So a text whose lines matter (a postal address, a letter) is stored
as a list of lines or paragraphs, each its own segment, and the page puts the breaks back.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

BLANK_LINES = re.compile(r"\n\s*\n")


def text_lines(text: str) -> list[str]:
    """The non-empty lines of a text, trimmed: an address as it was typed in one box."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def text_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, split on blank lines, each on one line.

    A single line break inside a paragraph starts a paragraph too: it was typed to be seen,
    and a paragraph holds no line break (translators would get it as markup).
    """
    return [
        line
        for paragraph in BLANK_LINES.split(text.replace("\r\n", "\n"))
        for line in text_lines(paragraph)
    ]


class SingleParagraphBlock(blocks.TextBlock):
    """A text of one paragraph, without line breaks: translators get it as plain text."""

    class Meta:
        line_break_message = _("Write this as one paragraph, without line breaks.")

    def clean(self, value):
        value = super().clean(value)
        if "\n" in value or "\r" in value:
            raise ValidationError(self.meta.line_break_message)
        return value


class LetterParagraphBlock(SingleParagraphBlock):
    """One paragraph of a model letter."""

    class Meta:
        line_break_message = _(
            "One paragraph per box, without line breaks: add a paragraph for the next one."
        )


class ParagraphListBlock(blocks.ListBlock):
    """Paragraphs, one text box each; each paragraph is one segment for translators.

    A plain text is read as its paragraphs (split on blank lines): the letters of code and
    tests written before the paragraphs were separate keep working.
    """

    def _from_text(self, value):
        return text_paragraphs(value) if isinstance(value, str) else value

    def normalize(self, value):
        return super().normalize(self._from_text(value))

    def to_python(self, value):
        return super().to_python(self._from_text(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([self._from_text(value) for value in values])

    def get_prep_value(self, value):
        return super().get_prep_value(self._from_text(value))

    def get_form_state(self, value):
        return super().get_form_state(self._from_text(value))


class AddressBlock(blocks.StreamBlock):
    """A postal address, one line per line of the envelope; each line is one segment.

    A plain text is read as its lines, so an address given as one text still shows.
    """

    line = blocks.CharBlock(label=_("Address line"), max_length=120)

    class Meta:
        icon = "home"

    def to_python(self, value):
        if isinstance(value, str) and not value.lstrip().startswith("["):
            value = [("line", line) for line in text_lines(value)]
        return super().to_python(value)

    def value_from_datadict(self, data, files, prefix):
        # Form data without the address (written by hand, or from before the lines) leaves it
        # empty, as it left the optional text empty, instead of failing.
        if self.value_omitted_from_data(data, files, prefix):
            return self.empty_value()
        return super().value_from_datadict(data, files, prefix)
