"""The case-study model: figures, required alternative text, translation and support links."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.segments.extract import extract_segments

from cases.blocks import StoryBlock, SupportBlock
from cases.models import CasePage, CasePhoto
from policies.models import PolicyPage
from tests.cases.conftest import CASES, add_case, make_image


@pytest.mark.parametrize(
    ("before", "after", "change", "amount"),
    [(1800, 4200, 2400, 2400), (5200, 4600, -600, 600), (3000, 3000, 0, 0)],
)
def test_income_change_is_after_minus_before(before, after, change, amount):
    """4.4.2(4): a case study shows how the monthly income changed, computed from the two
    figures rather than typed in."""
    page = CasePage(income_before=before, income_after=after)
    assert page.income_change == change
    assert page.income_change_amount == amount


@pytest.mark.parametrize(("before", "after"), [(None, 4200), (1800, None), (None, None)])
def test_income_change_is_unknown_without_both_figures(before, after):
    page = CasePage(income_before=before, income_after=after)
    assert page.income_change is None
    assert page.income_change_amount is None


def test_figures_are_optional():
    assert not CasePage().has_figures
    assert CasePage(jobs_created=0).has_figures


@pytest.mark.django_db
def test_a_photo_without_alternative_text_fails_validation(index):
    """Accessibility: a case study whose photo has no alternative text cannot be saved."""
    page = add_case(index["zh"], CASES[0])
    page.photos = [CasePhoto(image=make_image(), alt_text="   ")]
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert [e.code for e in error.value.error_dict["__all__"]] == ["photo_alt_text_missing"]

    with pytest.raises(ValidationError) as error:
        CasePhoto(page=page, image=make_image(), alt_text="").full_clean()
    assert "alt_text" in error.value.message_dict


@pytest.mark.django_db
def test_the_admin_form_refuses_a_photo_without_alternative_text(index, admin_user):
    """Accessibility: the editor's form marks the empty alternative text of a photo."""
    page = add_case(index["zh"], CASES[0])
    form_class = CasePage.get_edit_handler().get_form_class()
    image = make_image()
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "lesson": page.lesson,
            "person": page.person,
            "district": page.district,
            "industry": page.industry,
            "outcome": page.outcome,
            "story": streamfield([("paragraph", rich_text("<p>回乡创业。</p>"))]),
            "support": streamfield([]),
            "photos": inline_formset([{"image": image.pk, "alt_text": "", "caption": ""}]),
        }
    )
    form = form_class(data, instance=page, parent_page=index["zh"], for_user=admin_user)
    assert not form.is_valid()
    assert form.formsets["photos"].errors[0]["alt_text"]

    data["photos-0-alt_text"] = "织机上的氆氇"
    form = form_class(data, instance=page, parent_page=index["zh"], for_user=admin_user)
    assert form.is_valid(), (form.errors, form.formsets["photos"].errors)


@pytest.mark.django_db
def test_an_image_in_the_story_needs_alternative_text():
    """Accessibility: an image block of the story is refused without alternative text."""
    image = make_image()
    block = StoryBlock()
    missing = StreamValue(block, [("image", {"image": image, "alt_text": "", "caption": "图"})])
    with pytest.raises(ValidationError):
        block.clean(missing)
    given = StreamValue(block, [("image", {"image": image, "alt_text": "工地", "caption": ""})])
    assert block.clean(given)


@pytest.mark.django_db
def test_alternative_text_and_story_are_translated_and_groups_kept(index, tibetan):
    """4.1.3: the photo's alternative text is a translatable segment (so the Tibetan page has
    Tibetan alternative text); the target groups (5.2(5)) stay those of the source."""
    page = add_case(index["zh"], CASES[0])
    segments = {segment.path: segment for segment in extract_segments(page)}
    photo = page.photos.get()
    assert segments[f"photos.{photo.translation_key}.alt_text"].render_text() == "织机上的彩色氆氇"
    assert any(path.startswith("story.") for path in segments)
    assert "lesson" in segments and "person" in segments

    translation = page.copy_for_translation(tibetan)
    assert sorted(g.code for g in translation.target_groups.all()) == [
        "ethnic_minorities",
        "women",
    ]
    assert translation.photos.get().locale == tibetan


def test_policy_support_links_only_to_policy_pages():
    """4.4.2(1) and (4): "support received" names policies of the policy library."""
    policy_block = SupportBlock().child_blocks["policy"].child_blocks["page"]
    assert policy_block.target_model is PolicyPage
    other_block = SupportBlock().child_blocks["page"].child_blocks["page"]
    assert other_block.target_model.__name__ == "Page"
