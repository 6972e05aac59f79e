"""The endpoints of the case page's actions.

Case pages are served to everyone from a shared cache, so their forms carry no CSRF token and
no session. These endpoints protect themselves instead: the request must come from one of the
site's own pages (Origin, or Referer), robots that fill the honeypot are thanked and ignored,
and each client address gets a limited number of actions (the address is used for that count
only, in the cache, hashed, and never stored with an action).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from cases.answers import full_case, kept, refused, thanks
from cases.emails import wake_the_sender, within_daily_allowance
from cases.forms import LetterPrintForm, LetterSentForm, PetitionForm, SolidarityMessageForm
from cases.models import (
    CasePage,
    LetterSent,
    PetitionSignature,
    SolidarityMessage,
    normalise_email,
)
from cms import counters
from cms.clients import client_network
from cms.page_cache import find_site, live_page
from cms.view_restrictions import can_see, restrictions_on


def is_from_this_site(request) -> bool:
    source = request.headers.get("Origin") or request.headers.get("Referer")
    return bool(source) and urlsplit(source).netloc == request.get_host()


def is_rate_limited(request) -> bool:
    """Count this action against its client's budget for the window; True once over it.

    The budget (CASE_ACTION_RATE_LIMIT) is large enough for a class or a mobile operator's
    shared address, and only actions taken use it: a refused one gives its count back
    (give_back_action), so typos and retries cost nothing, while a robot that repeats an
    action is stopped."""
    counted = counters.attempt(
        "case-actions", client_network(request), settings.CASE_ACTION_RATE_LIMIT
    )
    request.counted_action = counted
    return isinstance(counted, counters.Refusal)


def give_back_action(request) -> None:
    if isinstance(counted := getattr(request, "counted_action", None), counters.Attempt):
        counted.give_back()


def live_case_in_active_language(request, page_id) -> CasePage:
    find_site(request)  # from the cache: answers link to the case, on this site
    case = live_page(
        "action",
        # What an action needs; a refused one that shows the page again loads the rest.
        CasePage.objects.select_related("locale").only(
            "translation_key", "url_path", "path", "depth", "body", "locale", "title"
        ),
        request=request,
        pk=int(page_id),
        locale__language_code=translation.get_language(),
    )
    # Behind a password, a login or a group: as if it did not exist, until the visitor passes.
    if case is None or not can_see(request, case):
        raise Http404
    return case


def case_block(case: CasePage, block_type: str):
    """The value of the case's ``block_type`` block, as visitors saw it, or None."""
    # Only that block is read from the stored body: the others (images, documents) cost queries.
    block = case.body.first_block_by_name(block_type)
    return block.value if block is not None else None


def action_block(case: CasePage, block_type: str):
    """The value of the case's ``block_type`` block, or 404: the action is not on this page."""
    block = case_block(case, block_type)
    if block is None:
        raise Http404
    return block


@method_decorator(csrf_exempt, name="dispatch")
class CaseActionView(View):
    """Validate and record one kind of action, then thank the visitor and offer the next."""

    http_method_names = ["get", "post"]
    block_type: str
    form_class: type
    form_context_name: str

    def get(self, request, page_id):
        """The answer's address opened again: the case, at this action."""
        case = live_case_in_active_language(request, page_id)
        return HttpResponseRedirect(f"{case.get_url(request)}#{self.block_type}", status=303)

    def post(self, request, page_id):
        form = self.form_class(request.POST)
        # The check that needs neither the database nor the cache comes first.
        if not is_from_this_site(request):
            return self.refuse(page_id, 403, "origin", kept(form))
        if is_rate_limited(request):
            return self.refuse(page_id, 429, "rate_limited", kept(form))
        case = live_case_in_active_language(request, page_id)
        block = action_block(case, self.block_type)
        if form.is_from_a_robot:
            return self.thank(case)
        if not form.is_valid():
            give_back_action(request)
            return self.refuse(page_id, 400, "invalid", form, case=case, block=block)
        return self.accept(case, block, form.cleaned_data)

    def accept(self, case, block, data):
        self.record(case, block, data)
        return self.thank(case)

    def record(self, case, block, data) -> None:
        raise NotImplementedError

    def refuse(self, page_id, status, refusal, form, *, case=None, block=None):
        if case is None:
            case = live_case_in_active_language(self.request, page_id)
            block = action_block(case, self.block_type)
        return refused(
            self.request,
            case,
            self.block_type,
            block,
            form,
            self.form_context_name,
            status,
            refusal,
        )

    def thank(self, case):
        return thanks(self.request, case, self.block_type)


class SignPetitionView(CaseActionView):
    block_type = "petition"
    form_class = PetitionForm
    form_context_name = "petition_form"

    def record(self, case, block, data):
        email = normalise_email(data["email"])
        answer_by_email = within_daily_allowance(email)
        # One row, its e-mail due in it: what differs between a first signature and a repeat
        # goes to the address's inbox only.
        PetitionSignature.objects.sign(
            case=case,
            language=translation.get_language(),
            name=data["name"],
            email=email,
            country=data["country"],
            consent_text=block["consent_text"],
            keep_informed_text=str(PetitionForm.KEEP_INFORMED) if data["keep_informed"] else "",
            answer_by_email=answer_by_email,
        )
        if answer_by_email:
            wake_the_sender()


class LetterSentView(CaseActionView):
    block_type = "letter"
    form_class = LetterSentForm
    form_context_name = "letter_sent_form"

    def record(self, case, block, data):
        LetterSent.objects.record(case=case, language=translation.get_language())


class SolidarityMessageView(CaseActionView):
    block_type = "solidarity"
    form_class = SolidarityMessageForm
    form_context_name = "solidarity_form"

    def record(self, case, block, data):
        SolidarityMessage.objects.create(
            case_translation_key=case.translation_key,
            language=translation.get_language(),
            first_name=data["first_name"],
            city=data["city"],
            message=data["message"],
            consent_text=block["consent_text"],
        )


class PrintLetterView(CaseActionView):
    """The model letter laid out for printing, signed with the name the visitor gave; not
    stored, and not counted (the visitor says when the letter is sent)."""

    block_type = "letter"
    form_class = LetterPrintForm
    form_context_name = "letter_print_form"

    def accept(self, case, block, data):
        response = TemplateResponse(
            self.request,
            "cases/letter_print.html",
            {"page": full_case(case), "letter": block, "signature": data["name"]},
        )
        response["Cache-Control"] = "private, no-store"
        return response


# Shared caches may keep the counts this long: under a burst, one render serves everyone, and a
# new action still shows within a few seconds. Browsers keep none: a copy read just before
# signing would take the new signature back off the thank-you page.
COUNTS_SHARED_MAX_AGE = 1


@require_GET
def case_counts(request, page_id):
    """A case's counts, rendered in the page's language, for the script that keeps them fresh."""
    case = live_case_in_active_language(request, page_id)
    totals = case.action_totals
    counts = {
        "case": render_to_string("cases/includes/case_count.html", {"total": totals.total}),
        "progress": totals.signatures,
    }
    petition = case_block(case, "petition")
    if petition is not None:
        counts["petition"] = render_to_string(
            "cases/includes/petition_count.html",
            {"signatures": totals.signatures, "goal": petition["goal"]},
        )
    response = JsonResponse(counts)
    if restrictions_on(case, request):
        # Read by a visitor who passed the case's restriction: no shared cache hands it on.
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, max_age=0, s_maxage=COUNTS_SHARED_MAX_AGE)
    return response
