"""Pages are cacheable by a shared cache, and the cached routes and menus follow every change."""

from unittest import mock

from django.core.cache import cache
from django.test import RequestFactory, TestCase
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


class ProcessMemoTests(TestCase):
    """A burst of actions asks the cache only for the tree's version: the case and the site a
    process has read under that version it keeps, and a publication moves past them at once."""

    @classmethod
    def setUpTestData(cls):
        cls.case = make_case(make_campaign(make_home()))

    def live_case(self):
        from cases.models import CasePage
        from cms.page_cache import live_page

        request = RequestFactory().post("/")
        return live_page("test", CasePage.objects.all(), request=request, pk=self.case.pk)

    def test_a_case_read_once_costs_no_cache_read_again(self):
        self.assertEqual(self.live_case().person_name, "Nasser Zefzafi")
        with mock.patch.object(cache, "get", wraps=cache.get) as cache_get:
            case = self.live_case()
        self.assertEqual(case.person_name, "Nasser Zefzafi")
        self.assertEqual(cache_get.call_count, 1)  # the version

    def test_each_request_gets_its_own_copy_and_a_publication_is_seen_at_once(self):
        first = self.live_case()
        first.person_name = "changed by one request"
        self.assertEqual(self.live_case().person_name, "Nasser Zefzafi")
        self.case.person_name = "Nasser Zefzafi, détenu à Tanger"
        self.case.save_revision().publish()
        self.assertEqual(self.live_case().person_name, "Nasser Zefzafi, détenu à Tanger")
