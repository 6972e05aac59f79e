"""The footer as every page shows it, in the visitor's language, kept cheap.

Every page reads it, so what it shows is kept in the cache under the page tree's version (as
the menus are: cms.page_cache), per site and language, and costs no query once kept. The links
to the notices follow the tree (a renamed or newly translated notice moves the version);
publishing, unpublishing or deleting a footer replaces the version too, and purges the pages
that show that footer from the caching proxy.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Locale, Page
from wagtail.signals import published, unpublished

from cms.page_cache import TREE_CACHE_TIMEOUT, find_site, forget_page_tree, tree_version
from content.blocks import SOCIAL_NETWORKS
from content.models import SiteFooter

NETWORK_NAMES = dict(SOCIAL_NETWORKS)
NO_FOOTER = "no footer"  # kept too: a language without a footer costs no query either


@dataclass(frozen=True)
class FooterLink:
    title: str
    url: str


@dataclass(frozen=True)
class SocialAccount:
    network: str
    name: str
    url: str


@dataclass(frozen=True)
class FooterContent:
    organisation: str
    address_lines: tuple[str, ...]
    email: str
    phone: str
    privacy_notice: FooterLink | None
    legal_notice: FooterLink | None
    social_accounts: tuple[SocialAccount, ...]

    @classmethod
    def of(cls, footer: SiteFooter, request) -> "FooterContent":
        """What ``footer`` shows, its notices in the active language."""
        return cls(
            organisation=footer.organisation,
            address_lines=tuple(line.value for line in footer.address),
            email=footer.email,
            phone=footer.phone,
            privacy_notice=notice_link(footer.privacy_page, request),
            legal_notice=notice_link(footer.legal_notice_page, request),
            social_accounts=tuple(
                SocialAccount(
                    account.value["network"],
                    NETWORK_NAMES.get(account.value["network"], account.value["network"]),
                    account.value["url"],
                )
                for account in footer.social_accounts
            ),
        )

    @property
    def phone_uri(self) -> str:
        return "tel:" + re.sub(r"[^\d+]", "", self.phone)


def notice_link(page: Page | None, request) -> FooterLink | None:
    """The live translation of ``page`` in the active language, else ``page`` itself if live."""
    if page is None:
        return None
    page = page.localized
    if not page.live:
        return None
    return FooterLink(page.title, page.get_url(request))


def live_footer(language_code: str) -> SiteFooter | None:
    """The live footer of ``language_code``, or else the French one."""
    footers = SiteFooter.objects.filter(live=True).select_related(
        "privacy_page", "legal_notice_page"
    )
    return (
        footers.filter(locale__language_code=language_code).first()
        or footers.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def footer_for_request(request) -> FooterContent | None:
    """The footer of the request's site in the active language, read once per request."""
    if hasattr(request, "_site_footer"):
        return request._site_footer
    site = find_site(request)
    language_code = translation.get_language()
    key = f"footer:{tree_version(request)}:{site.pk if site else '-'}:{language_code}"
    content = cache.get(key)
    if content is None:
        footer = live_footer(language_code)
        content = FooterContent.of(footer, request) if footer else NO_FOOTER
        cache.set(key, content, TREE_CACHE_TIMEOUT)
    request._site_footer = None if content == NO_FOOTER else content
    return request._site_footer


def pages_showing(footer: SiteFooter):
    """The live pages that show ``footer``: those of its language and, for the French footer,
    those of the languages that have no live footer of their own."""
    locales = {footer.locale_id}
    if footer.locale.language_code == settings.LANGUAGE_CODE:
        with_footer = SiteFooter.objects.filter(live=True).exclude(pk=footer.pk)
        locales |= set(
            Locale.objects.exclude(pk__in=with_footer.values("locale")).values_list("pk", flat=True)
        )
    return Page.objects.live().filter(depth__gt=1, locale__in=locales)


@receiver([published, unpublished], sender=SiteFooter)
@receiver(post_delete, sender=SiteFooter)
def forget_footer(instance, **kwargs):
    """Every page shows its language's footer: the cached footers go with the tree's version,
    and the pages leave the caching proxy."""
    forget_page_tree()
    if settings.WAGTAILFRONTENDCACHE:
        purge_pages_from_cache(pages_showing(instance))
