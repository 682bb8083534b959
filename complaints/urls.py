from django.urls import path

from complaints import views

app_name = "complaints"

urlpatterns = [
    path("", views.complaint_form, name="form"),
    path("thanks/", views.thanks, name="thanks"),
    path("lookup/", views.lookup, name="lookup"),
]
