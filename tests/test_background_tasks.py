"""What production hands to the background worker: e-mails, and purges of the caching proxy."""

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.frontend_cache.backends import BaseBackend

from content import models as content_models
from home.tests.factories import QUEUED_TASKS, make_campaign, make_case, make_home, translate_page


@override_settings(
    EMAIL_BACKEND="cms.mail.TaskEmailBackend",
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
class EmailTaskTests(TestCase):
    """The worker's own run is tested on the production stack (tests/stack)."""

    def test_mail_goes_through_a_task_and_leaves_whole(self):
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

        (sent,) = mail.outbox
        self.assertEqual(sent.subject, "Nouvelle demande de modération")
        self.assertEqual(sent.to, ["moderation@amnesty.example"])
        self.assertEqual(sent.reply_to, ["redaction@amnesty.example"])
        self.assertEqual(sent.alternatives[0].mimetype, "text/html")
        self.assertEqual(sent.attachments[0].content, "cas;statut\n")

    @override_settings(TASKS=QUEUED_TASKS)
    def test_in_production_mail_waits_in_the_database_for_the_worker(self):
        mail.send_mail("Objet", "Texte", "campagne@amnesty.example", ["a@amnesty.example"])
        self.assertEqual(mail.outbox, [])
        task = DBTaskResult.objects.get()
        self.assertEqual(task.task_path, "cms.mail.send_email")

    @override_settings(TASKS=QUEUED_TASKS)
    def test_the_daily_retention_removes_sent_mail_from_the_queue(self):
        """A sent task holds the message it sent: the retention run removes it. A failed one
        is kept a few days, for someone to see why, then removed too."""
        for subject in ("Envoyé", "Échoué", "Échoué il y a longtemps", "En attente"):
            mail.send_mail(subject, "Texte", "campagne@amnesty.example", ["a@amnesty.example"])
        tasks = {
            task.args_kwargs["args"][0]["subject"]: task for task in DBTaskResult.objects.all()
        }
        now = timezone.now()
        outcomes = {
            "Envoyé": (TaskResultStatus.SUCCESSFUL, now),
            "Échoué": (TaskResultStatus.FAILED, now),
            "Échoué il y a longtemps": (TaskResultStatus.FAILED, now - timedelta(days=8)),
        }
        for subject, (status, finished_at) in outcomes.items():
            DBTaskResult.objects.filter(pk=tasks[subject].pk).update(
                status=status, finished_at=finished_at
            )

        call_command("apply_retention", stdout=io.StringIO())

        left = sorted(task.args_kwargs["args"][0]["subject"] for task in DBTaskResult.objects.all())
        self.assertEqual(left, ["En attente", "Échoué"])


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

    def test_publishing_a_testimonial_purges_the_pages_that_quote_it(self):
        testimonial = content_models.Testimonial.objects.create(
            quote="Vos lettres m’ont donné de la force.", person_name="Jani Silva", role="r"
        )
        self.case.body = [("testimonial", testimonial)]
        self.case.save_revision().publish()
        PURGED.clear()
        testimonial.quote = "Vos lettres m’ont sauvé la vie."
        testimonial.save_revision().publish()
        self.assertEqual(set(PURGED), {self.case.get_full_url()})


def test_every_queue_has_its_worker_in_the_stack():
    from django.conf import settings

    from cms.mail import VISITOR_MAIL_QUEUE
    from deploy import stack

    assert stack.VISITOR_MAIL_QUEUE == VISITOR_MAIL_QUEUE
    assert settings.TASKS["default"]["QUEUES"] == ["default", VISITOR_MAIL_QUEUE]
