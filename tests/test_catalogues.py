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


# What visitors read: the public templates, the e-mails and the forms (not the admin's strings).
VISITOR_SOURCES = re.compile(
    r"^(?!.*(/admin/|wagtail_hooks|translations/)).*(\.html|\.txt|forms\.py|emails\.py)$"
)
# "You" in the singular: the pronoun, or a word ending in its suffix -ك (but for words whose
# root ends in it: تحرك "an action", نتحرك "we act", شباك "a counter"…).
# Arabic's vowel marks (shadda, tanwin…) are letters' parts here, not word boundaries.
LETTER = r"[\w\u064B-\u065F\u0670]"
SINGULAR_YOU = re.compile(
    rf"(?<!{LETTER})(?:أنتَ?|(?!(?:ذلك|لذلك|كذلك|هناك|تلك|تحرك|نتحرك|تُشارَك|شباك|ملك|الملك)(?!{LETTER})){LETTER}+ك)(?!{LETTER})"
)


def test_arabic_addresses_visitors_in_the_plural():
    """One form of address across the site: أنتم, as the campaign's pages speak."""
    catalogue = polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / "ar/LC_MESSAGES/django.po"))
    singular = [
        (entry.msgid, text)
        for entry in catalogue.translated_entries()
        if any(VISITOR_SOURCES.match(path) for path, _line in entry.occurrences)
        for text in ([entry.msgstr] if entry.msgstr else entry.msgstr_plural.values())
        if SINGULAR_YOU.search(text)
    ]
    assert singular == []


def test_french_keeps_its_punctuation_with_its_word():
    """A no-break space before : ; ! ? and inside « », so that no line starts with them."""
    from home.demo import builder, content

    catalogue = polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / "fr/LC_MESSAGES/django.po"))
    texts = [
        text
        for entry in catalogue.translated_entries()
        for text in ([entry.msgstr] if entry.msgstr else entry.msgstr_plural.values())
    ] + [text.fr for text in builder.iter_texts(vars(content))]
    breakable = re.compile(r" [:;!?»]|« |[\w»)][:;!?](\s|$)")
    assert [text for text in texts if breakable.search(text)] == []
