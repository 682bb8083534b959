"""Editors keep the library in the Wagtail admin: policies, their categories (a translatable
snippet) and the library page can be created and edited (4.4.2(1))."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from policies.models import PolicyCategory, PolicyPage


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", "pw-123456789")


@pytest.mark.django_db
def test_policy_edit_and_create_forms_load(client, editor, policies, library):
    client.force_login(editor)
    policy = policies["lifelong"]
    response = client.get(reverse("wagtailadmin_pages:edit", args=[policy.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("document_number", "issuer", "level", "issue_date", "expiry_date"):
        assert f'name="{name}"' in html, name
    assert 'name="categories"' in html and 'name="target_groups"' in html
    create = reverse("wagtailadmin_pages:add", args=["policies", "policypage", library["zh"].pk])
    assert client.get(create).status_code == 200


@pytest.mark.django_db
def test_a_policy_cannot_be_saved_expiring_before_it_takes_effect(client, editor, library):
    client.force_login(editor)
    create = reverse("wagtailadmin_pages:add", args=["policies", "policypage", library["zh"].pk])
    data = {
        "title": "测试政策",
        "slug": "test-policy",
        "issuer": "国务院",
        "level": "national",
        "issue_date": "2024-01-01",
        "effective_date": "2024-02-01",
        "expiry_date": "2024-01-15",
        "interpretation-count": "0",
        "attachments-count": "0",
        "related_policies-count": "0",
    }
    response = client.post(create, data)
    assert response.status_code == 200  # the form again, with the error
    assert list(response.context["form"].errors) == ["expiry_date"]
    assert not PolicyPage.objects.filter(slug="test-policy").exists()

    response = client.post(create, {**data, "expiry_date": "2024-12-31"})
    assert response.status_code == 302
    assert PolicyPage.objects.get(slug="test-policy").expiry_date.isoformat() == "2024-12-31"


@pytest.mark.django_db
def test_category_snippets_are_listed(client, editor, categories):
    client.force_login(editor)
    url = reverse(PolicyCategory.snippet_viewset.get_url_name("list"))
    response = client.get(url)
    assert response.status_code == 200
    assert "培训补贴" in response.content.decode()


@pytest.mark.django_db
def test_a_new_policy_can_be_previewed(client, editor, library, categories, policies):
    client.force_login(editor)
    args = ["policies", "policypage", library["zh"].pk]
    preview = reverse("wagtailadmin_pages:preview_on_add", args=args)
    data = {
        "title": "预览中的政策",
        "slug": "preview-policy",
        "document_number": "测发〔2026〕1号",
        "issuer": "国务院",
        "level": "national",
        "issue_date": "2026-01-01",
        "effective_date": "2026-02-01",
        "categories": [categories["training-subsidies"].pk],
        "interpretation-count": "0",
        "attachments-count": "0",
        "related_policies-count": "1",
        "related_policies-0-type": "policy",
        "related_policies-0-value": policies["youth"].pk,
        "related_policies-0-deleted": "",
        "related_policies-0-order": "0",
    }
    assert client.post(preview, data).json()["is_valid"]
    response = client.get(preview)
    assert response.status_code == 200
    html = response.content.decode()
    assert "预览中的政策" in html and "测发〔2026〕1号" in html and "培训补贴" in html
    assert policies["youth"].title in html
