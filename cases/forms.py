"""The forms visitors fill in on a case page. They work without JavaScript or cookies."""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

# Characters that reorder text for display (U+202A–U+202E, U+2066–U+2069): a message could
# show something other than what a moderator reads.
DIRECTION_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
MARKUP = re.compile(r"<[^>]*>|&[#\w]+;")


def validate_plain_text(value: str, *, multiline=False) -> None:
    if MARKUP.search(value):
        raise ValidationError(_("Please write plain text, without markup."), code="markup")
    if DIRECTION_OVERRIDES.search(value):
        raise ValidationError(
            _("Please remove the invisible text-direction characters."), code="direction"
        )
    allowed = "\n\r\t" if multiline else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in value):
        raise ValidationError(_("Please remove the control characters."), code="control")


class PlainTextField(forms.CharField):
    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value:
            validate_plain_text(value, multiline=self.multiline)


# The joiners stay: Persian and other scripts spell names with them.
JOINERS = {"\u200c", "\u200d"}


def without_invisible_characters(value: str) -> str:
    """``value`` without Unicode's invisible format characters (zero-width spaces, marks of
    direction, the byte-order mark, soft hyphens…), which a reader cannot see and a moderator
    cannot check. Direction overrides stay, for validate_plain_text to refuse them by name."""
    return "".join(
        character
        for character in value
        if unicodedata.category(character) != "Cf"
        or character in JOINERS
        or DIRECTION_OVERRIDES.match(character)
    )


class NameField(PlainTextField):
    """A name, a first name or a city: it must hold a letter, and what is stored holds no
    invisible character."""

    def to_python(self, value):
        value = super().to_python(value)
        # Nothing but invisible characters: kept as typed, for validate to say what is missing.
        return without_invisible_characters(value).strip() or value

    def validate(self, value):
        super().validate(value)
        if value and not any(unicodedata.category(c).startswith("L") for c in value):
            raise ValidationError(_("Please write it with at least one letter."), code="letter")


class ActionForm(forms.Form):
    """A visitor's action. ``website`` is a honeypot: people leave it empty, robots fill it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_from_a_robot(self) -> bool:
        return bool(self.data.get(self.add_prefix("website")))


def country_choices():
    """Country names in the visitor's language, sorted for it. Given to the widget as a
    function, which Django calls only when the form is shown: never when a signature is checked
    (a set lookup, many times a second in a burst), nor when the form's fields are copied."""
    return [("", _("Choose your country")), *countries]


class CountrySelect(forms.Select):
    """The list of countries, drawn once per language and state, then reused: drawing its 250
    options took half the time of rendering a whole case page."""

    rendered = {}

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        key = (translation.get_language(), name, value, tuple(sorted(final_attrs.items())))
        html = self.rendered.get(key)
        if html is None:
            html = super().render(name, value, attrs, renderer)
            if not value or value in countries:  # never a visitor's invented value
                self.rendered[key] = html
        return html


class CountryField(forms.CharField):
    widget = CountrySelect

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.choices = country_choices

    def validate(self, value):
        super().validate(value)
        if value and value not in countries:
            raise ValidationError(
                _("Select a valid choice. That choice is not one of the available choices."),
                code="invalid_choice",
            )


class PetitionForm(ActionForm):
    prefix = "petition"
    # Stored word for word with the signatures of those who tick it.
    KEEP_INFORMED = _("Keep me informed about this case (an e-mail now and then, never shared).")

    name = NameField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail"), max_length=254)
    country = CountryField(label=_("Your country"))
    consent = forms.BooleanField(
        label=_("I agree"),
        error_messages={
            "required": _("Please tick the box to agree, or your signature can’t count.")
        },
    )
    keep_informed = forms.BooleanField(label=KEEP_INFORMED, required=False)


class SolidarityMessageForm(ActionForm):
    prefix = "solidarity"

    first_name = NameField(label=_("Your first name"), max_length=60)
    city = NameField(label=_("Your city"), max_length=80)
    message = PlainTextField(
        label=_("Your message"),
        max_length=500,
        multiline=True,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 500}),
        help_text=_("At most 500 characters."),
    )
    consent = forms.BooleanField(
        label=_("I agree"),
        error_messages={"required": _("Please tick the box to agree, or we can’t pass it on.")},
    )


class LetterSentForm(ActionForm):
    prefix = "letter"


class LetterPrintForm(ActionForm):
    """The name to sign the printable letter with. Used for the page it prints, never stored."""

    prefix = "print"

    name = NameField(label=_("Your name, to sign the letter"), max_length=120)
