from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from cms.view_restrictions import publicly_listed
from search.backends import as_words, without_control_characters

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search the live pages of the visitor's language only."""
    query = without_control_characters(request.GET.get("query", "")).strip()[:MAX_QUERY_LENGTH]
    terms = as_words(query)  # what the backend searches for (search.backends)
    if terms:
        results = (
            publicly_listed(Page.objects.live(), request=request)
            .filter(locale=Locale.get_active())
            .specific()
            .search(terms)
        )
    else:
        results = Page.objects.none()

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        results_page = paginator.page(1)
    except EmptyPage:
        results_page = paginator.page(paginator.num_pages)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": results_page},
    )
