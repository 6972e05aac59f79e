"""The forms visitors fill in on a case page. They work without JavaScript or cookies."""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

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


class PetitionForm(ActionForm):
    prefix = "petition"

    name = PlainTextField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail"), max_length=254)
    country = LazyTypedChoiceField(label=_("Your country"), choices=countries)
    consent = forms.BooleanField(
        label=_("I agree"),
        error_messages={
            "required": _("Please tick the box to agree, or your signature can’t count.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Country names in the visitor's language, sorted for it.
        self.fields["country"].choices = [("", _("Choose your country")), *countries]


class SolidarityMessageForm(ActionForm):
    prefix = "solidarity"

    first_name = PlainTextField(label=_("Your first name"), max_length=60)
    city = PlainTextField(label=_("Your city"), max_length=80)
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


class LetterPrintForm(forms.Form):
    """The name to sign the printable letter with. Used for the page it prints, never stored."""

    prefix = "print"

    name = PlainTextField(label=_("Your name, to sign the letter"), max_length=120)
