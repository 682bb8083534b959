"""Recording a worker in the back office (issue 6, worker record; clause 5.1): the form checks
the ID number and the phone, refuses a second record for the same ID number, asks before a
shared phone, fills the birth date from the ID number, and keeps who took each consent."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from tests.workers.conftest import id_number
from workers.models import Worker

pytestmark = pytest.mark.django_db


def worker_data(township, **fields):
    data = {
        "name": "次仁卓玛",
        "id_number": "",
        "phone": "139 0891 2345",
        "gender": "female",
        "date_of_birth": "",
        "ethnicity": "tibetan",
        "chinese": "speaks",
        "tibetan": "writes",
        "education": "junior",
        "home_township": township.pk,
        "skills": "藏式家具彩绘",
        "intention": "job",
        "preferred_wage": "4500",
        "counsellor": "",
        "service_centre": "",
        "work_history": inline_formset(
            [{"place": "成都", "work": "建筑工地钢筋工", "years": "3.5", "occupation": ""}]
        ),
        "certificates": inline_formset([]),
        "consents": inline_formset(
            [{"purpose": "service", "given_on": "2026-11-20", "channel": "paper"}]
        ),
        **fields,
    }
    return nested_form_data(data)


def codes(response, field):
    return [error.code for error in response.context["form"].errors.as_data()[field]]


def add(client, data):
    return client.post(reverse("workers:add"), data)


def test_a_counsellor_records_a_worker_with_consent(client, counsellor, township):
    client.force_login(counsellor)
    number = id_number(birth="19980704", sequence="244")
    response = add(client, worker_data(township, id_number=number))
    assert response.status_code == 302, response.context["form"].errors
    worker = Worker.objects.get()
    assert worker.id_number == number and worker.phone == "13908912345"
    assert worker.date_of_birth == datetime.date(1998, 7, 4)  # from the ID number
    assert worker.counsellor == counsellor  # who recorded the worker is responsible
    consent = worker.consents.get()
    assert consent.taken_by == counsellor and consent.purpose == "service"
    assert worker.work_history.get().years == 3.5


def test_a_second_record_for_the_same_id_number_is_refused(client, counsellor, township):
    client.force_login(counsellor)
    number = id_number()
    assert add(client, worker_data(township, id_number=number, gender="male")).status_code == 302
    response = add(
        client,
        worker_data(township, name="另一人", id_number=number, phone="13800000000", gender="male"),
    )
    assert response.status_code == 200
    assert codes(response, "id_number") == ["duplicate"]
    assert "已有档案" in response.content.decode()  # the staff read Chinese
    assert Worker.objects.count() == 1


def test_a_wrong_check_digit_is_refused_and_nothing_is_saved(client, counsellor, township):
    client.force_login(counsellor)
    number = id_number()
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    response = add(client, worker_data(township, id_number=wrong))
    assert codes(response, "id_number") == ["check_digit"]
    assert not Worker.objects.exists()


def test_the_birth_date_and_gender_must_agree_with_the_id_number(client, counsellor, township):
    client.force_login(counsellor)
    number = id_number(birth="19900101", sequence="123")  # a man born 1990-01-01
    response = add(
        client,
        worker_data(township, id_number=number, date_of_birth="1991-01-01", gender="female"),
    )
    errors = response.context["form"].errors
    assert "1990-01-01" in str(errors["date_of_birth"])
    assert "gender" in errors
    assert not Worker.objects.exists()


def test_a_shared_phone_is_saved_only_when_staff_confirm_it(client, counsellor, township):
    client.force_login(counsellor)
    assert add(client, worker_data(township)).status_code == 302
    second = worker_data(township, name="次仁卓玛的妹妹", phone="13908912345")
    refused = add(client, second)
    assert codes(refused, "phone") == ["shared"]
    assert Worker.objects.count() == 1
    confirmed = add(client, {**second, "shared_phone": "on"})
    assert confirmed.status_code == 302
    assert Worker.objects.with_phone("13908912345").count() == 2


@pytest.mark.parametrize("phone", ["", "12345", "0891-6000000", "１３９０８９１２３４５x"])
def test_an_invalid_phone_is_refused(client, counsellor, township, phone):
    client.force_login(counsellor)
    response = add(client, worker_data(township, phone=phone))
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    assert not Worker.objects.exists()


def test_a_record_without_consent_is_refused(client, counsellor, township):
    """PIPL art. 13–14: the archive is kept under the worker's consent."""
    client.force_login(counsellor)
    response = add(client, worker_data(township, consents=inline_formset([])))
    assert response.status_code == 200
    assert not Worker.objects.exists()


@pytest.mark.parametrize(
    "query", ["13908912345", "139 0891 2345", "+8613908912345", "{id}", "{id_lower}", "卓玛"]
)
def test_staff_look_a_worker_up_by_id_number_phone_or_name(client, counsellor, make_worker, query):
    number = id_number(birth="19880210", sequence="12X"[:2] + "4")
    worker = make_worker(id_number=number, counsellor=counsellor)
    make_worker(name="扎西", phone="13800000000", counsellor=counsellor)
    client.force_login(counsellor)
    query = query.format(id=number, id_lower=number.lower())
    response = client.get(reverse("workers:index"), {"q": query})
    assert list(response.context["object_list"]) == [worker]
