"""The JSON shape of a job and of a job listing, as plain functions over the models.

Coded values (occupation, township, qualification, …) are `{"code", "name"}`: the code is
stable and documented in the OpenAPI enums, the name is in the language the client asked for.
"""

from wagtail.rich_text import expand_db_html

from portal.dates import lhasa_today

CURRENCY = "CNY"


def coded(code, name):
    return {"code": code, "name": str(name)}


def distance_data(distance):
    if distance is None:
        return None
    km = None if distance.km is None else round(distance.km, 1)
    return {"tier": int(distance.tier), "label": str(distance.label), "km": km}


def job_data(job, request):
    """One job as the list shows it; `job.distance` is set when the client gave `near`."""
    township = job.township
    data = {
        "id": job.pk,
        "url": request.build_absolute_uri(job.get_url(request)),
        "title": job.title,
        "employer": {"name": job.employer.display_name, "verified": job.employer.verified},
        "occupation": coded(job.occupation.code, job.occupation.name),
        "skill_required": coded(job.skill_required, job.get_skill_required_display()),
        "headcount": job.headcount,
        "wage": {
            "min": job.wage_min,
            "max": job.wage_max,
            "unit": job.wage_unit,
            "currency": CURRENCY,
        },
        "workplace": {
            "township": coded(township.code, township.name),
            "area": coded(township.area.code, township.area.name),
            "latitude": float(township.latitude),
            "longitude": float(township.longitude),
        },
        "accommodation": job.accommodation,
        "meals": job.meals,
        "language_required": coded(job.language_required, job.get_language_required_display()),
        "contract_type": coded(job.contract_type, job.get_contract_type_display()),
        "start_date": job.start_date,
        "closing_date": job.closing_date,
        # The day of first publication in Lhasa, not in the server's time zone.
        "date_posted": lhasa_today(job.first_published_at),
    }
    if hasattr(job, "distance"):
        data["distance"] = distance_data(job.distance)
    return data


def job_detail_data(job, request):
    """One job with the texts a worker needs to apply; rich text with its links expanded."""
    data = job_data(job, request)
    data.update(
        summary=job.summary,
        working_hours=job.working_hours,
        description_html=expand_db_html(job.description),
        how_to_apply_html=expand_db_html(job.how_to_apply),
    )
    return data


def facet_data(facet):
    return {
        "name": facet.name,
        "label": str(facet.label),
        "multiple": facet.multiple,
        "options": [
            {
                "value": option.value,
                "label": str(option.label),
                "count": option.count,
                "selected": option.selected,
            }
            for option in facet.options
        ],
    }
