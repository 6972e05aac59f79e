from django.urls import path

from cases import views

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
