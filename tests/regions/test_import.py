"""`manage.py import_regions`: the districts, counties and townships from a CSV file.

Every row is checked before anything is written; a bad file names each problem by line and
column and leaves the database exactly as it was. Importing again updates by code.
"""

import io

import pytest
from django.core.management import CommandError, call_command

from regions.importing import import_townships
from regions.models import Area, Township

HEADER = (
    "area_code,area_kind,area_name_zh,area_name_bo,area_latitude,area_longitude,"
    "code,kind,name_zh,name_bo,latitude,longitude\n"
)
DAZI = "dazi,district,达孜区,སྟག་རྩེ་ཆུས།,29.67200,91.35000,"
GOOD = (
    HEADER
    + DAZI
    + "dazi-deqing,town,德庆镇,བདེ་ཆེན་གྲོང་རྡལ།,29.67200,91.35000\n"
    + DAZI
    + "dazi-tajie,township,塔杰乡,སྟག་རྒྱས་ཤང་།,29.68600,91.40500\n"
    + "outside,outside,区外,བོད་ལྗོངས་ཀྱི་ཕྱི་རོལ།,34.5417,108.9233,"
    + "outside-tibet,other,区外,བོད་ལྗོངས་ཀྱི་ཕྱི་རོལ།,34.5417,108.9233\n"
)


@pytest.fixture
def empty(db):
    Township.objects.all().delete()
    Area.objects.all().delete()


def write(tmp_path, text):
    path = tmp_path / "townships.csv"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return str(path)


def run(path, *args):
    out = io.StringIO()
    call_command("import_regions", path, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def failing(path):
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_regions", path, stdout=io.StringIO(), stderr=err)
    return str(raised.value), err.getvalue()


def snapshot():
    return (
        list(Area.objects.values_list()),
        list(Township.objects.order_by("code").values_list()),
    )


def test_a_good_file_creates_areas_and_townships_in_its_order(empty, tmp_path):
    out = run(write(tmp_path, GOOD))
    assert "5 created, 0 updated, 0 unchanged" in out
    assert "created township dazi-tajie" in out
    tajie = Township.objects.select_related("area").get(code="dazi-tajie")
    assert (tajie.area.code, tajie.kind, tajie.name_zh) == ("dazi", "township", "塔杰乡")
    assert (str(tajie.latitude), str(tajie.longitude)) == ("29.68600", "91.40500")
    assert [area.code for area in Area.objects.all()] == ["dazi", "outside"]
    assert [t.code for t in Township.objects.all()] == [
        "dazi-deqing",
        "dazi-tajie",
        "outside-tibet",
    ]


def test_importing_again_changes_nothing_then_updates_by_code_and_says_what(empty, tmp_path):
    path = write(tmp_path, GOOD)
    run(path)
    assert "0 created, 0 updated, 5 unchanged" in run(path)
    corrected = GOOD.replace("塔杰乡,སྟག་རྒྱས་ཤང་།,29.68600", "塔杰乡,སྟག་རྒྱལ་ཤང་།,29.69000")
    out = run(write(tmp_path, corrected))
    assert "0 created, 1 updated, 4 unchanged" in out
    assert "updated township dazi-tajie: name_bo, latitude" in out
    tajie = Township.objects.get(code="dazi-tajie")
    assert (tajie.name_bo, str(tajie.latitude)) == ("སྟག་རྒྱལ་ཤང་།", "29.69000")
    assert Township.objects.count() == 3


def test_a_township_missing_from_the_file_is_kept(db, tmp_path):
    """Jobs and workers refer to townships: importing never deletes one."""
    before = Township.objects.count()
    run(write(tmp_path, GOOD))
    assert Township.objects.count() == before


def test_the_shipped_file_is_the_default_and_is_already_loaded(db):
    out = io.StringIO()
    call_command("import_regions", stdout=out)
    assert "0 created, 0 updated" in out.getvalue()


def deqing(
    code="dazi-deqing", kind="town", zh="德庆镇", bo="བདེ་ཆེན་གྲོང་རྡལ།", lat="29.672", lon="91.35"
):
    """A row of Dazi's 德庆镇, with one value changed."""
    return DAZI + ",".join([code, kind, zh, bo, lat, lon])


BAD_ROWS = [
    (deqing(code="Dazi Deqing"), "code", "malformed code"),
    (deqing(kind="village"), "kind", "unknown kind"),
    (deqing(zh="Deqing"), "name_zh", "not written in Chinese"),
    (deqing(bo="德庆镇"), "name_bo", "not written in Tibetan"),
    (deqing(lat=""), "latitude", "missing"),
    (deqing(lat="north"), "latitude", "not a number"),
    (deqing(lat="29.6720001"), "latitude", "more than 5 decimals"),
    (deqing(lat="91.35"), "latitude", "not between -90 and 90"),
    (deqing(lon="88.35"), "longitude", "outside Lhasa"),
    (deqing(kind="other"), "kind", "only for the catch-alls"),
    (
        "lasa,district,拉萨区,ལྷ་ས་ཆུས།,29.65,91.13,lasa-a,town,甲镇,ཀ་གྲོང་རྡལ།,29.65,91.13",
        "area_code",
        "not a district or county of Lhasa",
    ),
    (
        "outside,outside,区外,བོད་ལྗོངས་ཀྱི་ཕྱི་རོལ།,34.5,108.9,"
        "outside-x,town,区外,བོད་ལྗོངས་ཀྱི་ཕྱི་རོལ།,34.5,108.9",
        "kind",
        "the township of a catch-all area is of kind other",
    ),
]


@pytest.mark.parametrize(
    ("row", "column", "problem"), BAD_ROWS, ids=[f"{c}: {p}" for _, c, p in BAD_ROWS]
)
def test_a_bad_row_is_named_by_line_and_column_and_nothing_is_written(
    db, tmp_path, row, column, problem
):
    before = snapshot()
    text = GOOD.replace("塔杰乡", "塔杰新乡") + row + "\n"
    message, err = failing(write(tmp_path, text))
    assert "nothing was imported" in message
    assert f"line 5, column {column}: " in err
    assert problem in err
    assert snapshot() == before


def test_every_problem_of_a_file_is_listed(db, tmp_path):
    text = (
        GOOD
        + "dazi,district,达孜县,སྟག་རྩེ་ཆུས།,29.67200,91.35000,"
        + "dazi-xue,township,雪乡,ཞོལ་ཤང་།,29.73200,91.47500\n"
        + DAZI
        + "dazi-deqing,town,德庆镇,བདེ་ཆེན་གྲོང་རྡལ།,29.67200,91.35000\n"
        + "dazi,district,达孜区\n"
    )
    message, err = failing(write(tmp_path, text))
    assert message.startswith("3 problems")
    assert "line 5, column area_name_zh: differs from line 2, where dazi has 达孜区" in err
    assert "line 6, column code: duplicate code dazi-deqing (first on line 2)" in err
    assert "line 7: has 3 fields where the header has 12" in err


def test_a_missing_column_or_a_file_not_in_utf8_is_refused(db, tmp_path):
    _, err = failing(write(tmp_path, HEADER.replace(",longitude\n", "\n")))
    assert "line 1, column longitude: required column is missing" in err
    _, err = failing(write(tmp_path, GOOD.encode("gb18030")))
    assert "not UTF-8" in err


def test_a_dry_run_checks_and_writes_nothing(empty, tmp_path):
    out = run(write(tmp_path, GOOD), "--dry-run")
    assert "is valid; nothing was changed" in out
    assert not Township.objects.exists()


def test_the_function_takes_the_file_as_bytes(empty):
    result = import_townships(GOOD.encode())
    assert result.ok and len(result.created) == 5
