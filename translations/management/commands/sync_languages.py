from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from translations.roles import reconcile, reviewers_group_name


class Command(BaseCommand):
    help = (
        "Make the locales, the translators groups, their rights and the review workflow match "
        "settings.LANGUAGES, as every migrate does. Running it again changes nothing."
    )

    def handle(self, *args, verbosity=1, **options):
        with transaction.atomic():
            reconcile()
        if verbosity:
            for language_code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
                reviewers = reviewers_group_name(language_code)
                self.stdout.write(f"{language_code} ({name}): reviewed by “{reviewers}”")
