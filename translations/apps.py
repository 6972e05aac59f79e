from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


def reconcile_after_migrate(sender, **kwargs):
    from translations.roles import reconcile

    reconcile()


def grant_new_home_page(sender, instance, created, raw=False, **kwargs):
    from translations.roles import grant_language_tree

    if created and not raw:
        grant_language_tree(instance)


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Translations"

    def ready(self):
        from translations import drafts, editor, roles

        drafts.install()
        editor.install()
        # After the last app's post_migrate: every app's content types and permissions (the
        # snippets' publish and lock ones included) exist by then, also after a test's flush.
        # (post_migrate is sent only for apps that have models.)
        last_app = [app for app in self.apps.get_app_configs() if app.models_module][-1]
        post_migrate.connect(reconcile_after_migrate, sender=last_app)
        post_save.connect(grant_new_home_page, sender=roles.HOME_PAGE)
