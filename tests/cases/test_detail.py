"""A case study's page: the story, figures, support received, the lesson, its photos as light
renditions and other cases from the same county, in Chinese and Tibetan."""

import json
import re

import pytest

from cases.models import CasePage, CasePhoto
from tests.cases.conftest import CASES, add_case, make_image, paragraph, translate_case


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_lesson_is_shown_prominently_near_the_top(client, cases, language):
    """4.4.2(4): the lesson learnt is set apart, right after the facts about the worker."""
    page = cases["drolma"][language]
    html = html_of(client, page)
    lesson = re.search(r'<aside class="case-lesson"[^>]*>(.*?)</aside>', html, re.S).group(1)
    assert f'<p class="case-lesson__text">{page.lesson}</p>' in lesson
    assert html.index('class="case-lesson"') < html.index('id="case-story-heading"')


@pytest.mark.django_db
def test_figures_table_in_chinese(client, cases):
    """4.4.2(4): income before and after, the change, jobs created, in a small table."""
    html = section(html_of(client, cases["drolma"]["zh"]), "case-figures-heading")
    assert "<table" in html
    assert '<th scope="row">以前的月收入</th><td>1,800 元</td>' in html
    assert '<th scope="row">现在的月收入</th><td>4,200 元</td>' in html
    assert '<th scope="row">月收入变化</th><td>每月增加 2,400 元</td>' in html
    assert '<th scope="row">带动就业</th><td>12</td>' in html
    assert "投资" not in html  # not given for this case


@pytest.mark.django_db
def test_figures_table_in_tibetan_says_a_fall_in_words(client, cases):
    """4.1.3 and no information by colour alone: a lower income reads "down" in Tibetan."""
    html = section(html_of(client, cases["lhamo"]["bo"]), "case-figures-heading")
    assert "<td>ཟླ་རེར་སྒོར་ 600 ཆག</td>" in html
    assert "<td>སྒོར་ 5,200</td>" in html
    assert "<td>སྒོར་ 4,600</td>" in html


@pytest.mark.django_db
def test_no_figures_no_table(client, index):
    spec = {**CASES[2], "figures": {}}
    html = html_of(client, add_case(index["zh"], spec))
    assert 'id="case-figures-heading"' not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_support_received_links_to_the_page_in_the_reader_language(
    client, index, guide, tibetan, language
):
    """4.4.2(4): the support received links to the portal's pages (here a training guide),
    in the reader's language, with what it meant for this worker."""
    page = add_case(
        index["zh"],
        CASES[0],
        support=[
            ("page", {"page": guide["zh"], "note": "免费培训20天"}),
            ("other", "村委会提供的织房"),
        ],
    )
    pages = {"zh": page, "bo": translate_case(page, tibetan, CASES[0])}
    html = section(html_of(client, pages[language]), "case-support-heading")
    target = guide[language]
    assert f'<a href="{target.url}">{target.title}</a>' in html
    assert "免费培训20天" in html
    assert "村委会提供的织房" in html


@pytest.mark.django_db
def test_unpublished_support_pages_are_left_out(client, index, guide):
    page = add_case(
        index["zh"], CASES[0], support=[("page", {"page": guide["zh"], "note": "培训"})]
    )
    guide["zh"].unpublish()
    assert 'id="case-support-heading"' not in html_of(client, page)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_other_cases_from_the_same_county(client, cases, language):
    """5.2(5): a reader sees what else worked in their county, in their language."""
    html = html_of(client, cases["drolma"][language])
    others = html[html.index('id="case-others-heading"') :]
    assert cases["tashi"][language].title in others
    assert cases["tashi"][language].lesson in others
    for key in ("drolma", "tsering", "yangchen", "lhamo"):
        assert f'href="{cases[key][language].url}"' not in others
    assert 'id="case-others-heading"' not in html_of(client, cases["tsering"][language])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_photos_are_light_renditions_with_alternative_text_in_the_page_language(
    client, index, tibetan, language
):
    """Cheap phones and accessibility: every photo (the case's photos and images in the story)
    is served as WebP and JPEG renditions of at most 960 pixels, with srcset, sizes, width,
    height and lazy loading, and has alternative text in the page's language."""
    story_image = make_image("工地", size=(1600, 1200))
    page = add_case(
        index["zh"],
        CASES[0],
        story=[
            paragraph("先考证，再找工作。"),
            ("image", {"image": story_image, "alt_text": "工地上的塔吊", "caption": "示意图"}),
        ],
    )
    pages = {"zh": page, "bo": translate_case(page, tibetan, CASES[0])}
    if language == "bo":
        bo = CasePage.objects.get(pk=pages["bo"].pk)
        bo.story = [
            paragraph("ཕ་ཡུལ་དུ་ལོག་རྗེས།"),
            ("image", {"image": story_image, "alt_text": "འཕྲུལ་ཆས་སྒྲེང་སྐྱེལ།", "caption": ""}),
        ]
        bo.save_revision().publish()
        pages["bo"] = bo
    html = html_of(client, pages[language])
    main = html[html.index("<main") : html.index("</main>")]

    images = re.findall(r"<img [^>]*>", main)
    assert len(images) == 2
    alts = [re.search(r'alt="([^"]*)"', img).group(1) for img in images]
    expected = {
        "zh": [CASES[0]["alt"][0], "工地上的塔吊"],
        "bo": [CASES[0]["alt"][1], "འཕྲུལ་ཆས་སྒྲེང་སྐྱེལ།"],
    }
    assert alts == expected[language]
    for img in images:
        assert 'loading="lazy"' in img
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
        assert "width-480.format-jpeg.jpegquality-70.jpg 480w" in img
        assert "width-960.format-jpeg.jpegquality-70.jpg" in img
    sources = re.findall(r"<source [^>]*>", main)
    assert len(sources) == 2
    assert all('type="image/webp"' in s and "width-960.format-webp" in s for s in sources)
    assert "original_images" not in html
    # The 1600×1200 upload is sent as a 480×360 image unless the screen asks for more.
    assert 'height="360"' in images[1] and 'width="480"' in images[1]
    assert "width-960.format-jpeg.jpegquality-70.jpg 960w" in images[1]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_structured_data_describes_the_article(client, cases, language):
    page = cases["drolma"][language]
    html = html_of(client, page)
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Article"
    assert data["headline"] == page.title
    assert data["description"] == page.lesson
    assert data["inLanguage"] == {"zh": "zh-Hans", "bo": "bo"}[language]
    assert data["url"].endswith(page.url)
    assert "width-960.format-jpeg" in data["image"]


@pytest.mark.django_db
def test_story_quote_names_the_worker_when_no_one_else_is_named(client, index):
    page = add_case(
        index["zh"],
        CASES[0],
        story=[("quote", {"text": "现在是带着姐妹们一起干。", "attribution": ""})],
    )
    html = html_of(client, page)
    assert "<blockquote><p>现在是带着姐妹们一起干。</p></blockquote>" in html
    assert f"— {page.person}" in html


@pytest.mark.django_db
def test_preview_shows_unsaved_photos(index):
    """Editors preview a case study with photos they have not saved yet."""
    page = add_case(index["zh"], CASES[0])
    page.photos = [CasePhoto(image=make_image(), alt_text="还没保存的照片")]
    response = page.make_preview_request()
    assert response.status_code == 200
    html = response.content.decode()
    assert 'alt="还没保存的照片"' in html
    assert CASES[0]["alt"][0] not in html
