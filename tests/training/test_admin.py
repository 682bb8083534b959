"""Staff keep institutions and courses in the Wagtail admin (clause 4.4.1(1))."""

import pytest


@pytest.mark.django_db
def test_staff_can_open_the_course_and_institution_editors(admin_client, catalogue):
    course = catalogue.course()
    paths = [
        f"/admin/pages/add/training/coursepage/{catalogue.index.pk}/",
        f"/admin/pages/{course.pk}/edit/",
        "/admin/snippets/training/traininginstitution/",
        f"/admin/snippets/training/traininginstitution/edit/{catalogue.lapsed.pk}/",
    ]
    for path in paths:
        response = admin_client.get(path)
        assert response.status_code == 200, path
    listing = admin_client.get("/admin/snippets/training/traininginstitution/").content.decode()
    assert catalogue.lapsed.licence_number in listing
