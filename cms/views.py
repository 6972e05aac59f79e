"""The site's own error pages."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 10


def server_error(request):
    """Django's 500 page, except when the database cannot be reached (PostgreSQL restarting, a
    connection cut): then a 503 that tells visitors, in their language, to try again."""
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        language = translation.get_language_from_path(request.path_info)
        response = HttpResponse(unavailable_page(language or settings.LANGUAGE_CODE), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return django_server_error(request)


def unavailable_page(language) -> str:
    """The page of a moment when the site cannot answer, in ``language``: Django's when its
    database is away, the proxy's when Django is (cms render_error_pages writes it ahead)."""
    with translation.override(language):
        # No request: nothing on it may need the database.
        return render_to_string("503.html")
