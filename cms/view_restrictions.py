"""Pages behind a password, a login or a group (Wagtail's privacy setting), beyond the page.

Wagtail guards the page's own address. Everything else that reads pages goes through here:
the action endpoints of a case ask `can_see` (404 unless the visitor has passed each
restriction on the page and above it), and the site's public lists (home, campaign, the way
onward, the case offered after an action, search, sitemap) take their pages through
`publicly_listed`, so that a restricted case is neither shown nor counted in their totals.

Restrictions are few; this process keeps all of them under the page tree's version, which
saving or deleting one replaces (cms.page_cache), so an unrestricted page costs no query and
no session: only a restricted one reads the visitor's session or user.
"""

from django.db.models import F, Q
from wagtail.models import Page, PageViewRestriction


def view_restrictions(request=None) -> list[PageViewRestriction]:
    """Every page view restriction, each with the path of its page (``page_path``)."""
    # Here, not above: the page models use this module, and page_cache needs them loaded.
    from cms.page_cache import (
        current_tree_version,
        read_tree_cache,
        tree_version,
        write_tree_cache,
    )

    version = tree_version(request) if request is not None else current_tree_version()
    key = f"view-restrictions:{version}"
    restrictions = read_tree_cache(key)
    if restrictions is None:
        # Without the shared password: accept_request() only needs the restriction's id.
        restrictions = list(
            PageViewRestriction.objects.only("id", "restriction_type", "page")
            .annotate(page_path=F("page__path"))
            .order_by("page__path")
        )
        write_tree_cache(key, restrictions)
    return restrictions


def restrictions_on(page: Page, request=None) -> list[PageViewRestriction]:
    """The restrictions on ``page`` and on its ancestors."""
    return [
        restriction
        for restriction in view_restrictions(request)
        if page.path.startswith(restriction.page_path)
    ]


def can_see(request, page: Page) -> bool:
    """Whether the visitor has passed every restriction on ``page`` and above it, by Wagtail's
    own test: the password typed in this session, logged in, or in one of the groups."""
    return all(
        restriction.accept_request(request) for restriction in restrictions_on(page, request)
    )


def publicly_listed(pages, *, within: Page | None = None, request=None):
    """``pages`` without those behind a restriction.

    Lists are public pages (shared caches keep them), so they show what anyone may see, even
    to a visitor who has passed a restriction. The one exception is the list on a page that is
    itself restricted (``within``): whoever reads it passed that page's restrictions, so the
    pages behind those same restrictions (a restricted campaign's cases) are listed.
    """
    hidden = Q()
    for restriction in view_restrictions(request):
        if within is None or not within.path.startswith(restriction.page_path):
            hidden |= Q(path__startswith=restriction.page_path)
    return pages.exclude(hidden) if hidden else pages
