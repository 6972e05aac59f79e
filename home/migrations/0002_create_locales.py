"""Created a Wagtail locale for each content language of the settings.

A migration must do the same whenever it runs, and this one read the settings: a language
added later had its locale on a fresh database and not on an existing one. The locales are now
made by translations.roles.reconcile after every migrate, from the settings of the day; this
migration is kept, empty, so that databases which ran it keep their history and their locales.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = []
