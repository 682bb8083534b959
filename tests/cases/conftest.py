"""Case studies built through the real models, in Chinese and Tibetan.

`cases` makes five case studies with their Tibetan translations, chosen so that every filter
value has its own count:

    key      county     industry      outcome      groups                    income
    drolma   linzhou    crafts        cooperative  women, ethnic minorities  1800 → 4200
    tashi    linzhou    transport     business     youth                     3500 → 6000
    tsering  dazi       construction  employed     long-term                 4500 → 7500
    yangchen chengguan  retail        business     women, youth              3800 → 5500
    lhamo    nimu       manufacturing employed     women, long-term          5200 → 4600
"""

import io
import itertools

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from cases.models import CaseIndexPage, CasePage, CasePhoto
from home.models import StandardPage
from portal.models import TargetGroup
from tests.conftest import translate

CASES = [
    {
        "key": "drolma",
        "title": ("卓玛的织布合作社", "སྒྲོལ་མའི་འཐག་ལས་མཉམ་ལས་ཁང་།"),
        "lesson": ("账目每月公开，大家才放心。", "རྩིས་ཁྲ་ཟླ་རེར་གསལ་བསྒྲགས་བྱས་ན་བློ་བདེ།"),
        "alt": ("织机上的彩色氆氇", "འཐག་ཁྲིའི་སྟེང་གི་སྣམ་བུ།"),
        "district": "linzhou",
        "industry": "crafts",
        "outcome": "cooperative",
        "groups": ["women", "ethnic_minorities"],
        "figures": {"income_before": 1800, "income_after": 4200, "jobs_created": 12},
    },
    {
        "key": "tashi",
        "title": ("扎西的快递驿站", "བཀྲ་ཤིས་ཀྱི་མྱུར་སྐྱེལ་ས་ཚིགས།"),
        "lesson": ("先算清成本再投入。", "སྔོན་ལ་གྲོན་དངུལ་རྩིས་དགོས།"),
        "alt": ("装满包裹的小货车", "ཐུམ་སྒྲིལ་གྱིས་ཁེངས་པའི་སྣུམ་འཁོར།"),
        "district": "linzhou",
        "industry": "transport",
        "outcome": "business",
        "groups": ["youth"],
        "figures": {"income_before": 3500, "income_after": 6000, "investment": 60000},
    },
    {
        "key": "tsering",
        "title": ("次仁当上班组长", "ཚེ་རིང་ལས་ཚན་འགོ་པ་བྱས་པ།"),
        "lesson": ("先考证，再找工作。", "སྔོན་ལ་ལག་ཁྱེར་ལེན་དགོས།"),
        "alt": ("工地上的塔吊", "ལས་ཡུལ་གྱི་འཕྲུལ་ཆས་སྒྲེང་སྐྱེལ།"),
        "district": "dazi",
        "industry": "construction",
        "outcome": "employed",
        "groups": ["long_term_returnees"],
        "figures": {"income_before": 4500, "income_after": 7500},
    },
    {
        "key": "yangchen",
        "title": ("央金的网店", "དབྱངས་ཅན་གྱི་དྲ་ཐོག་ཚོང་ཁང་།"),
        "lesson": ("发货准时比打折管用。", "དུས་ཐོག་ཏུ་སྐྱེལ་ན་ཕན།"),
        "alt": ("手机上的网店页面", "ཁ་པར་གྱི་དྲ་ཐོག་ཚོང་ཁང་།"),
        "district": "chengguan",
        "industry": "retail",
        "outcome": "business",
        "groups": ["women", "youth"],
        "figures": {"income_before": 3800, "income_after": 5500},
    },
    {
        "key": "lhamo",
        "title": ("拉姆在藏香厂", "ལྷ་མོ་བོད་སྤོས་བཟོ་གྲྭར།"),
        "lesson": ("离家近也是收入。", "ཁྱིམ་དང་ཉེ་བ་ཡང་ཁེ་ཕན་ཡིན།"),
        "alt": ("晾在木架上的藏香", "ཤིང་སྒྲོམ་སྟེང་གི་བོད་སྤོས།"),
        "district": "nimu",
        "industry": "manufacturing",
        "outcome": "employed",
        "groups": ["women", "long_term_returnees"],
        "figures": {"income_before": 5200, "income_after": 4600},
    },
]

_colours = itertools.cycle(["#a4161a", "#0b4f8a", "#1e6b3a", "#f0a202", "#7b2d8e"])


def make_image(title="照片", size=(800, 533)):
    """A Wagtail image: a plain coloured JPEG made with Pillow."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, next(_colours)).save(buffer, format="JPEG")
    image = get_image_model()(title=title, file=ImageFile(buffer, name="case.jpg"))
    image.save()
    return image


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def add_case(index, spec, image=None, story=None, support=None, slug=None):
    """A published Chinese case study below `index`."""
    image = image or make_image(spec["alt"][0])
    return index.add_child(
        instance=CasePage(
            title=spec["title"][0],
            slug=slug or spec["key"],
            person=spec["title"][0][:2] + "（化名）",
            district=spec["district"],
            industry=spec["industry"],
            outcome=spec["outcome"],
            target_groups=list(TargetGroup.objects.filter(code__in=spec["groups"])),
            lesson=spec["lesson"][0],
            story=story or [paragraph("回到家乡以后，找到了新的出路。")],
            support=support or [],
            photos=[CasePhoto(image=image, alt_text=spec["alt"][0], caption="示意图")],
            **spec["figures"],
        )
    )


def translate_case(page, locale, spec):
    """Publish the Tibetan translation of `page`, its photos' alternative text included."""
    translation = CasePage.objects.get(pk=page.copy_for_translation(locale).pk)
    for photo in translation.photos.all():
        photo.alt_text = spec["alt"][1]
        photo.caption = "རི་མོ།"
        photo.save()
    translation.title = spec["title"][1]
    translation.lesson = spec["lesson"][1]
    translation.person = "མིང་བརྫུས།"
    translation.story = [paragraph("ཕ་ཡུལ་དུ་ལོག་རྗེས་ལམ་གསར་པ་རྙེད།")]
    translation.save_revision().publish()
    return translation


@pytest.fixture
def index(site, tibetan):
    zh = site["home"].add_child(
        instance=CaseIndexPage(title="返乡就业创业案例", slug="cases", summary="案例")
    )
    bo = translate(zh, tibetan, title="དཔེ་མཚོན།", summary="དཔེ་མཚོན།")
    return {"zh": zh, "bo": bo}


@pytest.fixture
def cases(index, tibetan):
    made = {}
    for spec in CASES:
        page = add_case(index["zh"], spec)
        made[spec["key"]] = {"zh": page, "bo": translate_case(page, tibetan, spec)}
    return made


@pytest.fixture
def guide(site, tibetan):
    """A guide page and its Tibetan translation, to be linked as support received."""
    zh = site["disclosures"].add_child(
        instance=StandardPage(title="培训指南", slug="training-guide", kind="guide")
    )
    bo = translate(zh, tibetan, title="སྦྱོང་བརྡར་ལམ་སྟོན།")
    return {"zh": zh, "bo": bo}
