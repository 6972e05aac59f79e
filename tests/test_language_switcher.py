"""The language switcher and the hreflang alternates lead to the same page in each language, or
to that language's home where the page has no translation."""

from bs4 import BeautifulSoup
from django.test import TestCase

from home.tests.factories import make_campaign, make_case, make_home, translate_page

TRANSLATED_INTO = ("ar", "en")


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


class LanguageSwitcherTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.homes = {"fr": home} | {code: translate_page(home, code) for code in TRANSLATED_INTO}
        campaign = make_campaign(home)
        for code in TRANSLATED_INTO:
            translate_page(campaign, code)
        case = make_case(campaign)
        cls.cases = {"fr": case} | {code: translate_page(case, code) for code in TRANSLATED_INTO}
        cls.untranslated = make_case(campaign, slug="cas-non-traduit", title="Cas non traduit")

    def test_language_switcher_and_hreflang_lead_to_the_same_case(self):
        for code, page in self.cases.items():
            with self.subTest(language=code):
                document = parse(self.client.get(page.url))
                switcher = {
                    link["hreflang"]: link["href"]
                    for link in document.select(".language-switcher a")
                }
                alternates = {
                    link["hreflang"]: link["href"]
                    for link in document.select('link[rel="alternate"][hreflang]')
                }
                self.assertEqual(switcher, {c: p.url for c, p in self.cases.items()})
                full_urls = {c: p.full_url for c, p in self.cases.items()}
                self.assertEqual(alternates, full_urls | {"x-default": full_urls["fr"]})
                current = document.select_one(".language-switcher a[aria-current]")
                self.assertEqual(current["hreflang"], code)

    def test_switcher_leads_to_the_language_home_when_a_page_is_not_translated(self):
        document = parse(self.client.get(self.untranslated.url))
        switcher = {a["hreflang"]: a["href"] for a in document.select(".language-switcher a")}
        self.assertEqual(switcher["ar"], self.homes["ar"].url)
        self.assertEqual(switcher["en"], self.homes["en"].url)
        alternates = [link["hreflang"] for link in document.select('link[rel="alternate"]')]
        self.assertEqual(sorted(alternates), ["fr", "x-default"])
