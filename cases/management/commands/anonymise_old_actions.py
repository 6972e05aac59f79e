from django.conf import settings
from django.core.management.base import BaseCommand

from cases.privacy import anonymise_older_than


class Command(BaseCommand):
    help = (
        "Remove the personal details of actions older than the retention period "
        "(CASE_ACTION_RETENTION_MONTHS); the actions keep counting."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months", type=int, default=settings.CASE_ACTION_RETENTION_MONTHS, help="Retention."
        )
        parser.add_argument("--dry-run", action="store_true", help="Only say what would change.")

    def handle(self, *args, months, dry_run, **options):
        result = anonymise_older_than(months, dry_run=dry_run)
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(
            f"{verb} {result.signatures} signature(s) and {result.messages} message(s) "
            f"older than {months} months."
        )
