"""A small bilingual policy library built through the real models.

Four policies, each with its Tibetan translation, chosen so that every filter value has a
different count (dates relative to today in Lhasa, so the statuses hold on any day):

    key         level     categories                          groups           issued      status
    lifelong    national  training-subsidies                  women            2024-05-06  in force
    transfer    tibet     training-subsidies, employment      women, youth     2023-03-01  in force
    youth       lhasa     employment                          youth            2023-07-01  expired
    startup     national  entrepreneurship                    long-term        2025-12-01  not yet
"""

from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.models import StandardPage
from policies.demo import minimal_pdf
from policies.models import PolicyCategory, PolicyIndexPage, PolicyPage, today
from portal.models import TargetGroup
from tests.conftest import translate

CATEGORIES = {
    "employment": ("就业", "ལས་ཞུགས།"),
    "entrepreneurship": ("创业", "ལས་གཞི་གསར་འཛུགས།"),
    "training-subsidies": ("培训补贴", "སྦྱོང་བརྡར་ཕན་སྐྱོར།"),
    "social-security": ("社会保障", "སྤྱི་ཚོགས་འགན་ལེན།"),
}


@pytest.fixture
def categories(db, tibetan):
    made = {}
    for order, (slug, (zh, bo)) in enumerate(CATEGORIES.items()):
        category = PolicyCategory.objects.create(name=zh, slug=slug, sort_order=order)
        translation = category.copy_for_translation(tibetan)
        translation.name = bo
        translation.save()
        made[slug] = category
    return made


@pytest.fixture
def library(site, tibetan):
    home = site["home"]
    library = home.add_child(
        instance=PolicyIndexPage(title="政策库", slug="policies", summary="政策汇编")
    )
    bo_library = translate(library, tibetan, title="སྲིད་ཇུས་མཛོད།", summary="སྲིད་ཇུས།")
    return {"zh": library, "bo": bo_library}


def make_document(name):
    Document = get_document_model()
    document = Document(title=name, file=ContentFile(minimal_pdf([name]), name=f"{name}.pdf"))
    document._set_document_file_metadata()
    document.save()
    return document


def make_policy(library, tibetan, key, *, categories=(), groups=(), bo_title=None, **fields):
    """A published Chinese policy below `library["zh"]` and its published Tibetan translation."""
    fields.setdefault("title", f"政策{key}")
    fields.setdefault("slug", key)
    fields.setdefault("document_number", f"测发〔2024〕{len(key)}号")
    fields.setdefault("issuer", "拉萨市人力资源和社会保障局")
    fields.setdefault("level", "lhasa")
    fields.setdefault("issue_date", date(2024, 1, 1))
    fields.setdefault("effective_date", fields["issue_date"])
    fields.setdefault("summary", f"{key}的摘要")
    policy = library["zh"].add_child(instance=PolicyPage(**fields))
    policy.categories.set(categories)
    policy.target_groups.set(TargetGroup.objects.filter(code__in=groups))
    policy.save_revision().publish()
    translate(
        policy,
        tibetan,
        title=bo_title or f"སྲིད་ཇུས་{key}",
        issuer="ལྷ་ས་གྲོང་ཁྱེར་མི་ཤུགས་ཐོན་ཁུངས་དང་སྤྱི་ཚོགས་འགན་ལེན་ཅུས།",
        summary=f"{key} གནད་བསྡུས།",
    )
    return PolicyPage.objects.get(pk=policy.pk)


@pytest.fixture
def policies(library, categories, tibetan):
    day = today()
    c = categories
    return {
        "lifelong": make_policy(
            library,
            tibetan,
            "lifelong",
            title="国务院关于推行终身职业技能培训制度的意见",
            document_number="国发〔2018〕11号",
            issuer="国务院",
            level="national",
            issue_date=date(2024, 5, 6),
            effective_date=day - timedelta(days=100),
            categories=[c["training-subsidies"]],
            groups=["women"],
            bo_title="མི་ཚེ་གང་བའི་ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར།",
        ),
        "transfer": make_policy(
            library,
            tibetan,
            "transfer",
            level="tibet",
            issue_date=date(2023, 3, 1),
            effective_date=day - timedelta(days=10),
            expiry_date=day + timedelta(days=10),
            categories=[c["training-subsidies"], c["employment"]],
            groups=["women", "youth"],
        ),
        "youth": make_policy(
            library,
            tibetan,
            "youth",
            level="lhasa",
            issue_date=date(2023, 7, 1),
            effective_date=date(2023, 7, 1),
            expiry_date=day - timedelta(days=1),
            categories=[c["employment"]],
            groups=["youth"],
        ),
        "startup": make_policy(
            library,
            tibetan,
            "startup",
            level="national",
            issue_date=date(2025, 12, 1),
            effective_date=day + timedelta(days=30),
            categories=[c["entrepreneurship"]],
            groups=["long_term_returnees"],
        ),
    }


@pytest.fixture
def booking(site, tibetan):
    """The service-process page that "book a consultation" leads to, in both languages."""
    page = site["disclosures"].add_child(
        instance=StandardPage(
            title="服务流程与预约", slug="service-process", kind="service_process"
        )
    )
    bo_page = translate(page, tibetan, title="ཞབས་ཞུའི་བརྒྱུད་རིམ།")
    return {"zh": page, "bo": bo_page}
