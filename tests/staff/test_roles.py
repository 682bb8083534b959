"""The staff roles exist from the first migration with the rights their work needs."""

import pytest
from django.contrib.auth.models import Group, User

from home.models import StandardPage
from staff import roles


def member_of(role):
    user = User.objects.create_user(f"user-{role}", password="correct-horse-battery")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.mark.django_db
def test_every_role_is_a_group_that_can_reach_the_back_office():
    """4.4.1(1): every member of staff works in the one back office."""
    for role in roles.ALL_ROLES:
        assert member_of(role).has_perm("wagtailadmin.access_admin"), role


@pytest.mark.django_db
def test_editors_write_but_moderators_publish(site):
    page = StandardPage.objects.get(pk=site["process"].pk)
    editor = member_of(roles.EDITORS)
    moderator = member_of(roles.MODERATORS)
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(moderator).can_publish()


@pytest.mark.django_db
def test_translators_translate_but_do_not_publish(site):
    translator = member_of(roles.TRANSLATORS)
    page = site["bo_disclosures"]
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert page.permissions_for_user(translator).can_edit()
    assert not page.permissions_for_user(translator).can_publish()


@pytest.mark.django_db
def test_roles_without_content_work_cannot_edit_pages(site):
    for role in (roles.COUNSELLORS, roles.COMPLAINT_OFFICERS, roles.JOB_REVIEWERS):
        assert not site["process"].permissions_for_user(member_of(role)).can_edit(), role


@pytest.mark.django_db
def test_wagtail_sample_groups_are_replaced_by_the_service_roles():
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.ALL_ROLES)


@pytest.mark.django_db
def test_a_page_submitted_for_moderation_is_approved_by_the_moderators(site):
    """4.4.1: what an editor submits, a moderator (审核发布员) approves in Wagtail's workflow."""
    page = StandardPage.objects.get(pk=site["process"].pk)
    workflow = page.get_workflow()
    assert workflow is not None
    editor, moderator = member_of(roles.EDITORS), member_of(roles.MODERATORS)
    page.save_revision(user=editor)
    state = workflow.start(page, editor)
    task = state.current_task_state.task.specific
    assert task.user_can_access_editor(page, moderator)
    assert [action[0] for action in task.get_actions(page, moderator)][:1] == ["reject"]
    assert task.get_actions(page, editor) == []
