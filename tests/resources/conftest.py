"""Fixtures of the resource-library tests: a library in both languages, resources and documents
made through the real models (files go to a folder of each test: tests/conftest.py)."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from portal.models import TargetGroup
from resources.demo_files import chinese_pdf
from resources.models import ResourceIndexPage, ResourcePage
from tests.conftest import translate


@pytest.fixture
def groups(db):
    return {group.code: group for group in TargetGroup.objects.all()}


@pytest.fixture
def library(site, tibetan):
    """The resource library at /resources/ and /bo/resources/."""
    index = site["home"].add_child(
        instance=ResourceIndexPage(title="资源库", slug="resources", summary="报告、手册和课程。")
    )
    bo_index = translate(index, tibetan, title="ཐོན་ཁུངས་མཛོད།")
    return {"zh": index, "bo": bo_index}


def make_document(title, name, data):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document


@pytest.fixture
def pdf(db):
    return make_document(
        "返乡创业手册", "handbook.pdf", chinese_pdf("返乡创业手册", ["第一步，选项目。"])
    )


def add_resource(index, slug, kind, year, groups=(), **fields):
    fields.setdefault("title", f"资料{slug}")
    fields.setdefault("publisher", "拉萨市返乡农民工职业指导服务中心")
    fields.setdefault("transcript", "文字稿。" if kind == "video" else "")
    page = index.add_child(
        instance=ResourcePage(
            slug=slug,
            kind=kind,
            publication_date=datetime.date(year, 3, 1),
            target_groups=list(groups),
            **fields,
        )
    )
    return page


@pytest.fixture
def resources(library, groups, pdf, tibetan):
    """Six Chinese resources (a report, two handbooks, two readings, a video) and the Tibetan
    translation of the first handbook."""
    index = library["zh"]
    made = {
        "report": add_resource(
            index, "report", "report", 2026, [groups["all"]], title="2026年拉萨市职业需求报告"
        ),
        "handbook": add_resource(
            index,
            "handbook",
            "handbook",
            2026,
            [groups["long_term_returnees"], groups["youth"]],
            title="返乡创业手册",
            documents=[("document", {"document": pdf, "label": "汉文版（PDF）"})],
        ),
        "rights": add_resource(
            index, "rights", "handbook", 2025, [groups["women"]], title="劳动权益手册"
        ),
        "phrases": add_resource(
            index, "phrases", "reading", 2025, [groups["youth"]], title="面试常用语"
        ),
        "women": add_resource(
            index, "women", "reading", 2026, [groups["women"]], title="女性就业指南"
        ),
        "video": add_resource(
            index,
            "video",
            "video",
            2026,
            [groups["long_term_returnees"]],
            title="电工安全入门",
            transcript="第一步，停电。\n第二步，验电。",
        ),
    }
    made["bo_handbook"] = translate(
        made["handbook"],
        tibetan,
        title="ལས་གཞི་གསར་འཛུགས་ཀྱི་ལག་དེབ།",
        documents=[("document", {"document": pdf, "label": "རྒྱ་ཡིག་པར་གཞི།（PDF）"})],
    )
    return made
