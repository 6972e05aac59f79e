"""A screen reader reads each field's help and error with the field: every input's
aria-describedby names exactly the help and error texts of its field, and they are on the page."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from home.tests.factories import make_campaign, make_case_with_actions, make_home, translate_page

ORIGIN = {"origin": "http://testserver"}
LANGUAGES = ("fr", "ar", "en")

# Each action's form refused: its endpoint, what the visitor sent, the fields in error.
REFUSED = {
    "petition": (
        "sign_petition",
        {"petition-name": "", "petition-email": "amina@", "petition-country": "XX"},
        {"name", "email", "country", "consent"},
    ),
    "printable letter": ("print_letter", {"print-name": "\u200b"}, {"name"}),
    "solidarity": (
        "solidarity_message",
        {"solidarity-first_name": "<b>", "solidarity-city": "", "solidarity-message": "a" * 501},
        {"first_name", "city", "message", "consent"},
    ),
}
# The letter sent holds no field a visitor fills in: it is refused for where it came from only.
REFUSED_FOR_ITS_ORIGIN = {"letter sent": "letter_sent"}


def described_fields(html: str) -> list[tuple]:
    """Each input of the page with the ids its aria-describedby names."""
    soup = BeautifulSoup(html, "html.parser")
    return soup, [
        (field, field.get("aria-describedby", "").split())
        for field in soup.select("form input, form select, form textarea")
    ]


class FormFieldDescriptionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        case = make_case_with_actions(make_campaign(make_home()))
        cls.cases = {"fr": case, "ar": translate_page(case, "ar"), "en": translate_page(case, "en")}

    def setUp(self):
        cache.clear()  # the rate limit counts in the cache

    def url(self, name, language_code):
        with translation.override(language_code):
            return reverse(f"cases:{name}", args=[self.cases[language_code].pk])

    def assert_every_description_is_on_the_page_and_named_by_its_field(self, html):
        soup, fields = described_fields(html)
        ids = [element["id"] for element in soup.select("[id]")]
        self.assertEqual(len(ids), len(set(ids)), "an id is on the page twice")
        for field, described_by in fields:
            for id_ in described_by:
                self.assertIsNotNone(
                    soup.find(id=id_),
                    f"{field['name']} is described by #{id_}, which is not on the page",
                )
            # Exactly its own help and error, in the order they are read.
            wrapper = field.find_parent(class_="field")
            descriptions = (
                [text.get("id") for text in wrapper.select(".field__help, .field__error")]
                if wrapper
                else []
            )
            self.assertEqual(described_by, descriptions, field["name"])
            if field.get("aria-invalid") == "true":
                self.assertTrue(wrapper.select(".field__error"), f"{field['name']} says not why")
        named = {id_ for _, described_by in fields for id_ in described_by}
        for description in soup.select(".field__help, .field__error"):
            self.assertIn(
                description.get("id"),
                named,
                f"{description.get_text(strip=True)!r} is read with no field",
            )

    def test_the_case_page_forms_describe_their_fields(self):
        for language_code, case in self.cases.items():
            with self.subTest(language_code):
                response = self.client.get(case.url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assert_every_description_is_on_the_page_and_named_by_its_field(html)
                _, fields = described_fields(html)
                message = next(f for f, _ in fields if f["name"] == "solidarity-message")
                self.assertEqual(message["aria-describedby"], "id_solidarity-message_helptext")

    def test_a_refused_form_describes_each_field_by_its_help_and_its_error(self):
        for action, (endpoint, data, wrong) in REFUSED.items():
            for language_code in LANGUAGES:
                with self.subTest(action, language=language_code):
                    response = self.client.post(
                        self.url(endpoint, language_code), data, headers=ORIGIN
                    )
                    self.assertEqual(response.status_code, 400)
                    html = response.content.decode()
                    self.assert_every_description_is_on_the_page_and_named_by_its_field(html)
                    soup, fields = described_fields(html)
                    invalid = {
                        f["name"].split("-", 1)[1]
                        for f, _ in fields
                        if f.get("aria-invalid") == "true"
                    }
                    self.assertEqual(invalid, wrong)
                    # The summary's links lead to the fields themselves.
                    for link in soup.select(".error-summary a"):
                        self.assertIsNotNone(soup.find(id=link["href"][1:]), link["href"])
                    self.assertEqual(len(soup.select(".error-summary a")), len(wrong))

    def test_a_form_refused_for_its_origin_describes_its_fields(self):
        endpoints = REFUSED_FOR_ITS_ORIGIN | {
            action: endpoint for action, (endpoint, _, _) in REFUSED.items()
        }
        for action, endpoint in endpoints.items():
            for language_code in LANGUAGES:
                with self.subTest(action, language=language_code):
                    response = self.client.post(self.url(endpoint, language_code), {})
                    self.assertEqual(response.status_code, 403)
                    self.assert_every_description_is_on_the_page_and_named_by_its_field(
                        response.content.decode()
                    )
