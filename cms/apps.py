from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"

    def ready(self):
        # Connect the receivers that keep the per-process and cached views of the tree fresh.
        from cms import locales, page_cache  # noqa: F401
