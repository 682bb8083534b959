"""Appointments in the browser, in both languages, without JavaScript (clauses 4.3.1(4), 5.2;
issue 7): a worker books a free time with a counsellor who speaks their language, gets a
reference, cancels through the private link, and books again."""

import re

import pytest
from playwright.sync_api import expect

from appointments.models import Booking, ServiceType, Status
from portal.crypto import lookup_hash
from staff.models import StaffProfile

pytestmark = pytest.mark.browser

CHOOSE = {"zh-hans": "/appointments/", "bo": "/bo/appointments/"}
PHONES = {"zh-hans": "13900007801", "bo": "13900007802"}
TEXTS = {
    "zh-hans": {"name": "浏览器测试预约人", "booked": "预约成功", "cancelled": "预约已取消"},
    "bo": {
        "name": "ཚོད་ལྟའི་སྔོན་འཁེལ་མཁན།",
        "booked": "ཁྱེད་ཀྱི་དུས་ཚོད་སྔོན་འཁེལ་ལེགས་གྲུབ།",
        "cancelled": "དུས་ཚོད་སྔོན་འཁེལ་མེད་པར་བཟོས་ཟིན།",
    },
}


def book(page, language, service, centre):
    page.check(f"input[name=service][value='{service.pk}']")
    page.select_option("#id_where", str(centre.pk))
    page.check(f"input[name=language][value='{language}']")
    with page.expect_navigation():
        page.locator("main form [type=submit]").last.click()
    page.locator("input[name=slot]").first.check()
    page.fill("#id_name", TEXTS[language]["name"])
    page.fill("#id_phone", PHONES[language])
    with page.expect_navigation():
        page.locator("main form [type=submit]").last.click()
    expect(page.locator("h1")).to_have_text(TEXTS[language]["booked"])
    reference = page.locator(".appointments__reference")
    expect(reference).to_have_text(re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$"))
    return Booking.objects.get(reference=reference.inner_text().replace("-", ""))


@pytest.mark.parametrize("language", ["zh-hans", "bo"])
def test_a_worker_books_cancels_and_books_again(new_context, demo, language):
    page = new_context(java_script_enabled=False).new_page()
    service = ServiceType.objects.get(code="policy")
    centre = StaffProfile.objects.get(user__username="demo-counsellor-dolma").service_centre
    page.goto(CHOOSE[language])
    expect(page.locator("html")).to_have_attribute("lang", "bo" if language == "bo" else "zh-Hans")

    first = book(page, language, service, centre)
    assert (first.language, first.service, first.slot.centre) == (language, service, centre)
    assert PHONES[language] not in page.url
    calendar = page.locator("a[href*='/appointments/calendar/']")
    expect(calendar).to_have_count(1)

    with page.expect_navigation():
        page.locator("a[href*='/appointments/manage/']").click()
    with page.expect_navigation():
        page.locator("form[action$='/cancel/'] [type=submit]").click()
    expect(page.locator("h1")).to_have_text(TEXTS[language]["cancelled"])
    first.refresh_from_db()
    assert first.status == Status.CANCELLED

    with page.expect_navigation():
        page.locator("main a[href$='/appointments/']").click()
    second = book(page, language, service, centre)
    assert second.status == Status.BOOKED and second.pk != first.pk
    mine = Booking.objects.filter(phone_hash=lookup_hash("phone", PHONES[language]))
    assert sorted(mine.values_list("status", flat=True)) == ["booked", "cancelled"]
