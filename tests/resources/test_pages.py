"""The resource library as the public sees it: filters with counts, resource pages with their
downloads, and video courses with a transcript (4.4.2(3)–(5), 4.1.3)."""

import json
import re

import pytest
from django.test import override_settings

from resources.models import ResourcePage
from tests.resources.conftest import make_document

VIDEO_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "mp4", "webm"]


def main(response):
    content = response.content.decode()
    return content[content.index("<main") : content.index("</main>")]


def listed_titles(html):
    return re.findall(r'<h3 class="h5 resource-item__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def option(html, name, value):
    """(count, checked) of one filter option."""
    found = re.search(
        rf'<input[^>]*name="{name}" value="{value}"[^>]*?( checked)?>\s*<label[^>]*>[^<]*'
        rf'<span class="facet__count">\((\d+)\)</span>',
        html,
    )
    assert found, f"no option {name}={value}"
    return int(found.group(2)), bool(found.group(1))


@pytest.mark.django_db
def test_the_library_lists_every_resource_newest_first_with_counts_per_filter(client, resources):
    """4.4.2(3)–(5): reports, handbooks, readings and video courses in one library, each filter
    option showing how many resources it gives."""
    html = main(client.get("/resources/"))
    assert "共 6 条" in html
    titles = listed_titles(html)
    assert len(titles) == 6
    assert set(titles[:4]) == {
        "2026年拉萨市职业需求报告",
        "返乡创业手册",
        "女性就业指南",
        "电工安全入门",
    }
    assert option(html, "kind", "report") == (1, False)
    assert option(html, "kind", "handbook") == (2, False)
    assert option(html, "kind", "reading") == (2, False)
    assert option(html, "kind", "video") == (1, False)
    assert option(html, "year", "2026") == (4, False)
    assert option(html, "year", "2025") == (2, False)
    assert option(html, "group", "women") == (2, False)
    assert option(html, "group", "youth") == (2, False)
    assert option(html, "group", "ethnic_minorities") == (0, False)


@pytest.mark.django_db
def test_filtering_by_kind_group_and_year(client, resources):
    """4.4.2(4): a worker filters the handbooks; the other filters count within that choice."""
    html = main(client.get("/resources/?kind=handbook"))
    assert sorted(listed_titles(html)) == sorted(["返乡创业手册", "劳动权益手册"])
    assert option(html, "kind", "handbook") == (2, True)
    assert option(html, "year", "2025") == (1, False)
    assert option(html, "group", "women") == (1, False)
    assert option(html, "kind", "video") == (1, False)  # counted without the kind chosen

    html = main(client.get("/resources/?kind=handbook&year=2025"))
    assert listed_titles(html) == ["劳动权益手册"]

    html = main(client.get("/resources/?group=women&group=youth"))
    assert sorted(listed_titles(html)) == sorted(
        ["劳动权益手册", "面试常用语", "女性就业指南", "返乡创业手册"]
    )

    html = main(client.get("/resources/?kind=video&group=women"))
    assert listed_titles(html) == []
    assert "没有符合筛选条件的内容" in html


@pytest.mark.django_db
def test_the_tibetan_library_lists_its_own_resources_with_tibetan_labels(client, resources):
    """4.1.3: the Tibetan library lists the Tibetan resources, with filters in Tibetan."""
    html = main(client.get("/bo/resources/"))
    assert listed_titles(html) == ["ལས་གཞི་གསར་འཛུགས་ཀྱི་ལག་དེབ།"]
    assert "ལག་དེབ།" in html  # Handbook
    assert "བརྙན་ཟློས་སློབ་ཚན།" in html  # Video course
    assert option(html, "kind", "handbook") == (1, False)
    assert "返乡创业手册" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "kind=<script>alert(1)</script>",
        "kind=brochure",
        "group=" + "x" * 3000,
        "year=1900",
        "year=abc",
        "page=abc",
        "page=-1",
        "page=99999",
        "kind=handbook&kind=report",
        "group=women&group=%00",
    ],
)
def test_hostile_query_strings_give_a_page_not_an_error(client, resources, query):
    for prefix in ("", "/bo"):
        response = client.get(f"{prefix}/resources/?{query}")
        assert response.status_code == 200
        assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/bo"])
def test_a_handbook_offers_its_pdf_with_type_and_size(client, resources, pdf, prefix):
    """4.4.2(4): a handbook page offers its document for download, saying its type and size."""
    page = resources["bo_handbook" if prefix else "handbook"]
    response = client.get(page.url)
    assert response.status_code == 200
    html = main(response)
    label = "རྒྱ་ཡིག་པར་གཞི།（PDF）" if prefix else "汉文版（PDF）"
    link = re.search(
        rf'<a href="([^"]+)" download>{re.escape(label)} <span[^>]*>\((PDF), ([^)]+)\)</span></a>',
        html,
    )
    assert link, html
    assert link.group(1) == pdf.url
    assert link.group(3).replace("\xa0", " ").endswith(("bytes", "KB"))

    download = client.get(link.group(1))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF-1.4")


@pytest.mark.django_db
def test_a_resource_page_shows_publisher_date_and_target_groups(client, resources):
    html = main(client.get(resources["handbook"].url))
    assert "拉萨市返乡农民工职业指导服务中心" in html
    assert '<time datetime="2026-03-01">2026-03-01</time>' in html
    assert "<li>长期返乡人员</li>" in html and "<li>青年</li>" in html
    assert '<p class="resource-kind">手册</p>' in html


@pytest.mark.django_db
def test_structured_data_names_the_kind_and_the_files(client, resources, pdf):
    content = client.get(resources["handbook"].url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    )
    assert data["@type"] == "Book"
    assert data["publisher"]["name"] == "拉萨市返乡农民工职业指导服务中心"
    assert data["associatedMedia"][0]["encodingFormat"] == "application/pdf"
    assert data["associatedMedia"][0]["contentUrl"].endswith(pdf.url)


@pytest.mark.django_db
def test_a_video_course_without_its_file_yet_says_so_and_shows_the_transcript(client, resources):
    """4.4.2(5): a video course whose video is not uploaded yet still gives its full text."""
    html = main(client.get(resources["video"].url))
    assert "<video" not in html
    assert "视频正在制作中" in html
    assert '<h2 id="transcript-heading">文字稿</h2>' in html
    assert "<p>第一步，停电。<br>第二步，验电。</p>" in html


@pytest.mark.django_db
@override_settings(WAGTAILDOCS_EXTENSIONS=VIDEO_EXTENSIONS)
def test_a_video_course_plays_its_own_file_with_controls_and_no_preload(client, resources):
    """4.4.2(5): the video is served by the portal itself in an HTML5 player that downloads
    nothing until the worker presses play, with the transcript beside it."""
    video = make_document("电工安全入门", "electrician.webm", b"\x1a\x45\xdf\xa3" + b"\x00" * 64)
    video.full_clean()
    page = resources["video"]
    page.video = video
    page.full_clean()
    page.save_revision().publish()

    response = client.get(page.url)
    html = main(response)
    player = re.search(r"<video[^>]*>", html).group(0)
    assert "controls" in player
    assert 'preload="none"' in player
    assert 'aria-describedby="transcript-heading"' in player
    assert f'<source src="{video.url}" type="video/webm">' in html
    assert "第一步，停电。" in html
    assert "视频正在制作中" not in html
    assert f'<a href="{video.url}" download>下载视频' in html
    data = json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
        ).group(1)
    )
    assert data["@type"] == "VideoObject"
    assert data["encodingFormat"] == "video/webm"
    assert data["transcript"] == page.transcript
    assert client.get(video.url).status_code == 200


@pytest.mark.django_db
def test_other_kinds_show_no_video_or_transcript_section(client, resources):
    html = main(client.get(resources["report"].url))
    assert "<video" not in html
    assert "transcript-heading" not in html
    assert ResourcePage.objects.get(pk=resources["report"].pk).kind == "report"


@pytest.mark.django_db
def test_the_library_links_to_its_other_sections(client, library, resources):
    from occupations.models import OccupationBrowserPage

    library["zh"].add_child(
        instance=OccupationBrowserPage(title="国家职业分类", slug="occupations")
    )
    html = main(client.get("/resources/"))
    assert '<a href="/resources/occupations/">国家职业分类</a>' in html
    assert "国家职业分类" not in "".join(listed_titles(html))


@pytest.mark.django_db
def test_an_empty_library_says_nothing_is_published(client, library):
    html = main(client.get("/resources/"))
    assert "共 0 条" in html
    assert listed_titles(html) == []


@pytest.mark.django_db
def test_the_site_search_finds_a_video_course_by_its_transcript(client, resources):
    """4.4.2(5): what a video says is searchable, through its transcript."""
    html = main(client.get("/search/?q=验电"))
    assert resources["video"].title in html
    assert resources["report"].title not in html
