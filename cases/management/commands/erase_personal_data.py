from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from cases.models import Erasure, normalise_email
from cases.privacy import erase_email


class Command(BaseCommand):
    help = (
        "Erase every record of a visitor's e-mail, in any spelling (their signatures), update "
        "the counts, and leave an audit entry (how many, never whose)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            validate_email(normalise_email(email))  # "AMINA@Example.ORG." is that address too
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {email!r}") from error
        erased = erase_email(email, reason=Erasure.Reason.COMMAND)
        self.stdout.write(f"Erased {erased} signature(s).")
