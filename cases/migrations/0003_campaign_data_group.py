"""The "Campaign data" group, the only one that sees visitors' personal data.

Editors and moderators may enter offline actions (no personal data); they see counts only.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CAMPAIGN_DATA_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("cases", "petitionsignature", "view_petitionsignature"),
    ("cases", "petitionsignature", "delete_petitionsignature"),
    ("cases", "solidaritymessage", "view_solidaritymessage"),
    ("cases", "solidaritymessage", "change_solidaritymessage"),
    ("cases", "solidaritymessage", "delete_solidaritymessage"),
    ("cases", "lettersent", "view_lettersent"),
    ("cases", "offlineactions", "view_offlineactions"),
    ("cases", "offlineactions", "add_offlineactions"),
    ("cases", "offlineactions", "change_offlineactions"),
    ("cases", "offlineactions", "delete_offlineactions"),
]
OFFLINE_ACTIONS_PERMISSIONS = [p for p in CAMPAIGN_DATA_PERMISSIONS if p[1] == "offlineactions"]


def permissions(apps, triples):
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label=app, content_type__model=model, codename=code)
        for app, model, code in triples
    ]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; these ones are needed now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    campaign_data, _created = Group.objects.get_or_create(name="Campaign data")
    campaign_data.permissions.add(*permissions(apps, CAMPAIGN_DATA_PERMISSIONS))
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions(apps, OFFLINE_ACTIONS_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0002_actions_themes_authority"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
