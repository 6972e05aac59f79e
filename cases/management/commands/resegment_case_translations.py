from django.core.management.base import BaseCommand

from cases.resegment import resegment_case_sources


class Command(BaseCommand):
    help = (
        "After migration cases 0005: give the case translations started before it their "
        "address lines and letter paragraphs as segments, keeping what translators wrote."
    )

    def handle(self, *args, **options):
        result = resegment_case_sources()
        self.stdout.write(
            f"Resegmented {result.sources} case source(s); carried {result.carried} "
            f"translated line(s) or paragraph(s) over; {result.left} translation(s) did not "
            "split like the French and are left to their translators."
        )
