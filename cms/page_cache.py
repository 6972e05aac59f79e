"""Serving pages from caches: routes and menus in the cache, pages in a shared cache, purges.

Wagtail routes a URL by walking the tree, two queries a level, after finding the site root and
its translation. Here the route of every (site, language, path) is kept in the cache under the
page tree's version, which any publication, move or deletion replaces. A cached route names the
page and its url_path, and the page is fetched by both and `live`: a stale entry can only miss,
never serve the wrong page. Whatever the depth and language, a page costs one query to find.
The version and the site are read once per request; what a process has read under the current
version (sites, the cases the action endpoints act on) it keeps, and asks the cache only for the
version itself.

Anonymous pages are sent with headers that let the caching proxy (or a CDN) keep them for a few
minutes; publishing purges, through wagtail.contrib.frontend_cache and its background task, the
page (Wagtail itself), the pages that list it, its translations, its old address after a new
slug, the pages that show a snippet just published, and pages just put behind a password or a
login.
"""

import hashlib
import logging
import pickle
import uuid
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache, purge_pages_from_cache
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
)
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from cms.compression import PROXY_ENCODINGS

logger = logging.getLogger(__name__)

TREE_VERSION_KEY = "page-tree-version"
TREE_CACHE_TIMEOUT = 24 * 3600
STALE_WHILE_REVALIDATE_SECONDS = 30


def tree_version(request) -> str:
    """The version of the published tree, read once per request: the cache keys of routes,
    sites, menus and rich-text page links carry it."""
    if not hasattr(request, "_page_tree_version"):
        request._page_tree_version = current_tree_version()
    return request._page_tree_version


def current_tree_version() -> str:
    version = cache.get(TREE_VERSION_KEY)
    if version is None:
        cache.add(TREE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(TREE_VERSION_KEY) or "unversioned"
    return version


# (Deleting a live page unpublishes it first: page_unpublished covers deletions.)
@receiver([page_published, page_unpublished, post_page_move])
@receiver([post_save, post_delete], sender=Site)
@receiver([post_save, post_delete], sender=Locale)
# What is behind a password or a login is kept under the version too (cms.view_restrictions).
@receiver([post_save, post_delete], sender=PageViewRestriction)
def forget_page_tree(**kwargs):
    # Now, and again once the change is committed: a request between the two could otherwise
    # store what it read of the old tree under the new version.
    cache.set(TREE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(TREE_VERSION_KEY, uuid.uuid4().hex, timeout=None))


def serve(request, path):
    """Wagtail's page view, with the route from the cache and shared-cache headers."""
    site = find_site(request)
    route_key = None
    if site is not None:
        route_key = (
            f"route:{tree_version(request)}:{site.pk}:{site.root_page_id}:"
            f"{translation.get_language()}:{digest(path)}"
        )
        page = cached_page(cache.get(route_key))
        if page is not None:
            # Page.route_for_request() reads the route from here rather than walking the tree.
            request._wagtail_route_for_request = RouteResult(page)
            route_key = None

    response = wagtail_serve(request, path)

    route = getattr(request, "_wagtail_route_for_request", None)
    if route_key and route is not None and not route.args and not route.kwargs:
        page = route.page
        cache.set(route_key, (page.content_type_id, page.pk, page.url_path), TREE_CACHE_TIMEOUT)
    return with_shared_cache_headers(request, response)


# What this process has read under a version of the tree, pickled: each request gets its own
# copy, as from the cache, without a round trip to it. Every key names its tree version, so an
# entry is never stale, only unused once the version moves; the memo is emptied when full.
_process_memo: dict[str, bytes] = {}
PROCESS_MEMO_SIZE = 1024


def read_tree_cache(key):
    """The value kept under ``key`` (which names the tree's version), or None."""
    pickled = _process_memo.get(key)
    if pickled is not None:
        return pickle.loads(pickled)  # noqa: S301 (written by this process, below)
    value = cache.get(key)
    if value is not None:
        remember(key, value)
    return value


def write_tree_cache(key, value):
    cache.set(key, value, TREE_CACHE_TIMEOUT)
    remember(key, value)


def remember(key, value):
    if len(_process_memo) >= PROCESS_MEMO_SIZE:
        _process_memo.clear()
    _process_memo[key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def find_site(request):
    """Site.find_for_request(), kept in the cache: the host names of a site rarely change."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = f"{digest(request._get_raw_host())}:{request.get_port()}"
    key = f"site:{tree_version(request)}:{host}"
    site = read_tree_cache(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            write_tree_cache(key, site)
    # Wagtail (page URLs, settings) reads the request's site from here.
    request._wagtail_site = site
    return site


def live_page(purpose, queryset, *, request=None, **lookup):
    """The live page of ``queryset`` that matches ``lookup``, or None, kept in the cache under
    the page tree's version: the endpoints of the case pages' actions, and the worker's
    e-mails, find their case without a query in a burst. Any publication, unpublication or
    move replaces the version, so nothing stale is ever returned. ``purpose`` names the
    queryset's shape (the fields it loads) in the key."""
    version = tree_version(request) if request is not None else current_tree_version()
    key = f"live-page:{purpose}:{version}:{digest(repr(sorted(lookup.items())))}"
    page = read_tree_cache(key)
    if page is None:
        page = queryset.live().filter(**lookup).first()
        if page is not None:
            write_tree_cache(key, page)
    return page


def digest(text):
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def cached_page(route):
    if route is None:
        return None
    content_type_id, page_id, url_path = route
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    related = getattr(model, "served_with", ())
    return (
        model.objects.select_related("locale", *related)
        .filter(pk=page_id, url_path=url_path, live=True)
        .first()
    )


def with_shared_cache_headers(request, response):
    """Let shared caches keep anonymous pages for a few minutes; publishing purges them sooner.

    Responses that already say how to cache them keep their word: Wagtail marks pages behind a
    password or a login `private, no-store`. Anyone with a session (editors) gets a private
    copy: their pages carry the user bar.
    """
    if response.status_code != 200 or response.has_header("Cache-Control"):
        return response
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_BROWSER_CACHE_SECONDS,
            s_maxage=settings.PAGE_SHARED_CACHE_SECONDS,
            # While one request renders the expired page, the others get the last copy.
            stale_while_revalidate=STALE_WHILE_REVALIDATE_SECONDS,
        )
    return response


@receiver([page_published, page_unpublished])
def purge_pages_showing(instance, **kwargs):
    """Wagtail purges the page itself; the pages above list it (the home page and the campaign
    show their cases), and its translations' language switchers link to it."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    ancestors = instance.get_ancestors().live().filter(depth__gt=1).specific()
    translations = instance.get_translations().live().specific()
    purge_pages_from_cache([*ancestors, *translations])


@receiver(published)
def purge_pages_using_snippet(instance, **kwargs):
    """A testimonial just published shows on every page that quotes it."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    purge_pages_from_cache(
        source
        for source, _references in ReferenceIndex.get_grouped_references_to(instance)
        if isinstance(source, Page) and source.live
    )


@receiver(page_slug_changed)
def purge_old_address(instance_before, **kwargs):
    """Wagtail purges the page at its new address; the old one would serve it for minutes."""
    if settings.WAGTAILFRONTENDCACHE:
        purge_page_from_cache(instance_before)


@receiver([post_save, post_delete], sender=PageViewRestriction)
def purge_restricted_pages(instance, **kwargs):
    """A page just put behind a password or a login must leave the shared cache at once, with
    the pages below it (a lifted restriction purges them too: their headers change), and the
    pages above, whose lists show it or no longer do (cms.view_restrictions)."""
    page = Page.objects.filter(pk=instance.page_id).specific().first()
    if settings.WAGTAILFRONTENDCACHE and page is not None:
        purge_pages_from_cache(
            [
                page,
                *page.get_descendants().live().specific(),
                *page.get_ancestors().live().filter(depth__gt=1).specific(),
            ]
        )


class EveryEncodingPurgeBackend(HTTPBackend):
    """Wagtail's PURGE by URL, once for each copy of the page the proxy keeps: one per
    encoding (cms.compression), told by the request's Accept-Encoding, as the proxy keys it.
    (Debian's cache-purge module removes one key per request, without wildcards.)"""

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        address = urlunsplit(
            [self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment]
        )
        for encoding in PROXY_ENCODINGS:
            request = PurgeRequest(address, headers={"Host": host, "Accept-Encoding": encoding})
            try:
                urlopen(request).close()  # noqa: S310 (the configured proxy's address)
            except (HTTPError, URLError) as error:
                logger.error("Could not purge %s (%s) from the proxy: %s", url, encoding, error)
