"""The public job-intake pages: the form, the thank-you page with the job's reference and the
link to its review, the review's status, and the polite answers when jobs are not taken online
or too many came from one address."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods

from jobs.intake.forms import JobIntakeForm
from jobs.intake.status import job_for_token, review_status, status_token
from jobs.intake.submission import job_index, reference, submit
from portal.i18n import active_locale
from portal.limits import HourlyLimit, address_of

# The reference and the status token of the job last sent from this browser.
SESSION_KEY = "job_intake_submitted"


@require_http_methods(["GET", "HEAD", "POST"])
def post_a_job(request):
    index = job_index(active_locale())
    if index is None:
        return render(request, "jobs/intake/closed.html")
    # At most JOB_INTAKE_PER_HOUR jobs from one address an hour: no one buries the reviewers.
    limit = HourlyLimit("job-intake", address_of(request), settings.JOB_INTAKE_PER_HOUR)
    if request.method == "POST":
        if limit.reached():
            response = render(
                request, "jobs/intake/too_many.html", {"per_hour": limit.per_hour}, status=429
            )
            response["Retry-After"] = str(limit.seconds_left)
            return response
        form = JobIntakeForm(request.POST)
        if form.is_valid():
            job = submit(form.cleaned_data, index)
            limit.count()
            request.session[SESSION_KEY] = {
                "reference": reference(job),
                "token": status_token(job),
            }
            return redirect("job_intake:thanks")
        if form.filled_by_software():
            limit.count()
    else:
        form = JobIntakeForm()
    return render(request, "jobs/intake/form.html", {"form": form})


@require_http_methods(["GET", "HEAD"])
def thanks(request):
    """Shows the reference of the job last sent from this browser and the link to its review;
    there is nothing to show to anyone else, so they are sent to the form."""
    submitted = request.session.get(SESSION_KEY)
    if submitted is None:
        return redirect("job_intake:form")
    status_url = reverse("job_intake:status", args=[submitted["token"]])
    context = {
        "reference": submitted["reference"],
        "status_url": request.build_absolute_uri(status_url),
        "job_index": job_index(active_locale()),
    }
    return render(request, "jobs/intake/thanks.html", context)


@require_http_methods(["GET", "HEAD"])
@cache_control(private=True, no_store=True)
def status(request, token):
    """The review of one job, for whoever holds its signed link (clause 6.3.1)."""
    job = job_for_token(token)
    if job is None:
        raise Http404
    context = {"job": job, "reference": reference(job), "status": review_status(job)}
    return render(request, "jobs/intake/status.html", context)
