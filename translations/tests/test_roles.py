"""Translators work on their own language only, never on the French source or personal data."""

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

from content import models as content_models
from home.tests.factories import make_campaign, make_case, make_home, translate_page


class TranslatorRolesTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.case = make_case(make_campaign(home))
        translate_page(home, "ar")  # the Arabic home gives the Arabic translators their tree
        translate_page(home, "en")
        cls.arabic_case = translate_page(cls.case, "ar")
        cls.english_case = translate_page(cls.case, "en")
        cls.testimonial = content_models.Testimonial.objects.create(
            quote="Cette campagne m’a maintenue en vie.", person_name="Jani Silva", role="r"
        )
        cls.arabic_testimonial = cls.testimonial.copy_for_translation(cls.arabic_case.locale)
        cls.arabic_testimonial.save()
        cls.english_testimonial = cls.testimonial.copy_for_translation(cls.english_case.locale)
        cls.english_testimonial.save()
        cls.translator = cls.create_user("layla")
        cls.translator.groups.add(Group.objects.get(name="Translators – Arabic"))

    def setUp(self):
        self.client.force_login(self.translator)

    def edit_page(self, page):
        return self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    def edit_testimonial(self, testimonial):
        return self.client.get(
            reverse("wagtailsnippets_content_testimonial:edit", args=[testimonial.pk])
        )

    def test_an_arabic_translator_edits_arabic_pages_only_and_submits_them_for_review(self):
        editor = self.edit_page(self.arabic_case)
        self.assertEqual(editor.status_code, 200)
        self.assertContains(editor, 'name="action-submit"')
        self.assertNotContains(editor, 'name="action-publish"')
        for page in (self.case, self.english_case):
            with self.subTest(language=page.locale.language_code):
                self.assertNotEqual(self.edit_page(page).status_code, 200)
                self.assertFalse(page.permissions_for_user(self.translator).can_edit())

    def test_an_arabic_translator_edits_arabic_snippets_only(self):
        self.assertEqual(self.edit_testimonial(self.arabic_testimonial).status_code, 200)
        for testimonial in (self.testimonial, self.english_testimonial):
            with self.subTest(language=testimonial.locale.language_code):
                self.assertNotEqual(self.edit_testimonial(testimonial).status_code, 200)

    def test_an_arabic_translator_cannot_unpublish_lock_or_delete_other_languages_snippets(self):
        for action in ("unpublish", "lock", "delete"):
            url = reverse(
                f"wagtailsnippets_content_testimonial:{action}", args=[self.testimonial.pk]
            )
            with self.subTest(action=action):
                self.assertRedirects(self.client.post(url), reverse("wagtailadmin_home"))
        self.testimonial.refresh_from_db()
        self.assertTrue(self.testimonial.live)
        self.assertFalse(self.testimonial.locked)
        lock = reverse(
            "wagtailsnippets_content_testimonial:lock", args=[self.arabic_testimonial.pk]
        )
        self.client.post(lock)
        self.arabic_testimonial.refresh_from_db()
        self.assertTrue(self.arabic_testimonial.locked)

    def test_a_translator_sees_no_personal_data(self):
        response = self.client.get(reverse("cases_petitionsignature_modeladmin_index"))
        self.assertNotEqual(response.status_code, 200)

    def test_the_admin_speaks_arabic_to_an_arabic_translator(self):
        UserProfile.get_for_user(self.translator).__class__.objects.filter(
            user=self.translator
        ).update(preferred_language="ar")
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'lang="ar"')
        self.assertContains(response, 'dir="rtl"')
