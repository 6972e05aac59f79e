"""Re-encrypt every encrypted value under the first of ENCRYPTION_KEYS.

To rotate: put the new key first in ENCRYPTION_KEYS, keep the old one after it, restart the
site (it reads with both, writes with the new one), run this command, then remove the old key
and restart again. The site keeps running meanwhile: each value is replaced only if it is
still the one that was read, so a record anonymised or erased during the run is left as it is.
"""

from cryptography.fernet import InvalidToken
from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db.models import TextField, Value
from django.db.models.functions import Cast

from encryption import keys
from encryption.fields import EncryptedTextField

BATCH_SIZE = 500


def encrypted_fields():
    """Every model's encrypted fields, as {model: [field names]}."""
    found = {}
    for model in apps.get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            found[model] = names
    return found


def stored(name):
    """The column as stored (the token), not decrypted."""
    return Cast(name, output_field=TextField())


class Command(BaseCommand):
    help = "Re-encrypt every encrypted value under the first of ENCRYPTION_KEYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be re-encrypted; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        rotated = unreadable = 0
        for model, names in encrypted_fields().items():
            for name in names:
                done, failed = self.rotate_field(model, name, dry_run=dry_run)
                rotated += done
                unreadable += failed
        verb = "Would re-encrypt" if dry_run else "Re-encrypted"
        self.stdout.write(f"{verb} {rotated} value(s) under the first key.")
        if unreadable:
            # Never which values, nor what they hold: how many, and that the keys lack one.
            raise CommandError(
                f"{unreadable} value(s) open with none of ENCRYPTION_KEYS and were left as they "
                "are: is a key missing from the list?"
            )

    def rotate_field(self, model, name, *, dry_run):
        rotated = unreadable = 0
        last_pk = 0
        rows = model._default_manager.exclude(**{f"{name}__isnull": True}).exclude(**{name: ""})
        while True:
            batch = list(
                rows.filter(pk__gt=last_pk)
                .order_by("pk")
                .annotate(token=stored(name))
                .values_list("pk", "token")[:BATCH_SIZE]
            )
            if not batch:
                return rotated, unreadable
            last_pk = batch[-1][0]
            for pk, token in batch:
                if keys.is_under_current_key(token):
                    continue
                try:
                    new_token = keys.rotate(token)
                except InvalidToken:
                    unreadable += 1
                    continue
                if dry_run:
                    rotated += 1
                    continue
                # Only if it is still what was read: the site may have changed it meanwhile.
                rotated += (
                    model._default_manager.annotate(token=stored(name))
                    .filter(pk=pk, token=token)
                    .update(**{name: Value(new_token, output_field=TextField())})
                )
