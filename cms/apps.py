from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"

    def ready(self):
        # Connect the receivers that keep the cached views of the page tree fresh, and the one
        # that deletes a sent e-mail's task.
        from cms import mail, page_cache  # noqa: F401
