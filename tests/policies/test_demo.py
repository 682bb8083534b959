"""The demo policy library (4.4.2(1)): sixteen bilingual policies at the three levels, with
expired ones, one not yet in force and training-subsidy policies for women with PDF files."""

import re

import pytest

from policies.models import PolicyCategory, PolicyIndexPage, PolicyPage

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
HAN = re.compile(r"[\u4E00-\u9FFF]")


@pytest.mark.django_db
def test_demo_policy_library(client, demo_database):
    """4.4.2(1), 5.1: national, Tibet and Lhasa policies, each translated, invented ones marked;
    expired ones and one not yet in force; at least two policies in force on training
    subsidies for women, each with a real PDF file."""
    assert PolicyIndexPage.objects.live().count() == 2
    for language in ("zh-hans", "bo"):
        policies = PolicyPage.objects.live().filter(locale__language_code=language)
        assert policies.count() >= 12
        assert set(policies.values_list("level", flat=True)) == {"national", "tibet", "lhasa"}
        assert policies.expired().count() >= 2
        assert policies.not_yet_in_force().count() >= 1
        for policy in policies:
            assert policy.document_number and policy.issuer and policy.summary, policy
            if language == "bo":
                assert TIBETAN.search(policy.title) and not HAN.search(policy.title), policy
                assert TIBETAN.search(policy.summary) and len(policy.summary) <= 300, policy
            elif "示例" in policy.document_number:
                assert policy.summary.startswith("示例"), policy
    for category in PolicyCategory.objects.filter(locale__language_code="bo"):
        assert TIBETAN.search(category.name)

    chosen = (
        PolicyPage.objects.live()
        .in_force()
        .filter(
            locale__language_code="zh-hans",
            categories__slug="training-subsidies",
            target_groups__code="women",
        )
        .distinct()
    )
    with_pdf = set()
    for policy in chosen:
        for block in policy.attachments:
            document = block.value["document"]
            with document.open_file() as handle:
                if document.file_extension == "pdf" and handle.read(5) == b"%PDF-":
                    with_pdf.add(policy)
    assert len(with_pdf) >= 2
    response = client.get("/bo/policies/?category=training-subsidies&group=women&status=in_force")
    assert response.context["listing"].total == chosen.count()
