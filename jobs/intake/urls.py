from django.urls import path

from jobs.intake import views

app_name = "job_intake"

urlpatterns = [
    path("", views.post_a_job, name="form"),
    path("thanks/", views.thanks, name="thanks"),
    path("status/<str:token>/", views.status, name="status"),
]
