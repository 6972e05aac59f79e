"""The handover document: what the campaign-data team delivers to the authority for a case.

The petition text, the number of confirmed signatures, their count per country and the
signers' names with their country (never an e-mail), written entirely in the language chosen
for the authority, on a page of its own that the browser prints or saves as PDF.
"""

import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from cases.admin_views import case_choices
from cases.models import CaseActionTotals, CasePage, PetitionSignature
from cases.views import case_block
from encryption.fields import Unreadable

# What CLDR's Arabic collation counts as one letter: teh marbuta as teh, alef maksura as yeh;
# the tatweel only stretches a word and does not count.
ARABIC_LETTER_FORMS = str.maketrans({"ة": "ت", "ى": "ي", "ـ": None})


def alphabetical_key(name: str) -> tuple[str, str]:
    """Sort names the way a reader of their language expects, not by Unicode code points.

    Code points put "Égypte" after "Zimbabwe", and every Arabic name that begins with أ or إ
    before all those that begin with ا. ICU would know better, but neither PyICU nor an Arabic
    system locale is installed: letters are compared first without their accents, hamzas and
    vowel marks (أ, إ and آ as ا, ؤ as و, ئ as ي), and ties are broken by the full spelling.
    """
    decomposed = unicodedata.normalize("NFD", name)
    letters = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return letters.translate(ARABIC_LETTER_FORMS).casefold(), decomposed


@dataclass(frozen=True)
class Signatures:
    """A case's confirmed signatures as the document gives them."""

    total: int
    anonymised: int  # counted, but their names were removed after the retention period
    unreadable: int  # counted, but no key opens their names (encryption.fields.Unreadable)
    per_country: list[tuple[str, int]]  # (country name, count), most signatures first
    signers: list[tuple[int, str, str]]  # (number, name, country name), in signing order


def confirmed_signatures(case_translation_key) -> Signatures:
    """A case's confirmed signatures, read in one query of plain values whatever their number.

    One query, not a count and then a list: the total, the counts per country and the names
    come from the same rows even while people go on signing. Country names are in the active
    language: call it inside ``translation.override``.
    """
    rows = (
        PetitionSignature.objects.confirmed()
        .filter(case_translation_key=case_translation_key)
        .order_by("created_at", "pk")
        .values_list("name", "country")
    )
    per_code = Counter()
    named = []
    unreadable = 0
    for name, code in rows:
        per_code[code] += 1
        if isinstance(name, Unreadable):
            unreadable += 1
        elif name:  # anonymised signatures keep their country and count, not their name
            named.append((name, code))
    country_names = {code: countries.name(code) or code for code in per_code}
    per_country = sorted(
        ((country_names[code], count) for code, count in per_code.items()),
        key=lambda row: (-row[1], alphabetical_key(row[0])),
    )
    total = per_code.total()
    return Signatures(
        total=total,
        anonymised=total - len(named) - unreadable,
        unreadable=unreadable,
        per_country=per_country,
        signers=[
            (number, name, country_names[code])
            for number, (name, code) in enumerate(named, start=1)
        ],
    )


def petition_text(page: CasePage) -> str | None:
    """The call to action of the page's petition (a case page has at most one)."""
    petition = case_block(page, "petition")
    return petition["call_to_action"] if petition else None


class HandoverForm(forms.Form):
    case = forms.TypedChoiceField(
        label=gettext_lazy("Case"), coerce=uuid.UUID, choices=case_choices
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the document"), choices=settings.LANGUAGES
    )


def document_url(case_translation_key, language) -> str:
    query = urlencode({"case": case_translation_key, "language": language})
    return f"{reverse('cases_handover')}?{query}"


def why_unavailable(page: CasePage | None, case_title: str, language_name: str) -> str | None:
    """Why the document cannot be written in that language, in the admin's language."""
    values = {"case": case_title, "language": language_name}
    if page is None:
        return _("“%(case)s” has no page in %(language)s.") % values
    if not page.live:
        return _("The %(language)s page of “%(case)s” is not published.") % values
    if petition_text(page) is None:
        return _("The %(language)s page of “%(case)s” has no petition.") % values
    return None


def handover_document(request):
    """Choose a case and a language; then the document itself, ready to print."""
    if not request.user.has_perm("cases.view_petitionsignature"):
        raise PermissionDenied
    form = HandoverForm(request.GET or None)
    if not form.is_valid():
        return TemplateResponse(request, "cases/admin/handover_form.html", {"form": form})

    case_translation_key = form.cleaned_data["case"]
    language = form.cleaned_data["language"]
    pages = {
        page.locale.language_code: page
        for page in CasePage.objects.filter(translation_key=case_translation_key).select_related(
            "locale"
        )
    }
    # Its French title, or, once the French page alone is deleted, another translation's.
    case_title = (pages.get(settings.LANGUAGE_CODE) or next(iter(pages.values()))).title
    language_names = dict(settings.LANGUAGES)
    unavailable = {
        code: why_unavailable(pages.get(code), case_title, name)
        for code, name in language_names.items()
    }
    other_languages = [
        (code, language_names[code], document_url(case_translation_key, code))
        for code, reason in unavailable.items()
        if code != language and not reason
    ]
    if unavailable[language]:
        return TemplateResponse(
            request,
            "cases/admin/handover_form.html",
            {
                "form": form,
                "unavailable": unavailable[language],
                "other_languages": other_languages,
            },
        )

    page = pages[language]
    context = {
        "page": page,
        "campaign_year": page.campaign_year,
        "petition_text": petition_text(page),
        "today": timezone.localdate(),
        "public_count": CaseActionTotals.for_cases([case_translation_key])[
            case_translation_key
        ].signatures,
        # What only the team sees on screen stays in the admin's language.
        "admin_language": translation.get_language(),
        "other_languages": other_languages,
    }
    # Rendered here, not later as a TemplateResponse: the whole document in its own language.
    with translation.override(language):
        context["signatures"] = confirmed_signatures(case_translation_key)
        response = render(request, "cases/admin/handover.html", context)
    response.headers["Content-Language"] = language
    patch_cache_control(response, private=True, no_store=True)  # names: kept by no cache
    return response
