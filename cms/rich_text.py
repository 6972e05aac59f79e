"""Page links in rich text, from the cache.

Wagtail expands each rich-text value's page links with a few queries, and more on a translated
page, where every link is followed to its translation. A case page with several linked
paragraphs would cost a few queries per paragraph; kept under the page-tree version (which
publishing, unpublishing and moving pages replace), a link costs none once it has been seen.
"""

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.rich_text.pages import PageLinkHandler

from cms.page_cache import TREE_CACHE_TIMEOUT, current_tree_version


class CachedPageLinkHandler(PageLinkHandler):
    """Wagtail's page link (to the page in the reader's language, when it is published), kept in
    the cache for each language."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        prefix = f"page-link:{current_tree_version()}:{get_language()}:"
        keys = [prefix + str(attrs.get("id")) for attrs in attrs_list]
        tags = cache.get_many(keys)
        missing = {
            key: attrs for key, attrs in zip(keys, attrs_list, strict=True) if key not in tags
        }
        if missing:
            expanded = super().expand_db_attributes_many(list(missing.values()))
            fresh = dict(zip(missing, expanded, strict=True))
            cache.set_many(fresh, TREE_CACHE_TIMEOUT)
            tags |= fresh
        return [tags[key] for key in keys]
