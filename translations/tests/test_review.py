"""A translation reaches visitors through review, with the text the translator typed, and
nothing else puts it live: each bypass a translator could try through the admin is refused."""

import polib
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from content import models as content_models
from home.tests.factories import make_campaign, make_case, make_home

ARABIC_NAME = "ناصر الزفزافي"
ARABIC_SUMMARY = "عقدان في السجن لأنه عبّر عن رأيه علنًا"


class TranslationReviewCase(WagtailTestUtils, TestCase):
    """A French case; its Arabic and English trees started as drafts by an editor, with the
    homes and campaigns published; two Arabic translators and one English translator."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.campaign = make_campaign(cls.home)
        cls.case = make_case(cls.campaign)
        cls.admin = cls.create_superuser("admin")
        cls.arabic, cls.english = (Locale.objects.get(language_code=c) for c in ("ar", "en"))
        for page in (cls.home, cls.campaign, cls.case):
            TranslationCreator(cls.admin, [cls.arabic, cls.english]).create_translations(page)
        for page in (cls.home, cls.campaign):
            for locale in (cls.arabic, cls.english):
                page.get_translation(locale).get_latest_revision().publish()
        cls.arabic_case = cls.case.get_translation(cls.arabic)
        cls.english_case = cls.case.get_translation(cls.english)
        cls.translator = cls.translator_of("layla", "Translators – Arabic")
        cls.reviewer = cls.translator_of("karim", "Translators – Arabic")
        cls.english_translator = cls.translator_of("emma", "Translators – English")

    @classmethod
    def translator_of(cls, username, group_name):
        user = cls.create_user(username)
        user.groups.add(Group.objects.get(name=group_name))
        UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
            preferred_language="en"
        )
        return user

    def translation_of(self, instance, locale):
        return Translation.objects.get(
            source__object_id=instance.translation_key, target_locale=locale
        )

    def type_segment(self, translation, source_text, translated_text):
        """What the translation editor does when a translator types a text in every segment
        that holds it (a name is both the title and the name) and saves each."""
        segments = StringSegment.objects.filter(source=translation.source, string__data=source_text)
        self.assertTrue(segments, source_text)
        for segment in segments:
            url = reverse(
                "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
            )
            response = self.client.put(
                url,
                data=encode_multipart(BOUNDARY, {"value": translated_text}),
                content_type=MULTIPART_CONTENT,
            )
        return response

    def submit(self, translation):
        return self.client.post(
            reverse("submit_translation_for_review", args=[translation.pk]), follow=True
        )

    def approve(self, page, user):
        page.refresh_from_db()
        task_state = page.current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
        )
        self.client.force_login(user)
        return self.client.post(url, follow=True)

    def upload_po(self, translation, content: bytes, name="case.po"):
        upload = SimpleUploadedFile(name, content, content_type="text/x-gettext")
        return self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": upload},
            follow=True,
        )

    def public_page(self, page):
        self.client.logout()
        page.refresh_from_db()
        return self.client.get(page.get_url())


class TheReviewPathPublishesTheTranslation(TranslationReviewCase):
    def test_typed_arabic_reaches_visitors_once_another_translator_approves(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.assertEqual(
            self.type_segment(translation, "Nasser Zefzafi", ARABIC_NAME).status_code, 201
        )
        self.type_segment(translation, self.case.summary, ARABIC_SUMMARY)

        submitted = self.submit(translation)
        self.assertContains(submitted, "was sent for review")
        self.assertContains(submitted, "Waiting for review")
        self.assertEqual(self.public_page(self.arabic_case).status_code, 404)

        approved = self.approve(self.arabic_case, self.reviewer)
        self.assertEqual(approved.status_code, 200)
        page = self.public_page(self.arabic_case)
        self.assertContains(page, ARABIC_NAME)
        self.assertContains(page, ARABIC_SUMMARY)
        self.assertNotContains(page, "Deux décennies de prison")

    def test_the_reviewer_previews_the_translated_text(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, "Nasser Zefzafi", ARABIC_NAME)
        self.submit(translation)
        self.arabic_case.refresh_from_db()
        task_state = self.arabic_case.current_workflow_task_state
        self.client.force_login(self.reviewer)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(dashboard, "Awaiting your review")
        preview = self.client.get(
            reverse(
                "wagtailadmin_pages:workflow_preview",
                args=[self.arabic_case.pk, task_state.task_id],
            )
        )
        self.assertContains(preview, ARABIC_NAME)

    def test_approval_publishes_what_was_reviewed_not_what_was_typed_since(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, "Nasser Zefzafi", ARABIC_NAME)
        self.submit(translation)
        self.type_segment(translation, "Nasser Zefzafi", "نص لم يراجعه أحد")
        self.approve(self.arabic_case, self.reviewer)
        page = self.public_page(self.arabic_case)
        self.assertContains(page, ARABIC_NAME)
        self.assertNotContains(page, "نص لم يراجعه أحد")

    def test_an_english_po_file_uploaded_then_reviewed_reaches_visitors(self):
        translation = self.translation_of(self.case, self.english)
        self.client.force_login(self.english_translator)
        po = polib.pofile(
            self.client.get(
                reverse("wagtail_localize:download_pofile", args=[translation.pk])
            ).content.decode()
        )
        for entry in po:
            if entry.msgid == self.case.summary:
                entry.msgstr = "Two decades in prison for speaking out"
        self.upload_po(translation, str(po).encode())
        self.submit(translation)
        reviewer = self.translator_of("james", "Translators – English")
        self.approve(self.english_case, reviewer)
        self.assertContains(self.public_page(self.english_case), "Two decades in prison")

    def test_a_live_translation_stays_as_visitors_read_it_until_its_update_is_approved(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, "Nasser Zefzafi", ARABIC_NAME)
        self.submit(translation)
        self.approve(self.arabic_case, self.reviewer)

        # The French summary changes; an editor syncs; the translator translates it.
        self.case.summary = "Vingt ans de prison pour avoir manifesté"
        self.case.save_revision().publish()
        self.client.force_login(self.admin)
        source = translation.source
        self.client.post(reverse("wagtail_localize:update_translations", args=[source.pk]))
        self.client.force_login(self.translator)
        self.type_segment(translation, self.case.summary, "عشرون عامًا في السجن")
        self.submit(translation)

        page = self.public_page(self.arabic_case)
        self.assertContains(page, ARABIC_NAME)
        self.assertNotContains(page, "عشرون عامًا في السجن")
        self.assertNotContains(page, "Vingt ans de prison")

        self.approve(self.arabic_case, self.reviewer)
        self.assertContains(self.public_page(self.arabic_case), "عشرون عامًا في السجن")

    def test_an_invalid_translation_is_marked_and_not_sent(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, self.case.summary, "ع" * 200)  # the summary takes 160
        response = self.submit(translation)
        self.assertContains(response, "Some translations are not valid")
        self.arabic_case.refresh_from_db()
        self.assertIsNone(self.arabic_case.current_workflow_state)
        marked = StringTranslation.objects.get(
            context__path="summary", locale=self.arabic, translation_of__data=self.case.summary
        )
        self.assertTrue(marked.has_error)

    def test_machine_translation_goes_through_review_too(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/"}
        )
        self.submit(translation)
        self.assertEqual(self.public_page(self.arabic_case).status_code, 404)
        self.approve(self.arabic_case, self.reviewer)
        # The test settings' machine translator reverses the words.
        self.assertContains(self.public_page(self.arabic_case), "Zefzafi Nasser")

    def test_one_translation_report_in_the_menu(self):
        self.client.force_login(self.translator)
        menu = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn(reverse("translation_status"), menu)
        self.assertNotIn(reverse("wagtail_localize:translations_report"), menu)

    def test_changes_requested_then_resubmitted(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, "Nasser Zefzafi", "ناصر")
        self.submit(translation)
        self.arabic_case.refresh_from_db()
        task_state = self.arabic_case.current_workflow_task_state
        self.client.force_login(self.reviewer)
        self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[self.arabic_case.pk, "reject", task_state.pk],
            ),
            {"comment": "الاسم الكامل من فضلك"},
        )
        self.client.force_login(self.translator)
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.arabic_case.pk]))
        self.assertContains(editor, "A reviewer asked for changes")
        self.type_segment(translation, "Nasser Zefzafi", ARABIC_NAME)
        self.assertContains(self.submit(translation), "was sent for review")
        self.approve(self.arabic_case, self.reviewer)
        self.assertContains(self.public_page(self.arabic_case), ARABIC_NAME)


class FourEyes(TranslationReviewCase):
    def submit_arabic_case(self):
        translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, "Nasser Zefzafi", ARABIC_NAME)
        self.submit(translation)
        return translation

    def test_the_submitter_cannot_approve_their_own_submission(self):
        self.submit_arabic_case()
        response = self.approve(self.arabic_case, self.translator)
        self.assertContains(response, "Sorry, you do not have permission")
        self.arabic_case.refresh_from_db()
        self.assertFalse(self.arabic_case.live)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(dashboard, "Awaiting your review")

    def test_what_waits_for_a_reviewer_is_found_in_the_same_queries_however_many_wait(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext
        from wagtail.models import TaskState

        def reviewable():
            with CaptureQueriesContext(connection) as queries:
                states = list(TaskState.objects.reviewable_by(self.reviewer))
            titles = {
                state.workflow_state.content_object.get_admin_display_title() for state in states
            }
            return titles, len(queries)

        self.submit_arabic_case()
        titles, with_one = reviewable()
        self.assertEqual(titles, {ARABIC_NAME})
        for slug in ("autre-a", "autre-b"):
            french = make_case(self.campaign, slug=slug, title=slug)
            TranslationCreator(self.admin, [self.arabic]).create_translations(french)
            self.client.force_login(self.translator)
            self.submit(self.translation_of(french, self.arabic))
        self.reviewer = type(self.reviewer).objects.get(pk=self.reviewer.pk)  # a new request
        titles, with_three = reviewable()
        self.assertEqual(titles, {ARABIC_NAME, "autre-a", "autre-b"})
        self.assertEqual(with_three, with_one)

    def test_a_translator_of_another_language_cannot_approve(self):
        self.submit_arabic_case()
        self.approve(self.arabic_case, self.english_translator)
        self.arabic_case.refresh_from_db()
        self.assertFalse(self.arabic_case.live)

    def test_the_translation_editor_offers_a_translator_submit_for_review_not_publish(self):
        self.client.force_login(self.translator)
        editor = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.arabic_case.pk]))
        self.assertContains(editor, "&quot;canPublish&quot;: false")
        self.assertContains(editor, "Submit for review")

    def test_sync_translated_pages_cannot_publish_for_a_translator(self):
        self.client.force_login(self.translator)
        source = self.translation_of(self.case, self.arabic).source
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        form = self.client.get(url)
        self.assertNotContains(form, "publish_translations")
        self.client.post(url, {"publish_translations": "on"})
        for page in (self.arabic_case, self.english_case):
            page.refresh_from_db()
            self.assertFalse(page.live)

    def test_convert_to_alias_is_refused_with_a_message(self):
        self.client.force_login(self.translator)
        url = reverse("wagtail_localize:convert_to_alias", args=[self.arabic_case.pk])
        response = self.client.post(url, follow=True)
        self.assertContains(response, "Only someone who can publish this page")
        self.arabic_case.refresh_from_db()
        self.assertIsNone(self.arabic_case.alias_of_id)
        self.assertFalse(self.arabic_case.live)

    def test_no_translation_into_another_groups_language(self):
        french_page = make_case(self.campaign, slug="autre-cas", title="Autre cas")
        self.client.force_login(self.translator)
        url = reverse("wagtail_localize:submit_page_translation", args=[french_page.pk])
        form = self.client.get(url)
        offered = form.context["form"].fields["locales"].queryset
        self.assertEqual([locale.language_code for locale in offered], ["ar"])
        response = self.client.post(url, {"locales": [self.english.pk]})
        self.assertEqual(response.status_code, 200)  # the form again, with its error
        self.assertIsNone(french_page.get_translation_or_none(self.english))

    def test_no_arabic_page_created_or_copied_without_a_french_source(self):
        self.client.force_login(self.translator)
        arabic_campaign = self.campaign.get_translation(self.arabic)
        create = self.client.get(
            reverse("wagtailadmin_pages:add", args=["cases", "casepage", arabic_campaign.pk]),
            follow=True,
        )
        self.assertContains(create, "Sorry, you do not have permission")
        copy = self.client.post(
            reverse("wagtailadmin_pages:copy", args=[self.arabic_case.pk]),
            {"new_title": "نسخة", "new_slug": "copy", "new_parent_page": arabic_campaign.pk},
            follow=True,
        )
        self.assertEqual(Page.objects.filter(slug="copy").count(), 0)
        self.assertEqual(copy.status_code, 200)

    def test_no_delete_or_unpublish_of_a_live_page(self):
        arabic_campaign = self.campaign.get_translation(self.arabic)
        self.client.force_login(self.translator)
        for action in ("delete", "unpublish"):
            with self.subTest(action=action):
                response = self.client.post(
                    reverse(f"wagtailadmin_pages:{action}", args=[arabic_campaign.pk]),
                    follow=True,
                )
                self.assertContains(response, "Sorry, you do not have permission")
        arabic_campaign.refresh_from_db()
        self.assertTrue(arabic_campaign.live)

    def test_editors_and_moderators_keep_what_wagtail_gives_them(self):
        moderator = self.create_user("mona")
        moderator.groups.add(Group.objects.get(name="Moderators"))
        self.assertTrue(self.case.permissions_for_user(moderator).can_publish())
        self.assertEqual(self.case.get_workflow().name, "Moderators approval")


class SnippetsGoThroughReview(TranslationReviewCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.testimonial = content_models.Testimonial.objects.create(
            quote="Cette campagne m’a maintenue en vie.", person_name="Jani Silva", role="r"
        )
        cls.testimonial.save_revision().publish()

    def test_editors_write_french_testimonials_and_moderators_publish_them(self):
        editor = self.create_user("eddie")
        editor.groups.add(Group.objects.get(name="Editors"))
        self.client.force_login(editor)
        add = self.client.get(reverse("wagtailsnippets_content_testimonial:add"))
        self.assertEqual(add.status_code, 200)
        edit = self.client.get(
            reverse("wagtailsnippets_content_testimonial:edit", args=[self.testimonial.pk])
        )
        self.assertContains(edit, 'name="action-submit"')
        self.assertNotContains(edit, 'name="action-publish"')
        theme_add = self.client.get(reverse("wagtailsnippets_cases_theme:add"))
        self.assertEqual(theme_add.status_code, 200)

    def test_a_french_testimonial_written_by_an_editor_goes_live_when_a_moderator_approves(self):
        editor = self.create_user("eddie")
        editor.groups.add(Group.objects.get(name="Editors"))
        moderator = self.create_user("mona")
        moderator.groups.add(Group.objects.get(name="Moderators"))
        self.client.force_login(editor)
        self.client.post(
            reverse("wagtailsnippets_content_testimonial:edit", args=[self.testimonial.pk]),
            {
                "quote": "Les lettres m’ont rendu l’espoir.",
                "person_name": "Jani Silva",
                "role": "r",
                "action-submit": "Submit",
            },
        )
        self.testimonial.refresh_from_db()
        self.assertEqual(self.testimonial.quote, "Cette campagne m’a maintenue en vie.")
        task_state = self.testimonial.current_workflow_task_state
        self.assertEqual(task_state.task.specific.get_actions(self.testimonial, editor), [])
        self.client.force_login(moderator)
        self.client.post(
            reverse(
                "wagtailsnippets_content_testimonial:workflow_action",
                args=[self.testimonial.pk, "approve", task_state.pk],
            )
        )
        self.testimonial.refresh_from_db()
        self.assertEqual(self.testimonial.quote, "Les lettres m’ont rendu l’espoir.")

    def test_a_translated_testimonial_is_approved_by_another_translator(self):
        TranslationCreator(self.admin, [self.arabic]).create_translations(self.testimonial)
        translation = self.translation_of(self.testimonial, self.arabic)
        self.client.force_login(self.translator)
        self.type_segment(translation, "Jani Silva", "جاني سيلفا")
        self.assertContains(self.submit(translation), "was sent for review")
        arabic = content_models.Testimonial.objects.get(
            translation_key=self.testimonial.translation_key, locale=self.arabic
        )
        self.assertFalse(arabic.live)
        task_state = arabic.current_workflow_task_state
        self.assertEqual(task_state.task.specific.get_actions(arabic, self.translator), [])
        self.client.force_login(self.reviewer)
        self.client.post(
            reverse(
                "wagtailsnippets_content_testimonial:workflow_action",
                args=[arabic.pk, "approve", task_state.pk],
            )
        )
        arabic.refresh_from_db()
        self.assertTrue(arabic.live)
        self.assertEqual(arabic.person_name, "جاني سيلفا")


class StartingATranslationUnpublishesNothing(TranslationReviewCase):
    """Issue 15: starting the translation of a page that quotes a live translated testimonial
    leaves that testimonial live, in its language, with its live revision."""

    def test_a_quoted_testimonial_stays_live_in_arabic_and_english(self):
        testimonial = content_models.Testimonial.objects.create(
            quote="Cette campagne m’a maintenue en vie.", person_name="Jani Silva", role="r"
        )
        testimonial.save_revision().publish()
        translated = {}
        for locale, name in ((self.arabic, "جاني سيلفا"), (self.english, "Jani Silva (en)")):
            copy = testimonial.copy_for_translation(locale)
            copy.person_name = name
            copy.save()
            copy.save_revision().publish()
            copy.refresh_from_db()
            translated[locale.language_code] = copy
        quoting = make_case(
            self.campaign,
            slug="jani-silva",
            title="Jani Silva",
            body=[("testimonial", testimonial)],
        )
        quoting.save_revision().publish()
        live_revisions = {code: copy.live_revision_id for code, copy in translated.items()}

        for locale in (self.arabic, self.english):
            TranslationCreator(self.admin, [locale]).create_translations(quoting)
            quoting.get_translation(locale).get_latest_revision().publish()

        for code, copy in translated.items():
            with self.subTest(language=code):
                copy.refresh_from_db()
                self.assertTrue(copy.live)
                self.assertEqual(copy.live_revision_id, live_revisions[code])
                page = self.public_page(quoting.get_translation(copy.locale))
                self.assertContains(page, copy.person_name)

    def test_translating_a_live_alias_keeps_what_visitors_read_until_review(self):
        french = make_case(self.campaign, slug="alias-case", title="Cas en alias")
        french.save_revision().publish()
        arabic_campaign = self.campaign.get_translation(self.arabic)
        alias = french.copy_for_translation(self.arabic, alias=True)
        self.assertEqual(alias.get_parent().pk, arabic_campaign.pk)
        # Its Arabic text was translated once already (before someone turned it into an alias).
        source, _created = TranslationSource.get_or_create_from_instance(french)
        for segment in StringSegment.objects.filter(source=source, string__data="Cas en alias"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                context=segment.context,
                locale=self.arabic,
                data="حالة لم يراجعها أحد",
            )
        self.client.force_login(self.translator)
        self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[french.pk]),
            {"locales": [self.arabic.pk]},
        )
        alias.refresh_from_db()
        self.assertIsNone(alias.alias_of_id)  # a page of its own now, to translate
        self.assertTrue(alias.live)
        page = self.public_page(alias)
        self.assertContains(page, "Cas en alias")  # still the French text
        self.assertNotContains(page, "حالة لم يراجعها أحد")

    def test_a_quoted_testimonial_without_translation_gets_a_draft_and_the_page_shows_none(self):
        testimonial = content_models.Testimonial.objects.create(
            quote="Cette campagne m’a maintenue en vie.", person_name="Jani Silva", role="r"
        )
        testimonial.save_revision().publish()
        quoting = make_case(
            self.campaign, slug="jani", title="Jani", body=[("testimonial", testimonial)]
        )
        TranslationCreator(self.admin, [self.arabic]).create_translations(quoting)
        draft = testimonial.get_translation(self.arabic)
        self.assertFalse(draft.live)
        quoting.get_translation(self.arabic).get_latest_revision().publish()

        page = self.public_page(quoting.get_translation(self.arabic))
        self.assertEqual(page.status_code, 200)
        self.assertNotContains(page, 'class="testimonial"')
        self.client.force_login(self.translator)
        report = self.client.get(reverse("translation_status"), {"language": "ar"})
        row = next(line for line in report.content.decode().split("<tr") if "Jani Silva" in line)
        self.assertIn("not yet published", row)


class BadInput(TranslationReviewCase):
    def setUp(self):
        self.translation = self.translation_of(self.case, self.arabic)
        self.client.force_login(self.translator)

    def test_po_files_that_do_not_fit_get_a_message_and_change_nothing(self):
        english_po = self.translation_of(self.case, self.english).export_po()
        own_po = self.translation.export_po()
        own_po.metadata["Language"] = "en"
        for entry in [*english_po, *own_po]:
            entry.msgstr = "ترجمة"
        no_id = self.translation.export_po()
        del no_id.metadata["X-WagtailLocalize-TranslationID"]
        uploads = {
            "another translation": (str(english_po).encode(), "made for another translation"),
            "another language": (str(own_po).encode(), "in another language"),
            "no translation id": (str(no_id).encode(), "made for another translation"),
            "malformed": (b'msgid "a\nmsgstr', "not a valid PO file"),
            "not UTF-8": (b"\xff\xfe\x00", "not a valid PO file"),
        }
        for label, (content, message) in uploads.items():
            with self.subTest(label):
                response = self.upload_po(self.translation, content)
                self.assertContains(response, message)
        self.assertEqual(self.translation.get_progress()[1], 0)

    def test_an_upload_without_a_file(self):
        response = self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[self.translation.pk]), follow=True
        )
        self.assertContains(response, "Choose a PO file to upload.")

    def test_an_unknown_admin_address_is_an_admin_404(self):
        response = self.client.get("/admin/no-such-thing/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Page not found - Wagtail", status_code=404)
