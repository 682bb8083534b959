"""The Elasticsearch document of a job, one index per language.

An index is named `<ELASTICSEARCH_INDEX_PREFIX>-jobs-<language>` (e.g. `portal-production-jobs-bo`)
and, like the site search's, that name is an alias that a rebuild switches to a new index. Text is
cut into words by portal.text and analysed by splitting on whitespace, exactly as the site search
does (search/backends/elasticsearch.py), so a keyword finds the same jobs on both engines. Every
filter of the job index is a keyword, boolean, number or date field, and the workplace is a
geo_point, for the distance sort.

Whether an occupation is in shortage is not stored: shortage lists change by date, so the query
asks for the occupations in shortage on the day (jobs/search/queries.py) and no rebuild is needed
when a list comes into force.
"""

from django.utils.html import strip_tags
from elasticsearch import dsl

from search.backends.elasticsearch import CONNECTION, WORDS, prefix, words_of


class JobDocument(dsl.Document):
    job_id = dsl.Integer()
    language = dsl.Keyword()
    title = dsl.Text(analyzer=WORDS)
    summary = dsl.Text(analyzer=WORDS)
    description = dsl.Text(analyzer=WORDS)
    employer = dsl.Text(analyzer=WORDS)
    occupation = dsl.Text(analyzer=WORDS)
    place = dsl.Text(analyzer=WORDS)
    township = dsl.Keyword()
    area = dsl.Keyword()
    area_kind = dsl.Keyword()
    major_group = dsl.Keyword()
    occupation_code = dsl.Keyword()
    accommodation = dsl.Boolean()
    meals = dsl.Boolean()
    language_required = dsl.Keyword()
    wage_unit = dsl.Keyword()
    monthly_wage = dsl.Integer()
    posted = dsl.Date()
    closing_date = dsl.Date()
    expire_at = dsl.Date()
    location = dsl.GeoPoint()

    class Index:
        using = CONNECTION
        settings = {"number_of_shards": 1}


def index_name(language):
    """The alias the job index searches and signals write to, for one language."""
    return f"{prefix()}-jobs-{language}".lower()


def new_index(language, suffix):
    """A new (not yet created) index for `language`, with the analyzer and the mapping."""
    index = dsl.Index(f"{index_name(language)}-{suffix}", using=CONNECTION)
    index.settings(number_of_shards=1)
    index.analyzer(WORDS)
    index.document(JobDocument)
    return index


def monthly_wage(job):
    """The most a job pays in a month, as jobs.listing.MONTHLY_WAGE reckons it (a day's wage
    times 21.75 paid days, rounded down); None for piece work."""
    if job.wage_unit == "month":
        return job.wage_max
    if job.wage_unit == "day":
        return job.wage_max * 2175 // 100
    return None


def from_page(job):
    """The document of a JobPage, with names in the page's own language (4.1.3)."""
    language = job.locale.language_code
    township = job.township
    area = township.area
    tibetan = language == "bo"
    return JobDocument(
        meta={"id": job.pk, "index": index_name(language)},
        job_id=job.pk,
        language=language,
        title=words_of(job.title),
        summary=words_of(job.summary or ""),
        description=words_of(strip_tags(job.description or "")),
        employer=words_of(job.employer.name_bo if tibetan else job.employer.name),
        occupation=words_of(job.occupation.name_bo if tibetan else job.occupation.name_zh),
        place=words_of(
            " ".join(
                [area.name_bo, township.name_bo] if tibetan else [area.name_zh, township.name_zh]
            )
        ),
        township=township.code,
        area=area.code,
        area_kind=area.kind,
        major_group=job.occupation.code.split("-")[0],
        occupation_code=job.occupation.code,
        accommodation=job.accommodation,
        meals=job.meals,
        language_required=job.language_required,
        wage_unit=job.wage_unit,
        monthly_wage=monthly_wage(job),
        posted=job.first_published_at,
        closing_date=job.closing_date,
        expire_at=job.expire_at,
        location={"lat": float(township.latitude), "lon": float(township.longitude)},
    )
