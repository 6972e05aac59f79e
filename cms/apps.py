from django.apps import AppConfig
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core import checks
from django.core.signals import setting_changed
from django.utils.translation import get_language_info


def add_language_info(*, setting="LANGUAGE_INFO", **kwargs):
    """Tell Django the names and direction of the languages it does not know
    (``settings.LANGUAGE_INFO``), as it is told of its own in ``django.conf.locale``."""
    if setting == "LANGUAGE_INFO":
        LANG_INFO.update(settings.LANGUAGE_INFO)


def check_languages_are_known(**kwargs):
    """Every language of the site has names: translators groups and the admin need them."""
    errors = []
    for code, _name in settings.LANGUAGES:
        try:
            get_language_info(code)
        except KeyError:
            errors.append(
                checks.Error(
                    f"Django does not know the language {code!r} of LANGUAGES.",
                    hint="Give its names and direction in LANGUAGE_INFO (cms/settings/base.py).",
                    id="cms.E001",
                )
            )
    return errors


class CmsConfig(AppConfig):
    name = "cms"

    def ready(self):
        # Connect the receivers that keep the cached views of the page tree fresh, and the one
        # that deletes a sent e-mail's task.
        from cms import mail, page_cache  # noqa: F401

        add_language_info()
        setting_changed.connect(add_language_info)
        checks.register(check_languages_are_known)
