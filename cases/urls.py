from django.urls import path

from cases import signature_links, views

app_name = "cases"

urlpatterns = [
    path("<int:page_id>/counts.json", views.case_counts, name="counts"),
    path("<int:page_id>/petition/", views.SignPetitionView.as_view(), name="sign_petition"),
    path("<int:page_id>/letter/", views.LetterSentView.as_view(), name="letter_sent"),
    path("<int:page_id>/letter/print/", views.PrintLetterView.as_view(), name="print_letter"),
    path(
        "<int:page_id>/solidarity/",
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
        "<int:page_id>/petition/confirmed/",
        signature_links.signature_confirmed,
        name="signature_confirmed",
    ),
]
