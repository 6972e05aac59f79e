"""The translation status report tells a coordinator, for every French page and snippet, what
is missing, in progress, waiting for review, up to date or out of date, and where to act."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from cases.models import Theme
from content.models import Testimonial
from home.tests.factories import make_campaign, make_case, make_home

UP_TO_DATE = "Published and up to date"
OUT_OF_DATE = "Out of date: the French has changed"
WAITING = "Waiting for review"
MISSING = "Missing"


class ReportReading:
    """Reads the report as a coordinator does: rows by French title, cells by language."""

    def report(self, **filters):
        response = self.client.get(reverse("translation_status"), filters)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def table(self, **filters):
        """{French title: {language name: (text, link)}}; {} when no row matches."""
        document = self.report(**filters)
        headers = [
            th.get_text(strip=True) for th in document.select("table.translation-status thead th")
        ][2:]
        table = {}
        for row in document.select("table.translation-status tbody tr"):
            if row.th is None:  # "nothing matches these filters"
                continue
            cells = row.find_all("td")[1:]
            table[row.th.get_text(strip=True)] = {
                language: (" ".join(cell.get_text(" ", strip=True).split()), cell.a["href"])
                for language, cell in zip(headers, cells, strict=True)
            }
        return table

    def status(self, title, language, **filters):
        return self.table(**filters)[title][language]


def start_translation(user, instance, *locales):
    """Starts ``instance``'s translation, as a draft, as the "Translate" view does."""
    TranslationCreator(user, list(locales)).create_translations(instance)


def translate_strings(instance, locale):
    """A translator translates every string of ``instance`` but its slug (the PO file route)."""
    translation = Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=locale
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt != "slug":
            entry.msgstr = f"[{locale.language_code}] {entry.msgid}"
    translation.import_po(po)
    return translation


class TranslationStatusTests(ReportReading, WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        # Wagtail's welcome page, which make_home leaves beside the home page.
        Page.objects.filter(depth=2).exclude(pk=cls.home.pk).delete()
        cls.campaign = make_campaign(cls.home)
        cls.case = make_case(cls.campaign)
        cls.arabic = Locale.objects.get(language_code="ar")
        cls.english = Locale.objects.get(language_code="en")
        cls.admin = cls.create_superuser("coordinator")
        UserProfile.get_for_user(cls.admin).__class__.objects.filter(user=cls.admin).update(
            preferred_language="en"
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def translate_tree(self, *locales):
        for page in (self.home, self.campaign, self.case):
            start_translation(self.admin, page, *locales)

    def publish(self, translation):
        """Publishes a translation from the translation editor (wagtail-localize publishes
        the new revision once the transaction is committed)."""
        with self.captureOnCommitCallbacks(execute=True):
            translation.save_target(user=self.admin, publish=True)

    def publish_translation(self, instance, locale):
        self.publish(translate_strings(instance, locale))

    def test_a_case_goes_from_missing_to_in_progress_to_up_to_date_to_out_of_date(self):
        self.assertEqual(
            self.status(self.case.title, "العربية"),
            (
                MISSING,
                reverse("wagtail_localize:submit_page_translation", args=[self.case.pk]),
            ),
        )

        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[self.home.pk]),
            {"locales": [self.arabic.pk], "include_subtree": "on"},
        )
        arabic_case = self.case.get_translation(self.arabic)
        text, link = self.status(self.case.title, "العربية")
        self.assertEqual(text, "In progress: 0 % translated, not yet published")
        self.assertEqual(link, reverse("wagtailadmin_pages:edit", args=[arabic_case.pk]))
        self.assertEqual(self.status(self.case.title, "English")[0], MISSING)

        translation = Translation.objects.get(
            source__object_id=self.case.translation_key, target_locale=self.arabic
        )
        self.client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
        translation.save_target(publish=False)
        arabic_case.refresh_from_db()
        arabic_case.get_latest_revision().publish()
        self.assertEqual(self.status(self.case.title, "العربية")[0], UP_TO_DATE)

        self.case.summary = "Un résumé modifié"
        self.case.save_revision().publish()
        source = translation.source
        self.assertEqual(
            self.status(self.case.title, "العربية"),
            (OUT_OF_DATE, reverse("wagtail_localize:update_translations", args=[source.pk])),
        )

    def test_a_finished_translation_reads_100_percent_its_slug_and_synchronised_fields_aside(self):
        self.case.authority_handle = "@chef_gouv"  # synchronised: not for translators
        self.case.save_revision().publish()
        self.translate_tree(self.arabic)
        translation = translate_strings(self.case, self.arabic)
        self.assertEqual(
            self.status(self.case.title, "العربية")[0],
            "In progress: 100 % translated, not yet published",
        )

        self.publish(translation)
        arabic_case = self.case.get_translation(self.arabic)
        self.assertEqual(
            self.status(self.case.title, "العربية"),
            (UP_TO_DATE, reverse("wagtailadmin_pages:edit", args=[arabic_case.pk])),
        )

    def test_a_half_translated_page_reads_its_percentage(self):
        self.translate_tree(self.arabic)
        translation = Translation.objects.get(
            source__object_id=self.case.translation_key, target_locale=self.arabic
        )
        po = translation.export_po()
        to_translate = [entry for entry in po if entry.msgctxt != "slug"]
        for entry in to_translate[: len(to_translate) // 2]:
            entry.msgstr = f"[ar] {entry.msgid}"
        translation.import_po(po)
        percent = 100 * (len(to_translate) // 2) // len(to_translate)
        self.assertEqual(
            self.status(self.case.title, "العربية")[0],
            f"In progress: {percent} % translated, not yet published",
        )

    def test_snippets_are_reported_and_go_out_of_date_when_their_french_changes(self):
        testimonial = Testimonial.objects.create(
            quote="Vos lettres m’ont gardé en vie.", person_name="Jani Silva", role="Militante"
        )
        testimonial.save_revision().publish()
        theme = Theme.objects.create(name="Liberté d’expression")
        theme.save_revision().publish()
        self.assertEqual(
            self.status("Jani Silva", "العربية"),
            (
                MISSING,
                reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=["content", "testimonial", testimonial.pk],
                ),
            ),
        )

        for snippet in (testimonial, theme):
            start_translation(self.admin, snippet, self.arabic)
            self.publish_translation(snippet, self.arabic)
        arabic_theme = theme.get_translation(self.arabic)
        self.assertEqual(
            self.status("Liberté d’expression", "العربية"),
            (UP_TO_DATE, reverse("wagtailsnippets_cases_theme:edit", args=[arabic_theme.pk])),
        )
        self.assertEqual(self.status("Jani Silva", "العربية")[0], UP_TO_DATE)
        self.assertEqual(self.status("Jani Silva", "English")[0], MISSING)

        testimonial.quote = "Vos lettres m’ont rendu l’espoir."
        testimonial.save_revision().publish()
        theme.name = "Liberté d’expression et de réunion"
        theme.save_revision()  # a French draft: its translation will need the change too
        table = self.table()
        for title, snippet in [("Jani Silva", testimonial), ("Liberté d’expression", theme)]:
            source = Translation.objects.get(
                source__object_id=snippet.translation_key, target_locale=self.arabic
            ).source
            self.assertEqual(
                table[title]["العربية"],
                (OUT_OF_DATE, reverse("wagtail_localize:update_translations", args=[source.pk])),
            )

    def test_a_translation_submitted_for_review_reads_waiting_for_review(self):
        self.translate_tree(self.arabic)
        translation = translate_strings(self.case, self.arabic)
        self.client.post(reverse("submit_translation_for_review", args=[translation.pk]))
        arabic_case = self.case.get_translation(self.arabic)
        self.assertTrue(arabic_case.workflow_in_progress)
        self.assertEqual(
            self.status(self.case.title, "العربية"),
            (WAITING, reverse("wagtailadmin_pages:edit", args=[arabic_case.pk])),
        )

    def test_the_filters_narrow_the_rows_and_columns(self):
        self.translate_tree(self.arabic)
        self.publish_translation(self.case, self.arabic)
        Testimonial.objects.create(quote="Merci.", person_name="Jani Silva", role="Militante")
        all_rows = self.table()
        self.assertEqual(
            list(all_rows),
            [self.home.title, self.campaign.title, self.case.title, "Jani Silva"],
        )

        english = self.table(language="en")
        self.assertEqual(list(english), list(all_rows))
        self.assertEqual({language for row in english.values() for language in row}, {"English"})

        self.assertEqual(list(self.table(state="up_to_date")), [self.case.title])
        self.assertEqual(list(self.table(state="up_to_date", language="en")), [])
        self.assertIn(
            "No page or snippet matches these filters.",
            self.report(state="up_to_date", language="en").get_text(),
        )
        self.assertEqual(
            list(self.table(state="missing", language="ar")), ["Jani Silva"]
        )  # the Arabic pages are all started
        self.assertEqual(
            list(self.table(state="in_progress")), [self.home.title, self.campaign.title]
        )
        self.assertEqual(list(self.table(type="cases.casepage")), [self.case.title])
        self.assertEqual(list(self.table(type="content.testimonial")), ["Jani Silva"])
        self.assertEqual(list(self.table(type="cases.theme")), [])

    def test_the_filter_form_offers_the_languages_states_and_types_present(self):
        document = self.report(language="ar")
        options = {
            select["name"]: [option.get_text(strip=True) for option in select.find_all("option")]
            for select in document.select("form select")
        }
        self.assertEqual(options["language"], ["All languages", "العربية", "English"])
        self.assertEqual(
            options["state"],
            [
                "All states",
                "Missing",
                "In progress",
                "Waiting for review",
                "Up to date",
                "Out of date",
            ],
        )
        self.assertEqual(
            options["type"],
            ["All types", "Campaign", "Case", "Footer", "Home page", "Testimonial", "Theme"],
        )
        selected = document.select_one("select[name=language] option[selected]")
        self.assertEqual(selected.get_text(strip=True), "العربية")
        self.assertIn("Show all", document.get_text())

    def test_unknown_filter_values_are_ignored(self):
        everything = self.table()
        for bogus in [
            {"language": "xx"},
            {"language": "fr"},
            {"state": "nope"},
            {"type": "wagtailcore.page"},
            {"type": "auth.user"},
            {"type": "nonsense"},
            {"language": "ar' OR 1=1", "state": "\x00", "type": "é" * 500},
        ]:
            with self.subTest(bogus):
                self.assertEqual(self.table(**bogus), everything)
        self.assertEqual(
            self.table(language="xx", type="cases.casepage"),
            {self.case.title: everything[self.case.title]},
        )

    def test_the_report_is_shown_in_the_admins_language(self):
        UserProfile.objects.filter(user=self.admin).update(preferred_language="ar")
        text = self.report().get_text()
        self.assertIn("حالة الترجمات", text)  # "Translation status"
        self.assertIn("غير موجودة", text)  # "Missing"

    def test_the_number_of_queries_does_not_grow_with_the_number_of_pages(self):
        def queries():
            self.client.get(reverse("translation_status"))  # caches warmed
            with CaptureQueriesContext(connection) as context:
                response = self.client.get(reverse("translation_status"))
            self.assertEqual(response.status_code, 200)
            return len(context.captured_queries)

        def add_case(slug, waiting=False):
            case = make_case(self.campaign, slug=slug, title=slug, person_name=slug)
            case.save_revision().publish()
            start_translation(self.admin, case, self.arabic, self.english)
            translation = translate_strings(case, self.arabic)
            if waiting:
                self.client.post(reverse("submit_translation_for_review", args=[translation.pk]))
            else:
                self.publish(translation)
            return case

        self.translate_tree(self.arabic, self.english)
        for model, fields in [
            (Testimonial, {"quote": "Merci.", "person_name": "Jani Silva", "role": "R"}),
            (Theme, {"name": "Torture"}),
        ]:
            snippet = model.objects.create(**fields)
            snippet.save_revision().publish()
            start_translation(self.admin, snippet, self.arabic)
        few = queries()

        for number in range(6):
            case = add_case(f"cas-{number}", waiting=number == 0)
            if number == 1:
                case.summary = "Changé"
                case.save_revision().publish()
        Testimonial.objects.create(quote="Oui.", person_name="Autre", role="R")
        Theme.objects.create(name="Justice")
        table = self.table()
        states = {text.split(":")[0] for row in table.values() for text, _link in row.values()}
        self.assertEqual(
            states, {"Missing", "In progress", "Waiting for review", UP_TO_DATE, "Out of date"}
        )
        self.assertEqual(queries(), few)

    def test_admin_users_who_do_not_translate_cannot_open_the_report(self):
        data_person = self.create_user("data")
        data_person.groups.add(Group.objects.get(name="Campaign data"))
        self.client.force_login(data_person)
        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
        response = self.client.get(reverse("translation_status"))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
