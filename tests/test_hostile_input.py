"""Hostile input on every public form field, the search, the language prefix and page ids:
never a server error, nothing reflected unescaped, nothing half-saved, no header injected.

Runs in both passes of `make test`: on SQLite, and on PostgreSQL, which refuses a NUL byte in
any text where SQLite stores it."""

from django.core import mail
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import translation

from cases.models import CaseActionTotals, PetitionSignature, SolidarityMessage
from home.tests.factories import make_campaign, make_case_with_actions, make_home, translate_page

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
]
HOSTILE = [
    *MARKUP,
    "javascript:alert(1)",
    "{{ request.META }}",
    "{% debug %}",
    "${7*7}",
    "' OR '1'='1' --",
    '"; DROP TABLE cases_petitionsignature; --',
    "\x00",
    "Amina\x00Benali",
    "\x01\x08\x1b[31m\x7f",
    "\u202eilanéB animA",
    "\u2066Amina\u2069",
    "\u200b\u200e\ufeff",
    "\u0301\u0301",
    "x" * 100_000,
    '=HYPERLINK("http://evil.example")',
    "+33612345678",
    "-2+3",
    "@SUM(A1)",
    "\tAmina",
    "\rAmina",
    "Amina\r\nBcc: victim@example.org",
    "نصر الزفزافي",
    "🕊️✊🏽",
    "",
    " ",
]
HOSTILE_EMAILS = [
    "amina",
    "amina@",
    "@example.org",
    "amina@@example.org",
    "amina@example..org",
    "amina@-example.org",
    "amina@[127.0.0.1]",
    '"amina benali"@example.org',
    "amina@example.org\r\nBcc: victim@example.org",
    "amina@example.org\nSubject: hello",
    "amina@example.org,victim@example.org",
    "Amina <amina@example.org>",
    "x" * 300 + "@example.org",
    "amina@" + "x" * 300 + ".org",
    "amina@xn--.org",
    "أمينة@مثال.المغرب",
    "amina@exämple.org",
    "AMINA@EXAMPLE.ORG.",
    "amina\x00@example.org",
]
HOSTILE_IDS = ["0", "00000000001", str(2**31), str(2**63 - 1), str(2**63), str(2**64), "9" * 40]

PETITION = {
    "petition-name": "Amina Benali",
    "petition-email": "amina@example.org",
    "petition-country": "MA",
    "petition-consent": "on",
    "petition-keep_informed": "on",
    "petition-website": "",
}
SOLIDARITY = {
    "solidarity-first_name": "Amina",
    "solidarity-city": "Rabat",
    "solidarity-message": "Courage, nous sommes avec vous.",
    "solidarity-consent": "on",
    "solidarity-website": "",
}
FORMS = {
    "sign_petition": PETITION,
    "solidarity_message": SOLIDARITY,
    "print_letter": {"print-name": "Amina Benali", "print-website": ""},
    "letter_sent": {"letter-website": ""},
}


@override_settings(CASE_ACTION_RATE_LIMIT=(100_000, 600))
class HostileInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case_with_actions(make_campaign(make_home()))
        cls.arabic_case = translate_page(cls.case, "ar")

    def setUp(self):
        cache.clear()

    def stored(self):
        totals = CaseActionTotals.objects.filter(pk=self.case.translation_key).first()
        return (
            PetitionSignature.objects.count(),
            SolidarityMessage.objects.count(),
            totals.letters if totals else 0,
        )

    def assert_safe(self, response, sent):
        self.assertLess(response.status_code, 500, sent[:200])
        body = response.content.decode()
        for markup in MARKUP:
            if markup in sent:
                self.assertNotIn(markup, body)

    def post(self, action, page, language_code, data):
        with translation.override(language_code):
            url = reverse(f"cases:{action}", args=[page.pk])
        return self.client.post(url, data, headers={"origin": "http://testserver"})

    def test_every_field_of_every_action_takes_hostile_values_safely(self):
        for action, valid in FORMS.items():
            for field in valid:
                for number, value in enumerate(HOSTILE):
                    page, language_code = (
                        (self.arabic_case, "ar") if number % 2 else (self.case, "fr")
                    )
                    data = valid | {field: value}
                    if action == "sign_petition" and field != "petition-email":
                        data["petition-email"] = f"person-{field}-{number}@example.org"
                    with self.subTest(action=action, field=field, value=value[:40]):
                        before = self.stored()
                        response = self.post(action, page, language_code, data)
                        self.assert_safe(response, value)
                        after = self.stored()
                        if response.status_code != 200:
                            self.assertEqual(after, before, "a refusal saved something")
                        else:
                            added = [b - a for a, b in zip(before, after, strict=True)]
                            self.assertLessEqual(sum(added), 1, "one action, one record")

    def test_hostile_email_addresses_are_refused_or_taken_whole_and_inject_no_header(self):
        for email in HOSTILE_EMAILS:
            with self.subTest(email=email[:60]):
                mail.outbox.clear()
                before = self.stored()
                response = self.post(
                    "sign_petition", self.case, "fr", PETITION | {"petition-email": email}
                )
                self.assert_safe(response, email)
                if response.status_code != 200:
                    self.assertEqual(self.stored(), before)
                    self.assertEqual(mail.outbox, [])
                for message in mail.outbox:
                    self.assertEqual(len(message.recipients()), 1)
                    self.assertNotIn("\n", message.to[0])
                    self.assertNotIn("victim", message.message().as_string())

    def test_the_search_takes_any_query(self):
        for language_code in ("fr", "ar", "en"):
            for value in [*HOSTILE, '"', '""', '"Zefzafi', "Zefzafi\x00", "*", "OR", "-"]:
                with self.subTest(language_code=language_code, query=value[:40]):
                    response = self.client.get(
                        f"/{language_code}/search/", {"query": value, "page": value[:50]}
                    )
                    self.assertEqual(response.status_code, 200)
                    self.assert_safe(response, value)

    def test_language_prefixes_and_paths_that_do_not_exist_are_not_found(self):
        for path in [
            "/xx/",
            "/fr-zz/",
            "/FR/",
            "/ar%00/",
            "/fr/%00/",
            "/fr/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
            "/ar/" + "a/" * 300,
            "/en/..%2F..%2Fetc%2Fpasswd/",
            "/fr/actions/signature/%00/confirm/",
            "/fr/actions/signature/" + "x" * 5000 + "/confirm/",
        ]:
            with self.subTest(path=path[:60]):
                response = self.client.get(path, follow=True)
                # 410: the link of an e-mail that does not exist, or no longer does.
                self.assertIn(response.status_code, (200, 404, 410), path[:60])
                self.assert_safe(response, path)

    def test_page_ids_out_of_any_range_are_not_found(self):
        for page_id in HOSTILE_IDS:
            for path in ["petition/", "letter/", "letter/print/", "solidarity/", "counts.json"]:
                url = f"/fr/actions/{page_id}/{path}"
                with self.subTest(url=url):
                    self.assertEqual(self.client.get(url).status_code, 404)
                    if path != "counts.json":
                        posted = self.client.post(
                            url, FORMS["sign_petition"], headers={"origin": "http://testserver"}
                        )
                        self.assertEqual(posted.status_code, 404)

    def test_forged_host_headers_are_refused_not_obeyed(self):
        """A password-reset link or a share link built on the attacker's host would send a
        visitor's click there: an unknown host is refused before anything is built with it."""
        for host in ["evil.example", "testserver.evil.example", "testserver\r\nX-Injected: 1"]:
            with self.subTest(host=host):
                self.assertEqual(self.client.get("/fr/", headers={"host": host}).status_code, 400)
                posted = self.client.post(
                    reverse("cases:sign_petition", args=[self.case.pk]),
                    PETITION,
                    headers={"host": host, "origin": f"http://{host}"},
                )
                self.assertEqual(posted.status_code, 400)
                self.assertEqual(PetitionSignature.objects.count(), 0)
