"""Visitors act on a case page: sign, say they sent the letter, write to the person."""

import datetime
import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from pyuca import Collator

from cases.models import (
    CaseActionTotals,
    CasePage,
    LetterSent,
    MessageStatus,
    PetitionSignature,
    SolidarityMessage,
    consent_version,
)
from cases.privacy import anonymise_older_than
from home.tests.factories import (
    PETITION,
    SOLIDARITY,
    make_campaign,
    make_case_with_actions,
    make_home,
    translate_page,
)

ORIGIN = {"origin": "http://testserver"}
LINK = re.compile(r"https?://\S+")


def confirmation_link(message) -> str:
    """The path of the first link of an e-mail: the one that confirms a signature."""
    return urlsplit(LINK.findall(message.body)[0]).path


def parse(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def petition_data(**overrides):
    data = {
        "petition-name": "Amina",
        "petition-email": "amina@example.org",
        "petition-country": "MA",
        "petition-consent": "on",
        "petition-website": "",
    }
    return data | overrides


class CaseActionTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        campaign = make_campaign(make_home())
        cls.case = make_case_with_actions(campaign)
        cls.arabic_case = translate_page(cls.case, "ar")
        cls.other_case = make_case_with_actions(
            campaign, slug="zineb-redouane", person_name="Zineb Redouane"
        )

    def setUp(self):
        cache.clear()  # the rate limit counts in the cache

    def url(self, name, page, language_code):
        with translation.override(language_code):
            return reverse(f"cases:{name}", args=[page.pk])

    def sign(
        self, page=None, language_code="fr", headers=ORIGIN, remote_addr="127.0.0.1", **overrides
    ):
        page = page or self.case
        return self.client.post(
            self.url("sign_petition", page, language_code),
            petition_data(**overrides),
            headers=headers,
            REMOTE_ADDR=remote_addr,
        )

    def signature_count(self):
        totals = CaseActionTotals.objects.filter(pk=self.case.translation_key).first()
        return totals.signatures if totals else 0

    def confirm_from_the_email(self):
        """Open the link of the last e-mail as its owner would, and press the button."""
        link = confirmation_link(mail.outbox[-1])
        self.assertEqual(self.client.get(link).status_code, 200)
        return self.client.post(link)


class PetitionTests(CaseActionTestCase):
    def test_a_signature_taken_in_arabic_counts_on_the_french_page(self):
        response = self.sign(self.arabic_case, "ar")

        self.assertContains(response, "خطوة أخيرة: تفقّدوا بريدكم الوارد.")
        self.confirm_from_the_email()
        french_page = self.client.get(self.case.url)
        self.assertContains(french_page, "<strong>1</strong> signature sur 1")
        signature = PetitionSignature.objects.get()
        self.assertEqual(signature.language, "ar")
        self.assertEqual(signature.case_translation_key, self.case.translation_key)

    def test_a_signature_stores_the_consent_text_as_shown_and_no_client_address(self):
        self.sign(remote_addr="203.0.113.9")
        signature = PetitionSignature.objects.get()
        self.assertEqual(signature.consent_text, PETITION["consent_text"])
        self.assertEqual(signature.consent_version, consent_version(PETITION["consent_text"]))
        stored = " ".join(str(value) for value in vars(signature).values())
        self.assertNotIn("203.0.113.9", stored)
        self.assertNotIn("127.0.0.1", stored)

    def test_duplicate_email_is_not_counted_twice_and_gets_the_same_answer(self):
        first = self.sign(**{"petition-email": "Amina@Example.org"})
        repeat = self.sign(self.arabic_case, "ar", **{"petition-email": " amina@example.ORG "})
        again = self.sign(**{"petition-email": "amina@example.org"})

        self.assertEqual(PetitionSignature.objects.count(), 1)
        self.assertEqual(self.signature_count(), 0)  # not before it is confirmed
        self.confirm_from_the_email()
        confirmed_repeat = self.sign(**{"petition-email": "AMINA@example.org"})
        self.assertEqual(self.signature_count(), 1)
        for response in (again, confirmed_repeat):
            self.assertEqual(first.status_code, response.status_code)
            self.assertEqual(first.headers, response.headers)
            self.assertEqual(first.content, response.content)
        self.assertEqual(repeat.status_code, 200)

    def test_after_signing_the_visitor_is_told_to_confirm_and_offered_the_next_steps(self):
        response = self.sign()
        self.assertContains(response, "vérifiez votre boîte de réception")
        self.assertNotContains(response, 'name="petition-email"')
        self.assertIn("no-store", response["Cache-Control"])
        page = response.content.decode()
        share_links = re.findall(r'class="share-link share-link--(\w+)"', page)
        self.assertEqual(share_links[0], "whatsapp")
        self.assertIn(f'href="{self.case.url}#letter"', page)
        self.assertIn(f'href="{self.case.url}#solidarity"', page)
        self.assertIn(f'href="{self.other_case.url}"', page)

    def test_the_answers_address_opened_again_shows_the_case_and_its_form(self):
        """A reloaded or shared answer is not the visitor's thanks: it leads to the case."""
        for page, language_code in ((self.case, "fr"), (self.arabic_case, "ar")):
            with self.subTest(language_code):
                response = self.client.get(self.url("sign_petition", page, language_code))
                self.assertRedirects(
                    response, f"{page.url}#petition", status_code=303, target_status_code=200
                )

    def test_invalid_email_is_rejected_in_arabic_and_nothing_is_stored(self):
        response = self.sign(self.arabic_case, "ar", **{"petition-email": "not-an-email"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "أدخِل عنوان بريد إلكتروني صحيح.", status_code=400)
        self.assertContains(response, 'dir="rtl"', status_code=400)
        self.assertFalse(PetitionSignature.objects.exists())
        self.assertEqual(self.signature_count(), 0)

    def test_a_refused_signature_answers_with_a_summary_linking_each_field_and_keeps_the_rest(self):
        response = self.sign(
            self.arabic_case,
            "ar",
            **{"petition-email": "amina@", "petition-consent": "", "petition-name": "أمينة"},
        )
        self.assertEqual(response.status_code, 400)
        page = response.content.decode()
        summary = page[
            page.index('class="error-summary"') : page.index(
                "</div>", page.index('class="error-summary"')
            )
        ]
        self.assertIn('href="#id_petition-email"', summary)
        self.assertIn('href="#id_petition-consent"', summary)
        self.assertNotIn('href="#id_petition-name"', summary)
        # The summary comes before the form; what was typed is kept, the wrong fields marked.
        self.assertLess(page.index('class="error-summary"'), page.index("<form"))
        self.assertIn('value="أمينة"', page)
        self.assertIn('value="amina@"', page)
        self.assertRegex(page, r'<input[^>]*aria-invalid="true"[^>]*id="id_petition-email"')
        self.assertIn('<option value="MA" selected>', page)

    def test_bad_input_gets_a_4xx_with_a_message_and_nothing_is_saved(self):
        bad_inputs = {
            "markup": ({"petition-name": "<b>Amina</b>"}, "sans balisage"),
            "control characters": ({"petition-name": "Ami\x07na"}, "caractères de contrôle"),
            "direction override": ({"petition-name": "Amina\u202etxt.exe"}, "invisibles"),
            "over-long name": ({"petition-name": "A" * 121}, "120 caractères"),
            "an invisible name": ({"petition-name": "\u200b\u200e\ufeff"}, "au moins une lettre"),
            "accents alone": ({"petition-name": "\u0301\u0301"}, "au moins une lettre"),
            "missing consent": ({"petition-consent": ""}, "cocher la case"),
            "unknown country": ({"petition-country": "XX"}, "Sélectionnez un choix valide"),
        }
        for problem, (overrides, message) in bad_inputs.items():
            with self.subTest(problem):
                response = self.sign(**overrides)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, message, status_code=400)
        self.assertFalse(PetitionSignature.objects.exists())
        self.assertEqual(self.signature_count(), 0)

    def test_a_name_is_stored_without_its_invisible_characters(self):
        self.assertEqual(self.sign(**{"petition-name": "\ufeffAmi\u200bna\u200f"}).status_code, 200)
        self.assertEqual(PetitionSignature.objects.get().name, "Amina")
        response = self.client.post(
            self.url("solidarity_message", self.case, "fr"),
            {
                "solidarity-first_name": "\u200bYoussef",
                "solidarity-city": "\u2060",
                "solidarity-message": "Nous pensons à vous.",
                "solidarity-consent": "on",
            },
            headers=ORIGIN,
        )
        self.assertContains(response, "au moins une lettre", status_code=400)
        self.assertFalse(SolidarityMessage.objects.exists())

    def test_stored_text_is_shown_escaped(self):
        SolidarityMessage.objects.create(
            case_translation_key=self.case.translation_key,
            language="fr",
            first_name="<script>x</script>",
            city="Rabat",
            message="<img src=x onerror=alert(1)>",
            status=MessageStatus.APPROVED,
        )
        response = self.client.get(self.case.url)
        self.assertNotContains(response, "<img src=x")
        self.assertContains(response, "&lt;img src=x onerror=alert(1)&gt;")
        self.assertNotContains(response, "<script>x</script>")

    def test_a_case_that_does_not_exist_is_a_404(self):
        response = self.client.post("/fr/actions/999999/petition/", petition_data(), headers=ORIGIN)
        self.assertEqual(response.status_code, 404)

    def test_a_case_in_another_language_than_the_address_is_a_404(self):
        response = self.sign(self.arabic_case, "fr")
        self.assertEqual(response.status_code, 404)

    def test_a_case_unpublished_or_republished_without_its_petition_takes_no_more_signatures(self):
        # The endpoints keep the case in the cache: publishing must leave nothing stale there.
        self.assertEqual(self.sign().status_code, 200)
        case = self.case.specific
        case.body = [(b.block_type, b.value) for b in case.body if b.block_type != "petition"]
        case.save_revision().publish()
        self.assertEqual(self.sign(**{"petition-email": "b@example.org"}).status_code, 404)

        self.assertEqual(self.sign(self.arabic_case, "ar").status_code, 200)
        CasePage.objects.get(pk=self.arabic_case.pk).unpublish()
        self.assertEqual(
            self.sign(self.arabic_case, "ar", **{"petition-email": "c@example.org"}).status_code,
            404,
        )
        self.assertEqual(PetitionSignature.objects.count(), 1)

    def test_posts_from_other_sites_or_without_origin_are_refused(self):
        for headers in (
            {},
            {"origin": "https://evil.example"},
            {"referer": "https://evil.example/"},
        ):
            with self.subTest(headers=headers):
                response = self.sign(headers=headers, **{"petition-name": "Amina Benali"})
                self.assertContains(response, "sans dire d’où il venait", status_code=403)
                self.assertContains(response, 'value="Amina Benali"', status_code=403)
        self.assertFalse(PetitionSignature.objects.exists())
        self.assertEqual(
            self.sign(headers={"referer": f"http://testserver{self.case.url}"}).status_code, 200
        )

    def test_robots_filling_the_honeypot_are_thanked_and_ignored(self):
        response = self.sign(**{"petition-website": "http://spam.example"})
        self.assertEqual(response.content, self.sign(**{"petition-email": "b@example.org"}).content)
        self.assertEqual(PetitionSignature.objects.count(), 1)  # the person's, not the robot's

    @override_settings(CASE_ACTION_RATE_LIMIT=(2, 600))
    def test_a_client_address_is_limited_and_told_so_in_its_language(self):
        for number in range(2):
            self.sign(**{"petition-email": f"person{number}@example.org"})
        response = self.sign(self.arabic_case, "ar", **{"petition-email": "third@example.org"})
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "وصل عدد كبير من التحركات من اتصالك", status_code=429)
        # What the visitor typed is kept, to send again in a few minutes.
        self.assertContains(response, 'value="third@example.org"', status_code=429)
        self.assertEqual(PetitionSignature.objects.count(), 2)

    @override_settings(
        CACHES={
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
            }
        }
    )
    def test_signatures_are_taken_while_the_cache_is_away(self):
        response = self.sign()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(PetitionSignature.objects.count(), 1)
        self.assertEqual(len(mail.outbox), 1)

    def test_a_class_signing_from_one_shared_address_all_succeed(self):
        """300 people behind one address (a school's Wi-Fi, a mobile operator's NAT) within the
        window, with the default limit."""
        answers = [
            self.sign(remote_addr="198.51.100.20", **{"petition-email": f"eleve{n}@example.org"})
            for n in range(300)
        ]
        self.assertEqual({answer.status_code for answer in answers}, {200})
        self.assertEqual(PetitionSignature.objects.count(), 300)

    @override_settings(CASE_ACTION_RATE_LIMIT=(5, 600))
    def test_a_robot_repeating_an_action_is_stopped(self):
        letter = self.url("letter_sent", self.case, "fr")
        answers = [
            self.client.post(letter, {"letter-website": ""}, headers=ORIGIN) for _ in range(12)
        ]
        self.assertEqual([answer.status_code for answer in answers], [200] * 5 + [429] * 7)
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).letters, 5)

    @override_settings(CASE_ACTION_RATE_LIMIT=(0, 600))
    def test_a_flood_of_refused_actions_costs_a_short_page_not_the_case(self):
        """A refusal answers with the form and why, in a page of its own: after the first, two
        queries, and nothing of the case page's story, images or other actions is read or drawn."""
        self.sign()  # the first of the flood: the process reads the site and the case
        with CaptureQueriesContext(connection) as queries:
            limited = self.sign(**{"petition-email": "third@example.org"})
        self.assertContains(limited, 'value="third@example.org"', status_code=429)
        self.assertNotContains(limited, "Il purge vingt ans de prison", status_code=429)
        self.assertLessEqual(len(queries), 2)

    @override_settings(CASE_ACTION_RATE_LIMIT=(2, 600))
    def test_failed_attempts_do_not_use_up_the_budget(self):
        for _typo in range(5):
            self.assertEqual(self.sign(**{"petition-email": "amina@"}).status_code, 400)
        self.assertEqual(self.sign().status_code, 200)
        self.assertEqual(self.sign(**{"petition-email": "b@example.org"}).status_code, 200)
        self.assertEqual(self.sign(**{"petition-email": "c@example.org"}).status_code, 429)

    @override_settings(CASE_ACTION_RATE_LIMIT=(1, 600))
    def test_ipv6_addresses_are_counted_per_64_network(self):
        """A phone gets a whole /64 from its operator: its addresses there are one visitor."""
        self.assertEqual(self.sign(remote_addr="2001:db8:0:1::1").status_code, 200)
        other_address_same_network = self.sign(
            remote_addr="2001:db8:0:1:ffff::2", **{"petition-email": "b@example.org"}
        )
        self.assertEqual(other_address_same_network.status_code, 429)
        other_network = self.sign(
            remote_addr="2001:db8:0:2::1", **{"petition-email": "c@example.org"}
        )
        self.assertEqual(other_network.status_code, 200)

    @override_settings(CASE_ACTION_RATE_LIMIT=(1, 600), TRUSTED_PROXIES=["127.0.0.1/32"])
    def test_behind_the_proxy_each_visitor_has_their_own_limit(self):
        def sign_through_proxy(email, forwarded_for):
            return self.sign(
                headers=ORIGIN | {"X-Forwarded-For": forwarded_for},
                **{"petition-email": email},
            )

        self.assertEqual(sign_through_proxy("a@example.org", "203.0.113.5").status_code, 200)
        self.assertEqual(sign_through_proxy("b@example.org", "203.0.113.6").status_code, 200)
        # What the client itself puts first in the header is not believed.
        forged = sign_through_proxy("c@example.org", "198.51.100.1, 203.0.113.5")
        self.assertEqual(forged.status_code, 429)
        self.assertEqual(PetitionSignature.objects.count(), 2)

    @override_settings(CASE_ACTION_RATE_LIMIT=(1, 600), TRUSTED_PROXIES=["127.0.0.1/32"])
    def test_a_client_that_is_not_the_proxy_cannot_pick_its_address(self):
        for number in range(2):
            response = self.sign(
                headers=ORIGIN | {"X-Forwarded-For": f"203.0.113.{number}"},
                remote_addr="192.0.2.7",
                **{"petition-email": f"person{number}@example.org"},
            )
        self.assertEqual(response.status_code, 429)


class CacheabilityTests(CaseActionTestCase):
    def test_an_anonymous_case_page_sets_no_cookie_and_does_not_vary_on_cookie(self):
        for page in (self.case, self.arabic_case):
            with self.subTest(language=page.locale.language_code):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertFalse(response.cookies)
                self.assertNotIn("Set-Cookie", response.headers)
                self.assertNotIn("cookie", response.get("Vary", "").lower())
                self.assertNotIn("csrfmiddlewaretoken", response.content.decode())


class LetterAndSolidarityTests(CaseActionTestCase):
    def test_i_have_sent_my_letter_counts_a_letter(self):
        response = self.client.post(
            self.url("letter_sent", self.arabic_case, "ar"), {"letter-website": ""}, headers=ORIGIN
        )
        self.assertContains(response, "شكرًا لإرسالكم رسالتكم.")
        self.assertEqual(LetterSent.objects.get().language, "ar")
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).letters, 1)

    def test_printable_letter_is_signed_with_the_name_and_not_stored(self):
        response = self.client.post(
            self.url("print_letter", self.case, "fr"),
            {"print-name": "Amina Benali"},
            headers=ORIGIN,
        )
        self.assertContains(response, "Amina Benali")
        self.assertContains(response, "Je vous demande sa libération.")
        self.assertIn("no-store", response["Cache-Control"])
        self.assertFalse(LetterSent.objects.exists())

    @override_settings(CASE_ACTION_RATE_LIMIT=(1, 600))
    def test_the_printable_letter_is_protected_like_the_other_actions(self):
        """Another site cannot print its text inside the site's letter, nor a robot print
        without limit, nor a name run on for pages."""
        url = self.url("print_letter", self.case, "fr")
        forged = self.client.post(
            url, {"print-name": "Texte d’un autre site"}, headers={"origin": "https://evil.example"}
        )
        self.assertContains(forged, "sans dire d’où il venait", status_code=403)
        self.assertNotContains(forged, "Je vous demande sa libération.", status_code=403)
        too_long = self.client.post(url, {"print-name": "A" * 121}, headers=ORIGIN)
        self.assertContains(too_long, "120", status_code=400)
        self.assertEqual(
            self.client.post(url, {"print-name": "Amina"}, headers=ORIGIN).status_code, 200
        )
        self.assertEqual(
            self.client.post(url, {"print-name": "Amina"}, headers=ORIGIN).status_code, 429
        )

    def test_a_printable_letter_without_a_name_asks_for_it_in_the_visitors_language(self):
        response = self.client.post(
            self.url("print_letter", self.arabic_case, "ar"), {"print-name": ""}, headers=ORIGIN
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, 'href="#id_print-name"', status_code=400)
        self.assertContains(response, 'name="print-name"', status_code=400)
        self.assertContains(response, "هذا الحقل مطلوب", status_code=400)

    def test_the_letter_by_email_goes_to_the_authority_in_the_visitors_language(self):
        self.case.authority_email = "courrier@cg.gov.ma"
        self.case.save_revision().publish()
        self.arabic_case.authority_email = "courrier@cg.gov.ma"
        self.arabic_case.save_revision().publish()
        french = parse(self.client.get(self.case.url)).select_one(".letter-steps a[href^=mailto]")
        self.assertEqual(french.get_text(strip=True), "L’envoyer par e-mail")
        self.assertTrue(
            french["href"].startswith(
                "mailto:courrier@cg.gov.ma?subject=Lib%C3%A9rez%20Nasser%20Zefzafi&body="
            ),
            french["href"],
        )
        arabic = parse(self.client.get(self.arabic_case.url)).select_one(".letter-steps a")
        self.assertTrue(arabic["href"].startswith("mailto:courrier@cg.gov.ma?subject="))

    def test_without_the_authoritys_email_the_letter_is_posted_not_mailed_to_nobody(self):
        document = parse(self.client.get(self.case.url))
        self.assertIsNone(document.select_one(".action--letter a[href^=mailto]"))
        self.assertIn(
            "publie aucune adresse e-mail",
            document.select_one(".letter-steps__note").get_text(),
        )

    def send_message(self, **overrides):
        data = {
            "solidarity-first_name": "Youssef",
            "solidarity-city": "Fès",
            "solidarity-message": "Nous pensons à vous.",
            "solidarity-consent": "on",
        } | overrides
        return self.client.post(
            self.url("solidarity_message", self.case, "fr"), data, headers=ORIGIN
        )

    def test_messages_are_held_for_moderation_and_shown_only_once_approved(self):
        self.assertContains(self.send_message(), "Merci pour votre message.")
        message = SolidarityMessage.objects.get()
        self.assertEqual(message.status, MessageStatus.PENDING)
        self.assertEqual(message.consent_text, SOLIDARITY["consent_text"])
        self.assertEqual(message.consent_version, consent_version(SOLIDARITY["consent_text"]))
        self.assertNotContains(self.client.get(self.case.url), "Nous pensons à vous.")

        SolidarityMessage.moderate(SolidarityMessage.objects.all(), MessageStatus.APPROVED)
        page = self.client.get(self.arabic_case.url)
        self.assertContains(page, "Nous pensons à vous.")
        self.assertContains(page, "Youssef, Fès")
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).messages, 1)

        SolidarityMessage.moderate(SolidarityMessage.objects.all(), MessageStatus.REJECTED)
        self.assertNotContains(self.client.get(self.case.url), "Nous pensons à vous.")
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).messages, 0)

    def test_messages_anonymised_with_age_leave_the_page_but_still_count(self):
        self.send_message()
        SolidarityMessage.moderate(SolidarityMessage.objects.all(), MessageStatus.APPROVED)
        SolidarityMessage.objects.update(created_at=timezone.now() - datetime.timedelta(days=800))
        anonymise_older_than(24)
        page = self.client.get(self.case.url)
        self.assertNotContains(page, "Messages de solidarité")
        self.assertEqual(CaseActionTotals.objects.get(pk=self.case.translation_key).messages, 1)

    def test_a_message_over_500_characters_is_refused(self):
        response = self.send_message(**{"solidarity-message": "a" * 501})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "500 caractères", status_code=400)
        self.assertFalse(SolidarityMessage.objects.exists())


class LiveCountsTests(CaseActionTestCase):
    def test_the_counts_endpoint_is_briefly_cacheable_and_speaks_the_pages_language(self):
        self.sign()
        self.confirm_from_the_email()
        response = self.client.get(self.url("counts", self.arabic_case, "ar"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "public, max-age=0, s-maxage=1")
        self.assertFalse(response.cookies)
        self.assertNotIn("cookie", response.get("Vary", "").lower())
        counts = response.json()
        self.assertEqual(counts["progress"], 1)
        self.assertIn("<strong>توقيع واحد</strong>", counts["petition"])
        self.assertIn("<strong>تحرك واحد</strong>", counts["case"])

    def test_counts_of_a_case_in_another_language_are_a_404(self):
        response = self.client.get(self.url("counts", self.arabic_case, "fr"))
        self.assertEqual(response.status_code, 404)


class CountryListTests(CaseActionTestCase):
    def test_the_country_list_is_in_each_languages_alphabetical_order(self):
        """Collated by the Unicode algorithm (pyuca): Saudi Arabia among the س in Arabic, not
        after Zimbabwe where an ASCII sort of its transliteration put it."""
        for page, language_code in ((self.case, "fr"), (self.arabic_case, "ar")):
            with self.subTest(language_code):
                document = BeautifulSoup(self.client.get(page.url).content, "html.parser")
                options = document.select("#id_petition-country option")[1:]  # after "Choose"
                names = [option.get_text() for option in options]
                self.assertEqual(names, sorted(names, key=Collator().sort_key))
                codes = [option["value"] for option in options]
                if language_code == "ar":
                    self.assertLess(codes.index("SA"), codes.index("ZW"))
                    self.assertEqual(names[0][0], "آ")
                else:
                    self.assertEqual((codes[0], codes[-1]), ("AF", "ZW"))
                    self.assertLess(codes.index("EG"), codes.index("EE"))  # Égypte, Estonie
