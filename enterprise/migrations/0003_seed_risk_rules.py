"""The first risk rules of the feasibility checklist (clause 4.4.1(5)); supervisors adjust them.

Their points add up to more than 100, so a project with every risk scores the maximum."""

from decimal import Decimal

from django.db import migrations

RULES = [
    (
        "cost_ratio",
        "greater_than",
        Decimal(1),
        25,
        "每月成本高于预计月收入，经营会亏损。",
        "ཟླ་རེའི་འགྲོ་གྲོན་རེ་སྒུག་བྱེད་པའི་ཟླ་རེའི་ཡོང་འབབ་ལས་མང་བས། གྱོང་གུད་འབྱུང་སྲིད།",
    ),
    (
        "market_evidence",
        "is_false",
        None,
        20,
        "尚未做市场调查：先确认有人买、能卖什么价。",
        "ཁྲོམ་རའི་ཞིབ་འཇུག་བྱས་མེད། སྔོན་ལ་ཉོ་མཁན་ཡོད་མེད་དང་རིན་གོང་གཏན་འཁེལ་བྱེད་རོགས།",
    ),
    (
        "debt_ratio",
        "greater_than",
        Decimal(3),
        20,
        "计划借款超过自有资金的3倍，还款压力大。",
        "བུ་ལོན་འཁུར་འཆར་རང་གི་མ་རྩའི་ལྡབ་གསུམ་ལས་བརྒལ་འདུག བུ་ལོན་སློག་པའི་འཁུར་པོ་ལྗིད།",
    ),
    (
        "licence_in_order",
        "is_false",
        None,
        15,
        "需要办理许可证，但尚未申请。",
        "ཆོག་མཆན་དགོས་ཀྱང་ད་དུང་ཞུ་འབུལ་བྱས་མེད།",
    ),
    (
        "trade_experience",
        "less_than",
        Decimal(1),
        15,
        "在该行业没有从业经验。",
        "ལས་རིགས་འདིའི་ནང་ལས་ཀའི་ཉམས་མྱོང་མེད།",
    ),
    (
        "own_funds",
        "less_than",
        Decimal(1),
        10,
        "没有任何自有资金投入。",
        "རང་གི་མ་རྩ་གང་ཡང་མེད།",
    ),
    (
        "premises_secured",
        "is_false",
        None,
        10,
        "经营场地尚未落实。",
        "ཚོང་ལས་བྱེད་སའི་ས་གནས་ད་དུང་གཏན་འཁེལ་བྱུང་མེད།",
    ),
    (
        "family_support",
        "is_false",
        None,
        5,
        "家庭尚不支持创业。",
        "ཁྱིམ་ཚང་གིས་ཚོང་ལས་གསར་འཛུགས་ལ་རྒྱབ་སྐྱོར་བྱས་མེད།",
    ),
]


def seed(apps, schema_editor):
    RiskRule = apps.get_model("enterprise", "RiskRule")
    for answer, comparison, threshold, points, warning_zh, warning_bo in RULES:
        RiskRule.objects.create(
            answer=answer,
            comparison=comparison,
            threshold=threshold,
            points=points,
            warning_zh=warning_zh,
            warning_bo=warning_bo,
        )


def unseed(apps, schema_editor):
    RiskRule = apps.get_model("enterprise", "RiskRule")
    RiskRule.objects.filter(warning_zh__in=[rule[4] for rule in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("enterprise", "0002_roles")]

    operations = [migrations.RunPython(seed, unseed)]
