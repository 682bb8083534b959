"""The rules of a resource: a video course always has its transcript, and plays only a video
file (4.4.2(5), accessibility)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from resources.models import ResourcePage
from tests.resources.conftest import make_document

VIDEO_EXTENSIONS = ["pdf", "txt", "mp4", "webm"]


def resource(kind, **fields):
    return ResourcePage(
        title="电工安全入门",
        slug="video",
        kind=kind,
        publisher="服务中心",
        publication_date=datetime.date(2026, 2, 28),
        **fields,
    )


def validate(page):
    """As the admin does before saving (the tree position is set when the page is added)."""
    page.full_clean(exclude=["path", "depth"])


def errors(page):
    with pytest.raises(ValidationError) as raised:
        validate(page)
    return raised.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("transcript", ["", "   \n  "])
def test_a_video_course_needs_a_transcript(transcript):
    """4.4.2(5): no video course without its text, for workers who cannot hear or play it."""
    assert "transcript" in errors(resource("video", transcript=transcript))


@pytest.mark.django_db
def test_a_video_course_with_a_transcript_is_valid_even_before_its_video():
    validate(resource("video", transcript="第一步，停电。"))


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["report", "handbook", "reading"])
def test_other_kinds_need_no_transcript(kind):
    validate(resource(kind))


@pytest.mark.django_db
@override_settings(WAGTAILDOCS_EXTENSIONS=VIDEO_EXTENSIONS)
@pytest.mark.parametrize("name", ["lesson.mp4", "lesson.webm", "LESSON.MP4"])
def test_mp4_and_webm_files_are_accepted_as_videos(tmp_path, settings, name):
    settings.MEDIA_ROOT = tmp_path
    video = make_document("课程", name, b"\x00" * 32)
    video.full_clean()
    validate(resource("video", transcript="文字稿。", video=video))


@pytest.mark.django_db
def test_a_pdf_is_not_a_video(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    document = make_document("手册", "handbook.pdf", b"%PDF-1.4")
    assert "video" in errors(resource("video", transcript="文字稿。", video=document))


@pytest.mark.django_db
@override_settings(WAGTAILDOCS_EXTENSIONS=VIDEO_EXTENSIONS)
def test_only_a_video_course_has_a_video(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    video = make_document("课程", "lesson.mp4", b"\x00" * 32)
    assert "video" in errors(resource("handbook", video=video))


@pytest.mark.django_db
def test_without_the_settings_change_video_files_cannot_be_uploaded(tmp_path, settings):
    """Documentation of the settings change this part needs: WAGTAILDOCS_EXTENSIONS must list
    mp4 and webm before editors can upload videos."""
    settings.MEDIA_ROOT = tmp_path
    video = make_document("课程", "lesson.mp4", b"\x00" * 32)
    if {"mp4", "webm"} <= set(settings.WAGTAILDOCS_EXTENSIONS):
        video.full_clean()
    else:
        with pytest.raises(ValidationError):
            video.full_clean()
