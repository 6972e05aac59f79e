"""Bursts of signatures on PostgreSQL: every distinct signature counts once, repeats never."""

import threading

import pytest
from django.db import connection, connections
from django.test import TransactionTestCase

from cases.models import CaseActionTotals, PetitionSignature
from home.tests.factories import make_campaign, make_case, make_home

THREADS = 16
SIGNATURES_PER_THREAD = 25
DISTINCT_PEOPLE = 150  # fewer than the 400 attempts: many are repeats, racing each other


@pytest.mark.postgresql
class ConcurrentSigningTests(TransactionTestCase):
    def test_simultaneous_signatures_with_repeats_leave_the_exact_count(self):
        self.assertEqual(connection.vendor, "postgresql", "run with DATABASE_URL (make test)")
        case = make_case(make_campaign(make_home()))
        start = threading.Barrier(THREADS)
        errors = []

        def sign_many(thread_number):
            try:
                start.wait()
                for attempt in range(SIGNATURES_PER_THREAD):
                    person = (thread_number * SIGNATURES_PER_THREAD + attempt) % DISTINCT_PEOPLE
                    PetitionSignature.objects.sign(
                        case=case,
                        language=("fr", "ar", "en")[thread_number % 3],
                        name=f"Person {person}",
                        email=f"Person{person}@Example.org",
                        country="MA",
                        consent_text="J’accepte.",
                    )
            except Exception as error:  # noqa: BLE001 - reported below, in the main thread
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=sign_many, args=(n,)) for n in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        self.assertEqual(errors, [])
        self.assertEqual(PetitionSignature.objects.count(), DISTINCT_PEOPLE)
        totals = CaseActionTotals.objects.get(pk=case.translation_key)
        self.assertEqual(totals.signatures, DISTINCT_PEOPLE)
