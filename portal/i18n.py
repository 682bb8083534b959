"""Tibetan (bo) for Django and Wagtail, and cheap look-ups of the active locale.

Django ships no Tibetan: it has no entry in LANG_INFO and no catalogue. Registering the language
info here, together with the compiled catalogue in locale/bo, makes `/bo/` a real language prefix
(see ../shared/FACTS.md).
"""

from django.conf import locale
from django.utils import translation

TIBETAN = {"bidi": False, "code": "bo", "name": "Tibetan", "name_local": "བོད་ཡིག"}

# Locale rows keyed by language code. Locales change only when staff add a language, so each
# process looks them up once; saving or deleting a Locale clears this (see PortalConfig.ready).
_locales = {}


def register_tibetan():
    locale.LANG_INFO.setdefault("bo", TIBETAN)


def bcp47(language_code):
    """Django's language code as a BCP 47 tag for `lang` and `hreflang`: zh-hans is zh-Hans."""
    language, _, script = language_code.partition("-")
    return f"{language}-{script.title()}" if len(script) == 4 else language_code


def forget_locales(**kwargs):
    _locales.clear()


def active_locale():
    """Wagtail's Locale.get_active(), without a query on every call."""
    from wagtail.models import Locale

    language = translation.get_language() or "zh-hans"
    if language not in _locales:
        _locales[language] = Locale.get_active()
    return _locales[language]


def localize_pages(pages):
    """Map each page to its live translation in the active language, in one query.

    Page choosers in translated content keep pointing at the source page (wagtail-localize
    localizes them at run time), so links are followed to the reader's language here. A page
    with no live translation maps to itself.
    """
    from wagtail.models import Page

    pages = [page for page in pages if page is not None]
    locale = active_locale()
    foreign = {page.translation_key: page for page in pages if page.locale_id != locale.id}
    translated = {}
    if foreign:
        translated = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=foreign, locale=locale)
            .only("id", "title", "url_path", "translation_key", "locale_id", "depth", "path")
        }
    return {page.pk: translated.get(page.translation_key, page) for page in pages}


def share_facts(instance, fields):
    """Keep `fields` the same on every translation of `instance`.

    The Chinese (default-locale) copy holds the facts: saving it writes them to its
    translations; saving a translation takes them back from the Chinese copy. For the facts of a
    course or a job (dates, seats, wages) that a reader must never see differ between languages.
    """
    from wagtail.models import Locale

    model = type(instance)
    copies = model.objects.filter(translation_key=instance.translation_key)
    default_locale = Locale.get_default()
    if instance.locale_id == default_locale.pk:
        facts = {name: getattr(instance, name) for name in fields}
        copies.exclude(pk=instance.pk).update(**facts)
        return
    facts = copies.filter(locale=default_locale).values(*fields).first()
    if facts:
        model.objects.filter(pk=instance.pk).update(**facts)
        for name, value in facts.items():
            setattr(instance, name, value)
