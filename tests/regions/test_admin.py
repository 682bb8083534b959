"""Districts, counties and townships in the staff admin, under Settings: every staff member looks
them up, only superusers correct them, nobody deletes one (jobs and links refer to them)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from staff.roles import JOB_REVIEWERS


@pytest.fixture
def reviewer_client(client, db):
    user = get_user_model().objects.create_user("reviewer", password="password-123")
    user.groups.add(Group.objects.get(name=JOB_REVIEWERS))
    client.force_login(user)
    return client


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "password-123")
    client.force_login(user)
    return client


def test_staff_find_townships_by_name_and_area_but_do_not_edit_them(reviewer_client, townships):
    deqing = townships["dazi-deqing"]
    response = reviewer_client.get(f"/admin/townships/?area={deqing.area_id}")
    assert response.status_code == 200
    content = response.content.decode()
    assert "德庆镇" in content and "八廓街道" not in content
    assert f"/admin/townships/inspect/{deqing.pk}/" in content
    assert f"/admin/townships/edit/{deqing.pk}/" not in content
    assert "塔杰乡" in reviewer_client.get("/admin/townships/?q=塔杰").content.decode()
    assert reviewer_client.get(f"/admin/townships/inspect/{deqing.pk}/").status_code == 200
    assert reviewer_client.get(f"/admin/townships/edit/{deqing.pk}/").status_code != 200
    assert reviewer_client.get("/admin/areas/").status_code == 200
    assert reviewer_client.get("/admin/areas/add/").status_code != 200


def test_the_regions_are_under_settings(reviewer_client, db):
    content = reviewer_client.get("/admin/").content.decode()
    assert "/admin/townships/" in content and "/admin/areas/" in content


def test_a_superuser_corrects_a_township_but_deletes_none(admin_client, townships):
    deqing = townships["dazi-deqing"]
    response = admin_client.post(
        f"/admin/townships/edit/{deqing.pk}/",
        {
            "area": deqing.area_id,
            "code": "dazi-deqing",
            "kind": "town",
            "name_zh": "德庆镇",
            "name_bo": "བདེ་ཆེན་གྲོང་རྡལ།",
            "latitude": "29.67300",
            "longitude": "91.35000",
            "sort_order": "1",
        },
    )
    assert response.status_code == 302
    deqing.refresh_from_db()
    assert str(deqing.latitude) == "29.67300"
    assert admin_client.get(f"/admin/townships/delete/{deqing.pk}/").status_code != 200
