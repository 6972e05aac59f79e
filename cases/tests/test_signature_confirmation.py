"""A signature counts once the owner of its address confirms it, and the site never tells who
has signed: not by its answers, not by its counts."""

import datetime
import re
import smtplib
from urllib.parse import urlsplit

from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends import locmem
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.test.utils import WagtailTestUtils

from cases.emails import AWAKE_KEY, send_due_emails
from cases.models import CaseActionTotals, PetitionSignature, SignatureEmail
from cases.privacy import expire_pending_signatures, remind_pending_signatures
from cases.signature_links import CONFIRM, link_mac
from cases.tests.test_actions import ORIGIN, petition_data
from home.tests.factories import (
    QUEUED_TASKS,
    make_campaign,
    make_case_with_actions,
    make_home,
    make_signature,
    translate_page,
)

LINK = re.compile(r"https?://\S+")
CONFIRM_SUBJECT = "Confirmez votre signature pour Nasser Zefzafi"
SIGNATURES_URL = reverse("cases_petitionsignature_modeladmin_index")


def links(message) -> list[str]:
    """The paths of the links in an e-mail, in order."""
    return [urlsplit(url).path for url in LINK.findall(message.body)]


class ConfirmationTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case_with_actions(make_campaign(make_home()))
        cls.arabic_case = translate_page(cls.case, "ar")

    def setUp(self):
        cache.clear()  # rate limits and e-mail allowances count in the cache

    def sign(self, email, page=None, language_code="fr", **overrides):
        page = page or self.case
        with translation.override(language_code):
            url = reverse("cases:sign_petition", args=[page.pk])
        data = petition_data(**{"petition-email": email} | overrides)
        return self.client.post(url, data, headers=ORIGIN)

    def public_counts(self):
        """Everything public that could give a signature away: the page and the live counts."""
        with translation.override("fr"):
            counts = self.client.get(reverse("cases:counts", args=[self.case.pk])).content
        return self.client.get(self.case.url).content, counts

    def counted(self):
        totals = CaseActionTotals.objects.filter(pk=self.case.translation_key).first()
        return totals.signatures if totals else 0


class EnumerationTests(ConfirmationTestCase):
    def test_signing_with_an_address_that_signed_and_one_that_did_not_looks_the_same(self):
        make_signature(self.case, "confirmed@example.org")
        make_signature(self.case, "pending@example.org", confirmed=False)
        before = self.public_counts()

        answers = [
            self.sign(email)
            for email in ("confirmed@example.org", "pending@example.org", "never@example.org")
        ]

        first = answers[-1]
        for answer in answers:
            self.assertEqual(answer.status_code, first.status_code)
            self.assertEqual(answer.content, first.content)
            self.assertEqual(sorted(answer.headers), sorted(first.headers))
            self.assertFalse(answer.cookies)
        self.assertEqual(self.public_counts(), before)
        self.assertEqual(self.counted(), 1)
        # What differs went only to each address's inbox.
        by_address = {message.to[0]: message for message in mail.outbox}
        self.assertIn("déjà signé", by_address["confirmed@example.org"].body)
        self.assertNotIn("/confirm/", by_address["confirmed@example.org"].body)
        self.assertIn("/confirm/", by_address["pending@example.org"].body)
        self.assertIn("/confirm/", by_address["never@example.org"].body)

    @override_settings(SIGNATURE_EMAILS_PER_ADDRESS_PER_DAY=3)
    def test_an_address_gets_only_a_few_emails_a_day_however_often_it_is_signed_with(self):
        for _attempt in range(10):
            self.assertEqual(self.sign("target@example.org").status_code, 200)
        self.assertEqual(len(mail.outbox), 3)
        self.assertEqual(PetitionSignature.objects.count(), 1)


class ConfirmationLinkTests(ConfirmationTestCase):
    def test_the_arabic_signer_confirms_from_the_email_and_is_offered_the_next_actions(self):
        self.sign("amina@example.org", self.arabic_case, "ar")
        message = mail.outbox[-1]
        self.assertEqual(message.to, ["amina@example.org"])
        self.assertIn("تأكيد توقيعكم", message.subject)
        confirm, _decline = links(message)[:2]
        self.assertTrue(confirm.startswith("/ar/"))

        page = self.client.get(confirm)
        self.assertContains(page, "أكِّد توقيعي")
        self.assertContains(page, 'dir="rtl"')
        self.assertEqual(page["Cache-Control"], "private, no-store")
        self.assertEqual(self.counted(), 0)

        confirmed = self.client.post(confirm, follow=True)
        self.assertEqual(confirmed.redirect_chain[0][1], 303)  # then a GET: a page to share
        self.assertEqual(self.counted(), 1)
        self.assertContains(confirmed, "توقيعكم محتسب")
        self.assertContains(confirmed, f'href="{self.arabic_case.url}#letter"')
        self.assertContains(confirmed, f'href="{self.arabic_case.url}#solidarity"')
        self.assertContains(confirmed, 'class="share-link share-link--whatsapp"')
        self.assertContains(self.client.get(self.case.url), "<strong>1</strong> signature sur")

    def test_opening_the_links_changes_nothing(self):
        self.sign("amina@example.org")
        for path in links(mail.outbox[-1])[:2]:
            self.client.get(path)
            self.client.head(path)
        signature = PetitionSignature.objects.get()
        self.assertIsNone(signature.confirmed_at)
        self.assertEqual(self.counted(), 0)

    def test_a_link_works_once_and_then_says_only_that_it_can_no_longer_be_used(self):
        self.sign("amina@example.org")
        confirm = links(mail.outbox[-1])[0]
        self.client.post(confirm)
        again = self.client.post(confirm)
        self.assertEqual(again.status_code, 410)
        self.assertContains(again, "Ce lien ne peut plus servir", status_code=410)
        self.assertEqual(self.counted(), 1)

    def test_this_wasnt_me_deletes_the_pending_signature_and_its_data(self):
        self.sign("amina@example.org", **{"petition-name": "Quelqu’un d’autre"})
        confirm, decline = links(mail.outbox[-1])[:2]
        self.assertContains(self.client.get(decline), "Ce n’était pas moi")
        response = self.client.post(decline)
        self.assertContains(response, "La signature est supprimée")
        self.assertFalse(PetitionSignature.objects.exists())
        self.assertEqual(self.client.post(confirm).status_code, 410)
        self.assertEqual(self.counted(), 0)

    def test_a_confirmed_signature_cannot_be_deleted_by_its_old_link(self):
        self.sign("amina@example.org")
        confirm, decline = links(mail.outbox[-1])[:2]
        self.client.post(confirm)
        self.assertEqual(self.client.post(decline).status_code, 410)
        self.assertEqual(self.counted(), 1)

    def test_altered_foreign_guessed_and_expired_links_get_one_page_that_tells_nothing(self):
        self.sign("amina@example.org")
        self.sign("karim@example.org")
        amina, karim = PetitionSignature.objects.order_by("pk")
        confirm = links(mail.outbox[0])[0]
        token = confirm.split("/")[-3]
        mac = token.split("-")[1]

        def confirm_path(token):
            with translation.override("fr"):
                return reverse("cases:confirm_signature", args=[token])

        attempts = {
            "altered": confirm_path(token[:-1] + ("0" if token[-1] != "0" else "1")),
            "another signature's MAC": confirm_path(f"{karim.pk}-{mac}"),
            "a signature that does not exist": confirm_path(f"999999-{link_mac(999999, CONFIRM)}"),
            "not a number": confirm_path(f"١-{mac}"),
            "garbage": confirm_path("x"),
        }
        answers = {name: self.client.post(path) for name, path in attempts.items()}
        PetitionSignature.objects.filter(pk=amina.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=8)
        )
        answers["expired"] = self.client.post(confirm)
        bodies = set()
        for name, answer in answers.items():
            with self.subTest(name):
                self.assertEqual(answer.status_code, 410)
                bodies.add(answer.content)
        self.assertEqual(len(bodies), 1)
        self.assertNotIn(b"amina", bodies.pop())
        self.assertFalse(PetitionSignature.objects.confirmed().exists())


class ExpiryTests(ConfirmationTestCase):
    def age(self, signature, days):
        PetitionSignature.objects.filter(pk=signature.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days)
        )

    def test_a_pending_signature_is_reminded_once_after_two_days_then_deleted_after_seven(self):
        fresh = make_signature(self.case, "fresh@example.org", confirmed=False)
        waiting = make_signature(self.case, "waiting@example.org", confirmed=False, language="ar")
        confirmed = make_signature(self.case, "confirmed@example.org")
        for signature in (waiting, confirmed):
            self.age(signature, 3)

        self.assertEqual(remind_pending_signatures(), 1)
        self.assertEqual(remind_pending_signatures(), 0)
        self.assertEqual([message.to for message in mail.outbox], [["waiting@example.org"]])
        self.assertIn("تذكير", mail.outbox[0].subject)
        self.assertIn("/ar/actions/signature/", mail.outbox[0].body)

        self.age(waiting, 8)
        self.assertEqual(expire_pending_signatures(), 1)
        self.assertQuerySetEqual(
            PetitionSignature.objects.order_by("pk"), [fresh, confirmed], ordered=True
        )
        totals = CaseActionTotals.objects.get(pk=self.case.translation_key)
        self.assertEqual((totals.signatures, totals.unconfirmed_signatures), (1, 1))

    def test_a_reminder_due_for_a_signature_confirmed_meanwhile_is_not_sent(self):
        signature = make_signature(self.case, "amina@example.org")
        PetitionSignature.objects.filter(pk=signature.pk).update(email_due=SignatureEmail.REMINDER)
        send_due_emails.call()
        self.assertEqual(mail.outbox, [])
        self.assertFalse(PetitionSignature.objects.exclude(email_due="").exists())


class KeepInformedTests(ConfirmationTestCase):
    def test_keep_informed_is_unticked_separate_and_stored_word_for_word(self):
        page = self.client.get(self.case.url)
        self.assertContains(page, 'type="checkbox" name="petition-keep_informed"')
        self.assertNotContains(page, 'name="petition-keep_informed" checked')

        self.sign("quiet@example.org")
        self.sign(
            "informed@example.org", self.arabic_case, "ar", **{"petition-keep_informed": "on"}
        )
        quiet, informed = PetitionSignature.objects.order_by("pk")
        self.assertEqual((quiet.keep_informed, quiet.keep_informed_text), (False, ""))
        self.assertTrue(informed.keep_informed)
        self.assertIn("أبقوني على اطلاع", informed.keep_informed_text)


class MailServerGoneAfterTwo(locmem.EmailBackend):
    """A mail server that takes two messages, then drops the connection."""

    def send_messages(self, messages):
        if len(mail.outbox) >= 2:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


@override_settings(TASKS=QUEUED_TASKS)
class OutboxTests(ConfirmationTestCase):
    def senders_woken(self):
        return DBTaskResult.objects.filter(task_path="cases.emails.send_due_emails")

    def run_worker(self):
        """What the worker does with the tasks queued (its own command cannot run inside a
        test's transaction on SQLite)."""
        for queued in self.senders_woken().ready():
            queued.task.call()
            queued.delete()

    def test_a_burst_of_signings_wakes_the_worker_once_and_each_address_gets_one_email(self):
        for number in range(5):
            self.sign(f"person{number}@example.org", **{"petition-name": "Amina Secrète"})
        self.sign("person0@example.org")  # again, before its first e-mail went

        task = self.senders_woken().get()  # one task for the burst, naming no one
        self.assertEqual(task.args_kwargs, {"args": [], "kwargs": {}})
        self.assertEqual(mail.outbox, [])  # the worker sends them
        self.run_worker()
        self.assertEqual(
            sorted((message.to[0], message.subject) for message in mail.outbox),
            [
                (
                    "person0@example.org",
                    "Votre signature pour Nasser Zefzafi attend votre confirmation",
                ),
                *[(f"person{n}@example.org", CONFIRM_SUBJECT) for n in range(1, 5)],
            ],
        )
        self.assertFalse(PetitionSignature.objects.exclude(email_due="").exists())

        self.sign("late@example.org")  # after the run: it wakes the worker again
        self.run_worker()
        self.assertEqual(mail.outbox[-1].to, ["late@example.org"])
        self.assertEqual(len(mail.outbox), 6)

    @override_settings(EMAIL_BACKEND=f"{__name__}.MailServerGoneAfterTwo")
    def test_when_the_mail_server_goes_nothing_it_took_is_sent_twice_and_nothing_is_lost(self):
        for number in range(4):
            self.sign(f"person{number}@example.org")
        with self.assertRaises(smtplib.SMTPServerDisconnected):  # the run fails, as it should
            self.run_worker()
        self.assertEqual(len(mail.outbox), 2)
        self.assertEqual(PetitionSignature.objects.exclude(email_due="").count(), 2)

        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            self.sign("person4@example.org")  # woken again once the failed run's mark expires
            cache.delete(AWAKE_KEY)
            self.sign("person5@example.org")
            self.run_worker()
        self.assertEqual(
            sorted(message.to[0] for message in mail.outbox),
            [f"person{n}@example.org" for n in range(6)],
        )


class CampaignTeamTests(WagtailTestUtils, ConfirmationTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        make_signature(cls.case, "confirmed@example.org", name="Confirmée")
        make_signature(cls.case, "pending@example.org", name="En attente", confirmed=False)
        declined = make_signature(cls.case, "declined@example.org", confirmed=False)
        declined.decline()
        cls.data_person = cls.create_user("data")
        cls.data_person.groups.add(Group.objects.get(name="Campaign data"))

    def test_the_dashboard_shows_what_awaits_confirmation_and_the_confirmation_rate(self):
        self.client.force_login(self.data_person)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        row = re.search(r"<th scope=\"row\">Nasser Zefzafi</th>(.*?)</tr>", dashboard.text, re.S)
        cells = re.findall(r"<td>(.*?)</td>", row.group(1), re.S)
        # Signatures, awaiting confirmation, confirmed: one of the three made was confirmed.
        self.assertEqual(cells[:3], ["1", "1", "33 %"])

    def test_pending_signatures_are_neither_listed_nor_exported(self):
        self.client.force_login(self.data_person)
        listing = self.client.get(SIGNATURES_URL)
        self.assertContains(listing, "confirmed@example.org")
        self.assertNotContains(listing, "pending@example.org")
        csv = b"".join(self.client.get(SIGNATURES_URL, {"export": "csv"}).streaming_content)
        self.assertIn("Confirmée".encode(), csv)
        self.assertNotIn(b"pending@example.org", csv)
