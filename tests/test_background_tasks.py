"""What production hands to the background worker: e-mails, and purges of the caching proxy."""

from django.core import mail
from django.core.management import call_command
from django.test import TestCase, TransactionTestCase, override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.frontend_cache.backends import BaseBackend

from home.tests.factories import make_campaign, make_case, make_home, translate_page

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(
    TASKS=DATABASE_TASKS,
    EMAIL_BACKEND="cms.mail.TaskEmailBackend",
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
class EmailTaskTests(TransactionTestCase):
    # The worker takes its tasks in a transaction of its own, as in production.
    serialized_rollback = True

    def test_mail_waits_for_the_worker_then_leaves_whole(self):
        message = mail.EmailMultiAlternatives(
            "Nouvelle demande de modération",
            "Une page attend votre relecture.",
            "campagne@amnesty.example",
            ["moderation@amnesty.example"],
            reply_to=["redaction@amnesty.example"],
        )
        message.attach_alternative("<p>Une page attend votre relecture.</p>", "text/html")
        message.attach("liste.csv", "cas;statut\n", "text/csv")
        message.send()
        self.assertEqual(mail.outbox, [])
        self.assertEqual(DBTaskResult.objects.count(), 1)

        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

        (sent,) = mail.outbox
        self.assertEqual(sent.subject, "Nouvelle demande de modération")
        self.assertEqual(sent.to, ["moderation@amnesty.example"])
        self.assertEqual(sent.reply_to, ["redaction@amnesty.example"])
        self.assertEqual(sent.alternatives[0].mimetype, "text/html")
        self.assertEqual(sent.attachments[0].content, "cas;statut\n")


PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": "tests.test_background_tasks.RecordingBackend"}}
)
class PurgeOnPublishTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.campaign = make_campaign(cls.home)
        cls.case = make_case(cls.campaign)
        for page in (cls.home, cls.campaign):
            translate_page(page, "ar")
        cls.arabic_case = translate_page(cls.case, "ar")

    def setUp(self):
        PURGED.clear()

    def test_publishing_a_case_purges_it_the_pages_listing_it_and_its_translations(self):
        self.case.summary = "Vingt ans de prison pour avoir manifesté"
        self.case.save_revision().publish()
        self.assertEqual(
            set(PURGED),
            {
                self.case.get_full_url(),
                self.campaign.get_full_url(),
                self.home.get_full_url(),
                self.arabic_case.get_full_url(),
            },
        )
