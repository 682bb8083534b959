"""What every part of the demo content shares: the Chinese→Tibetan table and the builder.

`manage.py load_demo_content` runs the loaders listed in its LOADERS in order. Each loader gets
one `DemoBuilder`, creates its Chinese objects through it and registers them; once all loaders
ran, the builder makes the Tibetan translation of every registered object through
wagtail-localize, parents before children, so translators can go on editing them in the admin.

Texts are written as `tr(chinese, tibetan)`, which records the Tibetan in `TIBETAN`. A segment
without Tibetan stops the command before anything is saved, so the languages cannot drift.
Keep demo rich text simple (paragraphs and bullet lists, no inline markup) so that each
paragraph or list item is exactly one wagtail-localize segment.

Objects are found again by a translation key derived from a fixed name, so a second run creates
nothing new and leaves an editor's changes alone.
"""

import re
import uuid
from collections import Counter

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

HAN = re.compile(r"[\u3400-\u9fff]")
TIBETAN_SCRIPT = re.compile(r"[\u0f00-\u0fff]")
NAMESPACE = uuid.UUID("6f1d5a3e-9a43-4d55-8c5e-2f0b1c7e4a10")

TIBETAN: dict[str, str] = {}


def tr(zh, bo):
    """Record that the Tibetan for `zh` is `bo`, and return `zh`."""
    if HAN.search(bo) or not TIBETAN_SCRIPT.search(bo):
        raise ValueError(f"Not a Tibetan translation of {zh!r}: {bo!r}")
    if TIBETAN.setdefault(zh, bo) != bo:
        raise ValueError(f"Two different Tibetan translations of {zh!r}")
    return zh


def demo_key(kind, key):
    """The translation key of a demo object: the same on every run."""
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def item(value):
    return block("item", value)


def rich_text(parts):
    """Paragraphs (str) and bullet lists (list of str) as Wagtail rich text."""
    html = []
    for part in parts:
        if isinstance(part, str):
            html.append(f"<p>{escape(part)}</p>")
        else:
            html.append("<ul>" + "".join(f"<li>{escape(li)}</li>" for li in part) + "</ul>")
    return "".join(html)


def tibetan_for(string_data):
    """The Tibetan for a wagtail-localize string (HTML-escaped text), or None if unknown.

    Strings without Chinese characters (slugs, telephone numbers, tel: links) stay as they are.
    """
    text = StringValue(string_data).render_text()
    if text in TIBETAN:
        return StringValue.from_plaintext(TIBETAN[text]).data
    if not HAN.search(text):
        return string_data
    return None


class DemoBuilder:
    """Creates demo objects once, remembers them by key, and translates them at the end."""

    def __init__(self, stdout, stderr, style, verbosity):
        self.stdout, self.stderr, self.style = stdout, stderr, style
        self.verbosity = verbosity
        self.zh = Locale.get_default()
        self.bo, _ = Locale.objects.get_or_create(language_code="bo")
        self.created = Counter()
        self.pages = {}
        self.objects = {}
        self._to_translate = []

    def note(self, message):
        if self.verbosity >= 2:
            self.stdout.write(message)

    # -- creating ----------------------------------------------------------------------------

    def find(self, model, kind, key, **fallback_lookup):
        """The Chinese object made for `key` before, by translation key or by `fallback_lookup`."""
        found = model.objects.filter(translation_key=demo_key(kind, key), locale=self.zh).first()
        if found is None and fallback_lookup:
            found = model.objects.filter(locale=self.zh, **fallback_lookup).first()
        return found

    def page(self, parent, model, key, **fields):
        """The Chinese page `key` below `parent`: found again, or created and published.

        The slug is `key` unless given. The page is registered for translation.
        """
        fields.setdefault("slug", key)
        page = self.find(Page, "page", key)
        if page is None:
            page = parent.get_children().filter(slug=fields["slug"], locale=self.zh).first()
        created = page is None
        if created:
            page = model(locale=self.zh, translation_key=demo_key("page", key), **fields)
            self.check_streams(page)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created[model._meta.label] += 1
            self.note(f"Created {model._meta.verbose_name} {page.title}.")
        page = page.specific
        self.pages[key] = page
        self.register(page, created)
        return page

    def snippet(self, model, key, lookup=None, **fields):
        """The Chinese snippet `key`: found again (by key or `lookup`), or created."""
        instance = self.find(model, model._meta.model_name, key, **(lookup or {}))
        created = instance is None
        if created:
            instance = model(
                locale=self.zh, translation_key=demo_key(model._meta.model_name, key), **fields
            )
            self.full_clean(instance)
            instance.save()
            self.created[model._meta.label] += 1
            self.note(f"Created {model._meta.verbose_name} {instance}.")
        self.objects[(model, key)] = instance
        self.register(instance, created)
        return instance

    def register(self, instance, created):
        """Translate `instance` at the end; strictly (no missing Tibetan) if it is new."""
        self._to_translate.append((instance, created))

    # -- translating -------------------------------------------------------------------------

    def translate_registered(self):
        for instance, strict in self._to_translate:
            if self.translate(instance, strict):
                self.created["Tibetan translations"] += 1

    def translate(self, instance, strict):
        """Make the Tibetan translation of `instance` through wagtail-localize, unless one exists.

        With `strict`, a string without Tibetan stops the command; otherwise (an object an
        editor may have changed) it is skipped with a warning.
        """
        if instance.get_translation_or_none(self.bo) is not None:
            return False

        source, _ = TranslationSource.update_or_create_from_instance(instance)
        segments = (
            StringSegment.objects.filter(source=source)
            .select_related("string", "context")
            .order_by("order")
        )
        translations, missing = [], []
        for segment in segments:
            if segment.context.path == "slug" and getattr(instance, "depth", None) == 2:
                # A top-level page shares its parent with the source page; Wagtail's own
                # convention for a translated root page is the slug plus the language code.
                data = f"{instance.slug}-{self.bo.language_code}"
            else:
                data = tibetan_for(segment.string.data)
            if data is None:
                missing.append(StringValue(segment.string.data).render_text())
            else:
                translations.append((segment, data))

        if missing:
            listing = "\n".join(f"  - {text}" for text in missing)
            message = (
                f"No Tibetan (tr(...)) for these strings of "
                f"{instance._meta.verbose_name} “{instance}”:\n{listing}"
            )
            if strict:
                raise CommandError(message)
            self.stderr.write(self.style.WARNING(message + "\nLeft untranslated."))
            return False

        for segment, data in translations:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=self.bo,
                context=segment.context,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=self.bo)
        if not translation.enabled:
            # Left disabled when a translation was deleted (WAGTAILLOCALIZE_DISABLE_ON_DELETE).
            translation.enabled = True
            translation.save(update_fields=["enabled"])

        if isinstance(instance, Page):
            # save_target(publish=True) would publish in transaction.on_commit(), i.e. after
            # the command's atomic block (and never inside a test case); publish here instead.
            translation.save_target(publish=False)
            target = translation.get_target_instance()
            target.get_latest_revision().publish()
        else:
            translation.save_target(publish=True)
            target = translation.get_target_instance()
        self.check_streams(target)
        self.note(f"Translated {instance._meta.verbose_name} “{instance}”.")
        return True

    # -- checks ------------------------------------------------------------------------------

    def check_streams(self, instance):
        """Validate StreamField content (block max lengths etc.), which model saves skip."""
        instance = instance.specific if isinstance(instance, Page) else instance
        for field in instance._meta.get_fields():
            stream_block = getattr(field, "stream_block", None)
            if stream_block is None:
                continue
            try:
                stream_block.clean(getattr(instance, field.name))
            except ValidationError as error:
                raise CommandError(
                    f"Invalid {field.name} of “{instance}” ({instance.locale}): "
                    f"{'; '.join(error.messages)}"
                ) from error

    def full_clean(self, instance):
        try:
            instance.full_clean()
        except ValidationError as error:
            raise CommandError(f"Invalid demo object “{instance}”: {error}") from error
