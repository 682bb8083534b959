"""Demo entrepreneurship guidance (clauses 6.4, 4.4.1(3), 4.4.1(5)): eight support resources in
the directory, and the business projects of three demo workers who want to start on their own:
a furniture workshop under way (low risk), a tea house being prepared (medium) and a transport
idea that borrows nearly everything (high), each with its budget and a referral.

The risk scores come from the seeded risk rules (enterprise/migrations/0003_seed_risk_rules.py)
applied to the checklist answers. Every resource is marked 示例 ("example"); the people and
figures are invented (see workers/demo.py).
"""

from datetime import timedelta
from decimal import Decimal

from enterprise.models import BudgetLine, BusinessProject, Referral, SupportResource
from portal.dates import lhasa_today
from regions.models import Area
from workers.demo import demo_workers, recorded_at

Kind = SupportResource.Kind
# (name, kind, provider, area code or None for all of Lhasa, conditions, contact, valid days)
RESOURCES = [
    (
        "返乡创业担保贷款（示例）",
        Kind.FINANCE,
        "拉萨市就业服务中心和合作银行（示例）",
        None,
        "返乡创业人员个人最高可申请30万元，财政贴息；需有营业执照和经营计划，并有反担保人。",
        "0891-6330401（电话为示例）",
        730,
    ),
    (
        "首次创业一次性补贴（示例）",
        Kind.FINANCE,
        "城关区人力资源和社会保障局（示例）",
        "chengguan",
        "首次创办小微企业或个体工商户、正常经营6个月以上的，可申请一次性补贴1万元。",
        "0891-6330402（电话为示例）",
        200,
    ),
    (
        "牦牛养殖专业合作社入社（示例）",
        Kind.COOPERATIVE,
        "林周县牦牛养殖专业合作社（示例）",
        "linzhou",
        "吸收返乡人员入社，统一收购牦牛奶和酥油，年底按交售量分红。",
        "0891-6330403（电话为示例）",
        None,
    ),
    (
        "返乡创业孵化基地（示例）",
        Kind.VENUE,
        "拉萨市返乡创业孵化基地（示例）",
        None,
        "入驻一年内免收场地租金，提供工商登记、记账和网店开设指导。",
        "0891-6330404（电话为示例）",
        365,
    ),
    (
        "重点群体创业税费扣减（示例）",
        Kind.TAX_RELIEF,
        "拉萨市税务部门（示例）",
        None,
        "持就业创业证的人员从事个体经营，三年内每户每年在限额内依次扣减有关税费。",
        "12366",
        None,
    ),
    (
        "创业培训（SYB）（示例）",
        Kind.TRAINING,
        "拉萨市职业技能培训中心（示例）",
        None,
        "免费，10天，学习市场调查、成本核算和写经营计划；结业后可申请创业担保贷款。",
        "0891-6330101（电话为示例）",
        None,
    ),
    (
        "传统工艺品展销中心代销（示例）",
        Kind.MARKET,
        "尼木县传统工艺品展销中心（示例）",
        "nimu",
        "代销卡垫、藏香、木碗等手工艺品，售出后收取10%佣金。",
        "0891-6330405（电话为示例）",
        None,
    ),
    (
        "乡村电商服务站（示例）",
        Kind.MARKET,
        "堆龙德庆区商务部门（示例）",
        "duilongdeqing",
        "帮助开网店、拍照上架，发往区外的快递费每单补贴5元。",
        "0891-6330406（电话为示例）",
        365,
    ),
]

Stage = BusinessProject.Stage
Line = BudgetLine.Kind
Outcome = Referral.Outcome
PROJECTS = {
    3: {
        "name": "藏式家具作坊",
        "sector": "藏式家具制作和门窗维修",
        "stage": Stage.STARTED,
        "started_ago": 30,
        "recorded_ago": 120,
        "checklist": {
            "market_evidence": True,
            "own_funds": 30000,
            "planned_debt": 50000,
            "monthly_costs": 6000,
            "monthly_revenue": 11000,
            "licence_needed": True,
            "licence_applied": True,
            "trade_experience": Decimal("4.0"),
            "premises_secured": False,
            "family_support": True,
        },
        "positioning": "为林周县和城关区的民宿、新房做藏柜、藏桌和门窗，价格比城里的家具店低两成。",
        "operating_model": "本人带一名学徒，在家旁边的空房里做；接单靠熟人介绍和微信朋友圈。",
        "budget": [
            ("木工机床和工具", Line.STARTUP, 28000),
            ("首批木料", Line.STARTUP, 15000),
            ("作坊简单装修", Line.STARTUP, 8000),
            ("房租", Line.MONTHLY_COST, 1500),
            ("木料和油漆", Line.MONTHLY_COST, 3000),
            ("学徒工资", Line.MONTHLY_COST, 1500),
            ("藏柜和藏桌订单", Line.MONTHLY_REVENUE, 8000),
            ("门窗维修零活", Line.MONTHLY_REVENUE, 3000),
        ],
        "referral": (
            "返乡创业担保贷款（示例）",
            60,
            Outcome.APPROVED,
            35,
            50000,
            "贷款三年，财政贴息；已用于购买机床。",
        ),
    },
    13: {
        "name": "乡村甜茶馆",
        "sector": "餐饮",
        "stage": Stage.PREPARING,
        "recorded_ago": 40,
        "checklist": {
            "market_evidence": False,
            "own_funds": 10000,
            "planned_debt": 25000,
            "monthly_costs": 4000,
            "monthly_revenue": 6000,
            "licence_needed": True,
            "licence_applied": False,
            "trade_experience": Decimal("2.0"),
            "premises_secured": False,
            "family_support": True,
        },
        "positioning": "在乡政府旁边开甜茶馆，卖甜茶、酥油茶和藏面，客人是赶集的村民和过路司机。",
        "operating_model": "本人和妻子两人经营，早上八点到晚上八点营业。",
        "budget": [
            ("桌椅和炉灶", Line.STARTUP, 6000),
            ("店面装修", Line.STARTUP, 8000),
            ("首月原料", Line.STARTUP, 2000),
            ("房租", Line.MONTHLY_COST, 1200),
            ("茶叶、酥油和面粉", Line.MONTHLY_COST, 2000),
            ("水电和燃气", Line.MONTHLY_COST, 800),
            ("甜茶和藏面", Line.MONTHLY_REVENUE, 6000),
        ],
        "referral": (
            "创业培训（SYB）（示例）",
            10,
            Outcome.PENDING,
            None,
            None,
            "已报名下一期培训，先学会做市场调查和算成本。",
        ),
    },
    28: {
        "name": "农畜产品运输",
        "sector": "道路货物运输",
        "stage": Stage.IDEA,
        "recorded_ago": 30,
        "checklist": {
            "market_evidence": False,
            "own_funds": 5000,
            "planned_debt": 120000,
            "monthly_costs": 7000,
            "monthly_revenue": 8000,
            "licence_needed": True,
            "licence_applied": False,
            "trade_experience": Decimal("0.5"),
            "premises_secured": None,
            "family_support": False,
        },
        "positioning": "把当雄县的牛羊肉和酥油运到拉萨的市场和餐馆。",
        "operating_model": "本人开车，买一辆二手轻型货车，每周跑三趟。",
        "budget": [
            ("二手轻型货车", Line.STARTUP, 110000),
            ("保险和上户", Line.STARTUP, 8000),
            ("油费", Line.MONTHLY_COST, 4000),
            ("贷款月供", Line.MONTHLY_COST, 2500),
            ("维修保养", Line.MONTHLY_COST, 500),
            ("运费收入", Line.MONTHLY_REVENUE, 8000),
        ],
        "referral": (
            "返乡创业担保贷款（示例）",
            25,
            Outcome.REFUSED,
            5,
            None,
            "没有营业执照和货运从业资格证，贷款申请未通过；建议先考从业资格证、给物流企业开车。",
        ),
    },
}


def load(demo):
    today = lhasa_today()
    resources = {spec[0]: support_resource(demo, spec, today) for spec in RESOURCES}
    workers = demo_workers()
    for number, spec in PROJECTS.items():
        worker = workers.get(number)
        if worker is None or worker.business_projects.filter(name=spec["name"]).exists():
            continue
        project = BusinessProject(
            worker=worker,
            name=spec["name"],
            sector=spec["sector"],
            stage=spec["stage"],
            positioning=spec["positioning"],
            operating_model=spec["operating_model"],
            **spec["checklist"],
        )
        if "started_ago" in spec:
            project.started_on = today - timedelta(days=spec["started_ago"])
        project.budget_lines = [
            BudgetLine(item=item, kind=kind, amount=amount) for item, kind, amount in spec["budget"]
        ]
        name, referred_ago, outcome, decided_ago, amount, notes = spec["referral"]
        referral = Referral(
            resource=resources[name],
            referred_on=today - timedelta(days=referred_ago),
            outcome=outcome,
            decided_on=None if decided_ago is None else today - timedelta(days=decided_ago),
            amount_approved=amount,
            notes=notes,
        )
        project.referrals = [referral]
        demo.full_clean(project)
        project.save()
        demo.full_clean(referral)  # once it belongs to the saved project
        recorded = recorded_at(today - timedelta(days=spec["recorded_ago"]))
        BusinessProject.objects.filter(pk=project.pk).update(created_at=recorded)
        demo.created["enterprise.BusinessProject"] += 1


def support_resource(demo, spec, today):
    name, kind, provider, area, conditions, contact, valid_days = spec
    resource = SupportResource.objects.filter(name=name).first()
    if resource is None:
        resource = SupportResource(
            name=name,
            kind=kind,
            provider=provider,
            area=None if area is None else Area.objects.get(code=area),
            conditions=conditions,
            contact=contact,
            valid_until=None if valid_days is None else today + timedelta(days=valid_days),
        )
        demo.full_clean(resource)
        resource.save()
        demo.created["enterprise.SupportResource"] += 1
    return resource
