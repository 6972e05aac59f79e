"""Interface translations are complete: no untranslated or fuzzy entry in any catalogue."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\(\w+\)s")
CATALOGUES = sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))


def test_every_site_language_has_a_catalogue():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {code for code, _name in settings.LANGUAGES}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_is_complete_and_keeps_its_placeholders(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.metadata_is_fuzzy
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    for entry in catalogue.translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        if not entry.msgid_plural:
            assert set(PLACEHOLDER.findall(entry.msgstr)) == expected, entry.msgid
            continue
        for translation in entry.msgstr_plural.values():
            # Arabic's singular and dual forms may spell the number out instead of using it.
            assert set(PLACEHOLDER.findall(translation)) <= expected, entry.msgid
