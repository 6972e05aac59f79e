"""Exports of visitors' records that people can open and trust (CSV and XLSX).

Wagtail's exports write a CSV that a spreadsheet opens as Latin-1 (Arabic and accents come out
garbled), that runs any cell beginning with "=" as a formula, and both formats give codes
("MA", "ar") and times in UTC; the CSV's headings came out in French whatever the admin's
language. Here: UTF-8 with a byte-order mark, formula-like cells neutralised, headings and
country, language and status names in the admin's language, times in the site's time zone.
"""

import datetime

from django.conf import settings
from django.contrib.admin.utils import label_for_field
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django_countries.fields import Country
from wagtail_modeladmin.views import IndexView

from cases.models import MessageStatus
from encryption.fields import EncryptedTextField, Unreadable

CSV, XLSX = IndexView.FORMAT_CSV, IndexView.FORMAT_XLSX
# What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """A cell that a spreadsheet shows as text and never runs: a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def local_time(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value) if timezone.is_aware(value) else value


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def status_name(code: str) -> str:
    return str(MessageStatus(code).label) if code in MessageStatus.values else code


class RecordsIndexView(IndexView):
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,  # Wagtail's own (lists, dates), then ours
        datetime.datetime: {
            CSV: lambda value: local_time(value).strftime("%Y-%m-%d %H:%M"),
            XLSX: lambda value: timezone.make_naive(local_time(value)),
        },
        Country: {CSV: lambda country: country.name, XLSX: lambda country: country.name},
    }
    custom_field_preprocess = {
        "language": {CSV: language_name, XLSX: language_name},
        "status": {CSV: status_name, XLSX: status_name},
    }

    def get_heading(self, queryset, field):
        """The field's label as the admin writes it, capital first: modeladmin title-cases
        every word ("Version Du Consentement")."""
        if heading := self.export_headings.get(field):
            return force_str(heading)
        return capfirst(
            force_str(label_for_field(field, model=self.model, model_admin=self.model_admin))
        )

    @cached_property
    def sortable_by(self):
        """Every column but the encrypted ones, whose order would be their ciphertext's."""
        encrypted = {
            field.name for field in self.model._meta.fields if isinstance(field, EncryptedTextField)
        }
        return [name for name in self.list_display if name not in encrypted]

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            value = getattr(item, field, None)
            if isinstance(value, Unreadable):  # "(unreadable)", where Wagtail would put "-"
                row[field] = str(value)
            elif value in ("", None):  # an anonymised name: an empty cell, not "-" (or "'-")
                row[field] = ""
        return row

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are written as text already (Wagtail turns formulas back into strings).
        return neutralised(value) if export_format == CSV else value

    def stream_csv(self, queryset):
        # The rows are written while the response streams, after the view (and the admin's
        # language with it) has returned: they are written in the language of the request.
        return in_language(translation.get_language(), super().stream_csv(queryset))


def in_language(language, lines):
    with translation.override(language):
        yield "\ufeff"  # so that spreadsheets read UTF-8: Arabic names and accents intact
        yield from lines
