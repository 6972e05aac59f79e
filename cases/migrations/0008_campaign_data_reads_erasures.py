"""The "Campaign data" group reads the audit of erasures (cases.Erasure); nobody changes it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models


def let_campaign_data_read_erasures(apps, schema_editor):
    # Permissions are normally created after all migrations; this one is needed now.
    cases = apps.get_app_config("cases")
    cases.models_module = True
    create_permissions(cases, apps=apps, verbosity=0)
    cases.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_erasure = Permission.objects.get(
        content_type__app_label="cases", content_type__model="erasure", codename="view_erasure"
    )
    for group in Group.objects.filter(name="Campaign data"):
        group.permissions.add(view_erasure)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0007_signature_confirmation"),
    ]

    operations = [
        migrations.AlterField(
            model_name="erasure",
            name="reason",
            field=models.CharField(
                choices=[
                    ("request", "erasure request"),
                    ("admin", "deleted from the admin"),
                    ("command", "erased from the command line"),
                ],
                max_length=40,
                verbose_name="reason",
            ),
        ),
        migrations.RunPython(let_campaign_data_read_erasures, migrations.RunPython.noop),
    ]
