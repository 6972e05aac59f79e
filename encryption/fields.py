"""A text field stored encrypted, and the value of one that no key opens."""

import logging

from cryptography.fernet import InvalidToken
from django.core.exceptions import FieldError
from django.db import models
from django.db.models.lookups import Exact, IsNull
from django.utils.translation import gettext

from encryption import keys

logger = logging.getLogger(__name__)


class Unreadable(str):
    """A stored value that did not decrypt (a wrong key, an altered or corrupted value): it
    reads "(unreadable)" wherever it is shown (lists, exports, the handover) and is false
    wherever it would be used (no e-mail goes to it). Saving the record writes back what was
    stored, untouched: a lost key may be found again."""

    def __new__(cls, token):
        value = super().__new__(cls, gettext("(unreadable)"))
        value.token = token
        return value

    def __bool__(self):
        return False


class EmptyExact(Exact):
    """``field=""``, the only value an encrypted field can be compared with: each encryption
    of a value differs, so any other comparison would silently find nothing."""

    def get_prep_lookup(self):
        if self.rhs != "":
            raise FieldError(
                f"{self.lhs.target.name} is encrypted: it can be compared with '' only. "
                "Find records by their blind index (encryption.keys.blind_index)."
            )
        return super().get_prep_lookup()


class EncryptedTextField(models.TextField):
    """Text encrypted with the current key before it is written, and decrypted when read.

    The empty string and None are stored as they are: they hold no one's data, and the
    retention filters (``name=""``, ``email__isnull=True``) keep working. Nothing else can be
    looked up in the database: find records by their blind index instead.
    """

    def get_lookup(self, lookup_name):
        return {"exact": EmptyExact, "isnull": IsNull}.get(lookup_name)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if isinstance(value, Unreadable):
            return value.token
        if value is None or value == "":
            return value
        return keys.encrypt(value)

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        try:
            return keys.decrypt(value)
        except (InvalidToken, UnicodeError):
            # Never the value itself: it may be someone's data under a key we lost.
            logger.error(
                "A value of %s.%s could not be decrypted: it is shown as unreadable.",
                self.model._meta.label,
                self.name,
            )
            return Unreadable(value)
