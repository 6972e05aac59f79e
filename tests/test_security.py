"""Security headers on every public page, production settings that pass the deploy check, and
an admin login that locks after repeated failures."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from cryptography.fernet import Fernet
from django.conf import settings
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
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
    return subprocess.run(
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


class AdminContactsNoOtherHostTests(WagtailTestUtils, TestCase):
    """Nothing in the admin makes the browser ask another host for anything: no release news
    (releases.wagtail.org), no avatar from Gravatar (which would learn who edits the site, and
    from where). Links an editor may follow (Wagtail's editor guide) are theirs to click."""

    OWN_HOSTS = {"testserver", urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc}
    HOST = re.compile(r"(?:https?:)?//([\w-]+(?:\.[\w-]+)+(?::\d+)?)")

    def hosts_the_browser_asks_by_itself(self, html: str) -> set[str]:
        """The hosts in every attribute but a link's address (images, scripts, styles, the
        addresses scripts are given in data- attributes), in inline scripts and styles, and in
        the JSON the sidebar is drawn from but its links' addresses."""
        document = BeautifulSoup(html, "html.parser")
        texts = []
        for element in document.find_all(["script", "style"]):
            if element.get("type") == "application/json":
                texts.extend(strings_but_links(json.loads(element.get_text())))
            else:
                texts.append(element.get_text())
        for element in document.find_all(True):
            for name, value in element.attrs.items():
                if not (element.name == "a" and name == "href"):
                    texts.extend(value if isinstance(value, list) else [value])
        return {host for text in texts for host in self.HOST.findall(text)} - self.OWN_HOSTS

    def test_the_dashboard_and_the_account_page_load_nothing_from_another_host(self):
        self.login()  # a superuser: the one who is shown release news
        for name in ("wagtailadmin_home", "wagtailadmin_account"):
            with self.subTest(name):
                response = self.client.get(reverse(name))
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertEqual(self.hosts_the_browser_asks_by_itself(html), set())
                # The admin's own script asks releases.wagtail.org wherever this controller is.
                self.assertNotIn("w-upgrade", html)
                self.assertNotIn("gravatar.com", html)

    def test_an_embed_address_is_not_looked_up_at_its_provider(self):
        """The site has no embeds; the admin's embed chooser, asked anyway, asks nobody."""
        with (
            mock.patch("wagtail.embeds.finders.oembed.requests.get") as provider,
            self.assertRaises(EmbedException),
        ):
            get_embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        provider.assert_not_called()


def strings_but_links(value, key=None):
    """Every string in a JSON document but the "url" of a menu item (a link)."""
    if isinstance(value, dict):
        for name, item in value.items():
            yield from strings_but_links(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from strings_but_links(item, key)
    elif isinstance(value, str) and key != "url":
        yield value
