"""schema.org JobPosting for search engines (Google's job search reads these fields).

`validThrough` is the end of the closing day in Lhasa, `datePosted` the first publication,
`baseSalary` a MonetaryAmount with the unit of the wage, `jobLocation` the workplace township.
"""

from datetime import datetime, time

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from jobs.choices import ContractType, WageUnit
from portal.dates import LHASA, lhasa_today

UNIT_TEXT = {WageUnit.MONTH: "MONTH", WageUnit.DAY: "DAY", WageUnit.PIECE: "PIECE"}
EMPLOYMENT_TYPE = {
    ContractType.OPEN_ENDED: "FULL_TIME",
    ContractType.FIXED_TERM: "FULL_TIME",
    ContractType.PROJECT: "CONTRACTOR",
    ContractType.SEASONAL: "TEMPORARY",
    ContractType.PART_TIME: "PART_TIME",
}


def end_of_day(day):
    return datetime.combine(day, time(23, 59, 59), tzinfo=LHASA)


def job_posting(job, request=None):
    township = job.township
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description or strip_tags(job.summary),
        "datePosted": lhasa_today(job.first_published_at or job.latest_revision_created_at),
        "validThrough": end_of_day(job.closing_date),
        "employmentType": EMPLOYMENT_TYPE.get(job.contract_type, "OTHER"),
        "totalJobOpenings": job.headcount,
        "occupationalCategory": job.occupation.code,
        "hiringOrganization": {
            "@type": "Organization",
            "name": job.employer.name,
            "identifier": job.employer.credit_code,
        },
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": township.name,
                "addressLocality": township.area.name,
                "addressCountry": "CN",
            },
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(township.latitude),
                "longitude": float(township.longitude),
            },
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "CNY",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": job.wage_min,
                "maxValue": job.wage_max,
                "unitText": UNIT_TEXT[job.wage_unit],
            },
        },
        "directApply": False,
        "url": job.get_full_url(request),
    }
    if township.area.kind != township.area.Kind.OUTSIDE:
        data["jobLocation"]["address"]["addressRegion"] = str(_("Tibet Autonomous Region"))
    if job.start_date:
        data["jobStartDate"] = job.start_date
    if job.accommodation or job.meals:
        data["jobBenefits"] = ", ".join(
            str(label)
            for flag, label in (
                (job.accommodation, job._meta.get_field("accommodation").verbose_name),
                (job.meals, job._meta.get_field("meals").verbose_name),
            )
            if flag
        )
    return data
