"""Pages are cacheable by a shared cache, and the cached routes and menus follow every change."""

from django.test import TestCase
from wagtail.models import PageViewRestriction

from home.tests.factories import make_campaign, make_case, make_home


class SharedCacheHeadersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))

    def test_anonymous_pages_may_be_kept_by_shared_caches_for_minutes(self):
        response = self.client.get(self.case.url)
        self.assertEqual(
            response["Cache-Control"],
            "public, max-age=60, s-maxage=180, stale-while-revalidate=30",
        )
        self.assertFalse(response.has_header("Set-Cookie"))

    def test_pages_seen_with_a_session_stay_private(self):
        self.client.cookies["sessionid"] = "an-editor"
        response = self.client.get(self.case.url)
        self.assertEqual(response["Cache-Control"], "private")

    def test_pages_behind_a_password_are_never_stored(self):
        PageViewRestriction.objects.create(
            page=self.case,
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",  # noqa: S106
        )
        response = self.client.get(self.case.url)
        self.assertEqual(response.status_code, 200)  # the password form
        self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])
        self.assertNotContains(response, self.case.summary)


class CachedRoutesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.campaign = make_campaign(home)
        cls.case = make_case(cls.campaign)

    def test_a_renamed_page_moves_to_its_new_address_at_once(self):
        old_url = self.case.url
        self.assertEqual(self.client.get(old_url).status_code, 200)  # the route is now cached
        self.case.slug = "nasser-zefzafi-rif"
        with self.captureOnCommitCallbacks(execute=True):  # Wagtail adds the redirect on commit
            self.case.save_revision().publish()
        new_url = "/fr/campagne-2024/nasser-zefzafi-rif/"
        self.assertRedirects(self.client.get(old_url), new_url, status_code=301)

    def test_an_unpublished_page_is_gone_at_once(self):
        self.assertEqual(self.client.get(self.case.url).status_code, 200)
        self.case.unpublish()
        self.assertEqual(self.client.get("/fr/campagne-2024/nasser-zefzafi/").status_code, 404)

    def test_the_menu_shows_a_published_title_at_once(self):
        self.campaign.show_in_menus = True
        self.campaign.save_revision().publish()
        self.assertContains(self.client.get(self.case.url), "Écrire pour les droits 2024</a>")
        self.campaign.title = "La campagne 2024"
        self.campaign.save_revision().publish()
        self.assertContains(self.client.get(self.case.url), "La campagne 2024</a>")
