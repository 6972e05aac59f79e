"""Small builders for the pages tests need, so that only demo-site tests load the demo site."""

import datetime

from django.conf import settings
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Collection, Locale, Page, Site

from cases.models import CampaignPage, CasePage, CaseStatus, Person
from home.models import HomePage, StandardPage

# Tasks queued in the database for a worker, as in production, instead of run at once.
QUEUED_TASKS = {
    "default": settings.TASKS["default"] | {"BACKEND": "django_tasks_db.DatabaseBackend"}
}


def restore_migration_data() -> None:
    """What the migrations made, made again where a transactional test has emptied the tables:
    its flush skips post_migrate when it uses serialized_rollback, and never restores pages.
    post_migrate brings back the locales, groups and review workflow
    (translations.roles.reconcile); the root collection, the root page, and the default site
    with its welcome page, as Wagtail's first migrations make them, are made here."""
    if not Locale.objects.exists():
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if not Site.objects.filter(is_default_site=True).exists():
        # As Wagtail's first migration: the site's root is a welcome page under the root.
        welcome = root.add_child(
            instance=Page(title="Welcome", slug="home", locale=Locale.get_default())
        )
        Site.objects.create(hostname="localhost", root_page=welcome, is_default_site=True)


def make_home(slug="accueil", **fields) -> HomePage:
    """A French home page at the root of the default site, replacing Wagtail's welcome page."""
    defaults = dict(
        title="Écrire pour les droits",
        hero_heading="Agissez pour leurs droits",
        hero_text="Une lettre peut changer une vie.",
        intro="<p>La plus grande campagne d’Amnesty International.</p>",
        impact_text="Vos actions ont déjà changé des vies.",
    )
    home = HomePage(slug=slug, locale=Locale.objects.get(language_code="fr"), **defaults | fields)
    Page.get_first_root_node().add_child(instance=home)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


def make_campaign(home, year=2024, **fields) -> CampaignPage:
    campaign = CampaignPage(
        title=f"Écrire pour les droits {year}",
        slug=f"campagne-{year}",
        year=year,
        introduction="Les cas de cette année.",
        **fields,
    )
    home.add_child(instance=campaign)
    return campaign


def make_case(campaign, slug="nasser-zefzafi", **fields) -> CasePage:
    defaults = dict(
        title="Nasser Zefzafi",
        person_name="Nasser Zefzafi",
        person=Person.MAN,
        country="MA",
        summary="Deux décennies de prison pour s’être exprimé ouvertement",
        story="<p>Il purge vingt ans de prison pour avoir manifesté pacifiquement.</p>",
        status=CaseStatus.DETAINED,
        status_date=datetime.date(2017, 5, 1),
        authority_title="Chef du gouvernement",
    )
    case = CasePage(slug=slug, **defaults | fields)
    campaign.add_child(instance=case)
    return case


PETITION = {
    "call_to_action": "Demandez la libération de Nasser Zefzafi",
    "goal": 1000,
    "consent_text": "J’accepte qu’Amnesty International remette mon nom aux autorités.",
    "thank_you": "Merci pour votre action.",
}
SOLIDARITY = {
    "introduction": "Écrivez-lui quelques mots d’espoir.",
    "consent_text": "Mon message, mon prénom et ma ville peuvent être publiés.",
}
LETTER = {
    "subject": "Libérez Nasser Zefzafi",
    "body": "Monsieur le Chef du gouvernement,\n\nJe vous demande sa libération.",
}


def make_case_with_actions(campaign, slug="nasser-zefzafi", **fields) -> CasePage:
    """A case whose body holds the petition, letter, solidarity and share blocks."""
    body = [
        ("petition", PETITION),
        ("letter", LETTER),
        ("solidarity", SOLIDARITY),
        ("share", {"text": "Nasser Zefzafi est en prison depuis 2017. Agissez !"}),
    ]
    return make_case(campaign, slug=slug, body=body, **fields)


def translate_page(page, language_code):
    """A published translation of ``page``; its missing parents become aliases, as in the admin."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    translation.save_revision().publish()
    return translation


def make_standard_page(parent, slug="comment-ca-marche", **fields) -> StandardPage:
    defaults = dict(
        title="Comment ça marche ?",
        introduction="Des millions de lettres, chaque année.",
        body=[("heading", "Deux lettres"), ("quote", {"text": "Merci.", "attribution": "R."})],
    )
    page = StandardPage(slug=slug, **defaults | fields)
    parent.add_child(instance=page)
    return page


def case_form_data(**fields):
    """What the admin's case form posts, as an editor fills it in (for ``nested_form_data``)."""
    from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

    return {
        "title": "Nasser Zefzafi",
        "slug": "nasser-zefzafi",
        "person_name": "Nasser Zefzafi",
        "person": "man",
        "country": "MA",
        "summary": "Vingt ans de prison pour avoir manifesté",
        "story": rich_text("<p>Son histoire.</p>"),
        "status": "detained",
        "status_date": "2017-05-01",
        "authority_title": "Chef du gouvernement",
        "case_themes": inline_formset([]),
        "authority_address": streamfield([]),
        "body": streamfield([]),
        "updates": streamfield([]),
    } | fields


def list_items(values):
    """ListBlock form data, as the admin's script sends it (for ``nested_form_data``)."""
    items = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    return items | {"count": str(len(values))}


def make_signature(
    case, email, *, language="fr", name="Amina", country="MA", confirmed=True, keep_informed=False
):
    """A signature as the petition takes it (the first one of its address, or that one again),
    its e-mail already sent, and confirmed by its owner unless ``confirmed`` is False."""
    from cases.models import PetitionSignature

    signature, _reply = PetitionSignature.objects.sign(
        case=case,
        language=language,
        name=name,
        email=email,
        country=country,
        consent_text="J’accepte que mon nom soit remis aux autorités.",
        keep_informed_text="Tenez-moi informé·e de ce cas." if keep_informed else "",
        answer_by_email=False,
    )
    if confirmed:
        signature.confirm()
        signature.refresh_from_db()
    return signature


RELEASED = {
    "date": datetime.date(2026, 12, 10),
    "kind": "status",
    "headline": "Nasser Zefzafi a été libéré",
    "text": "Merci à toutes celles et ceux qui ont écrit pour lui.",
}


# RELEASED as an Arabic translator writes it, by the French text of each segment.
RELEASED_IN_ARABIC = {
    RELEASED["headline"]: "أُفرج عن ناصر الزفزافي",
    RELEASED["text"]: "شكرًا لكل من كتب من أجله.",
}


def make_message(case, *, language="fr", **fields):
    """A solidarity message as the form takes it (awaiting moderation unless ``status``)."""
    from cases.models import SolidarityMessage

    defaults = dict(
        first_name="Nadia",
        city="Tanger",
        message="Tenez bon.",
        consent_text="Mon message peut être publié.",
    )
    return SolidarityMessage.objects.create(
        case_translation_key=case.translation_key, language=language, **defaults | fields
    )


def add_update(case, **fields) -> CasePage:
    """``case`` with one more update, published as an editor would; returns the live page."""
    page = case.get_latest_revision_as_object()
    page.updates.append(("update", RELEASED | fields))
    page.save_revision().publish()
    return CasePage.objects.get(pk=case.pk)
