"""The testimonial now belongs to `content` (see content 0001): its table follows it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_translator_groups"),
        ("content", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="testimonial", table="content_testimonial"),
            ],
            state_operations=[migrations.DeleteModel(name="testimonial")],
        ),
    ]
