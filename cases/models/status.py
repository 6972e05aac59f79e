"""What has happened to a person, in words that agree with them.

French and Arabic agree a status with the person it describes: "Libérée" for a woman, "Libéré"
for a man, "Libérés" for a group; "أُطلق سراحها", "أُطلق سراحه", "أُطلق سراحهم". So each case
and success story says how to refer to its person, and each status has one label per way of
referring (its context tells translators whom it describes). The choices' own labels, written
for nobody in particular, are what editors pick from in the admin.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Person(models.TextChoices):
    """How the page refers to the person it is about: the grammar of every word about them."""

    WOMAN = "woman", _("A woman (she)")
    MAN = "man", _("A man (he)")
    GROUP = "group", _("A group or several people (they)")


def person_field():
    return models.CharField(
        _("refer to the person as"),
        max_length=10,
        choices=Person.choices,
        help_text=_("Status labels and texts agree with it, in French and Arabic."),
    )


class CaseStatus(models.TextChoices):
    DETAINED = "detained", _("Detained")
    DISAPPEARED = "disappeared", _("Disappeared")
    ON_TRIAL = "on_trial", _("On trial")
    HARASSED = "harassed", _("Harassed")
    AWAITING_JUSTICE = "awaiting_justice", _("Awaiting justice")
    RELEASED = "released", _("Released")
    ACQUITTED = "acquitted", _("Acquitted")


class SuccessStoryOutcome(models.TextChoices):
    RELEASED = "released", _("Released")
    ACQUITTED = "acquitted", _("Acquitted")
    CHARGES_DROPPED = "charges_dropped", _("Charges dropped")
    JUSTICE_SERVED = "justice_served", _("Justice served")


# Written out in full: makemessages reads each context and text where it is written.
STATUS_LABELS = {
    "detained": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Detained"),
        Person.MAN: pgettext_lazy("status of a man", "Detained"),
        Person.GROUP: pgettext_lazy("status of a group", "Detained"),
    },
    "disappeared": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Disappeared"),
        Person.MAN: pgettext_lazy("status of a man", "Disappeared"),
        Person.GROUP: pgettext_lazy("status of a group", "Disappeared"),
    },
    "on_trial": {
        Person.WOMAN: pgettext_lazy("status of a woman", "On trial"),
        Person.MAN: pgettext_lazy("status of a man", "On trial"),
        Person.GROUP: pgettext_lazy("status of a group", "On trial"),
    },
    "harassed": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Harassed"),
        Person.MAN: pgettext_lazy("status of a man", "Harassed"),
        Person.GROUP: pgettext_lazy("status of a group", "Harassed"),
    },
    "awaiting_justice": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Awaiting justice"),
        Person.MAN: pgettext_lazy("status of a man", "Awaiting justice"),
        Person.GROUP: pgettext_lazy("status of a group", "Awaiting justice"),
    },
    "released": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Released"),
        Person.MAN: pgettext_lazy("status of a man", "Released"),
        Person.GROUP: pgettext_lazy("status of a group", "Released"),
    },
    "acquitted": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Acquitted"),
        Person.MAN: pgettext_lazy("status of a man", "Acquitted"),
        Person.GROUP: pgettext_lazy("status of a group", "Acquitted"),
    },
    "charges_dropped": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Charges dropped"),
        Person.MAN: pgettext_lazy("status of a man", "Charges dropped"),
        Person.GROUP: pgettext_lazy("status of a group", "Charges dropped"),
    },
    "justice_served": {
        Person.WOMAN: pgettext_lazy("status of a woman", "Justice served"),
        Person.MAN: pgettext_lazy("status of a man", "Justice served"),
        Person.GROUP: pgettext_lazy("status of a group", "Justice served"),
    },
}


def status_label(status: str, person: str) -> str:
    """The status as said of this person: "Détenue", "محتجز", "Libérés".

    A page saved before it said whom it is about gets the label written for nobody in
    particular, until an editor chooses.
    """
    labels = STATUS_LABELS[status]
    if person in labels:
        return labels[person]
    return dict(CaseStatus.choices + SuccessStoryOutcome.choices)[status]
