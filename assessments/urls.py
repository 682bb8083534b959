from django.urls import path

from assessments import self_views

app_name = "selfassessment"

urlpatterns = [
    path("", self_views.questionnaire, name="form"),
    path("<str:reference>/", self_views.result, name="result"),
]
