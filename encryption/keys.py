"""The keys, read once from the settings and checked when the site starts.

ENCRYPTION_KEYS: Fernet keys (32 bytes, URL-safe base64), newest first. The first encrypts;
every one decrypts, so a new key can be put first while the values are re-encrypted
(``manage.py rotate_encryption_keys``), then the old one removed.

BLIND_INDEX_KEY: the secret of the keyed hash (HMAC-SHA256) under which a value is found
without being decrypted: two signatures of one address have the same index; the index alone
says nothing about the address to anyone without the key.
"""

import functools
import hashlib
import hmac

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

MINIMUM_BLIND_INDEX_KEY_LENGTH = 32


def check_configuration() -> None:
    """Refuse to start with keys missing, malformed, or (where the settings forbid it, as in
    production) the development keys published in this repository. Never shows a key."""
    keys = settings.ENCRYPTION_KEYS
    if not keys:
        raise ImproperlyConfigured(
            "ENCRYPTION_KEYS is empty: personal data cannot be stored without a key. "
            "Generate one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        )
    for number, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except (ValueError, TypeError):
            raise ImproperlyConfigured(
                f"ENCRYPTION_KEYS: key number {number} is not a Fernet key "
                "(32 bytes in URL-safe base64, 44 characters)."
            ) from None
    if len(settings.BLIND_INDEX_KEY or "") < MINIMUM_BLIND_INDEX_KEY_LENGTH:
        raise ImproperlyConfigured(
            f"BLIND_INDEX_KEY must be at least {MINIMUM_BLIND_INDEX_KEY_LENGTH} characters long."
        )
    if settings.REFUSE_DEVELOPMENT_KEYS and (
        settings.DEVELOPMENT_ENCRYPTION_KEY in keys
        or settings.BLIND_INDEX_KEY == settings.DEVELOPMENT_BLIND_INDEX_KEY
    ):
        raise ImproperlyConfigured(
            "The development encryption keys are public: set ENCRYPTION_KEYS and "
            "BLIND_INDEX_KEY to keys of your own (see the README, 'Keys')."
        )


@functools.cache
def fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in settings.ENCRYPTION_KEYS])


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode()).decode("ascii")


def decrypt(token: str) -> str:
    """The text of ``token``; raises cryptography's InvalidToken if no key opens it or it was
    altered."""
    return fernet().decrypt(token.encode("ascii")).decode()


def rotate(token: str) -> str:
    """``token`` encrypted again under the first key (raises InvalidToken as ``decrypt``)."""
    return fernet().rotate(token.encode("ascii")).decode("ascii")


def is_under_current_key(token: str) -> bool:
    """Whether the first key opens ``token``: rotation leaves those alone."""
    try:
        Fernet(settings.ENCRYPTION_KEYS[0]).decrypt(token.encode("ascii"))
    except Exception:
        return False
    return True


def blind_index(canonical_value: str) -> str:
    """The keyed hash that finds ``canonical_value`` (already in its one canonical form)."""
    return hmac.new(
        settings.BLIND_INDEX_KEY.encode(), canonical_value.encode(), hashlib.sha256
    ).hexdigest()


@receiver(setting_changed)
def forget_keys(setting, **kwargs):
    """Tests that change the keys get them at once."""
    if setting == "ENCRYPTION_KEYS":
        fernet.cache_clear()
