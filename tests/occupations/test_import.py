"""`manage.py import_occupations`: the national classification from a CSV file (4.4.2(2)).

Every row is checked before anything is written; a bad file names each problem by line and
column and leaves the database exactly as it was.
"""

import io
import re

import pytest
from django.core.management import CommandError, call_command

from occupations.importing import SHIPPED_CSV, import_occupations
from occupations.models import HAN, TIBETAN_SCRIPT, Occupation, is_valid_code

HEADER = "code,level,parent_code,name_zh,name_bo\n"
GOOD = (
    HEADER
    + "6,1,,生产制造及有关人员,ཐོན་སྐྱེད་བཟོ་སྐྲུན་དང་འབྲེལ་ཡོད་མི་སྣ།\n"
    + "6-29,2,6,建筑施工人员,ཨར་ལས་ལག་བསྟར་མི་སྣ།\n"
    + "6-29-01,3,6-29,房屋建筑施工人员,ཁང་པའི་ཨར་ལས་ལག་བསྟར་མི་སྣ།\n"
    + "6-29-01-01,4,6-29-01,砌筑工,རྩིག་བཟོ་བ།\n"
    + "6-29-01-03,4,6-29-01,混凝土工,སྦྱར་རྡོ་བཟོ་བ།\n"
)


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "occupations.csv"
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


def run(path):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_occupations", path, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def failing(path):
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_occupations", path, stdout=io.StringIO(), stderr=err)
    return str(raised.value), err.getvalue()


@pytest.mark.django_db
def test_a_good_file_is_imported_with_levels_and_parents_from_the_codes(tmp_path):
    """4.4.2(2): the classification's four levels, each below its group, in both languages."""
    out, err = run(write(tmp_path, GOOD))
    assert "5 created, 0 updated, 0 unchanged" in out
    assert err == ""
    bricklayer = Occupation.objects.get(code="6-29-01-01")
    assert bricklayer.level == Occupation.Level.OCCUPATION
    assert bricklayer.parent.code == "6-29-01"
    assert bricklayer.parent.parent.parent.code == "6"
    assert bricklayer.parent.parent.parent.parent is None
    assert (bricklayer.name_zh, bricklayer.name_bo) == ("砌筑工", "རྩིག་བཟོ་བ།")


@pytest.mark.django_db
def test_level_and_parent_columns_are_optional(tmp_path):
    text = "name_zh,code,name_bo\n生产制造及有关人员,6,ཐོན་སྐྱེད་མི་སྣ།\n建筑施工人员,6-29,ཨར་ལས་མི་སྣ།\n"
    run(write(tmp_path, text))
    assert Occupation.objects.get(code="6-29").parent.code == "6"


@pytest.mark.django_db
def test_rows_may_come_before_their_group_and_groups_may_already_exist(tmp_path):
    run(write(tmp_path, HEADER + "6,1,,生产制造及有关人员,ཐོན་སྐྱེད་མི་སྣ།\n"))
    text = HEADER + "6-29-01,3,6-29,房屋建筑施工人员,ཁང་པའི་མི་སྣ།\n6-29,2,6,建筑施工人员,ཨར་ལས་མི་སྣ།\n"
    out, _ = run(write(tmp_path, text))
    assert "2 created" in out
    assert Occupation.objects.get(code="6-29-01").parent.code == "6-29"


@pytest.mark.django_db
def test_importing_again_changes_nothing_and_then_updates_names_by_code(tmp_path):
    """4.4.2(2): re-importing (e.g. a corrected edition) is safe: names are updated by code,
    nothing is duplicated or deleted."""
    path = write(tmp_path, GOOD)
    run(path)
    ids = dict(Occupation.objects.values_list("code", "pk"))

    out, _ = run(path)
    assert "0 created, 0 updated, 5 unchanged" in out
    assert dict(Occupation.objects.values_list("code", "pk")) == ids

    corrected = GOOD.replace("砌筑工,", "砌筑工（瓦工）,")
    out, _ = run(write(tmp_path, corrected))
    assert "0 created, 1 updated, 4 unchanged" in out
    assert Occupation.objects.get(code="6-29-01-01").name_zh == "砌筑工（瓦工）"
    assert dict(Occupation.objects.values_list("code", "pk")) == ids


@pytest.mark.django_db
def test_a_byte_order_mark_and_blank_lines_are_accepted(tmp_path):
    run(write(tmp_path, "\ufeff" + GOOD.replace("\n6-29,", "\n\n6-29,")))
    assert Occupation.objects.count() == 5


# Each bad file, the line and column it must name, and words of the problem. Line 1 is the header.
BAD_FILES = {
    "malformed code": (GOOD + "6-29-1-02,4,6-29-01,钢筋工,ལྕགས་ཐུར་བཟོ་བ།\n", 7, "code", "malformed"),
    "major group out of range": (GOOD + "9,1,,其他,གཞན།\n", 7, "code", "malformed"),
    "script in the code": (GOOD + "<script>,1,,其他,གཞན།\n", 7, "code", "malformed"),
    "duplicate code": (GOOD + "6-29-01-01,4,6-29-01,瓦工,རྫ་གཡམ་བཟོ་བ།\n", 7, "code", "line 5"),
    "unknown parent": (
        GOOD + "6-30-05-05,4,6-30-05,挖掘机司机,ས་རྐོ་འཕྲུལ་འཁོར་ཁ་ལོ་བ།\n",
        7,
        "code",
        "6-30-05",
    ),
    "level inconsistent with code": (
        GOOD + "6-29-01-04,3,6-29-01,钢筋工,ལྕགས་ཐུར་བཟོ་བ།\n",
        7,
        "level",
        "level 4",
    ),
    "parent inconsistent with code": (
        GOOD + "6-29-01-04,4,6-29,钢筋工,ལྕགས་ཐུར་བཟོ་བ།\n",
        7,
        "parent_code",
        "6-29-01",
    ),
    "missing Chinese name": (
        GOOD + "6-29-01-04,4,6-29-01,,ལྕགས་ཐུར་བཟོ་བ།\n",
        7,
        "name_zh",
        "missing",
    ),
    "missing Tibetan name": (GOOD + "6-29-01-04,4,6-29-01,钢筋工,  \n", 7, "name_bo", "missing"),
    "Tibetan name in Chinese": (
        GOOD + "6-29-01-04,4,6-29-01,钢筋工,钢筋工\n",
        7,
        "name_bo",
        "Tibetan",
    ),
    "Chinese name in Tibetan": (
        GOOD + "6-29-01-04,4,6-29-01,ལྕགས་ཐུར།,ལྕགས་ཐུར་བཟོ་བ།\n",
        7,
        "name_zh",
        "Chinese",
    ),
    "name too long": (GOOD + f"6-29-01-04,4,6-29-01,{'钢' * 121},ལྕགས།\n", 7, "name_zh", "longer"),
    "missing code": (GOOD + ",4,6-29-01,钢筋工,ལྕགས་ཐུར་བཟོ་བ།\n", 7, "code", "missing"),
    "too many fields": (GOOD + "6-29-01-04,4,6-29-01,钢筋工,ལྕགས།,extra\n", 7, "", "6 fields"),
    "unknown column": (GOOD.replace("name_bo", "name_tb", 1), 1, "name_tb", "unknown column"),
    "missing column": (GOOD.replace(",name_bo", "", 1), 1, "name_bo", "required column"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_row_is_named_by_line_and_column_and_nothing_is_imported(tmp_path, case):
    """4.4.2(2): a file with any bad row imports nothing and says which line and column is wrong
    and why."""
    text, line, column, words = BAD_FILES[case]
    before = Occupation.objects.count()
    message, errors = failing(write(tmp_path, text))
    assert Occupation.objects.count() == before == 0
    assert "nothing was imported" in message
    where = f"line {line}, column {column}:" if column else f"line {line}:"
    problem = next((row for row in errors.splitlines() if where in row), None)
    assert problem is not None, errors
    assert words in problem, problem


@pytest.mark.django_db
def test_a_file_that_is_not_utf8_is_refused_with_the_line_of_the_first_bad_byte(tmp_path):
    """4.4.2(2): a file saved in GBK (Excel's default on Chinese Windows) is refused."""
    message, errors = failing(write(tmp_path, GOOD, encoding="gb18030"))
    assert "nothing was imported" in message
    assert "line 2:" in errors
    assert "UTF-8" in errors
    assert Occupation.objects.count() == 0


@pytest.mark.django_db
def test_every_problem_of_a_file_is_listed_at_once(tmp_path):
    text = (
        GOOD
        + "6-29-01-04,3,6-29-01,钢筋工,ལྕགས།\n"
        + "6-29-01-05,4,6-29-01,,ཐེམ་སྐས།\n"
        + "6-99-01-01,4,6-99-01,其他,གཞན།\n"
    )
    _, errors = failing(write(tmp_path, text))
    lines = [row for row in errors.splitlines() if row.strip()]
    assert len(lines) == 3
    assert [re.search(r"line (\d+)", row).group(1) for row in lines] == ["7", "8", "9"]


@pytest.mark.django_db
def test_a_bad_file_leaves_existing_names_alone(tmp_path):
    """Nothing is written, not even the good rows' changes, when one row is bad."""
    run(write(tmp_path, GOOD))
    text = GOOD.replace("砌筑工", "瓦工") + "6-29-01-99,5,6-29-01,x,y\n"
    before = list(Occupation.objects.values_list("code", "name_zh"))
    failing(write(tmp_path, text))
    assert list(Occupation.objects.values_list("code", "name_zh")) == before


@pytest.mark.django_db
def test_empty_and_headerless_files_are_refused(tmp_path):
    _, errors = failing(write(tmp_path, ""))
    assert "line 1:" in errors
    _, errors = failing(write(tmp_path, HEADER))
    assert "line 2:" in errors and "no rows" in errors


@pytest.mark.django_db
def test_a_missing_file_is_a_clear_error(tmp_path):
    message, _ = failing(str(tmp_path / "nowhere.csv"))
    assert "Cannot read" in message


@pytest.mark.django_db
def test_dry_run_checks_without_writing(tmp_path):
    out = io.StringIO()
    call_command("import_occupations", write(tmp_path, GOOD), "--dry-run", stdout=out)
    assert "valid" in out.getvalue()
    assert Occupation.objects.count() == 0


@pytest.mark.django_db
def test_the_shipped_reference_data_is_complete_and_bilingual():
    """4.4.2(2): the shipped classification has the 8 major groups and at least 80 occupations,
    each with a well-formed code and its names in Chinese and Tibetan."""
    result = import_occupations(SHIPPED_CSV)
    assert result.ok, result.errors
    assert Occupation.objects.filter(level=1).count() == 8
    assert Occupation.objects.occupations().count() >= 80
    for occupation in Occupation.objects.all():
        assert is_valid_code(occupation.code)
        assert HAN.search(occupation.name_zh), occupation.code
        assert TIBETAN_SCRIPT.search(occupation.name_bo), occupation.code
        assert not HAN.search(occupation.name_bo), occupation.code
        if occupation.level > 1:
            assert occupation.parent.code == occupation.code.rpartition("-")[0]
    # Trades of workers returning to Lhasa are there.
    for code in (
        "6-31-01-03",
        "6-18-02-04",
        "6-29-01-01",
        "4-03-02-01",
        "4-07-05-01",
        "4-10-01-06",
        "4-02-02-02",
        "5-03-02-01",
        "6-29-05-05",
        "4-07-04-01",
    ):
        assert Occupation.objects.filter(code=code, level=4).exists(), code
