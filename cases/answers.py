"""The answers to a visitor's action: pages of their own, short, whose first screen is the
answer. Accepted, the thanks and the next steps (sharing, the case's other actions, another
case); refused, the form again with what the visitor typed and why. They are sent from the
endpoint's address (cases.views); opened again there, reloaded or shared, it leads to the case.
"""

from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse

from cases.blocks import ACTION_BLOCKS
from cases.models import CasePage
from cms.page_cache import tree_version
from cms.view_restrictions import publicly_listed

ANSWER_TEMPLATE = "cases/action_answer.html"
THANKS_TIMEOUT = 60  # seconds; as long as shared caches keep a case page


def full_case(case: CasePage) -> CasePage:
    """The case with every field, for a page about it (the endpoints load only a few)."""
    return CasePage.objects.select_related("locale", "portrait").get(pk=case.pk)


def next_steps(request, case: CasePage, done: str) -> dict:
    """What to offer a visitor who has just acted on ``case``: sharing, the case's other
    actions, and another of the campaign's cases in this language."""
    blocks = {block.block_type: block for block in case.body}
    siblings = list(
        publicly_listed(CasePage.objects.live(), within=case, request=request)
        .sibling_of(case, inclusive=False)
        .filter(locale_id=case.locale_id)
        .select_related("portrait")
        .order_by("path")
    )
    after = [sibling for sibling in siblings if sibling.path > case.path]
    return {
        "page": case,
        "done": done,
        "other_actions": [name for name in ACTION_BLOCKS if name != done and name in blocks],
        "share": blocks.get("share"),
        "other_case": (after or siblings or [None])[0],
    }


def refused(request, case, action, block, form, form_name, status, refusal) -> TemplateResponse:
    """The form again (``form``, named as the case page names it: its template is
    includes/<form_name>.html), with what the visitor typed, and why it was refused:
    ``refusal`` is invalid, rate_limited or origin."""
    context = {
        "page": full_case(case),
        "block_type": action,
        "value": block,
        "refusal": refusal,
        "form": form,
        "form_template": f"cases/includes/{form_name}.html",
        form_name: form,
    }
    response = TemplateResponse(request, ANSWER_TEMPLATE, context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def kept(form):
    """An unbound copy of ``form`` filled with what the visitor typed: shown without errors,
    after a refusal that is not about the fields (too many actions, another site's form)."""
    typed = {name: form[name].data for name in form.fields if name != "website"}
    return type(form)(initial=typed)


def thanks(request, case: CasePage, done: str) -> HttpResponse:
    """The same answer for everyone who takes this action on this case, byte for byte: it
    must never tell who acted before. Drawn once a minute per case and action (the page tree's
    version is in the key: a publication draws it again)."""
    key = f"thanks:{tree_version(request)}:{case.pk}:{done}"
    html = cache.get(key)
    if html is None:
        html = render_to_string(
            ANSWER_TEMPLATE, next_steps(request, full_case(case), done), request
        )
        cache.set(key, html, THANKS_TIMEOUT)
    response = HttpResponse(html)
    response["Cache-Control"] = "private, no-store"
    return response
