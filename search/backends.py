"""The site's search backend: Wagtail's database backend, given words only.

Every search goes through it: the public search, and the admin's (pages, choosers, snippets).
The database backends pass parts of a query into syntax of their own: a double quote ends
SQLite's full-text string, and PostgreSQL refuses a NUL byte in any text. Neither is a word,
so both become spaces before the query reaches them (a phrase search, which Wagtail builds as
an object, not a string, is left as it is). A query left empty finds nothing, as results of the
model searched: Wagtail's lists need to know it (modelsearch's own empty results do not say).
"""

import functools
import unicodedata

from django.db.models import QuerySet
from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):
    return words_only(type(database_backend(params)))(params)


@functools.cache
def words_only(backend_class):
    class WordsOnlySearchBackend(backend_class):
        def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
            if isinstance(query, str):
                query = as_words(query)
                if not query:  # nothing to search for: found nothing, of the model searched
                    query, model_or_queryset = "-", as_queryset(model_or_queryset).none()
            return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)

    return WordsOnlySearchBackend


def as_queryset(model_or_queryset) -> QuerySet:
    if isinstance(model_or_queryset, QuerySet):
        return model_or_queryset
    return model_or_queryset.objects.all()


def as_words(text: str) -> str:
    """``text`` with its double quotes and control characters made spaces."""
    return without_control_characters(text.replace('"', " ")).strip()


def without_control_characters(text: str) -> str:
    """``text`` with its control characters (tabs, line breaks, a NUL byte) made spaces: none
    is meant to be searched for, or shown."""
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
