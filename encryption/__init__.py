"""How visitors' personal data is encrypted at rest: a stolen database or backup reveals no one.

- ``keys``: the keys, from the settings (production: the environment), checked at start-up; the
  Fernet keys that encrypt (the first one; the others still decrypt, for rotation), and the
  blind index: a keyed hash of a canonical value, for finding and deduplicating without
  decrypting.
- ``fields``: ``EncryptedTextField``, which encrypts on the way into the database and decrypts
  on the way out; a value that does not decrypt comes out as ``Unreadable``, never as a 500.
- ``management/commands/rotate_encryption_keys.py``: re-encrypts every value under the first key.

Fernet (``cryptography``) is AES-128 in CBC mode with an HMAC-SHA256 over the ciphertext: an
altered value is refused, never decrypted into something else.
"""
