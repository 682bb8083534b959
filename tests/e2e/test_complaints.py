"""Complaints in the browser, in both languages (clause 7.3): a worker files a complaint without
JavaScript, gets a reference, and looks the complaint up by reference and mobile number; a wrong
number finds nothing."""

import re

import pytest
from playwright.sync_api import expect

from complaints.models import Complaint, ComplaintCategory

pytestmark = pytest.mark.browser

FORM = {"zh-hans": "/complaints/", "bo": "/bo/complaints/"}
PHONES = {"zh-hans": "13900009801", "bo": "13900009802"}
TEXTS = {
    "zh-hans": {
        "name": "浏览器测试投诉人",
        "what_happened": "在服务站等了两个小时没有人接待。",
        "wanted": "希望缩短等候时间。",
        "received": "已收到",
        "not_found": "未找到",
    },
    "bo": {
        "name": "ཚོད་ལྟའི་སྐྱོན་བརྗོད་མཁན།",
        "what_happened": "ཞབས་ཞུ་ས་ཚིགས་སུ་ཆུ་ཚོད་གཉིས་སྒུག་ཀྱང་སུས་ཀྱང་ཞབས་ཞུ་མ་བྱས།",
        "wanted": "སྒུག་དུས་ཐུང་དུ་གཏོང་རོགས།",
        "received": "འབྱོར་ཟིན།",
        "not_found": "རྙེད་མ་སོང་།",
    },
}


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_a_worker_files_a_complaint_and_looks_it_up(new_context, demo, language):
    """7.3: an online complaint gets a reference; its state is found by reference and phone."""
    texts = TEXTS[language]
    page = new_context(java_script_enabled=False).new_page()
    page.goto(FORM[language])
    expect(page.locator("html")).to_have_attribute("lang", "bo" if language == "bo" else "zh-Hans")
    category = ComplaintCategory.objects.get(name_zh="服务态度")
    page.select_option("#id_category", str(category.pk))
    page.fill("#id_name", texts["name"])
    page.fill("#id_phone", PHONES[language])
    page.fill("#id_what_happened", texts["what_happened"])
    page.fill("#id_wanted", texts["wanted"])
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()

    reference = page.locator(".complaints__reference strong")
    expect(reference).to_have_text(re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$"))
    shown = reference.inner_text()
    complaint = Complaint.objects.get(reference=shown.replace("-", ""))
    assert (complaint.name, complaint.language, complaint.channel) == (
        texts["name"],
        language,
        "online",
    )
    assert complaint.department == category.department

    with page.expect_navigation():
        page.locator("main a[href$='/complaints/lookup/']").first.click()
    page.fill("#id_reference", shown.lower())
    page.fill("#id_phone", "13900009899")
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()
    expect(page.locator("#error-summary")).to_contain_text(texts["not_found"])

    page.fill("#id_reference", shown)
    page.fill("#id_phone", PHONES[language])
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()
    expect(page.locator(".complaints__state")).to_have_text(texts["received"])
    expect(page.locator("main")).to_contain_text(shown)
