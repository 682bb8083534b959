from django.urls import path

from quality import views

app_name = "quality"

urlpatterns = [
    path("thanks/", views.thanks, name="thanks"),
    path("<str:token>/", views.survey, name="survey"),
]
