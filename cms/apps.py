from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"

    def ready(self):
        # Connect the receivers that keep the cached views of the page tree fresh.
        from cms import page_cache  # noqa: F401
