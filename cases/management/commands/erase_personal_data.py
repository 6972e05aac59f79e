from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from cases.privacy import erase_email


class Command(BaseCommand):
    help = "Erase every record of a visitor's e-mail (their signatures) and update the counts."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {email!r}") from error
        erased = erase_email(email)
        self.stdout.write(f"Erased {erased} signature(s).")
