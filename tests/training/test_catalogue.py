"""The course catalogue: open courses by default, filters with counts in both languages, status
in words on every card, and answers to any query string."""

import re

import pytest

from training.models import Language

PATHS = {"zh-hans": "/training/", "bo": "/bo/training/"}


@pytest.fixture
def courses(catalogue):
    """Six courses: four open, one started, one at the lapsed institution."""
    occupations = catalogue.occupations
    return {
        "cooking": catalogue.course(
            "中式烹调师初级班", language=Language.BOTH, cost=0, subsidy_eligible=True
        ),
        "guide": catalogue.course(
            "藏语导游班",
            occupation=occupations["4-07-04-01"],
            language=Language.TIBETAN,
            district="duilongdeqing",
            skill_level="special",
            cost=0,
        ),
        "mason": catalogue.course(
            "砌筑工班",
            occupation=occupations["6-29-01-01"],
            language=Language.CHINESE,
            district="qushui",
            skill_level="4",
            cost=1200,
            subsidy_eligible=True,
        ),
        "advanced_mason": catalogue.course(
            "砌筑工提高班",
            occupation=occupations["6-29-01-01"],
            language=Language.CHINESE,
            cost=1500,
        ),
        "started": catalogue.course("已开课的烹饪班", start=-3, language=Language.TIBETAN),
        "lapsed": catalogue.course(
            "过期机构的驾驶班", institution=catalogue.lapsed, language=Language.TIBETAN
        ),
    }


def listing_of(client, language, query=""):
    response = client.get(PATHS[language] + query)
    assert response.status_code == 200
    return response.context["listing"], response.content.decode()


def shown(listing):
    return {course.translation_key for course in listing.page.object_list}


def keys(*pages):
    return {page.translation_key for page in pages}


def options(listing, name):
    facet = next(facet for facet in listing.facets if facet.name == name)
    return {option.value: option.count for option in facet.options}


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
def test_by_default_only_courses_open_for_enrolment_are_listed(client, courses, language):
    """6.2.2 and 5.2(3): the catalogue recommends only courses a worker can be booked onto, at
    qualified institutions; the started course and the lapsed institution's course are left out
    until the reader asks for all courses."""
    listing, html = listing_of(client, language)
    assert shown(listing) == keys(
        courses["cooking"], courses["guide"], courses["mason"], courses["advanced_mason"]
    )
    assert not listing.filtered
    assert 'href="?enrolment="' in html
    assert options(listing, "enrolment") == {"open": 4}

    everything, html = listing_of(client, language, "?enrolment=")
    assert shown(everything) == keys(*courses.values())
    assert everything.filtered
    assert options(everything, "enrolment") == {"open": 4}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "lapsed", "started"),
    [
        ("zh-hans", "资质已过期 — 不推荐", "报名已截止：课程已开课"),
        ("bo", "ཆོག་མཆན་དུས་ཚོད་ཡོལ་ཟིན། — འོས་སྦྱོར་མི་བྱེད།", "མིང་འགོད་མཚམས་ཆད་ཟིན།"),
    ],
)
def test_every_card_says_its_status_in_words(client, courses, language, lapsed, started):
    """6.2.2: a course of an institution whose qualification lapsed is marked "not recommended"
    and "not offered for booking" in text, not only by colour."""
    _, html = listing_of(client, language, "?enrolment=")
    cards = re.findall(r'<article class="course-card[^"]*">.*?</article>', html, re.S)
    assert len(cards) == 6
    lapsed_cards = [card for card in cards if "course-card--not-recommended" in card]
    assert len(lapsed_cards) == 1
    assert lapsed in lapsed_cards[0]
    assert "course-status--not_recommended" in lapsed_cards[0]
    assert sum(started in card for card in cards) == 1
    for card in cards:
        assert "<time datetime=" in card  # dates
        assert re.search(r"<dt>[^<]+</dt><dd>", card)


@pytest.mark.django_db
def test_a_card_shows_course_institution_dates_language_cost_and_qualification(client, courses):
    _, html = listing_of(client, "zh-hans")
    card = re.search(
        r'<article class="course-card">(?:(?!</article>).)*砌筑工班.*?</article>', html, re.S
    )
    assert card, "the mason course has no card"
    card = card.group(0)
    mason = courses["mason"]
    assert f'href="{mason.url}"' in card
    assert "拉萨市职业技能培训中心" in card
    assert "资质有效的机构" in card
    assert mason.start_date.isoformat() in card and mason.end_date.isoformat() in card
    assert "汉语" in card
    assert "1200 元" in card and "可享受培训补贴" in card
    assert "正在报名：剩余 10 个名额" in card


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
def test_filter_by_occupation_major_group(client, courses, catalogue, language):
    """4.4.2(2), 5.2(3): courses are found by the major group of their occupation."""
    services = catalogue.occupations["4"].pk
    production = catalogue.occupations["6"].pk
    listing, _ = listing_of(client, language)
    assert options(listing, "group") == {str(services): 2, str(production): 2}

    listing, html = listing_of(client, language, f"?group={production}")
    assert shown(listing) == keys(courses["mason"], courses["advanced_mason"])
    assert f'value="{production}" id="facet-group-2" checked' in html
    name = catalogue.occupations["6"].name_bo if language == "bo" else "生产制造及有关人员"
    assert name in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
def test_filter_by_district(client, courses, language):
    listing, _ = listing_of(client, language)
    counts = options(listing, "district")
    assert (counts["chengguan"], counts["duilongdeqing"], counts["qushui"], counts["dazi"]) == (
        2,
        1,
        1,
        0,
    )
    listing, _ = listing_of(client, language, "?district=qushui")
    assert shown(listing) == keys(courses["mason"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "label"), [("zh-hans", "藏语授课"), ("bo", "བོད་སྐད་ཐོག་སློབ་ཁྲིད།")]
)
def test_filter_by_language_of_instruction_counts_bilingual_courses_in_both(
    client, courses, language, label
):
    """4.1.3, 5.1: a worker who reads Tibetan finds the courses taught in Tibetan, bilingual
    ones included."""
    listing, html = listing_of(client, language)
    assert options(listing, "language") == {"zh": 3, "bo": 2}
    assert f'{label} <span class="facet__count">(2)</span>' in html

    listing, _ = listing_of(client, language, "?language=bo")
    assert shown(listing) == keys(courses["cooking"], courses["guide"])
    # The other filters count within the chosen language.
    assert options(listing, "district")["duilongdeqing"] == 1
    assert options(listing, "district")["qushui"] == 0

    everything, _ = listing_of(client, language, "?language=bo&enrolment=")
    assert shown(everything) == keys(
        courses["cooking"], courses["guide"], courses["started"], courses["lapsed"]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
def test_filter_by_skill_level(client, courses, language):
    listing, _ = listing_of(client, language)
    counts = options(listing, "level")
    assert (counts["5"], counts["4"], counts["special"], counts["1"]) == (2, 1, 1, 0)
    listing, _ = listing_of(client, language, "?level=special")
    assert shown(listing) == keys(courses["guide"])


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
def test_filter_free_or_subsidised(client, courses, language):
    """5.2(1): training subsidies; free and subsidised courses are found together."""
    listing, _ = listing_of(client, language)
    assert options(listing, "cost") == {"free": 2, "subsidy": 2}
    listing, _ = listing_of(client, language, "?cost=free")
    assert shown(listing) == keys(courses["cooking"], courses["guide"])
    listing, _ = listing_of(client, language, "?cost=subsidy")
    assert shown(listing) == keys(courses["cooking"], courses["mason"])
    listing, _ = listing_of(client, language, "?cost=free&cost=subsidy")
    assert shown(listing) == keys(courses["cooking"], courses["guide"], courses["mason"])


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
def test_filters_combine_and_the_address_says_what_is_shown(client, courses, catalogue, language):
    group = catalogue.occupations["6"].pk
    listing, html = listing_of(client, language, f"?group={group}&cost=subsidy")
    assert shown(listing) == keys(courses["mason"])
    assert 'name="cost" value="subsidy" id="facet-cost-2" checked' in html
    assert '<form class="facets" method="get"' in html
    assert options(listing, "cost") == {"free": 0, "subsidy": 1}


@pytest.mark.django_db
def test_the_catalogue_lists_qualified_institutions_only(client, courses, catalogue):
    """6.2.2: recommended institutions are those with a valid qualification."""
    for language in PATHS:
        _, html = listing_of(client, language)
        section = html[html.index('id="institutions-heading"') :]
        qualified = catalogue.qualified
        if language == "bo":
            qualified = qualified.get_translation(catalogue.tibetan)
        assert qualified.name in section
        assert qualified.valid_until.isoformat() in section
        assert catalogue.lapsed.name not in section
        assert catalogue.lapsed.get_translation(catalogue.tibetan).name not in section


@pytest.mark.django_db
def test_the_catalogue_pages_through_many_courses(client, catalogue):
    for number in range(14):
        catalogue.course(f"课程{number}")
    listing, html = listing_of(client, "zh-hans")
    assert listing.total == 14
    assert len(listing.page.object_list) == 12
    assert 'href="?page=2"' in html
    second, _ = listing_of(client, "zh-hans", "?page=2")
    assert len(second.page.object_list) == 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", PATHS)
@pytest.mark.parametrize(
    "query",
    [
        "?group=999999",
        "?group=abc&district=atlantis&level=9&cost=gold&language=xx",
        "?language=" + "bo" * 2000,
        "?district=<script>alert(1)</script>",
        "?enrolment=<script>",
        "?page=abc",
        "?page=-1&page=99999999999999999999",
        "?cost=free&cost=free&cost=%00",
        "?q=%E2%80%AE&group=%FF",
    ],
)
def test_hostile_query_strings_are_answered(client, courses, language, query):
    response = client.get(PATHS[language] + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert 'class="course-card' in html
