"""Automated accessibility checks (axe-core) on the online services of issue 7, in both
languages: booking an appointment, the self-assessment, filing and looking up a complaint, and
a satisfaction survey (4.3.1(4), 7.2, 7.3)."""

from urllib.parse import urlsplit

import pytest

from complaints.models import Complaint
from quality.invitations import invite, survey_url
from quality.models import Invitation
from tests.e2e.helpers import AXE, LANGUAGES
from tests.e2e.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe

pytestmark = pytest.mark.browser

SERVICE_PAGES = ["/appointments/", "/self-assessment/", "/complaints/", "/complaints/lookup/"]


def prefixed(path, language):
    return path if language == "zh-hans" else f"/bo{path}"


def test_the_online_services_have_no_serious_accessibility_violations(new_context, demo):
    assert AXE.exists(), f"{AXE} is missing: run `npm ci` in the project folder"
    invited = Invitation.objects.values("object_id")
    complaint = Complaint.objects.exclude(pk__in=invited).first()
    survey = urlsplit(survey_url(invite(complaint, "bo"))).path
    page = new_context(bypass_csp=True).new_page()
    targets = [prefixed(path, language) for language in LANGUAGES for path in SERVICE_PAGES]
    problems = []
    for path in [*targets, survey]:
        assert page.goto(path).status == 200, path
        page.evaluate("document.fonts.ready.then(() => true)")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(RUN_AXE)
        problems += [describe(path, v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not problems, "axe-core found serious or critical violations:\n" + "\n".join(problems)
