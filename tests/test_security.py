"""Security headers on every public page, production settings that pass the deploy check, and
an admin login that locks after repeated failures."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet
from django.conf import settings
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils

from home.tests.factories import make_home

PROJECT = Path(settings.BASE_DIR)


class SecurityHeadersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_home()

    def test_public_pages_send_a_strict_content_security_policy_and_other_headers(self):
        response = self.client.get("/fr/")
        policy = dict(
            directive.strip().split(" ", 1)
            for directive in response["Content-Security-Policy"].split(";")
        )
        self.assertEqual(policy["script-src"], "'self'")
        self.assertNotIn("unsafe-inline", response["Content-Security-Policy"])
        self.assertEqual(policy["frame-ancestors"], "'none'")
        self.assertEqual(policy["connect-src"], "'self'")
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "same-origin")
        self.assertIn("camera=()", response["Permissions-Policy"])


class PreviewFramingTests(TestCase):
    """The admin's preview panel frames the page being edited; nobody else may frame it."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()

    def test_the_admin_frames_its_previews_of_pages_and_snippets(self):
        """What Wagtail's preview views answer: the object's preview request, run through the
        whole middleware chain under the object's own address."""
        from content.models import Testimonial

        testimonial = Testimonial.objects.create(quote="Merci.", person_name="Jani Silva", role="r")
        for kind, instance in (("page", self.home), ("snippet", testimonial)):
            with self.subTest(kind):
                response = instance.make_preview_request()
                self.assertEqual(response.status_code, 200)
                self.assertIn("frame-ancestors 'self'", response["Content-Security-Policy"])
                self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
        self.assertIn("Jani Silva", testimonial.make_preview_request().content.decode())
        public = self.client.get("/fr/")
        self.assertIn("frame-ancestors 'none'", public["Content-Security-Policy"])
        self.assertEqual(public["X-Frame-Options"], "DENY")


def production_environment(**overrides) -> dict:
    """What production's environment holds, with keys of its own."""
    return (
        os.environ
        | {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
            "DJANGO_ALLOWED_HOSTS": "ecrire.example.org",
            "WAGTAILADMIN_BASE_URL": "https://ecrire.example.org",
            "DATABASE_URL": "postgres://ecrire@db.internal/ecrire",
            "REDIS_URL": "redis://cache.internal:6379/0",
            "FRONTEND_CACHE_PURGE_URL": "http://proxy.internal",
            "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "BLIND_INDEX_KEY": secrets.token_urlsafe(48),
        }
        | overrides
    )


def deploy_check(environment):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


class DeploymentChecksTests(TestCase):
    def test_production_settings_pass_the_deploy_check(self):
        check = deploy_check(production_environment())
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        self.assertIn("no issues", check.stdout)

    def test_production_refuses_to_start_without_its_own_encryption_keys(self):
        malformed = "not-a-key-" + secrets.token_hex(8)
        cases = {
            "missing": ({"ENCRYPTION_KEYS": ""}, "ENCRYPTION_KEYS is empty"),
            "malformed": (
                {"ENCRYPTION_KEYS": f"{Fernet.generate_key().decode()},{malformed}"},
                "key number 2 is not a Fernet key",
            ),
            "short index key": ({"BLIND_INDEX_KEY": "short"}, "BLIND_INDEX_KEY must be"),
            "development keys": (
                {"ENCRYPTION_KEYS": settings.DEVELOPMENT_ENCRYPTION_KEY},
                "The development encryption keys are public",
            ),
        }
        for name, (overrides, message) in cases.items():
            with self.subTest(name):
                check = deploy_check(production_environment(**overrides))
                self.assertNotEqual(check.returncode, 0)
                self.assertIn(message, check.stderr)
                self.assertNotIn(malformed, check.stdout + check.stderr)  # never the key


@override_settings(
    AXES_ENABLED=True,
    AUTHENTICATION_BACKENDS=[
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ],
)
class AdminLockoutTests(WagtailTestUtils, TestCase):
    def test_repeated_failed_logins_lock_the_account_even_with_the_right_password(self):
        self.create_user("editor", password="the-right-password-2024")  # noqa: S106
        login = reverse("wagtailadmin_login")
        # First, the right password works.
        self.client.post(login, {"username": "editor", "password": "the-right-password-2024"})
        self.assertIn("_auth_user_id", self.client.session)
        self.client.logout()

        for _attempt in range(4):
            response = self.client.post(login, {"username": "editor", "password": "wrong"})
            self.assertEqual(response.status_code, 200)  # the form again, with its error
        fifth = self.client.post(login, {"username": "editor", "password": "wrong"})
        self.assertEqual(fifth.status_code, 429)
        locked = self.client.post(
            login, {"username": "editor", "password": "the-right-password-2024"}
        )
        self.assertEqual(locked.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)
