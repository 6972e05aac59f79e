"""What explanatory pages and success stories end with: the way to this year's cases."""

from django import template

from cases.models import CampaignPage

register = template.Library()


@register.simple_tag
def this_years_cases(page, limit=3):
    """The latest live campaign in ``page``'s language, its first ``limit`` cases (the section's
    priorities first) and its total: three queries, however many cases it has."""
    campaign = CampaignPage.current(page.locale_id, shown_on=page)
    if campaign is None:
        return None
    cases, total = campaign.cases_with_total()
    return {"campaign": campaign, "cases": cases[:limit], "count": len(cases), "total": total}
