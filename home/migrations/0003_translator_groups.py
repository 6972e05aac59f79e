"""Created the translators groups of the settings' languages, with their model permissions.

A migration must do the same whenever it runs, and this one read the settings: a language
added later had its group on a fresh database and not on an existing one. The groups and all
their rights are now made by translations.roles.reconcile after every migrate, from the
settings of the day; this migration is kept, empty, so that databases which ran it keep their
history and their groups.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_locales"),
        ("cases", "0003_campaign_data_group"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = []
