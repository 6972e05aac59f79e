"""A database away for a moment (PostgreSQL restarting, a connection cut) gets the visitor a page
that says to try again, in their language, with the 503 status: never a bare server error.
The production stack measures it for real (tests/stack/test_faults.py)."""

from unittest import mock

from django.db import InterfaceError, OperationalError
from django.test import TestCase

from home.tests.factories import make_campaign, make_case_with_actions, make_home


class DatabaseUnavailableTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case_with_actions(make_campaign(make_home()))

    def setUp(self):
        self.client.raise_request_exception = False

    def sign_while_the_database_fails(self, language, error):
        with mock.patch("cases.views.live_case_in_active_language", side_effect=error):
            return self.client.post(
                f"/{language}/actions/{self.case.pk}/petition/",
                {"petition-name": "Amina", "petition-email": "amina@example.org"},
                headers={"Origin": "http://testserver"},
            )

    def test_an_action_the_database_cannot_take_says_try_again_in_the_visitors_language(self):
        for language, error, words in (
            ("fr", OperationalError("the database system is shutting down"), "Réessayez"),
            ("ar", InterfaceError("connection already closed"), "أعيدوا المحاولة"),
        ):
            with self.subTest(language):
                response = self.sign_while_the_database_fails(language, error)
                self.assertEqual(response.status_code, 503)
                self.assertContains(response, words, status_code=503)
                self.assertContains(response, f'lang="{language}"', status_code=503)
                self.assertGreater(int(response["Retry-After"]), 0)
                self.assertIn("no-store", response["Cache-Control"])

    def test_any_other_error_is_still_a_server_error(self):
        response = self.sign_while_the_database_fails("fr", ValueError("a bug"))
        self.assertEqual(response.status_code, 500)
