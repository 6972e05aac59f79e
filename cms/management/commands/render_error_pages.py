from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.views import unavailable_page


class Command(BaseCommand):
    help = (
        "Write the page the proxy answers with when Django cannot, 503.<language>.html for each "
        "language, into FOLDER (deploy/nginx.conf serves them): the site's own 503 page, "
        "translated by the catalogues. Run after collectstatic, whose stylesheet it names."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, folder, **options):
        folder.mkdir(parents=True, exist_ok=True)
        for language, _name in settings.LANGUAGES:
            page = folder / f"503.{language}.html"
            page.write_text(unavailable_page(language))
            page.chmod(0o644)
