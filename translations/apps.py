from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


def reconcile_after_migrate(sender, **kwargs):
    from wagtail.snippets.models import create_extra_permissions

    from translations.roles import reconcile

    # Snippets' publish and lock permissions are made by Wagtail's own post_migrate handler,
    # which may come after this one.
    create_extra_permissions(sender.apps.get_app_config("wagtailsnippets"))
    reconcile()


def grant_new_home_page(sender, instance, created, raw=False, **kwargs):
    from translations.roles import grant_language_tree

    if created and not raw:
        grant_language_tree(instance)


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Translations"

    def ready(self):
        from translations import drafts

        drafts.install()
        post_migrate.connect(reconcile_after_migrate, sender=self)
        post_save.connect(grant_new_home_page, sender="home.HomePage")
