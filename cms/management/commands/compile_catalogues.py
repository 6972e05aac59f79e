from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    """Compile the project's message catalogues (locale/*/LC_MESSAGES/*.po) into .mo files.

    Django's compilemessages needs GNU gettext installed; polib (already a dependency of
    wagtail-localize) does the same in Python, so a fresh machine with only Python can set up.
    Fuzzy and untranslated entries are left out, as msgfmt does.
    """

    help = "Compile the project's .po catalogues into .mo files, without GNU gettext."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
                if options["verbosity"] > 1:
                    self.stdout.write(f"Compiled {po_path}")
