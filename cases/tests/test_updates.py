"""A case's updates: a dated timeline on its page, and an e-mail to the opted-in, confirmed
signers of each language once that language's page is published with the update translated."""

import datetime
import threading
from email import message_from_bytes
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import TestCase, TransactionTestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from cases import updates
from cases.models import CasePage, CaseUpdateMailing, PetitionSignature
from cms.mail import delivery_connection
from home.tests.factories import (
    QUEUED_TASKS,
    RELEASED,
    RELEASED_IN_ARABIC,
    add_update,
    make_campaign,
    make_case,
    make_home,
    make_signature,
)

TRIAL = {
    "date": datetime.date(2026, 3, 2),
    "kind": "trial",
    "headline": "Son procès en appel est fixé au 2 mars",
    "text": "Le tribunal de Casablanca examinera son appel.",
}
ARABIC = {"Nasser Zefzafi": "ناصر الزفزافي", **RELEASED_IN_ARABIC}
ONE_CLICK = "List-Unsubscribe=One-Click"


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


class UpdatesTestCase(WagtailTestUtils, TestCase):
    """A French case, its Arabic and English translations started as drafts (homes and
    campaigns published), and signers in each language."""

    @classmethod
    def setUpTestData(cls):
        cls.admin = cls.create_superuser("admin")
        cls.arabic, cls.english = (Locale.objects.get(language_code=c) for c in ("ar", "en"))
        home = make_home()
        campaign = make_campaign(home)
        cls.case = make_case(campaign)
        for page in (home, campaign, cls.case):
            TranslationCreator(cls.admin, [cls.arabic, cls.english]).create_translations(page)
        for page in (home, campaign):
            for locale in (cls.arabic, cls.english):
                page.get_translation(locale).get_latest_revision().publish()
        cls.informed = make_signature(cls.case, "amina@example.org", keep_informed=True)

    def translation(self, locale) -> Translation:
        source = TranslationSource.objects.get_for_instance(self.case)
        return Translation.objects.get(source=source, target_locale=locale)

    def sync_and_publish(self, locale) -> CasePage:
        """ "Sync translated pages" with "Publish immediately": what is not translated yet is
        published in French."""
        TranslationSource.objects.get_for_instance(self.case).update_from_db()
        with self.captureOnCommitCallbacks(execute=True):
            self.translation(locale).save_target(user=self.admin, publish=True)
        return self.case.get_translation(locale)


class WhoGetsAnUpdateTests(UpdatesTestCase):
    def test_an_update_reaches_only_the_opted_in_confirmed_signers_of_its_language(self):
        make_signature(self.case, "pending@example.org", keep_informed=True, confirmed=False)
        make_signature(self.case, "quiet@example.org")
        anonymised = make_signature(self.case, "old@example.org", keep_informed=True)
        PetitionSignature.objects.filter(pk=anonymised.pk).update(
            name="", email=None, email_index=None
        )
        make_signature(self.case, "layla@example.org", language="ar", keep_informed=True)
        make_signature(self.case, "emma@example.org", language="en", keep_informed=True)

        add_update(self.case)

        self.assertEqual(recipients(), ["amina@example.org"])
        mailing = CaseUpdateMailing.objects.get()
        self.assertEqual((mailing.language, mailing.sent), ("fr", 1))
        self.assertIsNotNone(mailing.finished_at)

    def test_the_email_has_the_update_the_case_and_a_one_click_unsubscribe_that_works(self):
        case = add_update(self.case)

        (message,) = mail.outbox
        self.assertEqual(
            message.subject, "Nouvelles de Nasser Zefzafi : Nasser Zefzafi a été libéré"
        )
        for text in (RELEASED["headline"], RELEASED["text"], "10 décembre 2026", case.full_url):
            self.assertIn(text, message.body)
        self.assertEqual(message.extra_headers["Auto-Submitted"], "auto-generated")
        self.assertEqual(message.extra_headers["List-Unsubscribe-Post"], ONE_CLICK)
        header = message.extra_headers["List-Unsubscribe"]
        self.assertTrue(header.startswith("<http") and header.endswith(">"))
        unsubscribe_url = header[1:-1]
        self.assertIn(unsubscribe_url, message.body)
        sent = message_from_bytes(message.message().as_bytes())  # as the mail server gets it
        self.assertEqual("".join(sent["List-Unsubscribe"].split()), header)
        self.assertEqual(sent["List-Unsubscribe-Post"], ONE_CLICK)

        # A mail client's one-click POST: the body of RFC 8058, no Origin, no cookie.
        response = self.client.post(
            urlsplit(unsubscribe_url).path,
            ONE_CLICK,
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 200)
        self.informed.refresh_from_db()
        self.assertFalse(self.informed.keep_informed)
        self.assertTrue(self.informed.is_confirmed)  # the signature still counts

        add_update(self.case, headline="Une nouvelle audience est prévue")
        self.assertEqual(len(mail.outbox), 1)

    def test_each_language_gets_the_update_once_its_translation_is_published_with_it(self):
        make_signature(self.case, "layla@example.org", language="ar", keep_informed=True)
        make_signature(self.case, "emma@example.org", language="en", keep_informed=True)
        add_update(self.case)
        self.assertEqual(recipients(), ["amina@example.org"])

        # The new update has no Arabic translation yet: wagtail-localize publishes it in French.
        arabic_case = self.sync_and_publish(self.arabic)
        self.assertTrue(arabic_case.live)
        self.assertEqual(arabic_case.updates[0].value["headline"], RELEASED["headline"])
        self.assertEqual(recipients(), ["amina@example.org"])

        # The translator's PO file, then the reviewer's approval publishes the revision.
        translation = self.translation(self.arabic)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = ARABIC.get(entry.msgid, entry.msgstr)
        translation.import_po(po, user=self.admin)
        translation.save_target(user=self.admin, publish=False)
        arabic_case.refresh_from_db()
        arabic_case.get_latest_revision().publish()

        self.assertEqual(recipients(), ["amina@example.org", "layla@example.org"])
        arabic_message = mail.outbox[-1]
        self.assertIn("ناصر الزفزافي: أُفرج عن ناصر الزفزافي", arabic_message.subject)
        for text in ("شكرًا لكل من كتب من أجله.", "وضع جديد، 10 دجنبر 2026", arabic_case.full_url):
            self.assertIn(text, arabic_message.body)
        unsubscribe_url = arabic_message.extra_headers["List-Unsubscribe"][1:-1]
        self.assertTrue(urlsplit(unsubscribe_url).path.startswith("/ar/"))
        # English is not published: its signers wait.
        self.assertNotIn("emma@example.org", recipients())

    def test_republishing_or_correcting_an_update_does_not_send_it_again(self):
        case = add_update(self.case)
        case.save_revision().publish()
        page = case.get_latest_revision_as_object()
        page.updates[0].value["text"] = "Merci à vous toutes et tous."
        page.save_revision().publish()

        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(CaseUpdateMailing.objects.count(), 1)
        self.assertContains(self.client.get(case.url), "Merci à vous toutes et tous.")


class BatchTests(UpdatesTestCase):
    @override_settings(CASE_UPDATE_BATCH_SIZE=2)
    def test_a_mailing_goes_in_batches_and_each_signer_gets_it_once(self):
        for number in range(4):
            make_signature(self.case, f"person{number}@example.org", keep_informed=True)
        batches = []

        def recording_connection():
            connection = delivery_connection()
            send = connection.send_messages
            connection.send_messages = lambda messages: (
                batches.append(len(messages)) or send(messages)
            )
            return connection

        with mock.patch.object(updates, "delivery_connection", recording_connection):
            add_update(self.case)

        self.assertEqual(batches, [2, 2, 1])
        self.assertEqual(len(recipients()), 5)
        self.assertEqual(len(set(recipients())), 5)
        mailing = CaseUpdateMailing.objects.get()
        self.assertEqual(mailing.sent, 5)
        self.assertEqual(mailing.last_signature_id, PetitionSignature.objects.latest("pk").pk)

        # The same batch's task run again (a worker retrying it) finds the mailing finished.
        updates.send_update_batch.call(mailing.pk)
        self.assertEqual(len(mail.outbox), 5)

    def test_a_batch_starts_after_the_cursor_and_skips_who_signed_after_the_update(self):
        second = make_signature(self.case, "second@example.org", keep_informed=True)
        case = add_update(self.case)
        mail.outbox.clear()
        mailing = CaseUpdateMailing.objects.get()
        # As if the worker had sent to the first signer only.
        mailing.finished_at, mailing.last_signature_id, mailing.sent = None, self.informed.pk, 1
        mailing.save()
        make_signature(case, "late@example.org", keep_informed=True)

        updates.send_update_batch.call(mailing.pk)

        self.assertEqual(recipients(), [second.email])

    def test_an_update_taken_off_the_page_stops_its_mailing(self):
        case = add_update(self.case)
        mailing = CaseUpdateMailing.objects.get()
        CaseUpdateMailing.objects.filter(pk=mailing.pk).update(
            finished_at=None, last_signature_id=0, sent=0
        )
        page = case.get_latest_revision_as_object()
        page.updates = []
        page.save_revision().publish()
        mail.outbox.clear()

        updates.send_update_batch.call(mailing.pk)

        self.assertEqual(mail.outbox, [])
        mailing.refresh_from_db()
        self.assertIsNotNone(mailing.finished_at)


class TimelineTests(UpdatesTestCase):
    def test_the_timeline_shows_the_updates_newest_first_dated_in_the_page_language(self):
        case = add_update(self.case, **TRIAL)
        case = add_update(case)
        page = self.client.get(case.url).content.decode()
        self.assertIn('<h2 id="case-updates">', page)
        self.assertLess(page.index(RELEASED["headline"]), page.index(TRIAL["headline"]))
        self.assertIn('<time datetime="2026-12-10">10 décembre 2026</time>', page)
        self.assertIn('<time datetime="2026-03-02">2 mars 2026</time>', page)
        self.assertIn('class="case-update case-update--trial"', page)

        arabic_case = self.sync_and_publish(self.arabic)
        self.assertContains(
            self.client.get(arabic_case.url), '<time datetime="2026-12-10">10 دجنبر 2026</time>'
        )

    def test_a_case_without_updates_has_no_timeline(self):
        self.case.save_revision().publish()
        self.assertNotContains(self.client.get(self.case.url), "case-updates")

    def test_the_timeline_costs_no_query(self):
        def queries_to_show(page):
            self.client.get(page.url)  # fills the route cache
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(page.url).status_code, 200)
            return len(queries)

        without = queries_to_show(self.case)
        case = add_update(add_update(self.case, **TRIAL))
        self.assertEqual(queries_to_show(case), without)


@pytest.mark.postgresql
class ConcurrentBatchTests(TransactionTestCase):
    # The tables are emptied after each such test: what the migrations made (the root page,
    # the locales, the groups) is put back before this one.
    serialized_rollback = True

    def test_two_workers_running_one_batch_at_once_send_it_once(self):
        self.assertEqual(connection.vendor, "postgresql", "run with DATABASE_URL (make test)")
        case = make_case(make_campaign(make_home()))
        for number in range(3):
            make_signature(case, f"person{number}@example.org", keep_informed=True)
        with override_settings(TASKS=QUEUED_TASKS):
            add_update(case)  # queued for a worker, not sent
        mailing = CaseUpdateMailing.objects.get()
        start = threading.Barrier(2)
        errors = []

        def worker():
            try:
                start.wait()
                updates.send_update_batch.call(mailing.pk)
            except Exception as error:
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        self.assertEqual(errors, [])
        self.assertEqual(len(recipients()), 3)
        self.assertEqual(len(set(recipients())), 3)
        self.assertEqual(CaseUpdateMailing.objects.get().sent, 3)
