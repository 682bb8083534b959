"""The public complaint pages (clause 7.3; issue 7, "Abuse and privacy"): a complaint online in
Chinese at / and Tibetan at /bo/, its reference, and the lookup by reference and mobile number,
which never tells whether a reference exists without the matching phone. Limited per address and
per phone; no personal data in addresses; nothing saved from a bad or hostile submission."""

import re

import pytest
from django.test import Client

from complaints.models import Complaint
from complaints.transitions import perform
from tests.complaints.conftest import PHONE

FORM = {"zh-hans": "/complaints/", "bo": "/bo/complaints/"}
LOOKUP = {"zh-hans": "/complaints/lookup/", "bo": "/bo/complaints/lookup/"}
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


@pytest.fixture
def form_data(category):
    return {
        "category": category.pk,
        "name": "卓嘎",
        "phone": "139 0000 9002",
        "what_happened": "10月8日上午在城关区服务站排队两个小时，窗口人员一直在打电话。",
        "wanted": "希望改进窗口服务。",
        "website": "",
    }


def test_the_form_is_in_chinese_and_in_tibetan_and_needs_no_javascript(client, site, category):
    chinese = client.get(FORM["zh-hans"]).content.decode()
    for text in ["我要投诉", "投诉事项", "服务态度", "您希望我们怎么做"]:
        assert text in chinese, text
    assert 'name="csrfmiddlewaretoken"' in chinese and 'method="post"' in chinese
    assert "<script" not in chinese
    tibetan = client.get(FORM["bo"]).content.decode()
    for text in ["སྐྱོན་བརྗོད་འབུལ།", "ཞབས་ཞུའི་ཀུན་སྤྱོད།"]:
        assert text in tibetan, text
    assert "服务态度" not in tibetan


def test_a_complaint_gets_a_reference_its_department_and_the_pages_language(
    client, site, form_data, category
):
    """7.3: each complaint gets a reference; its category routes it to the department."""
    response = client.post(FORM["bo"], form_data)
    assert response.status_code == 302 and response.url == "/bo/complaints/thanks/"
    complaint = Complaint.objects.get()
    assert (complaint.channel, complaint.status, complaint.language) == ("online", "received", "bo")
    assert complaint.phone == "13900009002"
    assert complaint.department == category.department
    thanks = client.get(response.url)
    assert complaint.shown_reference in thanks.content.decode()
    assert "ཐུགས་རྗེ་ཆེ།" in thanks.content.decode()
    assert thanks["Cache-Control"] == "private, no-store" or set(
        thanks["Cache-Control"].replace(" ", "").split(",")
    ) == {"private", "no-store"}


def test_references_are_short_unambiguous_and_not_sequential(make_complaint):
    references = [make_complaint().reference for _ in range(30)]
    assert len(set(references)) == 30
    for reference in references:
        assert re.fullmatch(r"[ACDEFHJKMNPQRTUVWXY3479]{8}", reference)
    assert references != sorted(references)


def test_a_complaint_from_a_workers_phone_is_linked_to_the_worker(
    client, site, form_data, make_worker
):
    worker = make_worker(phone="13900009002")
    client.post(FORM["zh-hans"], form_data)
    assert Complaint.objects.get().worker == worker


def test_the_thank_you_page_shows_nothing_to_someone_who_sent_nothing(client, site):
    response = client.get("/complaints/thanks/")
    assert response.status_code == 302 and response.url == "/complaints/"


def test_nothing_personal_goes_into_an_address(client, site, form_data):
    response = client.post(FORM["zh-hans"], form_data, follow=True)
    for url, _status in response.redirect_chain:
        assert "9002" not in url and "卓嘎" not in url


HOSTILE = {
    "empty": {"category": "", "name": "", "phone": "", "what_happened": "", "wanted": ""},
    "blank": {"name": "   ", "what_happened": "\n\n", "wanted": "\t"},
    "very long": {"name": "长" * 61, "what_happened": "字" * 4001, "wanted": "x" * 2001},
    "emoji and bad phone": {"name": "😀😀", "phone": "😀13900009002"},
    "mixed scripts and bad phone": {"name": "ཚེ་རིང་Tsering次仁", "phone": "1390000900"},
    "html and script": {
        "name": "<script>alert(1)</script>",
        "what_happened": "<b>x</b><img src=x onerror=alert(1)>",
        "phone": "<script>",
    },
    "landline": {"phone": "0891-6000000"},
    "injected category": {"category": "1 OR 1=1"},
    "unknown category": {"category": "999999"},
}


@pytest.mark.parametrize("case", list(HOSTILE))
@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_hostile_input_is_refused_clearly_in_the_pages_language(
    client, site, form_data, case, language
):
    """Issue 7: no 500, a clear message in the reader's language, nothing saved, and what was
    typed shown back escaped."""
    response = client.post(FORM[language], {**form_data, **HOSTILE[case]})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    if language == "bo":
        assert "གཤམ་གྱི་རྟགས་བཀོད་ཡོད་པ་རྣམས་བཟོ་བཅོས་གནང་རོགས།" in html
        summary = html[html.index('id="error-summary"') : html.index("</ul>")]
        assert not re.search(r"[A-Za-z]{4,}", re.sub(r"<[^>]+>|href=\"[^\"]*\"", "", summary))
    assert "<script>alert(1)</script>" not in html
    assert not Complaint.objects.exists()


def test_an_emoji_in_the_text_is_kept(client, site, form_data):
    client.post(FORM["zh-hans"], {**form_data, "what_happened": "等了很久 😞，ཚེ་རིང་ also"})
    assert Complaint.objects.get().what_happened == "等了很久 😞，ཚེ་རིང་ also"


def test_a_robot_filling_the_hidden_field_saves_nothing(client, site, form_data):
    response = client.post(FORM["zh-hans"], {**form_data, "website": "http://spam.example"})
    assert response.status_code == 200
    assert not Complaint.objects.exists()


def test_too_many_complaints_from_one_address_are_refused(settings, site, form_data):
    settings.COMPLAINTS_PER_HOUR = 2
    client = Client(REMOTE_ADDR="10.9.0.1")
    for number in range(2):
        phone = f"1390000910{number}"
        assert client.post(FORM["zh-hans"], {**form_data, "phone": phone}).status_code == 302
    response = client.post(FORM["bo"], {**form_data, "phone": "13900009109"})
    assert response.status_code == 429
    assert "སྐྱོན་བརྗོད་" in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 3600
    assert Complaint.objects.count() == 2
    neighbour = Client(REMOTE_ADDR="10.9.0.2")
    assert neighbour.post(FORM["zh-hans"], {**form_data, "phone": "13900009109"}).status_code == 302


def test_too_many_complaints_about_one_phone_are_refused_from_any_address(
    settings, site, form_data
):
    settings.COMPLAINTS_PER_HOUR = 2
    for number in range(2):
        client = Client(REMOTE_ADDR=f"10.9.1.{number}")
        assert client.post(FORM["zh-hans"], form_data).status_code == 302
    response = Client(REMOTE_ADDR="10.9.1.9").post(FORM["zh-hans"], form_data)
    assert response.status_code == 429
    assert "每小时" in response.content.decode()
    assert Complaint.objects.count() == 2


# -- the lookup ----------------------------------------------------------------------------------


def look_up(client, reference, phone, language="zh-hans"):
    data = {"reference": reference, "phone": phone, "website": ""}
    return client.post(LOOKUP[language], data)


def test_the_right_reference_and_phone_show_the_state_in_plain_words(
    client, site, make_complaint, officer
):
    complaint = make_complaint()
    response = look_up(client, complaint.shown_reference.lower(), "+86 139-0000-9001")
    html = response.content.decode()
    assert response.status_code == 200
    assert complaint.shown_reference in html and "已收到" in html
    assert set(response["Cache-Control"].replace(" ", "").split(",")) == {"private", "no-store"}
    assert "13900009001" not in html and "次仁" not in html  # never shown back

    perform(complaint, "accept", officer)
    complaint.refresh_from_db()
    html = look_up(client, complaint.reference, PHONE, "bo").content.decode()
    assert complaint.due_on.isoformat() in html
    assert "དང་ལེན་བྱས་ཟིན།" in html

    perform(complaint, "investigate", officer)
    perform(complaint, "answer", officer, "已当面致歉。")
    html = look_up(client, complaint.reference, PHONE).content.decode()
    assert "已当面致歉。" in html and "已答复" in html


def test_a_reason_for_not_accepting_is_shown(client, site, make_complaint, officer):
    complaint = perform(make_complaint(), "reject", officer, "请向劳动监察大队反映。")
    html = look_up(client, complaint.reference, PHONE).content.decode()
    assert "请向劳动监察大队反映。" in html and "不予受理" in html


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_a_wrong_phone_and_an_unknown_reference_look_exactly_the_same(
    site, make_complaint, language
):
    """Issue 7: the lookup does not reveal whether a reference exists without its phone."""
    complaint = make_complaint()
    wrong_phone = look_up(Client(), complaint.reference, "13900009999", language)
    complaint.delete()
    unknown = look_up(Client(), complaint.reference, "13900009999", language)
    assert wrong_phone.status_code == unknown.status_code == 200
    assert CSRF_TOKEN.sub("", wrong_phone.content.decode()) == CSRF_TOKEN.sub(
        "", unknown.content.decode()
    )
    message = "未找到" if language == "zh-hans" else "རྙེད་མ་སོང་།"
    assert message in unknown.content.decode()


@pytest.mark.parametrize(
    ("reference", "phone"),
    [("", ""), ("<script>", "abc"), ("K7MA-3PX", "13900009001"), ("😀" * 30, "1" * 40)],
)
def test_a_malformed_lookup_is_refused_with_a_message(client, site, reference, phone):
    response = look_up(client, reference, phone, "bo")
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()


def test_lookups_are_limited_per_address(settings, site, make_complaint):
    settings.COMPLAINT_LOOKUPS_PER_HOUR = 3
    complaint = make_complaint()
    client = Client(REMOTE_ADDR="10.9.2.1")
    for number in range(3):
        assert look_up(client, "K7MA3PXE", f"1390000900{number + 2}").status_code == 200
    response = look_up(client, complaint.reference, PHONE)
    assert response.status_code == 429
    assert complaint.shown_reference not in response.content.decode()
    assert look_up(Client(REMOTE_ADDR="10.9.2.2"), complaint.reference, PHONE).status_code == 200


def test_guessing_the_phone_of_one_reference_is_limited_from_any_address(
    settings, site, make_complaint
):
    settings.COMPLAINT_LOOKUPS_PER_HOUR = 3
    complaint = make_complaint()
    for number in range(3):
        client = Client(REMOTE_ADDR=f"10.9.3.{number}")
        assert look_up(client, complaint.reference, f"1390000900{number + 2}").status_code == 200
    response = look_up(Client(REMOTE_ADDR="10.9.3.9"), complaint.reference, PHONE)
    assert response.status_code == 429


def test_the_footer_links_to_the_complaint_form_and_the_lookup(client, site):
    html = client.get("/bo/complaints/lookup/").content.decode()
    assert 'href="/bo/complaints/"' in html
    html = client.get("/complaints/").content.decode()
    assert 'href="/complaints/lookup/"' in html
