from django.urls import path

from appointments import views

app_name = "appointments"

urlpatterns = [
    path("", views.choose, name="choose"),
    path("times/", views.times, name="times"),
    path("booked/", views.booked, name="booked"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("manage/<str:token>/cancel/", views.cancel_booking, name="cancel"),
    path("manage/<str:token>/move/", views.move_booking, name="move"),
    path("calendar/<str:token>/", views.calendar, name="calendar"),
]
