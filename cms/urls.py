from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import page_cache
from cms.sitemaps import robots_txt, sitemap_view
from search import views as search_views

# A database away for a moment answers 503, "try again in a moment", not a server error.
handler500 = "cms.views.server_error"

urlpatterns = [
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # In production the web server or a storage service serves uploaded media.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Every public page carries its language prefix; "/" and unprefixed paths are redirected by
# LocaleMiddleware to the visitor's best language (Accept-Language), French when none matches.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("actions/", include("cases.urls")),
    # Pages go through cms.page_cache (cached routes, shared-cache headers) to Wagtail's own view;
    # Wagtail's other front-end URLs (/_util/: password and login forms) are left to it.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", page_cache.serve, name="serve_page"),
    path("", include(wagtail_urls)),
)
