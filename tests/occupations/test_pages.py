"""The occupation browser and the shortage lists as the public sees them, in both languages
(4.4.2(2), 4.1.3)."""

import json
import re

import pytest

from occupations.models import Occupation

MARK = '<span class="shortage-mark'


def main(response):
    content = response.content.decode()
    return content[content.index("<main") : content.index("</main>")]


def structured_data(response):
    content = response.content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return json.loads(found.group(1)) if found else None


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/bo"])
def test_the_browser_lists_the_eight_major_groups_with_their_counts(client, browser, prefix):
    """4.4.2(2): the classification starts from its 8 major groups, each with the number of
    occupations under it, in the reader's language."""
    response = client.get(f"{prefix}/occupations/")
    assert response.status_code == 200
    html = main(response)
    for major in Occupation.objects.filter(level=1):
        count = Occupation.objects.occupations().below(major.code).count()
        name = major.name_bo if prefix else major.name_zh
        assert f'href="{prefix}/occupations/{major.code}/"' in html
        assert name in html
        if prefix == "":
            assert f"共 {count} 个职业" in html
        else:
            assert f"ལས་རིགས་ {count}" in html


@pytest.mark.django_db
def test_drilling_down_from_a_major_group_to_an_occupation(client, browser):
    """4.4.2(2): major group → medium → minor → occupation, each page leading to the next, with
    breadcrumbs back up."""
    html = main(client.get("/occupations/6/"))
    assert "<h1>生产制造及有关人员</h1>" in html
    assert 'href="/occupations/6-29/"' in html

    html = main(client.get("/occupations/6-29/"))
    assert 'href="/occupations/6-29-01/"' in html
    assert '<a href="/occupations/6/">6 生产制造及有关人员</a>' in html

    html = main(client.get("/occupations/6-29-01/"))
    assert 'href="/occupations/6-29-01-01/"' in html
    assert "本类职业" in html

    html = main(client.get("/occupations/6-29-01-01/"))
    assert "<h1>砌筑工</h1>" in html
    assert '<span lang="bo">རྩིག་བཟོ་བ།</span>' in html
    crumbs = re.findall(r'<li class="breadcrumb-item[^"]*"[^>]*>(.*?)</li>', html, re.S)
    assert [re.sub(r"<[^>]+>", "", crumb).strip() for crumb in crumbs] == [
        "拉萨市返乡农民工职业指导服务平台",
        "国家职业分类与紧缺工种",
        "6 生产制造及有关人员",
        "6-29 建筑施工人员",
        "6-29-01 房屋建筑施工人员",
        "6-29-01-01 砌筑工",
    ]
    assert 'aria-current="page">6-29-01-01 砌筑工</li>' in html


@pytest.mark.django_db
def test_the_tibetan_browser_names_everything_in_tibetan(client, browser):
    """4.1.3: on the Tibetan site names, labels and links are Tibetan, with the Chinese name
    beside for reference."""
    html = main(client.get("/bo/occupations/6-29-01-01/"))
    assert "<h1>རྩིག་བཟོ་བ།</h1>" in html
    assert '<span lang="zh-Hans">砌筑工</span>' in html
    assert 'href="/bo/occupations/6-29-01/"' in html
    assert "砌筑工</h1>" not in html
    html = main(client.get("/bo/occupations/6-29/"))
    assert "འོག་རིམ་སྡེ་ཚན།" in html  # "Subgroups"


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/bo"])
def test_occupations_on_the_current_shortage_list_are_marked_in_words(
    client, shortage, browser, prefix
):
    """4.4.2(2): the browser flags occupations on the current shortage list, with their demand,
    in words (not by colour alone); groups say how many of theirs are short."""
    mark = {"": "紧缺工种 · 高度紧缺", "/bo": "ཁ་སྐོང་དགོས་པའི་ལས་རིགས། · དགོས་མཁོ་ཆེན་པོ།"}[prefix]
    html = main(client.get(f"{prefix}/occupations/6-31-01/"))
    electrician = html[html.index(f"{prefix}/occupations/6-31-01-03/") :]
    electrician = electrician[: electrician.index("</li>")]
    assert mark in electrician

    html = main(client.get(f"{prefix}/occupations/6-31-01-03/"))
    assert mark in html
    note = {"": "需持电工证。", "/bo": "གློག་བཟོ་བའི་ལག་ཁྱེར་དགོས།"}[prefix]
    assert note in html
    assert f'href="{prefix}/occupations/shortage/"' in html

    html = main(client.get(f"{prefix}/occupations/"))
    six = html[html.index(f'href="{prefix}/occupations/6/"') :]
    six = six[: six.index("</li>")]
    assert {"": "其中 2 个紧缺", "/bo": "དེའི་ནང་ཁ་སྐོང་དགོས་པ་ 2"}[prefix] in six


@pytest.mark.django_db
def test_occupations_not_on_the_current_list_are_not_marked(client, shortage, browser):
    # On the 2025 list (over) and the 2027 list (not yet in force) only.
    for code in ("4-02-02-02", "4-03-02-01"):
        html = main(client.get(f"/occupations/{code}/"))
        assert MARK not in html, code
        assert "这个职业不在当前的紧缺工种目录中。" in html
    html = main(client.get("/occupations/4/"))
    assert "个紧缺" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/bo"])
def test_the_shortage_list_page_shows_the_current_list_and_earlier_ones(
    client, shortage, browser, prefix
):
    """4.4.2(2): the public page of the current shortage list, each occupation with its demand
    and note and a link to it, and the earlier periods' lists."""
    response = client.get(f"{prefix}/occupations/shortage/")
    assert response.status_code == 200
    html = main(response)
    title = shortage["bo_current" if prefix else "current"].title
    assert f"<h1>{title}</h1>" in html
    assert f'href="{prefix}/occupations/6-31-01-03/"' in html
    assert f'href="{prefix}/occupations/6-18-02-04/"' in html
    assert "4-03-02-01" not in html  # the 2027 list is not in force
    earlier = shortage["earlier"]
    assert f'href="{prefix}/occupations/shortage/{earlier.pk}/">{earlier.title}</a>' in html
    assert "2027" not in html
    rows = re.findall(r"<tr><td class=\"occupation-code\">([0-9-]+)</td>", html)
    assert rows == ["6-31-01-03", "6-18-02-04"]  # high demand first

    data = structured_data(response)
    assert data["@type"] == "ItemList"
    assert [item["item"]["termCode"] for item in data["itemListElement"]] == rows


@pytest.mark.django_db
def test_an_earlier_list_has_its_own_page(client, shortage, browser):
    earlier = shortage["earlier"]
    html = main(client.get(f"/occupations/shortage/{earlier.pk}/"))
    assert f"<h1>{earlier.title}</h1>" in html
    assert "往期目录" in html
    assert 'href="/occupations/4-02-02-02/"' in html
    # A list not yet published is not shown, nor one that does not exist.
    future = shortage["future"]
    future.published_on = future.period_start
    future.save()
    assert client.get(f"/occupations/shortage/{future.pk}/").status_code == 404
    assert client.get("/occupations/shortage/999999/").status_code == 404


@pytest.mark.django_db
def test_the_tibetan_reader_gets_the_tibetan_copy_of_a_list_by_either_address(
    client, shortage, browser
):
    chinese = shortage["current"]
    html = main(client.get(f"/bo/occupations/shortage/{chinese.pk}/"))
    assert f"<h1>{shortage['bo_current'].title}</h1>" in html


@pytest.mark.django_db
def test_without_a_current_list_the_page_says_so(client, browser):
    html = main(client.get("/occupations/shortage/"))
    assert "目前没有有效的紧缺工种目录。" in html
    assert MARK not in main(client.get("/occupations/6-31-01-03/"))


@pytest.mark.django_db
def test_an_occupation_page_describes_itself_to_search_engines(client, browser):
    data = structured_data(client.get("/bo/occupations/6-18-02-04/"))
    assert data["@type"] == "DefinedTerm"
    assert data["termCode"] == "6-18-02-04"
    assert data["name"] == "ཞུན་སྦྱོར་བཟོ་བ།"
    assert data["alternateName"] == "焊工"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/occupations/9/",
        "/occupations/6-98/",
        "/occupations/6-29-01-01-01/",
        "/occupations/<script>alert(1)</script>/",
        "/occupations/" + "6-29" * 200 + "/",
        "/occupations/shortage/abc/",
        "/bo/occupations/0/",
    ],
)
def test_unknown_or_hostile_addresses_are_not_found(client, browser, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["page=abc", "q=<script>alert(1)</script>", "code=" + "9" * 5000, "kind=%00"],
)
def test_hostile_query_strings_do_no_harm(client, shortage, browser, query):
    for path in ("/occupations/", "/occupations/6-29/", "/occupations/shortage/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, path
        assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.django_db
def test_the_sitemap_lists_every_node_in_both_languages(client, browser):
    """4.1.3: search engines find each group and occupation, with its Tibetan address."""
    content = re.sub(r"https?://[^/<\"]+", "", client.get("/sitemap.xml").content.decode())
    assert "<loc>/occupations/6-29-01-01/</loc>" in content
    assert "<loc>/bo/occupations/6-29-01-01/</loc>" in content
    assert 'hreflang="bo" href="/bo/occupations/6-29-01-01/"' in content
    assert "<loc>/occupations/shortage/</loc>" in content
