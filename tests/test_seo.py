"""What search engines read: sitemap with hreflang alternates, robots.txt, canonical URLs."""

from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.test import TestCase

from home.tests.factories import make_campaign, make_case, make_home, translate_page


class SearchEngineTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))
        cls.arabic_case = translate_page(cls.case, "ar")

    def test_the_sitemap_lists_every_language_with_its_alternates(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        namespaces = {
            "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
            "x": "http://www.w3.org/1999/xhtml",
        }
        entries = {
            url.findtext("s:loc", namespaces=namespaces): {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", namespaces)
            }
            for url in ElementTree.fromstring(response.content).findall("s:url", namespaces)
        }
        self.assertIn(self.arabic_case.full_url, entries)
        self.assertEqual(
            entries[self.case.full_url],
            {
                "fr": self.case.full_url,
                "ar": self.arabic_case.full_url,
                "x-default": self.case.full_url,
            },
        )

    def test_robots_txt_points_to_the_sitemap_and_keeps_robots_off_the_actions(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain")
        self.assertContains(response, "Sitemap: http://testserver/sitemap.xml")
        self.assertContains(response, "Disallow: /ar/actions/")

    def test_pages_name_their_canonical_url_without_query_strings(self):
        response = self.client.get(f"{self.arabic_case.url}?done=petition")
        canonical = BeautifulSoup(response.content, "html.parser").find("link", rel="canonical")
        self.assertEqual(canonical["href"], self.arabic_case.full_url)
