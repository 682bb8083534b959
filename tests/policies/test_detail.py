"""One policy's page (4.4.2(1), 5.2(1)): its metadata, plain-language interpretation, full text,
attachments, related policies and a way to book a consultation, in both languages; and its
schema.org Legislation data for search engines."""

import json
import re

import pytest
from django.forms import modelform_factory

from home.models import StandardPage
from policies.models import BOOKING_PAGE_SLUG, PolicyPage, booking_page
from tests.policies.conftest import make_document

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def structured_data(html):
    blocks = [json.loads(text) for text in JSON_LD.findall(html)]
    legislation = [data for data in blocks if data.get("@type") == "Legislation"]
    assert len(legislation) == 1, blocks
    return legislation[0]


@pytest.fixture
def full_policy(policies, tibetan):
    """The lifelong-training policy with an interpretation, full text, a PDF and two related
    policies (one of them expired)."""
    page = policies["lifelong"]
    document = make_document("lifelong-training")
    page.interpretation = [
        ("question", {"question": "参加培训要自己出钱吗？", "answer": "<p>符合条件的免费。</p>"})
    ]
    page.body = "<p>第一条 全文。</p>"
    page.attachments = [("document", {"document": document, "label": "政策原文"})]
    page.related_policies = [("policy", policies["youth"]), ("policy", policies["transfer"])]
    page.save_revision().publish()
    bo_page = page.get_translation(tibetan).specific
    bo_page.interpretation = [
        ("question", {"question": "སྦྱོང་བརྡར་ལ་དངུལ་སྤྲོད་དགོས་སམ།", "answer": "<p>རིན་མེད།</p>"})
    ]
    bo_page.body = "<p>ཡིག་ཆ་ཆ་ཚང་།</p>"
    bo_page.attachments = [("document", {"document": document, "label": "སྲིད་ཇུས་ཡིག་ཆ།"})]
    bo_page.related_policies = page.related_policies.raw_data
    bo_page.save_revision().publish()
    return {"zh": PolicyPage.objects.get(pk=page.pk), "bo": bo_page, "document": document}


@pytest.mark.django_db
def test_chinese_policy_page_shows_metadata_interpretation_text_and_attachment(
    client, full_policy, policies, booking
):
    """4.4.2(1): document number, issuer, level, dates, status, categories and groups; 5.2(1):
    the interpretation in questions and answers; the PDF with its type and size."""
    page, document = full_policy["zh"], full_policy["document"]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    facts = dict(re.findall(r'<th scope="row">(.*?)</th><td[^>]*>(.*?)</td>', html, re.S))
    assert "国发〔2018〕11号" in facts["文号"]
    assert facts["发文机关"] == "国务院"
    assert facts["层级"] == "国家"
    assert "2024-05-06" in facts["发布日期"]
    assert page.effective_date.isoformat() in facts["施行日期"]
    assert facts["有效期至"] == "长期有效"
    assert facts["状态"] == "现行有效"
    assert "培训补贴" in facts["类别"]
    assert "妇女" in facts["服务对象"]
    assert "参加培训要自己出钱吗？" in html and "符合条件的免费。" in html
    assert "第一条 全文。" in html
    assert f'href="{document.url}" download="{document.filename}">政策原文</a>' in html
    assert f"(PDF, {document.file_size} B)" in html
    # Headings in order: one h1, then h2 sections, the questions as h3.
    headings = re.findall(r"<h([1-6])", html[html.index("<main") : html.index("</main>")])
    assert headings[0] == "1" and headings.count("1") == 1
    assert all(int(b) - int(a) <= 1 for a, b in zip(headings, headings[1:], strict=False))


@pytest.mark.django_db
def test_tibetan_policy_page_is_in_tibetan_and_links_tibetan_pages(
    client, full_policy, policies, booking, tibetan
):
    """4.1.3 and 4.4.2(1): the Tibetan page shows its facts and the categories in Tibetan, and
    its related policies and booking link lead to Tibetan pages."""
    bo_page = full_policy["bo"]
    html = client.get(bo_page.url).content.decode()
    facts = dict(re.findall(r'<th scope="row">(.*?)</th><td[^>]*>(.*?)</td>', html, re.S))
    assert "国发〔2018〕11号" in facts["ཡིག་ཨང་།"]
    assert facts["རིམ་པ།"] == "རྒྱལ་ཁབ།"
    assert facts["གནས་སྟངས།"] == "ད་ལྟ་ནུས་ལྡན།"
    assert "སྦྱོང་བརྡར་ཕན་སྐྱོར།" in facts["རིགས།"]
    assert "བུད་མེད།" in facts["ཞབས་ཞུའི་དམིགས་ཡུལ།"]
    assert "སྦྱོང་བརྡར་ལ་དངུལ་སྤྲོད་དགོས་སམ།" in html
    related = re.findall(
        r'<section class="policy__section policy-related".*?</section>', html, re.S
    )
    assert related
    youth = policies["youth"].get_translation(tibetan)
    transfer = policies["transfer"].get_translation(tibetan)
    links = re.findall(r'<li><a href="([^"]+)">', related[0])
    assert links == [youth.url, transfer.url]
    assert "ནུས་མེད་དུ་གྱུར་ཟིན།" in related[0]  # the related expired policy says so
    assert f'href="{booking["bo"].url}"' in html
    assert "སྲིད་ཇུས་འདིའི་སྐོར་གྱི་འདྲི་རྩད་ལ་དུས་ཚོད་སྔོན་འཁེལ་བྱེད།" in html


@pytest.mark.django_db
def test_an_expired_policy_stays_readable_and_says_when_it_expired(client, policies):
    """4.4.2(1): an expired policy is still published, marked expired with its expiry date."""
    page = policies["youth"]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    status = re.search(r'<p class="policy__status">(.*?)</p>', html, re.S).group(1)
    assert "已失效" in status
    assert f"有效期至 {page.expiry_date.isoformat()}" in status


@pytest.mark.django_db
def test_booking_link_leads_to_the_service_process_page_of_the_readers_language(
    client, policies, booking, tibetan
):
    """5.2(1): from a policy a worker books a consultation about it (for now: the
    service-process page, kept in one place: BOOKING_PAGE_SLUG)."""
    assert booking["zh"].slug == BOOKING_PAGE_SLUG
    chinese = client.get(policies["startup"].url).content.decode()
    assert (
        f'<a class="btn btn-primary" href="{booking["zh"].url}">预约这项政策的咨询</a>' in chinese
    )
    # Without a Tibetan translation the link falls back to the Chinese page.
    StandardPage.objects.get(pk=booking["bo"].pk).unpublish()
    tibetan_page = policies["startup"].get_translation(tibetan)
    html = client.get(tibetan_page.url).content.decode()
    assert f'href="{booking["zh"].url}"' in html


@pytest.mark.django_db
def test_no_booking_link_without_a_booking_page(client, policies):
    assert booking_page() is None
    html = client.get(policies["startup"].url).content.decode()
    assert "policy__actions" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_structured_data_describes_the_legislation(client, full_policy, language):
    """4.4.2(1): schema.org Legislation with the document number as identifier, the issuing
    body as a government organisation, dates, legal force, jurisdiction and language."""
    page = full_policy["zh" if language == "zh-hans" else "bo"]
    data = structured_data(client.get(page.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["name"] == page.title
    assert data["legislationIdentifier"] == "国发〔2018〕11号" == page.document_number
    assert data["legislationDate"] == "2024-05-06"
    assert data["legislationDateVersion"] == page.effective_date.isoformat()
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert data["legislationJurisdiction"] == (
        "中华人民共和国" if language == "zh-hans" else "ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ།"
    )
    for role in ("author", "publisher", "legislationPassedBy"):
        assert data[role] == {"@type": "GovernmentOrganization", "name": page.issuer}
    assert data["inLanguage"] == ("zh-Hans" if language == "zh-hans" else "bo")
    assert data["url"] == page.get_full_url() and data["url"].endswith(page.url)
    assert "expires" not in data


@pytest.mark.django_db
def test_structured_data_of_an_expired_policy_and_hostile_text(client, policies):
    page = policies["youth"]
    page.title = '失效政策</script><script>alert("x")</script>'
    page.document_number = "拉〔2023〕1号 & <b>"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    data = structured_data(html)
    assert data["name"] == page.title
    assert data["legislationIdentifier"] == page.document_number
    assert data["legislationLegalForce"] == "https://schema.org/NotInForce"
    assert data["expires"] == page.expiry_date.isoformat()
    assert data["legislationJurisdiction"] == "拉萨市"


@pytest.mark.django_db
def test_related_policies_skip_unpublished_ones(client, full_policy, policies):
    policies["transfer"].unpublish()
    html = client.get(full_policy["zh"].url).content.decode()
    related = re.search(r'<section class="policy__section policy-related".*?</section>', html, re.S)
    assert policies["youth"].title in related.group(0)
    assert policies["transfer"].title not in related.group(0)


@pytest.mark.django_db
def test_admin_categories_are_those_of_the_default_language(categories, tibetan):
    """Editors tag a policy with the Chinese categories; the Tibetan page shows their
    translations, so the Tibetan rows are not offered twice."""
    form = modelform_factory(PolicyPage, fields=["categories"])()
    assert set(form.fields["categories"].queryset) == set(categories.values())


@pytest.mark.django_db
def test_hostile_addresses_below_policy_pages_give_no_server_error(client, policies):
    page = policies["lifelong"]
    for path in (
        page.url + "?page=abc&%3Cscript%3E=1",
        page.url + "?" + "x" * 5000,
        "/policies/feed/rss/?page=-1&status=<script>",
        "/bo/policies/feed/atom/?q=" + "藏" * 500,
    ):
        assert client.get(path).status_code == 200, path
    for path in ("/policies/feed/", "/policies/feed/json/", "/bo/policies/feed/rss/extra/"):
        assert client.get(path).status_code == 404, path
