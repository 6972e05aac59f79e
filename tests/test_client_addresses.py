"""The visitor's address: seen the same way by the admin's lockout and by every rate limit,
never believed from a client that is not a trusted proxy, and kept nowhere (issue 12).

Behind nginx every request comes from the proxy's address: what counts is the visitor's, which
the proxy forwards in X-Forwarded-For.
"""

import io
import re
from datetime import timedelta
from pathlib import Path

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailTestUtils

from home.tests.factories import QUEUED_TASKS, make_campaign, make_case, make_home

PROXY = "127.0.0.1"
VISITOR_A = "203.0.113.5"
VISITOR_B = "198.51.100.23"
RIGHT_PASSWORD = "the-right-password-2024"  # noqa: S105


def through_the_proxy(visitor, *, written_by_the_client=""):
    """What nginx sends on: the connection is its own, the visitor's address last in the header
    (after whatever the client wrote there itself)."""
    forwarded = f"{written_by_the_client}, {visitor}" if written_by_the_client else visitor
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def stored_text_of_the_cache() -> str:
    """Every key and value the local-memory cache holds, as text."""
    return " ".join(f"{key} {value!r}" for key, value in cache._cache.items())


@override_settings(
    AXES_ENABLED=True,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
    TRUSTED_PROXIES=[f"{PROXY}/32"],
)
class AdminLockoutBehindTheProxyTests(WagtailTestUtils, TestCase):
    def setUp(self):
        self.create_user("editor", password=RIGHT_PASSWORD)
        self.login_url = reverse("wagtailadmin_login")

    def log_in(self, password, **meta):
        return self.client.post(
            self.login_url, {"username": "editor", "password": password}, **meta
        )

    def fail_five_times(self, **meta):
        for _attempt in range(5):
            self.log_in("wrong", **meta)

    def test_five_wrong_passwords_from_one_visitor_do_not_lock_out_another(self):
        self.fail_five_times(**through_the_proxy(VISITOR_A))
        self.assertEqual(
            self.log_in(RIGHT_PASSWORD, **through_the_proxy(VISITOR_A)).status_code, 429
        )

        response = self.log_in(RIGHT_PASSWORD, **through_the_proxy(VISITOR_B))
        self.assertEqual(response.status_code, 302)
        self.assertIn("_auth_user_id", self.client.session)

    def test_the_locked_out_visitor_cannot_escape_by_writing_another_address(self):
        self.fail_five_times(**through_the_proxy(VISITOR_A))
        forged = through_the_proxy(VISITOR_A, written_by_the_client=VISITOR_B)
        self.assertEqual(self.log_in(RIGHT_PASSWORD, **forged).status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_a_client_that_is_not_a_trusted_proxy_cannot_choose_its_address(self):
        for number in range(5):
            self.log_in(
                "wrong", REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}"
            )
        locked = self.log_in(
            RIGHT_PASSWORD, REMOTE_ADDR="192.0.2.7", HTTP_X_FORWARDED_FOR=VISITOR_B
        )
        self.assertEqual(locked.status_code, 429)

    def test_the_failed_logins_hold_no_address_in_clear(self):
        self.fail_five_times(**through_the_proxy(VISITOR_A))
        recorded = {attempt.ip_address for attempt in AccessAttempt.objects.all()}
        self.assertEqual(len(recorded), 1)
        self.assertNotIn(VISITOR_A, recorded)
        self.assertNotIn(PROXY, recorded)


@override_settings(TRUSTED_PROXIES=[f"{PROXY}/32"], PASSWORD_RESET_RATE_LIMIT=(3, 3600))
class PasswordResetLimitTests(TestCase):
    def setUp(self):
        cache.clear()
        self.url = reverse("wagtailadmin_password_reset")

    def ask(self, visitor=VISITOR_A, language="fr"):
        return self.client.post(
            self.url,
            {"email": "editor@amnesty.example"},
            HTTP_ACCEPT_LANGUAGE=language,
            **through_the_proxy(visitor),
        )

    def test_after_the_limit_the_visitor_is_told_so_in_their_language(self):
        for _request in range(3):
            self.assertEqual(self.ask().status_code, 302)  # "check your e-mail"
        expected = {
            "fr": ("Trop de tentatives", r"Veuillez réessayer dans (\d+)\xa0minutes?\."),
            "ar": (
                "محاولات كثيرة جدًا",
                r"يُرجى إعادة المحاولة بعد (\d+ دقائق|\d+ دقيقة|دقيقتين|دقيقة واحدة)",
            ),
            "en": ("Too many attempts", r"Please try again in (\d+) minutes?\."),
        }
        for language, (heading, when) in expected.items():
            with self.subTest(language):
                response = self.ask(language=language)
                self.assertContains(response, heading, status_code=429)
                self.assertContains(response, f'lang="{language}"', status_code=429)
                self.assertRegex(response.content.decode(), when)
                self.assertLessEqual(int(response["Retry-After"]), 3600)
        self.assertEqual(self.ask(VISITOR_B).status_code, 302)

    def test_the_count_holds_no_address_in_clear(self):
        for _request in range(4):
            self.ask()
        self.assertTrue(cache._cache)
        self.assertNotIn(VISITOR_A, stored_text_of_the_cache())


@override_settings(TRUSTED_PROXIES=[f"{PROXY}/32"], PAGE_PASSWORD_RATE_LIMIT=(3, 600))
class PagePasswordLimitTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))
        cls.restriction = PageViewRestriction.objects.create(
            page=cls.case,
            restriction_type=PageViewRestriction.PASSWORD,
            password="mot-de-passe-du-groupe",  # noqa: S106
        )

    def setUp(self):
        cache.clear()
        self.url = reverse(
            "wagtailcore_authenticate_with_password", args=[self.restriction.pk, self.case.pk]
        )

    def try_password(self, password, visitor=VISITOR_A):
        return self.client.post(
            self.url,
            {"password": password, "return_url": self.case.url},
            **through_the_proxy(visitor),
        )

    def test_wrong_passwords_are_limited_per_visitor(self):
        for _guess in range(3):
            self.assertEqual(self.try_password("guess").status_code, 200)  # the form again
        refused = self.try_password("mot-de-passe-du-groupe")
        self.assertContains(refused, "Trop de tentatives", status_code=429)
        self.assertEqual(self.try_password("mot-de-passe-du-groupe", VISITOR_B).status_code, 302)
        self.assertNotIn(VISITOR_A, stored_text_of_the_cache())

    def test_the_right_password_uses_no_attempt(self):
        """A group entering the page's password from one school's address all get in."""
        for _person in range(5):
            self.client.cookies.clear()
            self.assertEqual(self.try_password("mot-de-passe-du-groupe").status_code, 302)
        self.assertEqual(self.try_password("guess").status_code, 200)


@override_settings(LOGIN_FAILURE_RETENTION_DAYS=1)
class LoginRecordRetentionTests(TestCase):
    def test_the_daily_retention_forgets_old_failed_logins(self):
        long_ago = timezone.now() - timedelta(days=2)
        attempt = {"get_data": "", "post_data": "", "failures_since_start": 5}
        for model, fields in ((AccessAttempt, attempt), (AccessFailureLog, {})):
            for username in ("old", "recent"):
                model.objects.create(username=username, ip_address="fd00::1", **fields)
            model.objects.filter(username="old").update(attempt_time=long_ago)

        call_command("apply_retention", stdout=io.StringIO())

        for model in (AccessAttempt, AccessFailureLog):
            with self.subTest(model.__name__):
                self.assertEqual(list(model.objects.values_list("username", flat=True)), ["recent"])


@override_settings(
    TASKS=QUEUED_TASKS,
    EMAIL_BACKEND="cms.mail.TaskEmailBackend",
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
class SentMailLeavesTheQueueTests(WagtailTestUtils, TestCase):
    def run_the_worker(self):
        """What db_worker does with each task it takes (its loop's own transaction cannot run
        inside a test's)."""
        worker = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test",
        )
        for task in DBTaskResult.objects.ready():
            worker.run_task(task)

    def test_a_sent_password_reset_leaves_no_row_with_its_link(self):
        user = self.create_user("editor", email="editor@amnesty.example", password=RIGHT_PASSWORD)
        self.client.post(reverse("wagtailadmin_password_reset"), {"email": user.email})
        self.assertEqual(DBTaskResult.objects.count(), 1)

        self.run_the_worker()

        (sent,) = mail.outbox
        self.assertIn("/admin/password_reset/confirm/", sent.body)
        self.assertFalse(DBTaskResult.objects.exists())

    def test_a_mail_that_failed_stays_for_someone_to_see_why(self):
        with override_settings(EMAIL_DELIVERY_BACKEND="tests.test_client_addresses.BrokenBackend"):
            mail.send_mail("Objet", "Texte", "campagne@amnesty.example", ["a@amnesty.example"])
            self.run_the_worker()
        self.assertEqual(DBTaskResult.objects.get().status, TaskResultStatus.FAILED)

    def test_the_mail_of_a_worker_that_died_while_sending_is_forgotten_after_a_day(self):
        """A worker killed in the middle of a task leaves its row RUNNING, the message (a
        password-reset link) in its arguments, which no pruning of finished tasks removes."""
        cache.clear()  # the limit on password resets
        user = self.create_user("editor", email="editor@amnesty.example", password=RIGHT_PASSWORD)
        self.client.post(reverse("wagtailadmin_password_reset"), {"email": user.email})
        self.client.post(reverse("wagtailadmin_password_reset"), {"email": user.email})
        died, running = DBTaskResult.objects.order_by("enqueued_at")
        died_at = timezone.now() - timedelta(days=settings.FAILED_TASK_RETENTION_DAYS, hours=1)
        DBTaskResult.objects.filter(pk=died.pk).update(
            status=TaskResultStatus.RUNNING, started_at=died_at
        )
        DBTaskResult.objects.filter(pk=running.pk).update(
            status=TaskResultStatus.RUNNING, started_at=timezone.now()
        )

        call_command("apply_retention", stdout=io.StringIO())

        self.assertEqual(list(DBTaskResult.objects.values_list("pk", flat=True)), [running.pk])


class BrokenBackend(mail.backends.base.BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError


class LogTests(TestCase):
    def test_nginx_writes_no_upstream_error_to_its_log(self):
        """From "error" down, nginx's error log names the client's address and the URL it asked
        for (an upstream that failed, a client that went away): the proxy logs its own faults
        only."""
        config = (Path(settings.BASE_DIR) / "deploy" / "nginx.conf").read_text()
        levels = re.findall(r"^\s*error_log\s+\S+\s+(\w+);", config, flags=re.MULTILINE)
        self.assertTrue(levels)
        self.assertLessEqual(set(levels), {"crit", "alert", "emerg"})
        self.assertIn("access_log off;", config)
