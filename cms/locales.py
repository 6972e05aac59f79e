"""The site's locales, read once per process: every page view needs them; they rarely change."""

from functools import cache

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale


@cache
def locales_by_language() -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def active_locale() -> Locale:
    """Locale.get_active() without its query."""
    return locales_by_language()[translation.get_language()]


@receiver([post_save, post_delete], sender=Locale)
def forget_locales(**kwargs):
    locales_by_language.cache_clear()
