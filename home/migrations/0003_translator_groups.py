"""The translators groups, one per translated language, with their model permissions.

Their page rights come with their language's home page (home.translators.grant_language_tree).
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATOR_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
    ("home", "testimonial", "change_testimonial"),
    ("home", "testimonial", "publish_testimonial"),
    ("home", "testimonial", "lock_testimonial"),
    ("cases", "theme", "change_theme"),
]


def create_translator_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Wagtail adds a snippet's publish and lock permissions after migrating; the same rows,
    # made now, are the ones it then finds in place.
    testimonial = ContentType.objects.get(app_label="home", model="testimonial")
    for action in ("publish", "lock", "unlock"):
        Permission.objects.get_or_create(
            content_type=testimonial,
            codename=f"{action}_testimonial",
            defaults={"name": f"Can {action} testimonial"},
        )
    permissions = [
        Permission.objects.get(
            content_type__app_label=app, content_type__model=model, codename=codename
        )
        for app, model, codename in TRANSLATOR_PERMISSIONS
    ]
    for name in settings.TRANSLATOR_GROUPS.values():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_locales"),
        ("cases", "0003_campaign_data_group"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_translator_groups, migrations.RunPython.noop)]
