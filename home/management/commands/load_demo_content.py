from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.demo.builder import DemoSiteBuilder, MissingDemoTranslation

LOCAL_ADMIN_USERNAME = "admin"
LOCAL_ADMIN_PASSWORD = "ecrire-pour-les-droits"  # noqa: S105 - local development only, in the README


class Command(BaseCommand):
    help = (
        "Build the demo site (French, translated with wagtail-localize into each of the site's "
        "languages that home/demo/content.py has texts in: Arabic and English) and a local admin "
        "account. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the local admin account."
        )

    def handle(self, *args, no_admin=False, verbosity=1, **options):
        user = None
        if not no_admin:
            if not settings.DEBUG:
                raise CommandError(
                    "The local admin account has a published password: create it only with "
                    "DEBUG on, or pass --no-admin."
                )
            user = self.local_admin()

        def log(message):
            if verbosity > 1:
                self.stdout.write(message)

        try:
            DemoSiteBuilder(user=user, log=log).build()
        except MissingDemoTranslation as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def local_admin(self):
        User = get_user_model()
        user = User.objects.filter(username=LOCAL_ADMIN_USERNAME).first()
        if user is None:
            user = User.objects.create_superuser(
                LOCAL_ADMIN_USERNAME, "admin@example.org", LOCAL_ADMIN_PASSWORD
            )
            self.stdout.write(f"Admin account: {LOCAL_ADMIN_USERNAME} / {LOCAL_ADMIN_PASSWORD}")
        return user
