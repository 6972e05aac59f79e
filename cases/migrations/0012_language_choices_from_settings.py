"""An action's language takes its choices from settings.LANGUAGES when asked, not from a list
written here: adding a language needs no migration. Nothing changes in the database."""

import cases.models.actions
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0011_person_and_campaign_period'),
    ]

    operations = [
        migrations.AlterField(
            model_name='caseupdatemailing',
            name='language',
            field=models.CharField(choices=cases.models.actions.site_languages, max_length=8, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='lettersent',
            name='language',
            field=models.CharField(choices=cases.models.actions.site_languages, max_length=8, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='petitionsignature',
            name='language',
            field=models.CharField(choices=cases.models.actions.site_languages, max_length=8, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='solidaritymessage',
            name='language',
            field=models.CharField(choices=cases.models.actions.site_languages, max_length=8, verbose_name='language'),
        ),
    ]
