"""The links e-mailed to a signer, and the pages they open.

- **Confirm** and **This wasn't me**, for a pending signature: single-use (they work while the
  signature is pending), and they expire with it (``SIGNATURE_EXPIRY_DAYS``).
- **Stop the updates**, for a confirmed signature whose owner asked to be kept informed: a
  one-click unsubscribe (RFC 8058) that mail clients POST to, and that works as often as asked.

A link names its signature and carries a MAC of it under the site's secret key, checked before
the database is read: it cannot be guessed, altered or moved to another signature. Opening a
link (GET) changes nothing, since mail scanners and link previews open links: the page it
opens has the button that does it (POST). Every link that is no longer valid, or never was,
gets the same page, which says nothing about the address or the signature.
"""

from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from cases.answers import next_steps
from cases.models import CasePage, PetitionSignature
from cms.page_cache import live_page, with_shared_cache_headers
from cms.view_restrictions import can_see, restrictions_on

CONFIRM = "confirm"  # the pending signature's links: confirm it, or "this wasn't me"
UPDATES = "updates"  # the confirmed signature's link: stop the updates


def signature_token(signature: PetitionSignature, purpose: str) -> str:
    return f"{signature.pk}-{link_mac(signature.pk, purpose)}"


def link_mac(signature_id: int, purpose: str) -> str:
    return salted_hmac(
        f"cases.signature-links.{purpose}", str(signature_id), algorithm="sha256"
    ).hexdigest()[:32]


def signature_link(signature: PetitionSignature, view_name: str) -> str:
    """The absolute address of one of a signature's links, under its signer's language."""
    purpose = UPDATES if view_name == "cases:stop_updates" else CONFIRM
    with translation.override(signature.language):
        path = reverse(view_name, args=[signature_token(signature, purpose)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def signature_from_token(token: str, purpose: str) -> PetitionSignature | None:
    """The signature a link is for, if the link is genuine and still valid for ``purpose``."""
    number, _, mac = token.partition("-")
    if not (number.isascii() and number.isdigit()) or not constant_time_compare(
        mac, link_mac(int(number), purpose)
    ):
        return None
    # What the links' pages and buttons need: not the name and address, left encrypted.
    signatures = PetitionSignature.objects.filter(pk=int(number), email__isnull=False).only(
        "pk", "case_translation_key", "language", "confirmed_at", "keep_informed"
    )
    if purpose == CONFIRM:
        expired_before = timezone.now() - timedelta(days=settings.SIGNATURE_EXPIRY_DAYS)
        signatures = signatures.pending().filter(created_at__gte=expired_before)
    else:
        signatures = signatures.confirmed()
    return signatures.first()


def case_of(signature: PetitionSignature) -> CasePage | None:
    """The live case page the signature was made on, in its language: what its e-mails and
    link pages show of it (its person and address), not its whole story."""
    return live_page(
        "signature",
        CasePage.objects.select_related("locale").only(
            "title", "person_name", "url_path", "path", "depth", "translation_key", "locale"
        ),
        translation_key=signature.case_translation_key,
        locale__language_code=signature.language,
    )


def private(response):
    """Each link's page is one person's: kept by no cache, indexed by no robot."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def invalid_link(request):
    return private(TemplateResponse(request, "cases/signature_links/invalid.html", {}, status=410))


@method_decorator(csrf_exempt, name="dispatch")  # the token is the credential; no cookies here
class SignatureLinkView(View):
    """A link's page: GET shows what the button will do, POST does it, once."""

    http_method_names = ["get", "post"]
    purpose = CONFIRM
    template_name: str

    def get(self, request, token):
        signature = signature_from_token(token, self.purpose)
        if signature is None:
            return invalid_link(request)
        return self.render(signature, done=False)

    def post(self, request, token):
        signature = signature_from_token(token, self.purpose)
        if signature is None or not self.act(signature):
            return invalid_link(request)
        return self.done(signature)

    def act(self, signature) -> bool:
        raise NotImplementedError

    def done(self, signature):
        return self.render(signature, done=True)

    def render(self, signature, *, done):
        context = {"case": case_of(signature), "done": done, "action": self.request.path}
        return private(TemplateResponse(self.request, self.template_name, context))


class ConfirmSignatureView(SignatureLinkView):
    template_name = "cases/signature_links/confirm.html"

    def act(self, signature):
        return signature.confirm()

    def done(self, signature):
        case = case_of(signature)
        # Unpublished meanwhile, or behind a restriction this browser has not passed: the
        # signature counts all the same, and this page says so.
        if case is None or not can_see(self.request, case):
            return self.render(signature, done=True)
        return HttpResponseRedirect(
            reverse("cases:signature_confirmed", args=[case.pk]), status=303
        )


class DeclineSignatureView(SignatureLinkView):
    template_name = "cases/signature_links/decline.html"

    def act(self, signature):
        return signature.decline()


class StopUpdatesView(SignatureLinkView):
    """List-Unsubscribe's address: mail clients POST ``List-Unsubscribe=One-Click`` to it."""

    purpose = UPDATES
    template_name = "cases/signature_links/stop_updates.html"

    def act(self, signature):
        PetitionSignature.objects.filter(pk=signature.pk).update(keep_informed=False)
        return True


@require_GET
def signature_confirmed(request, page_id):
    """Where a confirmed signer lands: thanks, and the case's next actions. The same for
    everyone (it names no one), so it is cached like the case page; behind the case's
    restriction, if it has one."""
    case = get_object_or_404(
        CasePage.objects.live(), pk=page_id, locale__language_code=translation.get_language()
    )
    if not can_see(request, case):
        raise Http404
    context = next_steps(request, case, "petition")
    petition = case.body.first_block_by_name("petition")
    context["thank_you"] = petition.value["thank_you"] if petition is not None else ""
    response = TemplateResponse(request, "cases/signature_links/confirmed.html", context)
    if restrictions_on(case, request):
        response["Cache-Control"] = "private, no-store"  # which the shared headers leave be
    return with_shared_cache_headers(request, response)  # as the case page's own
