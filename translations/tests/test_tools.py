"""Translators' tools on real pages: PO files both ways, and machine translation when enabled."""

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation

from home.tests.factories import make_campaign, make_case, make_home


class TranslationToolsTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))

    def setUp(self):
        self.login()
        arabic = Locale.objects.get(language_code="ar")
        self.client.post(
            reverse(
                "wagtail_localize:submit_page_translation",
                args=[self.case.get_parent().get_parent().pk],
            ),
            {"locales": [arabic.pk], "include_subtree": "on"},
        )
        self.translation = Translation.objects.get(
            source__object_id=self.case.translation_key, target_locale=arabic
        )

    def test_a_translator_downloads_translates_and_uploads_the_po_file(self):
        downloaded = self.client.get(
            reverse("wagtail_localize:download_pofile", args=[self.translation.pk])
        )
        po = polib.pofile(downloaded.content.decode())
        for entry in po:
            if entry.msgid == "Nasser Zefzafi":
                entry.msgstr = "ناصر الزفزافي"
        upload = SimpleUploadedFile("ar.po", str(po).encode(), content_type="text/x-gettext")
        self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[self.translation.pk]),
            {"file": upload, "next": "/"},
        )
        self.translation.save_target(publish=False)
        draft = self.translation.get_target_instance().get_latest_revision_as_object()
        self.assertEqual(draft.person_name, "ناصر الزفزافي")
        self.assertFalse(self.translation.get_target_instance().live)

    def test_machine_translation_fills_every_string_and_keeps_a_draft(self):
        total, translated = self.translation.get_progress()
        self.assertLess(translated, total)
        response = self.client.post(
            reverse("wagtail_localize:machine_translate", args=[self.translation.pk]), {"next": "/"}
        )
        self.assertEqual(response.status_code, 302)
        total, translated = self.translation.get_progress()
        self.assertEqual(translated, total)
        self.assertFalse(self.translation.get_target_instance().live)
