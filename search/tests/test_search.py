from django.test import TestCase
from wagtail.models import Locale

from home.tests.factories import make_campaign, make_case, make_home


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.case = make_case(make_campaign(home))
        arabic = Locale.objects.get(language_code="ar")
        cls.arabic_case = cls.case.copy_for_translation(arabic, copy_parents=True)
        cls.arabic_case.title = cls.arabic_case.person_name = "ناصر الزفزافي"
        cls.arabic_case.summary = "عشرون عامًا في السجن بسبب الاحتجاج السلمي"
        # The parents are copied as aliases of the French pages, live like them.
        cls.arabic_case.save_revision().publish()

    def test_search_finds_pages_of_the_visitors_language_only(self):
        french = self.client.get("/fr/search/", {"query": "prison"})
        self.assertContains(french, self.case.url)
        self.assertNotContains(french, "ناصر الزفزافي")

        arabic = self.client.get("/ar/search/", {"query": "السجن"})
        self.assertContains(arabic, "ناصر الزفزافي")
        self.assertContains(arabic, "عشرون عامًا في السجن بسبب الاحتجاج السلمي")
        self.assertContains(arabic, "/ar/campagne-2024/nasser-zefzafi/")
        self.assertNotContains(arabic, self.case.url)

    def test_a_query_in_another_language_finds_nothing(self):
        response = self.client.get("/fr/search/", {"query": "السجن"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "ناصر الزفزافي")
        self.assertContains(response, "Aucun résultat")

    def test_markup_in_the_query_is_shown_escaped(self):
        response = self.client.get("/en/search/", {"query": "<script>alert(1)</script>"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;")

    def test_a_country_finds_its_cases_in_each_language(self):
        """Visitors type the country as they say it: "Maroc", "Morocco", "المغرب"."""
        english_case = self.case.copy_for_translation(
            Locale.objects.get(language_code="en"), copy_parents=True
        )
        english_case.save_revision().publish()
        for language_code, query, url in (
            ("fr", "Maroc", self.case.url),
            ("en", "Morocco", english_case.url),
            ("ar", "المغرب", self.arabic_case.url),
        ):
            with self.subTest(language_code):
                response = self.client.get(f"/{language_code}/search/", {"query": query})
                self.assertContains(response, f'href="{url}"')

    def test_a_theme_finds_its_cases(self):
        from cases.models import CasePageTheme, Theme

        theme = Theme.objects.create(name="Liberté d’expression", locale=self.case.locale)
        theme.save_revision().publish()
        CasePageTheme.objects.create(page=self.case, theme=theme, locale=self.case.locale)
        self.case.save_revision().publish()
        response = self.client.get("/fr/search/", {"query": "expression"})
        self.assertContains(response, f'href="{self.case.url}"')

    def test_quotes_and_control_characters_in_the_query_are_searched_as_words(self):
        """What a visitor may type or paste, and what the search engines' quoting takes for its
        own: a double quote (SQLite's full-text syntax), a NUL byte (refused by PostgreSQL)."""
        for query in ('"Zefzafi"', 'Nasser"Zefzafi', "Zefzafi\x00", "\x00Zefzafi\x07\x1b"):
            with self.subTest(query=query):
                response = self.client.get("/fr/search/", {"query": query})
                self.assertContains(response, f'href="{self.case.url}"')

    def test_a_query_of_quotes_or_control_characters_only_finds_nothing(self):
        for query in ('"', '""', "\x00", '"\x00"'):
            with self.subTest(query=query):
                response = self.client.get("/fr/search/", {"query": query})
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, self.case.url)
        self.assertContains(self.client.get("/fr/search/", {"query": '"'}), "Aucun résultat")
