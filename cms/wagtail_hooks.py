from django.shortcuts import redirect
from django.utils import translation
from wagtail import hooks

from cms.rich_text import CachedPageLinkHandler


@hooks.register("before_serve_page")
def serve_pages_under_their_own_language(page, request, serve_args, serve_kwargs):
    """Never serve a page under another language's prefix.

    While a language's home page is unpublished, Wagtail routes that prefix through the French
    tree; the visitor is sent to the French page itself rather than shown French content with
    an Arabic or English address, interface and direction.
    """
    if page.locale.language_code != translation.get_language():
        return redirect(page.get_url(request))


@hooks.register("register_rich_text_features", order=1)  # after Wagtail's own "page" link type
def page_links_from_the_cache(features):
    features.register_link_type(CachedPageLinkHandler)
