from csp.constants import SELF
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation

from cms import counters
from cms.clients import client_network


class PermissionsPolicyMiddleware:
    """Turn off the browser features the site never uses, for every response.

    (Django sets the other security headers itself; Permissions-Policy it does not.)
    """

    POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.POLICY)
        return response


class AdminLanguageMiddleware:
    """The whole admin request in the user's own admin language.

    Wagtail speaks it only while its view runs: a refusal ("Sorry, you do not have permission")
    is written after the view has given up, in the language of the address (French, for
    /admin/), so an Arabic translator was refused in French.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and request.user.is_authenticated:
            from wagtail.users.models import UserProfile

            language = UserProfile.get_for_user(request.user).get_preferred_language()
            with translation.override(language):
                return self.get_response(request)
        return self.get_response(request)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's, except that the admin keeps its own "page not found".

    Django answers a 404 at an address without a language prefix by redirecting to the same
    address under the visitor's language, which the public site's page route then takes:
    an unknown admin address became a public 404 page under /fr/admin/….
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith("/admin/"):
            return response
        return super().process_response(request, response)


class PreviewFramingMiddleware:
    """Let the admin frame its own previews, and nobody frame the public site.

    Wagtail renders a preview by running a page's request through the whole middleware chain,
    under the page's own address, so the public site's "frame-ancestors 'none'" and
    "X-Frame-Options: DENY" reached it too and the preview panel stayed blank. Placed after the
    CSP middleware, so that its answer is adjusted before that middleware writes the policy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            response._csp_replace = {"frame-ancestors": [SELF]}
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class AttemptLimitMiddleware:
    """Limit, per client, the forms that guess or send something: a page's password, and the
    admin's password reset (each request an e-mail to someone).

    Counted like the case actions (cms.counters: in the cache, under a keyed hash of the client
    network, cms.clients); a right page password gives its attempt back, so a group entering
    it from one school's address all get in while a guesser is stopped. Over the limit, the
    client gets a page saying so in its language, with the 429 status.
    """

    LIMITS = {  # the URL's name: the setting of its limit, (count, seconds)
        "wagtailadmin_password_reset": "PASSWORD_RESET_RATE_LIMIT",
        "wagtailcore_authenticate_with_password": "PAGE_PASSWORD_RATE_LIMIT",
    }
    GIVEN_BACK_WHEN_RIGHT = {"wagtailcore_authenticate_with_password"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        counted = getattr(request, "counted_attempt", None)
        if counted and response.status_code == 302:  # the page's password was right
            counted.give_back()
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        url_name = request.resolver_match.url_name
        if request.method != "POST" or url_name not in self.LIMITS:
            return None
        limit = getattr(settings, self.LIMITS[url_name])
        counted = counters.attempt(url_name, client_network(request), limit)
        if isinstance(counted, counters.Refusal):
            response = render(
                request, "too_many_attempts.html", {"minutes": counted.minutes}, status=429
            )
            response["Retry-After"] = str(counted.retry_after)
            return response
        if url_name in self.GIVEN_BACK_WHEN_RIGHT:
            request.counted_attempt = counted
        return None
