"""/api/v1/: outside the language prefixes; `?lang=zh-hans|bo` chooses the language."""

from django.urls import path, re_path

from jobs.api import views

app_name = "api"

# Job ids have at most nine digits (page ids are 32-bit integers); a longer one is unknown.
JOB_ID = r"(?P<pk>[0-9]{1,9})"

urlpatterns = [
    path("jobs/", views.job_list, name="jobs"),
    re_path(rf"^jobs/{JOB_ID}/$", views.job_detail, name="job"),
    path("openapi.json", views.openapi, name="openapi"),
    # Without the trailing slash a client gets the data rather than a redirect.
    re_path(r"^jobs$", views.job_list),
    re_path(rf"^jobs/{JOB_ID}$", views.job_detail),
    # Anything else under /api/v1/ is a JSON 404 too, never the site's HTML error page.
    re_path(r"^(?P<path>.*)$", views.not_found),
]
