"""The translation editor in the admin's language: wagtail-localize writes the date of each
translated string with ``strftime``, whose month names are English whatever the language
("2 December 2026" in an Arabic admin). Installed once, from the app's ``ready``."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation


def get_comment(string_translation):
    """How and when a string was translated, its date in the admin's language and format."""
    when = date_format(localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=when
        )
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=when)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=when)
    return None


def install():
    StringTranslation.get_comment = get_comment
