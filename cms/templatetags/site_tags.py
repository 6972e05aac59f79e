"""Template tags of the base template: languages, navigation."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page

from cms.page_cache import TREE_CACHE_TIMEOUT, find_site, tree_version
from cms.view_restrictions import publicly_listed

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str  # relative where possible, for links
    full_url: str  # absolute, for hreflang alternates
    is_current: bool
    # False when the page has no live translation and the link leads to that language's home.
    is_translation: bool


@dataclass(frozen=True)
class MenuLink:
    page_id: int
    title: str
    url: str
    full_url: str


@dataclass(frozen=True)
class LanguageMenu:
    home: MenuLink
    items: list[MenuLink]


def site_menus(request) -> dict[str, LanguageMenu]:
    """Each language's live home page on the request's site, with its children shown in menus
    (not those behind a restriction: the menu is on every public page).

    Every page needs them, for the navigation and the language switcher; they are kept in the
    cache under the page tree's version, which any publication or move replaces, and read once
    per request.
    """
    if hasattr(request, "_site_menus"):
        return request._site_menus
    site = find_site(request)
    menus = {}
    if site is not None:
        key = f"menus:{tree_version(request)}:{site.pk}:{site.root_page_id}"
        menus = cache.get(key)
        if menus is None:
            homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
            menus = {
                home.locale.language_code: LanguageMenu(
                    home=link(home, request),
                    items=[
                        link(page, request)
                        for page in publicly_listed(home.get_children().live().in_menu())
                    ],
                )
                for home in homes
            }
            cache.set(key, menus, TREE_CACHE_TIMEOUT)
    request._site_menus = menus
    return menus


def link(page, request) -> MenuLink:
    return MenuLink(page.pk, page.title, page.get_url(request), page.get_full_url(request))


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per site language to this page in that language, or else to that language's home.

    Serves both the language switcher and the hreflang alternates (which keep only translations).
    """
    request = context["request"]
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: link(p, request)
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    menus = site_menus(request)

    links = []
    for language_code, name in settings.LANGUAGES:
        target = translations.get(language_code)
        is_translation = target is not None
        if target is None and language_code in menus:
            target = menus[language_code].home
        if target is None:
            continue
        links.append(
            LanguageLink(
                language_code=language_code,
                name=name,
                url=target.url,
                full_url=target.full_url,
                is_current=language_code == current,
                is_translation=is_translation,
            )
        )
    return links


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page of the visitor's language and its live children shown in menus."""
    menu = site_menus(context["request"]).get(translation.get_language())
    return menu or {"home": None, "items": []}
