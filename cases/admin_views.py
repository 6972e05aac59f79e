"""Admin views of the campaign team: moderation, erasure, and the dashboard's action counts."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import BadRequest, PermissionDenied
from django.core.validators import validate_email
from django.db.models import Case, Count, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale

from cases.models import (
    CaseActionTotals,
    CasePage,
    Erasure,
    LetterSent,
    MessageStatus,
    PetitionSignature,
    SolidarityMessage,
    normalise_email,
)
from cases.privacy import erase_email
from cms.database_ids import database_id

CHART_DAYS = 30


def case_title_subquery(translation_key="case_translation_key"):
    """The title of a case (of an action's case: its ``translation_key`` field), for listing,
    sorting, choosing and exporting actions by case: its French page's, another translation's
    while the French page alone is deleted, and "Deleted case" once every page is (the records
    stay, with their case's translation key)."""
    french_first = Case(When(locale=Locale.get_default(), then=0), default=1)
    title = (
        CasePage.objects.filter(translation_key=OuterRef(translation_key))
        .order_by(french_first, "path")
        .values("title")[:1]
    )
    return Coalesce(Subquery(title), Value(_("Deleted case")))


def case_choices():
    """Every case, by its translation key, under the title case_title_subquery gives it."""
    cases = (
        CasePage.objects.values("translation_key")
        .annotate(case_title=case_title_subquery("translation_key"))
        .values_list("translation_key", "case_title")
        .distinct()
    )
    choices = [(str(translation_key), title) for translation_key, title in cases]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def deleted_cases_records(model):
    """The records of ``model`` whose case has no page left."""
    return model.objects.exclude(
        case_translation_key__in=CasePage.objects.values("translation_key")
    )


def actions_of_cases_deleted_with(page) -> list[str]:
    """What deleting ``page`` (and the pages under it) means for its cases' actions, one
    sentence per case that has any: how many, and that they stay. No record is deleted with a
    page: they keep their case, which its pages in other languages still show, or, with the
    last of them gone, the lists of campaign actions as "Deleted case"."""
    deleted = CasePage.objects.descendant_of(page, inclusive=True)
    titles = dict(deleted.values_list("translation_key", "title"))
    if not titles:
        return []
    kept = set(
        CasePage.objects.filter(translation_key__in=titles)
        .exclude(pk__in=deleted.values("pk"))
        .values_list("translation_key", flat=True)
    )
    warnings = []
    for translation_key, totals in CaseActionTotals.for_cases(titles).items():
        if not totals.total:
            continue
        counts = {
            "case": titles[translation_key],
            "signatures": totals.signatures,
            "letters": totals.letters,
            "messages": totals.messages,
            "offline": totals.offline,
        }
        # Counts as labels, not sentences: no plural for translators to build four times.
        warning = _(
            "“%(case)s” — signatures: %(signatures)s, letters sent: %(letters)s, solidarity "
            "messages: %(messages)s, offline actions: %(offline)s."
        )
        if translation_key in kept:
            fate = _("They stay with the case’s pages in the other languages.")
        else:
            fate = _(
                "They are kept, listed under “Deleted case” in the campaign actions, where "
                "they can still be exported and erased."
            )
        warnings.append(f"{warning % counts} {fate}")
    return warnings


@require_POST
def moderate_messages(request, status):
    """Approve or reject the solidarity messages ticked in the list."""
    if not request.user.has_perm("cases.change_solidaritymessage"):
        raise PermissionDenied
    ids = [database_id(SolidarityMessage, value) for value in request.POST.getlist("message")]
    if None in ids:  # not the list's checkboxes: an altered form
        raise BadRequest
    chosen = SolidarityMessage.objects.filter(pk__in=ids)
    changed = SolidarityMessage.moderate(chosen, status)
    messages.success(
        request,
        _("%(count)s message(s) marked “%(status)s”.")
        % {"count": changed, "status": MessageStatus(status).label},
    )
    return redirect(
        get_valid_next_url_from_request(request) or "cases_solidaritymessage_modeladmin_index"
    )


class EraseEmailForm(forms.Form):
    """An address in any spelling; it is cleaned to the canonical form signatures are stored in
    (which also makes "AMINA@Example.ORG." a valid address)."""

    email = forms.CharField(
        label=gettext_lazy("E-mail address to erase"), max_length=254, widget=forms.EmailInput
    )
    # Sent only by the confirmation step's button: the first step counts, and erases nothing.
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        validate_email(email)
        return email


def erase_personal_data(request):
    """Erase a visitor's records on their request, in two steps: the address, then how many
    signatures it has and a confirmation (the same as the erase_personal_data command)."""
    if not request.user.has_perm("cases.delete_petitionsignature"):
        raise PermissionDenied
    form = EraseEmailForm(request.POST or None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if form.cleaned_data["confirmed"]:
            erased = erase_email(email, erased_by=request.user, reason=Erasure.Reason.REQUEST)
            messages.success(request, _("%(count)s signature(s) erased.") % {"count": erased})
            return redirect("cases_erase_personal_data")
        signatures = PetitionSignature.objects.with_email(email).count()
        context |= {"email": email, "signatures": signatures}
    return TemplateResponse(request, "cases/admin/erase_personal_data.html", context)


def signatures_awaiting(title, totals, pending_per_case) -> dict:
    """A case's row on the dashboard: its counts, its signatures waiting for confirmation, and
    the share of signatures made that their owners confirmed (None before any)."""
    pending = pending_per_case.get(totals.pk, 0)
    made = totals.signatures + pending + totals.unconfirmed_signatures
    return {
        "title": title,
        "totals": totals,
        "pending": pending,
        "confirmation_rate": round(100 * totals.signatures / made) if made else None,
    }


class CampaignActionsPanel(Component):
    """Actions per case and per language, and actions per day: counts only, no personal data."""

    name = "campaign_actions"
    order = 230  # after "Awaiting your review" (220): what waits for the user comes first
    template_name = "cases/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        french_cases = CasePage.objects.filter(locale=Locale.get_default()).order_by("path")
        totals = CaseActionTotals.for_cases([case.translation_key for case in french_cases])
        pending = dict(
            PetitionSignature.objects.pending()
            .values_list("case_translation_key")
            .annotate(count=Count("pk"))
        )
        cases = [
            signatures_awaiting(case.title, totals[case.translation_key], pending)
            for case in french_cases
        ]
        approved = SolidarityMessage.objects.filter(status=MessageStatus.APPROVED)
        actions = (PetitionSignature.objects.confirmed(), LetterSent.objects, approved)

        per_language = {}
        for queryset in actions:
            for row in queryset.values("language").annotate(count=Count("pk")):
                per_language[row["language"]] = per_language.get(row["language"], 0) + row["count"]

        since = timezone.localdate() - timedelta(days=CHART_DAYS - 1)
        per_day = {since + timedelta(days=n): 0 for n in range(CHART_DAYS)}
        for queryset in actions:
            rows = (
                queryset.filter(created_at__date__gte=since)
                .annotate(day=TruncDate("created_at"))
                .values("day")
                .annotate(count=Count("pk"))
            )
            for row in rows:
                per_day[row["day"]] += row["count"]
        highest = max(per_day.values()) or 1
        bars = []
        for index, (day, count) in enumerate(per_day.items()):
            height = round(100 * count / highest)
            bars.append(
                {"day": day, "count": count, "x": index * 10, "y": 100 - height, "height": height}
            )
        return {
            "cases": cases,
            "per_language": [
                (name, per_language.get(code, 0)) for code, name in settings.LANGUAGES
            ],
            "bars": bars,
            "chart_days": CHART_DAYS,
        }
