"""The public job-intake pages: the form, the thank-you page with the job's reference, and the
polite answers when jobs are not taken online or too many came from one address."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from jobs.intake.forms import JobIntakeForm
from jobs.intake.limits import SubmissionLimit, per_hour
from jobs.intake.submission import job_index, reference, submit
from portal.i18n import active_locale

SESSION_KEY = "job_intake_reference"


@require_http_methods(["GET", "HEAD", "POST"])
def post_a_job(request):
    index = job_index(active_locale())
    if index is None:
        return render(request, "jobs/intake/closed.html")
    limit = SubmissionLimit(request)
    if request.method == "POST":
        if limit.reached():
            response = render(
                request, "jobs/intake/too_many.html", {"per_hour": per_hour()}, status=429
            )
            response["Retry-After"] = str(limit.seconds_left)
            return response
        form = JobIntakeForm(request.POST)
        if form.is_valid():
            job = submit(form.cleaned_data, index)
            limit.count()
            request.session[SESSION_KEY] = reference(job)
            return redirect("job_intake:thanks")
        if form.filled_by_software():
            limit.count()
    else:
        form = JobIntakeForm()
    return render(request, "jobs/intake/form.html", {"form": form})


@require_http_methods(["GET", "HEAD"])
def thanks(request):
    """Shows the reference of the job last sent from this browser; there is nothing to show
    to anyone else, so they are sent to the form."""
    job_reference = request.session.get(SESSION_KEY)
    if job_reference is None:
        return redirect("job_intake:form")
    index = job_index(active_locale())
    return render(
        request, "jobs/intake/thanks.html", {"reference": job_reference, "job_index": index}
    )
