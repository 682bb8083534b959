"""Bulk import of jobs from a spreadsheet (clause 6.3.1: the service collects jobs).

Staff upload a CSV or XLSX file, one job per row; every row is checked with the rules of the
public intake form. A good file becomes draft jobs in the review workflow; a file with a bad row
imports nothing unless the user chooses to import its valid rows only; a malformed file gets a
message, never a server error.
"""

import csv
import datetime
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from jobs.bulk import importing
from jobs.bulk.parsing import COLUMNS, MAX_ROWS
from jobs.intake.submission import submit
from jobs.models import Employer, JobPage
from portal.dates import lhasa_today
from staff.roles import COUNSELLORS, EDITORS, JOB_REVIEWERS
from tests.jobs.conftest import EMPLOYER_CODE

URL = "/admin/jobs/import/"
CONFIRM_URL = "/admin/jobs/import/confirm/"
NEW_CODE = "91350100M000100Y43"


def days_from_today(days):
    return (lhasa_today() + datetime.timedelta(days=days)).isoformat()


def job_row(**changes):
    """A good row by form field, as staff type it in Chinese."""
    return {
        "credit_code": NEW_CODE,
        "employer_name": "拉萨市城关区格桑餐饮有限公司",
        "contact_person": "格桑",
        "phone": "13908905678",
        "employer_township": "dazi-deqing",
        "address": "德庆镇幸福路12号",
        "title": "餐厅招聘电工",
        "occupation": "6-31-01-03",
        "skill_required": "4",
        "headcount": "2",
        "wage_min": "5000",
        "wage_max": "6500",
        "wage_unit": "按月",
        "township": "dazi-deqing",
        "accommodation": "是",
        "meals": "否",
        "language_required": "汉藏双语",
        "working_hours": "9:00–18:00，每周休息一天",
        "contract_type": "固定期限劳动合同",
        "start_date": days_from_today(10),
        "closing_date": days_from_today(30),
        "description": "负责餐厅电路维护。\n\n需持电工证。",
        "how_to_apply": "电话联系格桑：13908905678",
        **changes,
    }


def table(rows, english=False):
    header = [column.english if english else column.chinese for column in COLUMNS]
    return [header] + [[row[column.field] for column in COLUMNS] for row in rows]


def csv_file(rows, encoding="utf-8-sig", name="jobs.csv", english=False):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table(rows, english))
    return SimpleUploadedFile(name, buffer.getvalue().encode(encoding), "text/csv")


def xlsx_bytes(cells):
    workbook = openpyxl.Workbook()
    for line in cells:
        workbook.active.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload(client, file, index):
    return client.post(URL, {"file": file, "index": index.pk})


def member_of(role, name):
    user = User.objects.create_user(name, f"{name}@example.com", "correct-horse-battery")
    user.groups.add(Group.objects.get(name=role))
    return user


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def reviewer(db):
    return member_of(JOB_REVIEWERS, "reviewer")


@pytest.fixture
def ready(job_index, township, occupation, employer):
    """The job index, the township, the occupation and an employer on file."""
    return job_index["zh"]


def in_review(job):
    return WorkflowState.objects.filter(
        base_content_type=job.get_base_content_type(),
        object_id=str(job.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).exists()


def report_rows(response):
    return {row.number: row for row in response.context["report"].rows}


def test_a_valid_csv_with_a_byte_order_mark_imports_drafts_in_review(client, reviewer, ready):
    """6.3.1: each row becomes a draft job in the review workflow, like a public submission;
    an employer on file is reused by its credit code, a new one is made unverified, once."""
    client.force_login(reviewer)
    rows = [
        job_row(),
        job_row(title="餐厅招聘厨师"),
        job_row(credit_code=EMPLOYER_CODE, employer_name="另一个名字", title="工地招聘电工"),
    ]
    response = upload(client, csv_file(rows), ready)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[ready.pk])

    jobs = JobPage.objects.order_by("pk")
    assert [job.title for job in jobs] == ["餐厅招聘电工", "餐厅招聘厨师", "工地招聘电工"]
    for job in jobs:
        assert not job.live
        assert job.get_parent().pk == ready.pk
        assert in_review(job)
        assert job.current_workflow_state.requested_by == reviewer  # who imported it
        assert job.get_latest_revision().user == reviewer
    assert jobs[0].description == "<p>负责餐厅电路维护。</p><p>需持电工证。</p>"
    assert jobs[0].accommodation and not jobs[0].meals
    assert jobs[0].wage_unit == "month" and jobs[0].language_required == "both"
    assert jobs[0].contract_type == "fixed_term" and jobs[0].skill_required == "4"
    new = Employer.objects.get(credit_code=NEW_CODE)
    assert not new.verified
    assert {job.employer for job in jobs[:2]} == {new}
    on_file = Employer.objects.get(credit_code=EMPLOYER_CODE)
    assert jobs[2].employer == on_file and on_file.name != "另一个名字"


def test_a_valid_xlsx_with_english_headers_imports_drafts(client, reviewer, ready):
    """6.3.1: an Excel workbook with real dates and numbers in its cells imports as well."""
    client.force_login(reviewer)
    rows = [job_row(accommodation="yes", meals="no", wage_unit="per day"), job_row(title="保安")]
    cells = table(rows, english=True)
    fields = [column.field for column in COLUMNS]
    for line in cells[1:]:
        line[fields.index("wage_min")] = 150
        line[fields.index("wage_max")] = 200.0  # Excel keeps every number as a float
        line[fields.index("closing_date")] = lhasa_today() + datetime.timedelta(days=20)
    file = SimpleUploadedFile("jobs.xlsx", xlsx_bytes(cells))
    assert upload(client, file, ready).status_code == 302
    jobs = JobPage.objects.order_by("pk")
    assert [(job.title, job.wage_min, job.wage_max) for job in jobs] == [
        ("餐厅招聘电工", 150, 200),
        ("保安", 150, 200),
    ]
    assert jobs[0].wage_unit == "day"
    assert jobs[0].closing_date == lhasa_today() + datetime.timedelta(days=20)
    assert all(in_review(job) for job in jobs)


def test_a_gb18030_csv_saved_by_excel_in_china_imports(client, reviewer, ready):
    client.force_login(reviewer)
    response = upload(client, csv_file([job_row()], encoding="gb18030"), ready)
    assert response.status_code == 302
    assert JobPage.objects.get().employer.name == "拉萨市城关区格桑餐饮有限公司"


BAD_ROWS = [
    job_row(description="第一行\n第二行"),  # row 2, spanning two lines of the CSV file
    job_row(wage_min="6000", wage_max="5000", township="nowhere"),  # row 3
    job_row(title="第三个岗位"),  # row 4
    job_row(accommodation="也许", credit_code="91350100M000100Y44"),  # row 5
]


def test_a_file_with_a_bad_row_imports_nothing_and_lists_every_problem(client, reviewer, ready):
    """6.3.1: nothing is imported from a file with errors; each error names its row (as the
    spreadsheet numbers it), its column (as headed in the file) and what is wrong."""
    client.force_login(reviewer)
    response = upload(client, csv_file(BAD_ROWS), ready)
    assert response.status_code == 200
    assert JobPage.objects.count() == 0
    assert Employer.objects.count() == 1

    rows = report_rows(response)
    assert [number for number, row in rows.items() if row.ok] == [2, 4]
    assert [(p.column, p.message) for p in rows[3].problems] == [
        ("最高工资", "最高工资不能低于最低工资。"),
        ("工作地点乡镇代码", "没有代码为“nowhere”的乡镇（街道）：代码列在导入页面上。"),
    ]
    assert [p.column for p in rows[5].problems] == ["统一社会信用代码", "是否提供住宿"]
    html = response.content.decode()
    assert "4行：2行有效，2行有错误。未导入任何内容。" in html
    assert "最高工资不能低于最低工资。" in html
    assert "仅导入2行有效数据，有错误的行不导入。" in html


def confirm(client, response, **data):
    initial = response.context["confirm"].initial
    return client.post(CONFIRM_URL, {**initial, **data})


def test_choosing_valid_rows_only_imports_exactly_those(client, reviewer, ready):
    """6.3.1: the reviewer may choose to import the valid rows of a file with errors."""
    client.force_login(reviewer)
    report = upload(client, csv_file(BAD_ROWS), ready)

    unticked = confirm(client, report)
    assert unticked.status_code == 200
    assert "请勾选“仅导入有效行”。" in unticked.content.decode()
    assert JobPage.objects.count() == 0

    done = confirm(client, report, valid_only="on")
    assert done.status_code == 302
    assert sorted(JobPage.objects.values_list("title", flat=True)) == ["第三个岗位", "餐厅招聘电工"]
    assert all(in_review(job) for job in JobPage.objects.all())

    # The kept file is gone: confirming twice does not import twice.
    again = confirm(client, report, valid_only="on")
    assert again.status_code == 302 and again.url == URL
    assert JobPage.objects.count() == 2


def test_a_failure_while_saving_leaves_nothing_saved(client, reviewer, ready, monkeypatch):
    """One transaction: the first jobs of a file are not kept when a later one fails."""
    saved = []

    def submit_then_fail(data, index, user=None):
        if saved:
            raise RuntimeError("the database went away")
        saved.append(submit(data, index, user))
        return saved[-1]

    monkeypatch.setattr(importing, "submit", submit_then_fail)
    client.force_login(reviewer)
    with pytest.raises(RuntimeError):
        upload(client, csv_file([job_row(), job_row(title="保安")]), ready)
    assert saved
    assert JobPage.objects.count() == 0
    assert not Employer.objects.filter(credit_code=NEW_CODE).exists()


def test_the_kept_file_belongs_to_whoever_uploaded_it(client, reviewer, ready):
    client.force_login(reviewer)
    report = upload(client, csv_file(BAD_ROWS), ready)
    client.force_login(member_of(JOB_REVIEWERS, "other-reviewer"))
    assert confirm(client, report, valid_only="on").status_code == 302
    assert JobPage.objects.count() == 0


def xlsx_with(change):
    workbook = openpyxl.Workbook()
    for line in table([job_row()]):
        workbook.active.append(line)
    change(workbook.active)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def wrong_header():
    cells = table([job_row()])
    cells[0][0] = "信用代码号"
    cells[0][1] = "联系人"  # "contact person" twice
    buffer = io.StringIO()
    csv.writer(buffer).writerows(cells)
    return buffer.getvalue().encode()


def too_many_rows():
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table([job_row()] * (MAX_ROWS + 1)))
    return buffer.getvalue().encode()


def formula(sheet):
    sheet["J2"] = "=1+1"


def merged(sheet):
    sheet.merge_cells("A2:B2")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("jobs.csv", wrong_header(), "未知的列“信用代码号”。"),
        ("jobs.csv", wrong_header(), "“联系人”列出现了两次。"),
        ("jobs.csv", wrong_header(), "缺少以下列：统一社会信用代码 (employer credit code)"),
        ("jobs.csv", too_many_rows(), "文件有1001个岗位，每次最多导入1000个。"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "这不是表格文件"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "这不是表格文件"),
        ("jobs.xlsx", b"PK\x03\x04 not really a zip", "这不是表格文件"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版Excel文件"),
        ("jobs.csv", b"  \r\n", "文件是空的。"),
        ("jobs.csv", "统一社会信用代码\n".encode(), "缺少以下列"),
        ("jobs.csv", b"x" * (2 * 1024 * 1024 + 1), "文件超过2 MB"),
        ("jobs.xlsx", xlsx_with(formula), "单元格J2含有公式"),
        ("jobs.xlsx", xlsx_with(merged), "表格中有合并单元格（A2:B2）"),
    ],
)
def test_a_malformed_file_gets_a_clear_message(client, reviewer, ready, name, content, message):
    client.force_login(reviewer)
    response = upload(client, SimpleUploadedFile(name, content), ready)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "report" not in response.context
    assert JobPage.objects.count() == 0


def test_a_header_without_rows_is_refused(client, reviewer, ready):
    client.force_login(reviewer)
    response = upload(client, csv_file([]), ready)
    assert "表头下面没有岗位。" in response.content.decode()


def refused(response):
    """Wagtail answers a refused admin page with a redirect to the dashboard and a message."""
    return response.status_code == 302 and response.url == "/admin/"


def test_counsellors_cannot_import_and_do_not_see_the_menu_item(client, ready):
    client.force_login(member_of(COUNSELLORS, "counsellor"))
    assert refused(client.get(URL))
    assert refused(upload(client, csv_file([job_row()]), ready))
    assert refused(client.get(reverse("jobs_bulk_import:template")))
    assert URL not in client.get("/admin/").content.decode()
    assert JobPage.objects.count() == 0


@pytest.mark.parametrize("role", [JOB_REVIEWERS, EDITORS])
def test_job_reviewers_and_editors_see_the_page_and_the_template(client, ready, role):
    client.force_login(member_of(role, "staff"))
    assert URL in client.get("/admin/").content.decode()
    page = client.get(URL)
    assert page.status_code == 200
    assert "dazi-deqing" in page.content.decode()  # the township codes are listed
    template = client.get(reverse("jobs_bulk_import:template"))
    text = template.content.decode("utf-8")
    assert text.startswith("\ufeff统一社会信用代码,用人单位名称,")
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header == [column.chinese for column in COLUMNS]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", ["导入岗位", "最高工资不能低于最低工资。", "有错误的行不导入"]),
        (
            "bo",
            [
                "ལས་གནས་ནང་འདྲེན།",
                "གླ་ཕོགས་ཆེས་མཐོ་བ་དེ་གླ་ཕོགས་ཆེས་དམའ་བ་ལས་དམའ་མི་ཆོག",
                "ཨང་རྟགས་“nowhere”ཅན་གྱི་ཤང་གྲོང་རྡལ་ལམ་ཁྲོམ་གཞུང་མེད།",
            ],
        ),
    ],
)
def test_the_report_is_in_the_users_admin_language(client, reviewer, ready, language, expected):
    client.force_login(speaking(reviewer, language))
    html = upload(client, csv_file(BAD_ROWS), ready).content.decode()
    for text in expected:
        assert text in html, text
