"""The testimonial moves from `home` to `content`, the layer every page type builds on.

The table is renamed by home's next migration; here the model only enters this app's state, and
its content type follows it, so that its revisions, workflow states, translations, permissions
and references (which point at the content type's id) stay attached to it.
"""

import django.db.models.deletion
import django_countries.fields
import modelsearch.index
import uuid
import wagtail.models.preview
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    ContentType.objects.filter(app_label="home", model="testimonial").update(app_label="content")
    # The translations' copies of the testimonials have the same fields as before: they are up
    # to date with this app's schema (or the translation editor warns the model has changed).
    TranslationSource.objects.filter(
        specific_content_type__app_label="content", specific_content_type__model="testimonial"
    ).update(schema_version="0001_initial")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="content", model="testimonial").update(app_label="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0003_translator_groups'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Testimonial',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                    ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                    ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                    ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                    ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                    ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                    ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                    ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                    ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                    ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                    ('quote', models.TextField(max_length=600, verbose_name='quote')),
                    ('person_name', models.CharField(max_length=120, verbose_name='name')),
                    ('role', models.CharField(help_text='For example: environmental defender.', max_length=160, verbose_name='role')),
                    ('country', django_countries.fields.CountryField(blank=True, max_length=2, verbose_name='country')),
                    ('year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='year')),
                    ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                    ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                    ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                    ('photo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='photo')),
                ],
                options={
                    'verbose_name': 'testimonial',
                    'verbose_name_plural': 'testimonials',
                    'abstract': False,
                    'unique_together': {('translation_key', 'locale')},
                },
                bases=(wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
            ),
            ],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
