"""The case-study listing: filters by county, industry, outcome and group with counts, in both
languages; shareable addresses; cards with light photos; hostile query strings."""

import re

import pytest

from tests.cases.conftest import CASES, add_case

PATHS = {"zh": "/cases/", "bo": "/bo/cases/"}
LABELS = {
    "zh": {"linzhou": "林周县", "women": "妇女", "crafts": "藏族手工艺", "employed": "实现就业"},
    "bo": {
        "linzhou": "ལྷུན་གྲུབ་རྫོང་།",
        "women": "བུད་མེད།",
        "crafts": "བོད་ཀྱི་ལག་ཤེས།",
        "employed": "ལས་ཀ་རྙེད་པ།",
    },
}


def get(client, language, query=""):
    response = client.get(PATHS[language] + query)
    assert response.status_code == 200
    return response


def listed(response, language, cases):
    """The keys of the cases shown, in the order shown."""
    by_id = {case[language].pk: key for key, case in cases.items()}
    return sorted(by_id[page.pk] for page in response.context["listing"].page.object_list)


def counts(response, facet_name):
    facet = next(f for f in response.context["listing"].facets if f.name == facet_name)
    return {option.value: option.count for option in facet.options}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_everything_is_listed_with_a_count_per_option(client, cases, language):
    """4.4.2(4): the case studies are listed, each filter option counting its cases."""
    response = get(client, language)
    assert listed(response, language, cases) == sorted(cases)
    assert counts(response, "county") == {
        "chengguan": 1,
        "duilongdeqing": 0,
        "dazi": 1,
        "linzhou": 2,
        "dangxiong": 0,
        "nimu": 1,
        "qushui": 0,
        "mozhugongka": 0,
    }
    assert counts(response, "industry")["crafts"] == 1
    assert counts(response, "industry")["tourism"] == 0
    assert counts(response, "outcome") == {"employed": 2, "business": 2, "cooperative": 1}
    assert counts(response, "group") == {
        "long_term_returnees": 2,
        "women": 3,
        "youth": 2,
        "ethnic_minorities": 1,
    }
    html = response.content.decode()
    county = LABELS[language]["linzhou"]
    assert re.search(rf'{county} <span class="facet__count">\(2\)</span>', html)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_filter_by_county(client, cases, language):
    response = get(client, language, "?county=linzhou")
    assert listed(response, language, cases) == ["drolma", "tashi"]
    # The other facets count within the chosen county; the county facet ignores itself.
    assert counts(response, "outcome") == {"employed": 0, "business": 1, "cooperative": 1}
    assert counts(response, "group")["women"] == 1
    assert counts(response, "county")["dazi"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_filter_by_industry(client, cases, language):
    response = get(client, language, "?industry=crafts")
    assert listed(response, language, cases) == ["drolma"]
    assert counts(response, "county")["linzhou"] == 1
    assert counts(response, "industry")["retail"] == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_filter_by_outcome(client, cases, language):
    response = get(client, language, "?outcome=employed")
    assert listed(response, language, cases) == ["lhamo", "tsering"]
    assert counts(response, "group") == {
        "long_term_returnees": 2,
        "women": 1,
        "youth": 0,
        "ethnic_minorities": 0,
    }
    assert LABELS[language]["employed"] in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_filter_by_target_group(client, cases, language):
    """5.2(5): a worker finds the cases of their own group, e.g. women; choosing two groups
    shows the cases of either."""
    response = get(client, language, "?group=women")
    assert listed(response, language, cases) == ["drolma", "lhamo", "yangchen"]
    assert counts(response, "county") == {
        "chengguan": 1,
        "duilongdeqing": 0,
        "dazi": 0,
        "linzhou": 1,
        "dangxiong": 0,
        "nimu": 1,
        "qushui": 0,
        "mozhugongka": 0,
    }
    assert counts(response, "group")["youth"] == 2

    either = get(client, language, "?group=women&group=youth")
    assert listed(either, language, cases) == ["drolma", "lhamo", "tashi", "yangchen"]
    assert either.context["listing"].total == 4


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_county_and_group_together(client, cases, language):
    """5.2(5): a woman in Linzhou County finds the one case of a woman from there."""
    response = get(client, language, "?county=linzhou&group=women")
    assert listed(response, language, cases) == ["drolma"]
    html = response.content.decode()
    women = LABELS[language]["women"]
    assert re.search(rf'value="women" id="[^"]+" checked>\s*<label[^>]*>{women} ', html)
    assert cases["drolma"][language].title in html
    assert cases["tashi"][language].title not in html


@pytest.mark.django_db
def test_each_language_lists_its_own_translations(client, cases):
    chinese = get(client, "zh").content.decode()
    tibetan = get(client, "bo").content.decode()
    assert cases["drolma"]["zh"].title in chinese
    assert cases["drolma"]["bo"].title not in chinese
    assert cases["drolma"]["bo"].title in tibetan
    assert cases["drolma"]["zh"].title not in tibetan
    assert '<a href="/bo/cases/drolma/">' in tibetan


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
def test_card_shows_photo_county_industry_and_lesson(client, cases, language):
    """4.4.2(4): each card shows the photo, the county, the industry and the lesson."""
    html = get(client, language, "?industry=crafts").content.decode()
    card = html[html.index('<article class="case-card">') :]
    card = card[: card.index("</article>")]
    labels = LABELS[language]
    assert labels["linzhou"] in card
    assert labels["crafts"] in card
    assert cases["drolma"][language].lesson in card
    alt = {"zh": CASES[0]["alt"][0], "bo": CASES[0]["alt"][1]}[language]
    assert f'alt="{alt}"' in card


@pytest.mark.django_db
def test_card_photo_is_a_small_lazy_rendition_with_its_size(client, cases):
    """Cheap phones: the card photo is a small rendition (WebP with a JPEG fallback, in two
    widths with srcset and sizes), with width and height and lazy loading; never the
    original upload."""
    html = get(client, "zh", "?industry=crafts").content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    source = re.search(r"<source [^>]*>", picture).group(0)
    assert 'type="image/webp"' in source
    assert "fill-240x160.format-webp.webpquality-60.webp 240w" in source
    assert "fill-480x320.format-webp.webpquality-60.webp 480w" in source
    assert 'sizes="(min-width: 576px) 240px, 100vw"' in source
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert 'width="240"' in img and 'height="160"' in img
    assert 'loading="lazy"' in img
    assert "fill-240x160.format-jpeg.jpegquality-70.jpg" in img
    assert "srcset=" in img and "sizes=" in img
    assert "original_images" not in html


@pytest.mark.django_db
def test_filtered_pages_have_shareable_addresses(client, index):
    """A filtered list is a link: the next page keeps the filters in its address."""
    for number in range(14):
        add_case(index["zh"], CASES[0], slug=f"weaver-{number}")
    add_case(index["zh"], CASES[2], slug="builder")
    response = get(client, "zh", "?county=linzhou")
    assert response.context["listing"].total == 14
    html = response.content.decode()
    assert 'href="?county=linzhou&amp;page=2"' in html

    second = get(client, "zh", "?county=linzhou&page=2")
    assert len(second.context["listing"].page.object_list) == 2
    assert second.context["listing"].chosen["county"] == ["linzhou"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh", "bo"])
@pytest.mark.parametrize(
    "query",
    [
        "?county=nowhere",
        "?county=" + "x" * 5000,
        "?county=<script>alert(1)</script>",
        "?group=<script>&group=women",
        "?industry=crafts&industry=retail",
        "?outcome[]=employed",
        "?page=abc",
        "?page=-1",
        "?page=99999999999999999999",
        "?county=linzhou&county=dazi&page=0",
        "?%00=%00&group=%ff",
    ],
)
def test_hostile_query_strings_are_answered(client, cases, language, query):
    """Unknown, very long or hostile values are ignored, never an error (no 500)."""
    response = get(client, language, query)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert response.context["listing"].total >= 1
