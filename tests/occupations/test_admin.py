"""Staff keep the classification and the shortage lists in the admin (4.4.2(2))."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from occupations.models import Occupation, ShortageList


@pytest.fixture
def staff_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "password-123")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_staff_find_occupations_by_code_or_name(staff_client, classification):
    response = staff_client.get("/admin/snippets/occupations/occupation/?q=电工")
    assert response.status_code == 200
    content = response.content.decode()
    assert "6-31-01-03" in content
    assert "6-18-02-04" not in content
    response = staff_client.get("/admin/snippets/occupations/occupation/?level=1")
    assert response.status_code == 200


@pytest.mark.django_db
def test_staff_correct_the_name_of_an_occupation(staff_client, classification):
    electrician = classification["6-31-01-03"]
    response = staff_client.post(
        f"/admin/snippets/occupations/occupation/edit/{electrician.pk}/",
        {"code": "6-31-01-03", "name_zh": "电工（低压）", "name_bo": "གློག་བཟོ་བ།"},
    )
    assert response.status_code == 302
    electrician.refresh_from_db()
    assert electrician.name_zh == "电工（低压）"
    assert electrician.level == 4 and electrician.parent.code == "6-31-01"


@pytest.mark.django_db
def test_staff_publish_a_shortage_list_with_its_occupations(staff_client, classification):
    """4.4.2(2): a shortage list per period, its occupations and their demand, kept by staff."""
    assert staff_client.get("/admin/snippets/occupations/shortagelist/add/").status_code == 200
    response = staff_client.post(
        "/admin/snippets/occupations/shortagelist/add/",
        {
            "title": "2026年拉萨市紧缺工种目录",
            "issuer": "拉萨市人力资源和社会保障局",
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
            "published_on": "2026-01-15",
            "source_url": "",
            "entries-TOTAL_FORMS": "2",
            "entries-INITIAL_FORMS": "0",
            "entries-MIN_NUM_FORMS": "0",
            "entries-MAX_NUM_FORMS": "1000",
            "entries-0-occupation": str(classification["6-31-01-03"].pk),
            "entries-0-demand": "high",
            "entries-0-note": "需持电工证。",
            "entries-0-ORDER": "1",
            "entries-0-id": "",
            "entries-0-DELETE": "",
            "entries-1-occupation": str(classification["6-31-01"].pk),
            "entries-1-demand": "medium",
            "entries-1-note": "",
            "entries-1-ORDER": "2",
            "entries-1-id": "",
            "entries-1-DELETE": "",
        },
    )
    # A group of occupations (6-31-01) cannot be on the list.
    assert response.status_code == 200
    assert not ShortageList.objects.exists()

    data = response.context["form"].data.copy()
    data["entries-TOTAL_FORMS"] = "1"
    response = staff_client.post("/admin/snippets/occupations/shortagelist/add/", data)
    assert response.status_code == 302
    shortage_list = ShortageList.objects.get()
    assert shortage_list.period_end == datetime.date(2026, 12, 31)
    assert [e.occupation.code for e in shortage_list.entries.all()] == ["6-31-01-03"]
    assert Occupation.objects.with_counts().get(code="6-31-01").shortage_count == (
        1 if shortage_list.is_current() else 0
    )


@pytest.mark.django_db
def test_editors_may_keep_shortage_lists_and_translators_translate_them(db):
    from django.contrib.auth.models import Group

    from staff.roles import EDITORS, MODERATORS, TRANSLATORS

    def codenames(name):
        return set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="occupations")
            .values_list("codename", flat=True)
        )

    assert {"add_shortagelist", "change_shortagelist", "change_occupation"} <= codenames(EDITORS)
    assert "delete_shortagelist" in codenames(MODERATORS)
    assert "delete_shortagelist" not in codenames(EDITORS)
    assert codenames(TRANSLATORS) == {"change_shortagelist"}
