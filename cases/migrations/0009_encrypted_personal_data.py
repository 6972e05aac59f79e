"""Visitors' personal data encrypted at rest: signatures' names and e-mails, and messages' first
names, cities and texts, in the same columns, now holding ciphertext; signatures found and kept
one per address and case by the e-mail's blind index.

The values stored in clear before are read and written back encrypted with plain SQL: the
fields now decrypt what they read, and these values were never encrypted. Reversible, for a
rollback: the reverse writes them back in clear.
"""

from django.db import migrations, models

import encryption.fields
from encryption import keys

SIGNATURES = "cases_petitionsignature"
MESSAGES = "cases_solidaritymessage"


def rewrite(connection, table, columns, change, *, index=False):
    quote = connection.ops.quote_name
    names = ", ".join(quote(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {names} FROM {quote(table)}")  # noqa: S608 - our names
        rows = cursor.fetchall()
        assignments = ", ".join(f"{quote(column)} = %s" for column in columns)
        if index:
            assignments += f", {quote('email_index')} = %s"
        for pk, *values in rows:
            new = [change(value) if value else value for value in values]
            if index:  # of the address in clear, whichever way this runs
                email = values[columns.index("email")]
                clear = email if change is keys.encrypt else new[columns.index("email")]
                new.append(keys.blind_index(clear) if email else None)
            cursor.execute(
                f"UPDATE {quote(table)} SET {assignments} WHERE id = %s",  # noqa: S608
                [*new, pk],
            )


def encrypt_existing(apps, schema_editor):
    connection = schema_editor.connection
    rewrite(connection, SIGNATURES, ["name", "email"], keys.encrypt, index=True)
    rewrite(connection, MESSAGES, ["first_name", "city", "message"], keys.encrypt)


def decrypt_existing(apps, schema_editor):
    connection = schema_editor.connection
    rewrite(connection, SIGNATURES, ["name", "email"], keys.decrypt)
    rewrite(connection, MESSAGES, ["first_name", "city", "message"], keys.decrypt)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0008_campaign_data_reads_erasures"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="petitionsignature", name="one_signature_per_email_per_case"
        ),
        migrations.AddField(
            model_name="petitionsignature",
            name="email_index",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.AlterField(
            model_name="petitionsignature",
            name="name",
            field=encryption.fields.EncryptedTextField(verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="petitionsignature",
            name="email",
            field=encryption.fields.EncryptedTextField(null=True, verbose_name="e-mail"),
        ),
        migrations.AlterField(
            model_name="solidaritymessage",
            name="first_name",
            field=encryption.fields.EncryptedTextField(max_length=60, verbose_name="first name"),
        ),
        migrations.AlterField(
            model_name="solidaritymessage",
            name="city",
            field=encryption.fields.EncryptedTextField(max_length=80, verbose_name="city"),
        ),
        migrations.AlterField(
            model_name="solidaritymessage",
            name="message",
            field=encryption.fields.EncryptedTextField(max_length=500, verbose_name="message"),
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
        migrations.AddConstraint(
            model_name="petitionsignature",
            constraint=models.UniqueConstraint(
                fields=("case_translation_key", "email_index"),
                name="one_signature_per_email_per_case",
            ),
        ),
    ]
