"""Clause 4.1.3: every public page exists in Simplified Chinese and Tibetan."""

import re

import pytest
from django.utils.translation import check_for_language, get_language_info

TIBETAN = re.compile(r"[\u0F00-\u0FFF]")


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_tibetan_is_a_registered_language():
    assert check_for_language("bo")
    assert get_language_info("bo")["name_local"] == "བོད་ཡིག"


@pytest.mark.django_db
def test_home_pages_answer_in_their_own_language(client, site):
    """4.1.3: Chinese at /, Tibetan under /bo/, each marked with its language."""
    chinese = client.get("/")
    tibetan = client.get("/bo/")
    assert chinese.status_code == tibetan.status_code == 200
    assert html_lang(chinese) == "zh-Hans"
    assert html_lang(tibetan) == "bo"
    assert chinese.headers["Content-Language"] == "zh-hans"
    assert tibetan.headers["Content-Language"] == "bo"
    assert "欢迎回家乡就业创业" in chinese.content.decode()
    assert "ཕ་ཡུལ་དུ་ལས་ཀ་བྱེད།" in tibetan.content.decode()


@pytest.mark.django_db
def test_interface_strings_are_translated_on_the_tibetan_page(client, site):
    """4.1.3: the portal's own words (skip link, search, footer) are Tibetan on /bo/."""
    chinese = client.get("/").content.decode()
    tibetan = client.get("/bo/").content.decode()
    skip_zh = re.search(r'class="skip-link"[^>]*>([^<]+)<', chinese).group(1)
    skip_bo = re.search(r'class="skip-link"[^>]*>([^<]+)<', tibetan).group(1)
    assert skip_zh == "跳到主要内容"
    assert TIBETAN.search(skip_bo)
    search_bo = re.search(r'<button class="btn btn-primary" type="submit">([^<]+)<', tibetan)
    assert TIBETAN.search(search_bo.group(1))


@pytest.mark.django_db
def test_switcher_links_each_page_to_its_translation(client, site):
    content = client.get("/disclosure/").content.decode()
    assert 'href="/bo/disclosure/" lang="bo"' in content
    assert '<link rel="alternate" hreflang="bo" href="http://testserver/bo/disclosure/">' in content
    assert (
        '<link rel="alternate" hreflang="zh-Hans" href="http://testserver/disclosure/">' in content
    )

    back = client.get("/bo/disclosure/").content.decode()
    assert 'href="/disclosure/" lang="zh-Hans"' in back


@pytest.mark.django_db
def test_switcher_falls_back_to_the_other_home_page_without_a_translation(client, site):
    content = client.get("/disclosure/process/").content.decode()
    assert 'href="/bo/" lang="bo"' in content


@pytest.mark.django_db
def test_switcher_on_a_view_that_is_not_a_page_keeps_the_query(client, site):
    content = client.get("/search/?q=%E6%B5%81%E7%A8%8B").content.decode()
    assert 'href="/bo/search/?q=%E6%B5%81%E7%A8%8B" lang="bo"' in content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "words"), [("/no-such-page/", "页面不存在"), ("/bo/no-such/", None)]
)
def test_missing_pages_answer_404_in_the_language_of_the_address(client, site, path, words):
    response = client.get(path)
    assert response.status_code == 404
    content = response.content.decode()
    heading = re.search(r"<h1>([^<]+)</h1>", content).group(1)
    if words:
        assert heading == words
    else:
        assert TIBETAN.search(heading)


@pytest.mark.django_db
def test_unknown_language_prefix_is_not_a_language(client, site):
    assert client.get("/en/").status_code == 404


@pytest.mark.django_db
def test_staff_admin_is_in_chinese(client):
    content = client.get("/admin/login/").content.decode()
    assert 'lang="zh-hans"' in content.lower()
    assert "登录" in content
