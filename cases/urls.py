from django.urls import path, register_converter

from cases import signature_links, views
from cms.database_ids import PageIdConverter

# Page ids beyond the database's integers are no page's: not found, without a query.
register_converter(PageIdConverter, "page_id")

app_name = "cases"

urlpatterns = [
    path("<page_id:page_id>/counts.json", views.case_counts, name="counts"),
    path("<page_id:page_id>/petition/", views.SignPetitionView.as_view(), name="sign_petition"),
    path("<page_id:page_id>/letter/", views.LetterSentView.as_view(), name="letter_sent"),
    path("<page_id:page_id>/letter/print/", views.PrintLetterView.as_view(), name="print_letter"),
    path(
        "<page_id:page_id>/solidarity/",
        views.SolidarityMessageView.as_view(),
        name="solidarity_message",
    ),
]

# The links e-mailed to signers (cases.signature_links).
urlpatterns += [
    path(
        "signature/<str:token>/confirm/",
        signature_links.ConfirmSignatureView.as_view(),
        name="confirm_signature",
    ),
    path(
        "signature/<str:token>/not-me/",
        signature_links.DeclineSignatureView.as_view(),
        name="decline_signature",
    ),
    path(
        "signature/<str:token>/stop-updates/",
        signature_links.StopUpdatesView.as_view(),
        name="stop_updates",
    ),
    path(
        "<page_id:page_id>/petition/confirmed/",
        signature_links.signature_confirmed,
        name="signature_confirmed",
    ),
]
