"""Fixtures shared by the whole suite: a small bilingual site built through the real models,
and the real demo content, loaded once per run."""

import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import ContactSettings, HomePage, NavigationMenu, ServiceCentre, StandardPage
from portal.i18n import forget_locales


@pytest.fixture(autouse=True)
def fresh_caches():
    """Locales and site root paths are cached per process; each test builds its own."""
    forget_locales()
    cache.clear()
    yield
    forget_locales()
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """A request to /bo/ leaves Tibetan active in this thread; start every test in Chinese."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def scratch_media(request, settings, tmp_path):
    """Uploaded and generated files go to a folder of the test's own (the demo content keeps
    its files in the folder of `demo_database`)."""
    if "demo_database" not in request.fixturenames:
        settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """The project's demo content (`load_demo_content`), loaded once per run and committed.

    Loading it takes a minute, so the tests that check it, and the browser tests, share one
    copy. They run after every other test (see pytest_collection_modifyitems), which therefore
    still start from what the migrations made; they must leave the content usable for each
    other (the `db` fixture rolls back what a test writes, except in the browser tests).
    """
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")):
        with django_db_blocker.unblock():
            forget_locales()
            cache.clear()
            call_command("load_demo_content", stdout=io.StringIO(), stderr=io.StringIO())
            forget_locales()
        yield


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The tests that use the committed demo content run last (see demo_database), then the
    browser tests: what the server saves for them is not rolled back. After all of them, the
    tests that commit for real (`transaction=True`): Django empties every table after each."""

    def order(item):
        uses_demo = "demo_database" in getattr(item, "fixturenames", ())
        marker = item.get_closest_marker("django_db")
        commits = marker is not None and marker.kwargs.get("transaction", False)
        browser = uses_demo and item.get_closest_marker("browser") is not None
        return (commits, uses_demo, browser)

    items.sort(key=order)


@pytest.fixture
def tibetan():
    return Locale.objects.get(language_code="bo")


def translate(page, locale, **fields):
    """Publish a translation of `page` in `locale` with the given field values."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def site(db, tibetan):
    """A Chinese home page as the site root, a disclosure section, and their Tibetan copies."""
    root = Page.objects.get(depth=1)
    home = root.add_child(
        instance=HomePage(
            title="拉萨市返乡农民工职业指导服务平台",
            slug="portal-home",
            body=[("hero", {"heading": "欢迎回家乡就业创业", "text": "", "links": []})],
        )
    )
    Site.objects.update(root_page=home)
    disclosures = home.add_child(
        instance=StandardPage(title="服务公开", slug="disclosure", kind="disclosure_index")
    )
    process = disclosures.add_child(
        instance=StandardPage(
            title="服务流程",
            slug="process",
            kind="service_process",
            body=[("steps", [{"title": "登记", "text": "携带身份证到服务站登记。"}])],
        )
    )
    bo_home = translate(
        home,
        tibetan,
        title="ལྷ་ས་གྲོང་ཁྱེར་ཞབས་ཞུའི་དྲ་ཚིགས།",
        body=[("hero", {"heading": "ཕ་ཡུལ་དུ་ལས་ཀ་བྱེད།", "text": "", "links": []})],
    )
    bo_disclosures = translate(disclosures, tibetan, title="ཞབས་ཞུ་གསལ་བསྒྲགས།")
    ContactSettings.objects.create(hotline="12333", complaint_phone="0891-6000000")
    return {
        "home": home,
        "bo_home": bo_home,
        "disclosures": disclosures,
        "bo_disclosures": bo_disclosures,
        "process": process,
    }


@pytest.fixture
def menus(site, tibetan):
    """Main menus in both languages, each linking to the Chinese disclosure section."""
    link = {"page": site["disclosures"], "label": "", "url": ""}
    main = NavigationMenu.objects.create(slot="main", items=[("link", link)])
    NavigationMenu.objects.create(
        slot="main", items=[("link", link)], locale=tibetan, translation_key=main.translation_key
    )
    return main


@pytest.fixture
def centres(site, tibetan):
    chengguan = ServiceCentre.objects.create(
        name="城关区返乡农民工职业指导服务站",
        district="chengguan",
        address="拉萨市城关区北京中路",
        opening_hours="周一至周五 9:30–18:30",
    )
    ServiceCentre.objects.create(
        name="ཁྲིན་ཀོན་ཆུས་ཀྱི་ལས་ཞུགས་ཞབས་ཞུ་ས་ཚིགས།",
        district="chengguan",
        address="ལྷ་ས་ཁྲིན་ཀོན་ཆུས།",
        opening_hours="གཟའ་ཟླ་བ་ནས་གཟའ་པ་སངས་བར།",
        locale=tibetan,
        translation_key=chengguan.translation_key,
    )
    return chengguan
