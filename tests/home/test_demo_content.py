"""The demo content command builds a complete bilingual site and can run again safely."""

import io
import re
from importlib import import_module

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from assessments.models import StaffAssessment
from careerplans.models import ActionStep, CareerPlan, PlanDelivery, PlanVersion
from enterprise.models import BusinessProject, Referral, SupportResource
from home.models import ContactSettings, HomePage, NavigationMenu, ServiceCentre, StandardPage
from jobs.models import Employer
from jobseeking.models import Interview
from occupations.models import ShortageList
from placements.models import FollowUp, Placement
from policies.models import PolicyCategory
from portal import demo as demo_content
from training.models import TrainingInstitution
from training.records.models import Enrolment, ProgressNote, TrainingPlan

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
CHINESE = re.compile(r"[\u4E00-\u9FFF]")


def live_pages(language):
    return Page.objects.live().filter(depth__gt=1, locale__language_code=language)


@pytest.mark.django_db
def test_demo_site_exists_in_both_languages(client, demo_database):
    """4.1.3: every demo page has a published Tibetan translation."""
    chinese, tibetan = live_pages("zh-hans"), live_pages("bo")
    assert chinese.count() >= 10
    assert chinese.count() == tibetan.count()
    assert set(chinese.values_list("translation_key", flat=True)) == set(
        tibetan.values_list("translation_key", flat=True)
    )
    for page in tibetan:
        assert TIBETAN.search(page.title), page.title
        assert not CHINESE.search(page.title), page.title


@pytest.mark.django_db
def test_demo_site_publishes_every_disclosure_of_clause_7_1_1(client, demo_database):
    """7.1.1: service content, basis, process, requirements and complaint channels."""
    kinds = {"service_content", "service_basis", "service_process"}
    kinds |= {"service_requirements", "complaint_channels"}
    for language in ("zh-hans", "bo"):
        pages = StandardPage.objects.live().filter(locale__language_code=language)
        assert kinds <= set(pages.values_list("kind", flat=True)), language
        for page in pages.filter(kind__in=kinds):
            assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_demo_site_has_centres_in_every_district_and_county_and_the_hotline(client, demo_database):
    """4.3.1(1): the hotline and the service centres with their opening hours."""
    districts = set(ServiceCentre.objects.values_list("district", flat=True))
    assert districts == {
        "chengguan",
        "duilongdeqing",
        "dazi",
        "linzhou",
        "dangxiong",
        "nimu",
        "qushui",
        "mozhugongka",
    }
    for centre in ServiceCentre.objects.filter(locale__language_code="bo"):
        assert TIBETAN.search(centre.name) and TIBETAN.search(centre.opening_hours)
    assert ContactSettings.load().hotline == "12333"
    assert NavigationMenu.objects.filter(locale__language_code="bo").count() == 2
    tibetan_home = client.get("/bo/").content.decode()
    assert 'href="tel:12333"' in tibetan_home


@pytest.mark.django_db
def test_running_the_command_again_changes_nothing(client, demo_database):
    """Every part's objects are found again by their keys: a second run makes nothing."""
    models = [
        Page,
        ServiceCentre,
        NavigationMenu,
        get_document_model(),
        get_image_model(),
        PolicyCategory,
        TrainingInstitution,
        ShortageList,
        Employer,
        # The workers' histories (workers/demo.py and the apps' demo loaders after it).
        StaffAssessment,
        CareerPlan,
        PlanVersion,
        ActionStep,
        PlanDelivery,
        TrainingPlan,
        Enrolment,
        ProgressNote,
        Placement,
        FollowUp,
        Interview,
        BusinessProject,
        Referral,
        SupportResource,
    ]
    counts = [model.objects.count() for model in models]
    revisions = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert "Nothing new" in out.getvalue()
    assert counts == [model.objects.count() for model in models]
    assert revisions == {page.pk: page.latest_revision_id for page in Page.objects.all()}
    assert HomePage.objects.count() == 2


@pytest.mark.django_db
def test_a_missing_tibetan_text_stops_the_command_before_anything_is_saved(monkeypatch):
    before = Page.objects.count()
    import_module("home.demo")  # its texts fill the table of Tibetan translations
    monkeypatch.delitem(demo_content.TIBETAN, "拉萨市返乡农民工职业指导服务平台")
    with pytest.raises(CommandError):
        call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == before
    assert not ServiceCentre.objects.exists()
