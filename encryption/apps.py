from django.apps import AppConfig


class EncryptionConfig(AppConfig):
    name = "encryption"
    verbose_name = "Encryption"

    def ready(self):
        from encryption import keys

        # Before anything is served or migrated: without its keys the site would write
        # personal data it cannot read back, or in clear.
        keys.check_configuration()
