import time

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from wagtail.models import Locale

from cases.kit import build_campaign_kit
from cases.models import CampaignPage


class Command(BaseCommand):
    help = (
        "Build the campaign kit again, one PDF per language from that language's live pages "
        "(cases/kit.py), and point each language's kit blocks at its own. Run it after the "
        "cases, their letters or their translations change. A kit that would not change is "
        "left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--year", type=int, help="The campaign's year (by default, the latest campaign)."
        )

    def handle(self, *args, year=None, **options):
        campaigns = CampaignPage.objects.live().filter(locale=Locale.get_default())
        if year is not None:
            campaigns = campaigns.filter(year=year)
        campaign = campaigns.order_by("-year", "path").first()
        if campaign is None:
            raise CommandError(f"No live campaign{f' of {year}' if year else ''} in French.")
        started = time.monotonic()
        built = build_campaign_kit(campaign)
        for language, document in built.documents.items():
            self.stdout.write(
                f"{language}: {document.title} ({document.filename}, "
                f"{filesizeformat(document.get_file_size())})"
            )
        for page in built.waiting_for_review:
            self.stdout.write(
                self.style.WARNING(
                    f"{page.url}: waiting for review, so it still offers its previous kit; run "
                    "this command again once it is published."
                )
            )
        self.stdout.write(
            self.style.SUCCESS(f"Campaign kit built in {time.monotonic() - started:.1f} s.")
        )
