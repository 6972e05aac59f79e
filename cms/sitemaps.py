"""sitemap.xml for every language: each page with its translations as hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms.view_restrictions import publicly_listed

SOURCE_LANGUAGE = settings.LANGUAGE_CODE


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap walks one site root; here every language's home is a root of its own."""

    def items(self):
        return (
            publicly_listed(Page.objects.live(), request=self.request)
            .filter(depth__gt=1, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        translations = defaultdict(dict)
        for item in self.items():
            translations[item.translation_key][item.locale.language_code] = item.get_full_url(
                self.request
            )
        urls = []
        for item in items:
            versions = translations[item.translation_key]
            alternates = [{"lang_code": code, "location": url} for code, url in versions.items()]
            if SOURCE_LANGUAGE in versions:
                alternates.append({"lang_code": "x-default", "location": versions[SOURCE_LANGUAGE]})
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates})
        return urls


@cache_control(max_age=3600, public=True)
def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/actions/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
