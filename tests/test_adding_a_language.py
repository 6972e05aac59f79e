"""A fourth language is added by settings alone: Standard Moroccan Tamazight (``zgh``), written
left to right in Tifinagh and unknown to Django.

README, "Adding a language": the language goes into ``LANGUAGES`` (from which
``WAGTAIL_CONTENT_LANGUAGES`` and the admin's languages follow in cms/settings/base.py, so a
test overrides all three), with its name and direction in ``LANGUAGE_INFO`` since Django does
not know it, and its interface catalogue (here an empty one, in a directory of the test's own).
``manage.py migrate`` or ``manage.py sync_languages`` then makes its locale, its translators
group and their review.
"""

import tempfile
from pathlib import Path
from unittest import mock

import polib
from bs4 import BeautifulSoup
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import clear_url_caches
from wagtail.models import GroupPagePermission, Locale, Page, Workflow, WorkflowPage
from wagtail.test.utils import WagtailTestUtils

from cases.models import (
    CaseUpdateMailing,
    LetterSent,
    PetitionSignature,
    SolidarityMessage,
    Theme,
)
from cms.apps import check_languages_are_known
from content import models as content_models
from home.models import HomePage
from home.tests.factories import make_home, translate_page
from translations.models import LanguageReviewTask

TAMAZIGHT = ("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ")
TAMAZIGHT_INFO = {
    "zgh": {
        "bidi": False,
        "code": "zgh",
        "name": "Standard Moroccan Tamazight",
        "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    }
}
TAMAZIGHT_TRANSLATORS = "Translators – Standard Moroccan Tamazight"


def write_empty_catalogue(locale_dir: Path, language_code: str) -> None:
    """A catalogue with no translation yet: Django serves a language only once it has one, and
    its interface then reads in English, the language of the interface strings in code."""
    messages = locale_dir / language_code / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": language_code,
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    catalogue.save_as_mofile(str(messages / "django.mo"))


class FourLanguagesTestCase(TestCase):
    """The site's settings, and Tamazight."""

    @classmethod
    def setUpClass(cls):
        locale_dir = Path(cls.enterClassContext(tempfile.TemporaryDirectory()))
        write_empty_catalogue(locale_dir, "zgh")
        languages = [*settings.LANGUAGES, TAMAZIGHT]
        cls.enterClassContext(
            override_settings(
                LANGUAGES=languages,
                WAGTAIL_CONTENT_LANGUAGES=languages,
                WAGTAILADMIN_PERMITTED_LANGUAGES=languages,
                LANGUAGE_INFO=TAMAZIGHT_INFO,
                LOCALE_PATHS=[*settings.LOCALE_PATHS, locale_dir],
            )
        )
        super().setUpClass()

    def setUp(self):
        # The URL resolvers keep what they learnt of the languages, as in Django's own tests of
        # i18n_patterns.
        clear_url_caches()
        self.addCleanup(clear_url_caches)


def roles_and_locales() -> dict:
    """Every row the reconciliation owns, with its id: a second run must leave each in place."""
    return {
        "locales": sorted(Locale.objects.values_list("pk", "language_code")),
        "groups": sorted(
            (group.pk, group.name, tuple(sorted(group.permissions.values_list("pk", flat=True))))
            for group in Group.objects.all()
        ),
        "page_permissions": sorted(
            GroupPagePermission.objects.values_list("pk", "group_id", "page_id", "permission_id")
        ),
        "workflows": sorted(
            (workflow.pk, workflow.name, tuple(workflow.tasks.values_list("pk", flat=True)))
            for workflow in Workflow.objects.all()
        ),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    }


class AddingALanguageTests(WagtailTestUtils, FourLanguagesTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.arabic_home = translate_page(cls.home, "ar")
        cls.locale_before_sync = Locale.objects.filter(language_code="zgh").exists()
        call_command("sync_languages", verbosity=0)
        cls.tamazight_home = translate_page(cls.home, "zgh")

    def test_the_language_gets_its_locale_from_the_settings(self):
        self.assertFalse(self.locale_before_sync)
        locale = Locale.objects.get(language_code="zgh")
        self.assertEqual(locale.get_display_name(), "ⵜⴰⵎⴰⵣⵉⵖⵜ")

    def test_its_translators_have_the_rights_of_the_arabic_ones(self):
        arabic = Group.objects.get(name="Translators – Arabic")
        tamazight = Group.objects.get(name=TAMAZIGHT_TRANSLATORS)

        def codenames(group):
            return sorted(group.permissions.values_list("content_type__app_label", "codename"))

        self.assertEqual(codenames(tamazight), codenames(arabic))

        def tree_rights(group, home):
            rights = GroupPagePermission.objects.filter(group=group)
            self.assertEqual({right.page_id for right in rights}, {home.pk})
            return sorted(right.permission.codename for right in rights)

        self.assertEqual(
            tree_rights(tamazight, self.tamazight_home), tree_rights(arabic, self.arabic_home)
        )
        self.assertEqual(
            tree_rights(tamazight, self.tamazight_home), ["change_page", "lock_page", "unlock_page"]
        )

    def test_its_translations_are_reviewed_by_its_own_translators(self):
        workflow = self.tamazight_home.get_workflow()
        self.assertEqual(workflow, self.arabic_home.get_workflow())
        self.assertEqual(workflow.name, "Review in its language")
        task = workflow.tasks.get().specific
        self.assertIsInstance(task, LanguageReviewTask)
        tamazight_translator = self.create_user("tiziri")
        tamazight_translator.groups.add(Group.objects.get(name=TAMAZIGHT_TRANSLATORS))
        arabic_translator = self.create_user("layla")
        arabic_translator.groups.add(Group.objects.get(name="Translators – Arabic"))
        self.assertTrue(task.is_reviewer(self.tamazight_home, tamazight_translator))
        self.assertFalse(task.is_reviewer(self.tamazight_home, arabic_translator))
        self.assertFalse(task.is_reviewer(self.arabic_home, tamazight_translator))

    def test_its_home_page_is_served_in_its_language_left_to_right(self):
        response = self.client.get("/zgh/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"].pk, self.tamazight_home.pk)
        root = BeautifulSoup(response.content, "html.parser").html
        self.assertEqual((root["lang"], root["dir"]), ("zgh", "ltr"))

    def test_the_language_switcher_and_the_hreflang_alternates_list_it(self):
        for url in ("/fr/", "/ar/", "/zgh/"):
            with self.subTest(url=url):
                document = BeautifulSoup(self.client.get(url).content, "html.parser")
                switcher = {
                    link["hreflang"]: (link.get_text(strip=True), link["href"])
                    for link in document.select(".language-switcher a")
                }
                self.assertEqual(switcher["zgh"], ("ⵜⴰⵎⴰⵣⵉⵖⵜ", "/zgh/"))
                self.assertEqual(list(switcher), ["fr", "ar", "zgh"])  # no English home
                alternates = {
                    link["hreflang"]: link["href"]
                    for link in document.select('link[rel="alternate"][hreflang]')
                }
                self.assertEqual(alternates["zgh"], self.tamazight_home.get_full_url())
                self.assertEqual(set(alternates), {"fr", "ar", "zgh", "x-default"})

    def test_visitors_actions_record_it_with_no_migration(self):
        for model in (PetitionSignature, LetterSent, SolidarityMessage, CaseUpdateMailing):
            with self.subTest(model=model.__name__):
                choices = dict(model._meta.get_field("language").choices)
                self.assertEqual(choices["zgh"], "ⵜⴰⵎⴰⵣⵉⵖⵜ")

    def test_reconciling_again_changes_nothing(self):
        before = roles_and_locales()
        self.assertIn("zgh", [code for _pk, code in before["locales"]])
        call_command("sync_languages", verbosity=0)
        call_command("sync_languages", verbosity=0)
        self.assertEqual(roles_and_locales(), before)


class DemoContentInALanguageWithoutDemoTextTests(FourLanguagesTestCase):
    """The demo content has no Tamazight text: Tamazight simply has no demo translation."""

    @classmethod
    def setUpTestData(cls):
        call_command("sync_languages", verbosity=0)
        call_command("load_demo_content", "--no-admin", verbosity=0)
        cls.tamazight = Locale.objects.get(language_code="zgh")

    def test_nothing_is_translated_into_it(self):
        for model in (Page, content_models.Testimonial, Theme, content_models.SiteFooter):
            with self.subTest(model=model.__name__):
                self.assertFalse(model.objects.filter(locale=self.tamazight).exists())

    def test_the_languages_with_demo_text_are_built_as_before(self):
        homes = HomePage.objects.live().select_related("locale")
        self.assertEqual(sorted(home.locale.language_code for home in homes), ["ar", "en", "fr"])
        response = self.client.get("/fr/")
        document = BeautifulSoup(response.content, "html.parser")
        switcher = [link["hreflang"] for link in document.select(".language-switcher a")]
        self.assertEqual(switcher, ["fr", "ar", "en"])

    def test_building_it_again_changes_nothing(self):
        pages = sorted(Page.objects.values_list("pk", "locale__language_code", "url_path"))
        call_command("load_demo_content", "--no-admin", verbosity=0)
        self.assertEqual(
            sorted(Page.objects.values_list("pk", "locale__language_code", "url_path")), pages
        )


class UnknownLanguageTests(SimpleTestCase):
    def test_a_language_django_does_not_know_is_refused_without_its_info(self):
        languages = [*settings.LANGUAGES, TAMAZIGHT]
        with mock.patch.dict(LANG_INFO), override_settings(LANGUAGES=languages):
            LANG_INFO.pop("zgh", None)
            errors = check_languages_are_known()
            self.assertEqual([error.id for error in errors], ["cms.E001"])
            self.assertIn("'zgh'", errors[0].msg)
            with override_settings(LANGUAGE_INFO=TAMAZIGHT_INFO):
                self.assertEqual(check_languages_are_known(), [])
        self.assertEqual(check_languages_are_known(), [])
