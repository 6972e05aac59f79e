"""Template tags of the base template: languages, navigation."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from cms.locales import active_locale, locales_by_language

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


def localized_home(request, locale):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == locale.id:
        return root
    return root.get_translations().live().filter(locale=locale).first()


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
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    locales = locales_by_language()

    links = []
    for language_code, name in settings.LANGUAGES:
        target = translations.get(language_code)
        is_translation = target is not None
        if target is None and language_code in locales:
            target = localized_home(request, locales[language_code])
        if target is None:
            continue
        links.append(
            LanguageLink(
                language_code=language_code,
                name=name,
                url=target.get_url(request),
                full_url=target.get_full_url(request),
                is_current=language_code == current,
                is_translation=is_translation,
            )
        )
    return links


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page of the visitor's language and its live children shown in menus."""
    request = context["request"]
    home = localized_home(request, active_locale())
    if home is None:
        return {"home": None, "items": Page.objects.none()}
    return {"home": home, "items": home.get_children().live().in_menu()}
