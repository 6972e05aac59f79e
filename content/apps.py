from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Content"

    def ready(self):
        # Connect the receivers that keep the cached footer fresh.
        from content import footer  # noqa: F401
