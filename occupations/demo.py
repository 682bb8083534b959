"""The demo content of the occupational classification (clause 4.4.2(2)): the reference data
shipped in occupations/data/occupations.csv, a 2026 shortage list for Lhasa (invented, and marked
示例), and the occupation browser page in the resource library. See portal/demo.py for how demo
content is built and translated.

The reference data is loaded by the same function as `manage.py import_occupations`, so a fresh
install (`make run`, which runs `load_demo_content`) has it; it must run before any loader that
points at occupations (jobs, training).
"""

import datetime

from django.core.management.base import CommandError

from occupations.importing import import_shipped
from occupations.models import (
    Demand,
    Occupation,
    OccupationBrowserPage,
    ShortageEntry,
    ShortageList,
)
from portal.demo import rich_text, tr

BROWSER = {
    "key": "occupations",
    "title": tr("国家职业分类与紧缺工种", "རྒྱལ་ཁབ་ཀྱི་ལས་རིགས་དབྱེ་སྡེ་དང་ཁ་སྐོང་དགོས་པའི་ལས་རིགས།"),
    "summary": tr(
        "按《中华人民共和国职业分类大典》查职业，看拉萨市当前紧缺哪些工种。",
        "《ཀྲུང་ཧྭ་མི་དམངས་སྤྱི་མཐུན་རྒྱལ་ཁབ་ཀྱི་ལས་རིགས་དབྱེ་སྡེའི་གཞི་གྲངས་ཆེན་མོ》ལྟར་ལས་རིགས་འཚོལ་བ་དང་། "
        "ལྷ་ས་གྲོང་ཁྱེར་ལ་ད་ལྟ་ལས་རིགས་གང་དག་ཁ་སྐོང་དགོས་མིན་ལྟ།",
    ),
    "intro": [
        tr(
            "国家职业分类把职业分为大类、中类、小类和职业四层。从大类一层层点下去，就能找到您做过"
            "或想做的职业。标着“紧缺工种”的职业，拉萨本地缺人，培训和就业机会更多。",
            "རྒྱལ་ཁབ་ཀྱི་ལས་རིགས་དབྱེ་སྡེར་སྡེ་ཚན་ཆེ་བ་དང་། སྡེ་ཚན་འབྲིང་བ། སྡེ་ཚན་ཆུང་བ། ལས་རིགས་བཅས་"
            "རིམ་པ་བཞི་ཡོད། སྡེ་ཚན་ཆེ་བ་ནས་རིམ་བཞིན་མནན་ན། ཁྱེད་ཀྱིས་བྱས་མྱོང་བའམ་བྱེད་འདོད་པའི་ལས་རིགས་"
            "རྙེད་ཐུབ། 「ཁ་སྐོང་དགོས་པའི་ལས་རིགས」ཞེས་མཚོན་པའི་ལས་རིགས་ལ་ལྷ་སར་མི་མི་འདང་བས། སྦྱོང་བརྡར་དང་"
            "ལས་ཞུགས་ཀྱི་གོ་སྐབས་མང་།",
        ),
    ],
}

SHORTAGE_2026 = {
    "key": "lhasa-2026",
    "title": tr(
        "2026年拉萨市紧缺工种目录（示例）",
        "2026ལོའི་ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཁ་སྐོང་དགོས་པའི་ལས་རིགས་ཐོ་གཞུང་།（དཔེ་མཚོན།）",
    ),
    "issuer": tr(
        "拉萨市人力资源和社会保障局（示例）",
        "ལྷ་ས་གྲོང་ཁྱེར་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།（དཔེ་མཚོན།）",
    ),
    "period_start": datetime.date(2026, 1, 1),
    "period_end": datetime.date(2026, 12, 31),
    "published_on": datetime.date(2026, 1, 15),
    # code, demand, note
    "entries": [
        (
            "6-31-01-03",
            Demand.HIGH,
            tr("需持特种作业操作证（电工）。", "ཆེད་དོན་བྱ་བ་བཀོལ་སྤྱོད་ལག་ཁྱེར（གློག་བཟོ་བ）དགོས།"),
        ),
        (
            "6-18-02-04",
            Demand.HIGH,
            tr("建筑工地和钢结构厂常年招聘。", "ཨར་ལས་ས་ཚིགས་དང་ལྕགས་སྒྲོམ་བཟོ་གྲྭར་ལོ་གང་པོར་མི་འཚོལ།"),
        ),
        (
            "4-03-02-01",
            Demand.HIGH,
            tr("旅游旺季酒店和餐馆缺人。", "ཡུལ་སྐོར་དུས་ཚིགས་གྲོན་ཆེ་དུས་མགྲོན་ཁང་དང་ཟ་ཁང་ལ་མི་མི་འདང་།"),
        ),
        (
            "4-07-04-01",
            Demand.HIGH,
            tr("会藏汉双语讲解的导游优先。", "བོད་རྒྱ་སྐད་གཉིས་ཐོག་འགྲེལ་བཤད་བྱེད་ཐུབ་པའི་ལམ་སྟོན་པ་སྔོན་ལ་འདེམས།"),
        ),
        (
            "6-29-05-05",
            Demand.HIGH,
            tr(
                "藏式建筑彩绘，寺院和民居修缮需要。",
                "བོད་ལུགས་ཨར་ལས་ཚོན་རིས། དགོན་པ་དང་མི་སྡོད་ཁང་པ་ཉམས་གསོར་དགོས།",
            ),
        ),
        (
            "4-10-01-05",
            Demand.HIGH,
            tr(
                "养老机构和居家养老服务都缺人。",
                "རྒན་གསོ་ལས་ཁུངས་དང་ཁྱིམ་སྡོད་རྒན་གསོ་ཞབས་ཞུ་གཉིས་ཀར་མི་མི་འདང་།",
            ),
        ),
        (
            "4-10-01-06",
            Demand.MEDIUM,
            tr("城关区需求最多。", "ཁྲིན་ཀོན་ཆུས་སུ་དགོས་མཁོ་ཆེས་མང་།"),
        ),
        (
            "4-02-02-02",
            Demand.MEDIUM,
            tr("需持B2及以上驾驶证。", "B2 དང་དེའི་གོང་གི་ཁ་ལོ་བའི་ལག་ཁྱེར་དགོས།"),
        ),
        (
            "6-29-04-01",
            Demand.MEDIUM,
            tr("城区住房装修需求稳定。", "གྲོང་ཁུལ་གྱི་སྡོད་ཁང་མཛེས་སྒྲིག་གི་དགོས་མཁོ་བརྟན་པོ་ཡོད།"),
        ),
        (
            "6-30-05-05",
            Demand.MEDIUM,
            tr("需持相应机械操作证书。", "འབྲེལ་ཡོད་འཕྲུལ་འཁོར་བཀོལ་སྤྱོད་ལག་ཁྱེར་དགོས།"),
        ),
        (
            "5-05-05-01",
            Demand.MEDIUM,
            tr("春耕秋收季节需求集中。", "དཔྱིད་རྨོ་སྟོན་བསྡུའི་དུས་ཚིགས་སུ་དགོས་མཁོ་འཛོམས།"),
        ),
    ],
}


def load(demo):
    """The reference data, the 2026 shortage list and the occupation browser page."""
    result = import_shipped()
    if result.created:
        demo.created["occupations"] += result.created
    load_shortage_list(demo, SHORTAGE_2026)
    demo.page(
        demo.pages.get("resources") or demo.pages["home"],
        OccupationBrowserPage,
        BROWSER["key"],
        title=BROWSER["title"],
        summary=BROWSER["summary"],
        intro=rich_text(BROWSER["intro"]),
    )


def load_shortage_list(demo, spec):
    occupations = Occupation.objects.in_bulk(
        [code for code, _, _ in spec["entries"]], field_name="code"
    )
    missing = [code for code, _, _ in spec["entries"] if code not in occupations]
    if missing:
        raise CommandError(f"The shortage list names unknown occupations: {', '.join(missing)}")
    return demo.snippet(
        ShortageList,
        spec["key"],
        lookup={"title": spec["title"]},
        title=spec["title"],
        issuer=spec["issuer"],
        period_start=spec["period_start"],
        period_end=spec["period_end"],
        published_on=spec["published_on"],
        entries=[
            ShortageEntry(occupation=occupations[code], demand=demand, note=note, sort_order=number)
            for number, (code, demand, note) in enumerate(spec["entries"])
        ],
    )
