"""The relevance table: queries a worker types, and the pages that must come in the first five.

Half the queries are Chinese, half Tibetan: single words and several words, two-character
Chinese words, words at the start, in the middle and at the end of a sentence, words inside
longer words, case particles, synonyms and dictionary words that editors added, digits and
queries that mix both scripts. The pages are written through the models, with pages of filler
text around them, and searched through search.service exactly as the search page does. Runs on
SQLite and on PostgreSQL (DATABASE_URL).
"""

import itertools

import pytest
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from portal.i18n import forget_locales
from portal.text import vocabulary_changed
from search.models import DictionaryWord, Synonym
from search.service import search
from tests.search.conftest import add_page

ZH, BO = "zh-hans", "bo"

# key: (language, title, paragraphs...)
CORPUS = {
    "zh-electrician": (ZH, "七月岗位信息", "本月招聘高压电工", "工作地点：城关区，月薪六千元。"),
    "zh-power": (ZH, "水电项目介绍", "水力发电工程需要大量建筑工人。"),
    "zh-electrical": (ZH, "电站岗位", "尼木县水电站招聘电气工，要求有相关经验。"),
    "zh-chengguan": (ZH, "城关区返乡农民工服务站", "地址：拉萨市城关区北京中路，周一至周五开放。"),
    "zh-welder": (ZH, "电焊工培训班开课", "达孜区工业园区开设电焊工培训班，学期两个月。"),
    "zh-thangka": (ZH, "唐卡绘画培训", "堆龙德庆区开设唐卡绘画培训班，由传承人授课。"),
    "zh-startup": (
        ZH,
        "返乡创业补贴申领指南",
        "首次创业的返乡农民工可以申请一次性创业补贴，最高一万元。",
    ),
    "zh-insurance": (ZH, "社会保险办理", "灵活就业人员可以在户籍所在地参加社会保险。"),
    "zh-driver": (ZH, "驾驶员岗位", "墨竹工卡县招聘驾驶员三名，需持有B2驾驶证。"),
    "zh-cook": (ZH, "中式烹调师培训", "学习川菜和藏餐烹饪，结业可考取职业资格证书。"),
    "zh-complaint": (
        ZH,
        "投诉渠道",
        "投诉可以到服务站，也可以拨打12333热线，15个工作日内答复",
    ),
    "zh-appointment": (ZH, "预约咨询", "您可以到服务站当面咨询，也可以预约电话或网上咨询"),
    "zh-lhasa": (ZH, "拉萨市就业形势", "拉萨市今年新增就业岗位五千个。"),
    "bo-electrician": (
        BO,
        "ཟླ་བ་བདུན་པའི་ལས་གནས་ཆ་འཕྲིན།",
        "ཁྲིན་ཀོན་ཆུས་ཀྱི་དངོས་ཟོག་དོ་དམ་ཀུང་སིས་གློག་བཟོ་བ་གཉིས་འདེམས་སྒྲུག་བྱེད། ལག་ཁྱེར་ཡོད་དགོས།",
    ),
    "bo-training": (
        BO,
        "ལས་རིགས་ལག་རྩལ་སྦྱོང་བརྡར།",
        "ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པས་རིན་མེད་སྦྱོང་བརྡར་ལ་ཞུགས་ཆོག",
    ),
    "bo-thangka": (
        BO,
        "ཐང་ཀ་རི་མོའི་སྦྱོང་བརྡར་འཛིན་གྲྭ།",
        "སྟོད་ལུང་བདེ་ཆེན་ཆུས་སུ་ཐང་ཀ་རི་མོ་སྦྱོང་བརྡར་འཛིན་གྲྭ་ཚོགས་རྒྱུ་ཡིན། ཟླ་བ་གསུམ་རིང་སློབ་སྦྱོང་བྱེད།",
    ),
    "bo-startup": (
        BO,
        "ལས་གཞི་གསར་འཛུགས་ཕན་སྐྱོར།",
        "ཕ་ཡུལ་དུ་ལོག་ནས་ཐེངས་དང་པོར་ལས་གཞི་གསར་འཛུགས་བྱེད་པར་ཕན་སྐྱོར་དངུལ་ཞུ་ཆོག",
    ),
    "bo-service": (
        BO,
        "ཞབས་ཞུའི་ནང་དོན།",
        "ང་ཚོས་རིན་མེད་དུ་ལས་རིགས་མཛུབ་སྟོན་ཞབས་ཞུ་མཁོ་སྤྲོད་བྱེད།",
    ),
    "bo-complaint": (
        BO,
        "སྐྱོན་བརྗོད་ལམ་ཀ།",
        "ཞབས་ཞུར་ཡིད་མ་ཚིམ་ན་ཁ་པར་ 12333 ལ་གཏོང་ཆོག ལས་ཀའི་ཉིན་གྲངས་བཅོ་ལྔའི་ནང་ལན་འདེབས་བྱེད།",
    ),
    "bo-appointment": (
        BO,
        "དུས་ཚོད་སྔོན་འཁེལ།",
        "ཞབས་ཞུ་ས་ཚིགས་སུ་ཐད་ཀར་འདྲི་རྩད་བྱེད་པའི་དུས་ཚོད་སྔོན་འཁེལ་བྱེད་ཆོག",
    ),
    "bo-policy": (
        BO,
        "སྲིད་ཇུས་འགྲེལ་བཤད།",
        "ལས་ཞུགས་དང་སྤྱི་ཚོགས་འགན་ལེན་གྱི་སྲིད་ཇུས་གོ་བདེ་བའི་སྒོ་ནས་འགྲེལ་བཤད་བྱེད།",
    ),
    "bo-chengguan": (
        BO,
        "ཁྲིན་ཀོན་ཆུས་ཀྱི་ཞབས་ཞུ་ས་ཚིགས།",
        "ས་གནས། ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས། གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར་སྒོ་ཕྱེ།",
    ),
    "bo-driver": (BO, "ཁ་ལོ་བའི་ལས་གནས།", "སྟག་རྩེ་ཆུས་སུ་ཁ་ལོ་བ་གསུམ་དགོས།"),
}

# Pages of filler text around them, so that the first five are a ranking and not everything.
FILLER = {
    ZH: [
        "{place}服务站每周二介绍就业政策。",
        "{place}人力资源和社会保障局发布招聘信息。",
        "职业指导人员用汉语和藏语讲解政策，{place}的返乡农民工可以预约。",
    ],
    BO: [
        "{place}་གི་ཞབས་ཞུ་ས་ཚིགས་སུ་ལས་ཞུགས་སྲིད་ཇུས་ངོ་སྤྲོད་བྱེད།",
        "ལས་རིགས་མཛུབ་སྟོན་མི་སྣས་{place}་ནས་ལས་གནས་ཆ་འཕྲིན་ཁྱབ་བསྒྲགས་བྱེད།",
        "ཕ་ཡུལ་དུ་ཕྱིར་ལོག་པའི་ཞིང་པ་གླ་པས་{place}་ནས་དུས་ཚོད་སྔོན་འཁེལ་བྱེད་ཆོག",
    ],
}
FILLER_PLACES = {
    ZH: ["城关区", "堆龙德庆区", "达孜区", "林周县", "当雄县", "尼木县", "曲水县", "墨竹工卡县"],
    BO: [
        "ཁྲིན་ཀོན་ཆུས",
        "སྟོད་ལུང་བདེ་ཆེན་ཆུས",
        "སྟག་རྩེ་ཆུས",
        "ལྷུན་གྲུབ་རྫོང",
        "འདམ་གཞུང་རྫོང",
        "སྙེ་མོ་རྫོང",
        "ཆུ་ཤུར་རྫོང",
        "མལ་གྲོ་གུང་དཀར་རྫོང",
    ],
}
FILLER_PAGES = 16  # per language
FILLER_TITLE = {ZH: "通知", BO: "བརྡ་ཁྱབ།"}

# The editors' vocabulary this table relies on (search/models.py).
DICTIONARY = ["唐卡"]
SYNONYMS = ["电工\n电气工", "社保\n社会保险", "司机\n驾驶员"]

# (language, query, pages that must be in the first five, pages that must not be found, why)
CASES = [
    (ZH, "电工", ["zh-electrician"], ["zh-power"], "两字词，只出现在“招聘高压电工”中"),
    (ZH, "高压电工", ["zh-electrician"], [], "two words, sentence start"),
    (ZH, "城关", ["zh-chengguan", "zh-electrician"], [], "the word 城关 inside 城关区"),
    (ZH, "城关区", ["zh-chengguan"], [], "a whole word, title and sentence middle"),
    (ZH, "焊工", ["zh-welder"], [], "the end of the word 电焊工"),
    (ZH, "电焊", ["zh-welder"], [], "the start of the word 电焊工"),
    (ZH, "达孜", ["zh-welder"], [], "sentence start"),
    (ZH, "唐卡", ["zh-thangka"], [], "a dictionary word added by editors"),
    (ZH, "堆龙德庆", ["zh-thangka"], [], "a local place name"),
    (ZH, "创业补贴", ["zh-startup"], [], "two words"),
    (ZH, "补贴", ["zh-startup"], [], "two characters at the end of a sentence"),
    (ZH, "社会保险", ["zh-insurance"], [], "sentence end"),
    (ZH, "社保", ["zh-insurance"], [], "synonym of 社会保险"),
    (ZH, "司机", ["zh-driver"], [], "synonym of 驾驶员"),
    (ZH, "驾驶证", ["zh-driver"], [], "sentence end"),
    (ZH, "墨竹工卡", ["zh-driver"], [], "a place name inside 墨竹工卡县"),
    (ZH, "烹饪", ["zh-cook"], [], "sentence middle"),
    (ZH, "12333", ["zh-complaint"], [], "digits inside Chinese text"),
    (ZH, "投诉", ["zh-complaint"], [], "the first word of a sentence"),
    (ZH, "答复", ["zh-complaint"], [], "the last word, without a full stop"),
    (ZH, "网上咨询", ["zh-appointment"], [], "two words at the end of a sentence"),
    (ZH, "电气工", ["zh-electrical", "zh-electrician"], [], "synonym of 电工"),
    (ZH, "拉萨 ལྷ་ས", ["zh-lhasa"], [], "Chinese and Tibetan in one query"),
    (ZH, "招聘 电工", ["zh-electrician"], [], "two words typed apart"),
    (BO, "གློག་བཟོ", ["bo-electrician"], [], "two syllables inside a longer sentence"),
    (BO, "གློག་བཟོ་བ", ["bo-electrician"], [], "three syllables"),
    (BO, "སྦྱོང་བརྡར", ["bo-training", "bo-thangka"], [], "title end and sentence middle"),
    (BO, "ལག་རྩལ", ["bo-training"], [], "title middle"),
    (BO, "ཐང་ཀ", ["bo-thangka"], [], "title start"),
    (BO, "རི་མོ", ["bo-thangka"], [], "folded: རི་མོའི in the title"),
    (BO, "སྟོད་ལུང་བདེ་ཆེན", ["bo-thangka"], [], "a place at the start of a sentence"),
    (BO, "ལས་གཞི་གསར་འཛུགས", ["bo-startup"], [], "four syllables"),
    (BO, "ཕན་སྐྱོར", ["bo-startup"], [], "title end"),
    (BO, "ཞབས་ཞུ", ["bo-service"], [], "genitive written into the syllable: ཞབས་ཞུའི"),
    (BO, "ཞབས་ཞུའི་ནང་དོན", ["bo-service"], [], "a query with the particle"),
    (BO, "མཁོ་སྤྲོད", ["bo-service"], [], "the end of a sentence"),
    (BO, "སྐྱོན་བརྗོད", ["bo-complaint"], [], "title"),
    (BO, "ལས་ཀ", ["bo-complaint"], [], "folded: ལས་ཀའི"),
    (BO, "12333", ["bo-complaint"], [], "digits inside Tibetan text"),
    (BO, "༡༢༣༣༣", ["bo-complaint"], [], "Tibetan digits"),
    (BO, "དུས་ཚོད་སྔོན་འཁེལ", ["bo-appointment"], [], "four syllables at the end of a sentence"),
    (BO, "འདྲི་རྩད", ["bo-appointment"], [], "sentence middle"),
    (BO, "སྲིད་ཇུས", ["bo-policy"], [], "title start"),
    (BO, "སྲིད་ཇུས་ཀྱི་འགྲེལ་བཤད", ["bo-policy"], [], "a separate particle in the query"),
    (BO, "སྤྱི་ཚོགས་འགན་ལེན", ["bo-policy"], [], "before the particle གྱི"),
    (BO, "ཁྲིན་ཀོན", ["bo-chengguan", "bo-electrician"], [], "two syllables of ཁྲིན་ཀོན་ཆུས"),
    (BO, "ལྷ་ས", ["bo-chengguan"], [], "sentence middle"),
    (BO, "ཁ་ལོ་བ", ["bo-driver"], [], "folded: ཁ་ལོ་བའི in the title"),
    (BO, "སྟག་རྩེ", ["bo-driver"], [], "sentence start"),
    (BO, "ལྷ་ས 拉萨", ["bo-chengguan"], [], "Tibetan and Chinese in one query"),
]


def build_corpus():
    """A bilingual site with CORPUS and the filler pages, indexed; {key: page}."""
    zh, _ = Locale.objects.get_or_create(language_code=ZH)
    bo, _ = Locale.objects.get_or_create(language_code=BO)
    for word in DICTIONARY:
        DictionaryWord.objects.create(word=word)
    for terms in SYNONYMS:
        Synonym.objects.create(terms=terms)
    vocabulary_changed()

    root = Page.objects.get(depth=1)
    home = root.add_child(instance=HomePage(title="拉萨", slug="relevance-home", locale=zh))
    Site.objects.update(root_page=home)
    bo_home = home.copy_for_translation(bo)
    bo_home.title = "ལྷ་ས"
    bo_home.save_revision().publish()
    sections = {
        ZH: home.add_child(instance=StandardPage(title="服务", slug="services", locale=zh)),
        BO: bo_home.add_child(instance=StandardPage(title="ཞབས་ཞུ", slug="services", locale=bo)),
    }
    locales = {ZH: zh, BO: bo}
    pages = {}
    for key, (language, title, *texts) in CORPUS.items():
        pages[key] = add_page(sections[language], title, *texts, slug=key, locale=locales[language])
    for language, templates in FILLER.items():
        places = itertools.cycle(FILLER_PLACES[language])
        for number in range(FILLER_PAGES):
            texts = [template.format(place=next(places)) for template in templates]
            add_page(
                sections[language],
                f"{FILLER_TITLE[language]} {number}",
                *texts,
                slug=f"filler-{number}",
                locale=locales[language],
            )
    return pages


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction that is rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        forget_locales()
        pages = build_corpus()
        yield {key: page.pk for key, page in pages.items()}
        transaction.set_rollback(True)
        forget_locales()
        vocabulary_changed()


def top_five(query, language):
    outcome = search(query, Locale.objects.get(language_code=language), log=False)
    return outcome, [result.page for result in outcome.results.object_list[:5]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "expected", "excluded", "why"),
    CASES,
    ids=[f"{language}:{query}" for language, query, *_ in CASES],
)
def test_the_pages_a_worker_looks_for_come_first(corpus, language, query, expected, excluded, why):
    """4.1.3 and 4.4.2: a query in either language finds the pages that contain it among the
    first five results, and only pages in the language of the search."""
    forget_locales()
    outcome, top = top_five(query, language)
    ids = [page.pk for page in top]
    for key in expected:
        assert corpus[key] in ids, (
            f"{query!r} ({why}): {key} is not in the first five: {[p.title for p in top]}"
        )
    found = {result.page.pk for result in outcome.results.object_list}
    for key in excluded:
        assert corpus[key] not in found, f"{query!r} ({why}) finds {key}"
    assert all(page.locale.language_code == language for page in top)


def test_the_table_is_half_chinese_half_tibetan_with_forty_queries_or_more():
    languages = [language for language, *_ in CASES]
    assert len(CASES) >= 40
    assert abs(languages.count(ZH) - languages.count(BO)) <= 2
    two_character_words = [q for lang, q, *_ in CASES if lang == ZH and len(q) == 2]
    assert len(two_character_words) >= 5
    mixed = [
        q
        for _, q, *_ in CASES
        if any("\u4e00" <= c <= "\u9fff" for c in q) and any("\u0f00" <= c <= "\u0fff" for c in q)
    ]
    assert len(mixed) >= 2


@pytest.mark.django_db
def test_a_chinese_query_never_finds_a_tibetan_page_and_the_reverse(corpus):
    """4.1.3: the search looks only at the pages of the reader's language; a Chinese word is
    not in a Tibetan-only page, and a Tibetan word is not in a Chinese-only page."""
    forget_locales()
    checked = 0
    for _language, query, *_ in CASES:
        script = _script(query)
        if script is None:  # digits, or both scripts
            continue
        other = BO if script == ZH else ZH
        outcome, _ = top_five(query, other)
        assert outcome.total == 0, f"{query!r} finds pages in {other}"
        checked += 1
    assert checked >= 40


def _script(query):
    han = any("\u4e00" <= c <= "\u9fff" for c in query)
    tibetan = any("\u0f40" <= c <= "\u0fbc" for c in query)
    if han and not tibetan:
        return ZH
    if tibetan and not han:
        return BO
    return None
