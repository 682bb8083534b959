"""Build the bilingual demo site: home page, service disclosures (7.1.1), guides, service centres,
menus and contact settings, in Chinese with Tibetan translations made through wagtail-localize.

Safe to run again: objects are found by a fixed translation key (or by slug / slot / name) and
left alone when they exist, so an editor's changes survive; a Tibetan translation is only made
for an object that has none yet.
"""

import uuid
from collections import Counter

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from home import demo_content as content
from home.models import ContactSettings, HomePage, NavigationMenu, ServiceCentre, StandardPage

# Translation keys of the demo objects are derived from this namespace, so that a second run
# finds them even after an editor renamed them.
NAMESPACE = uuid.UUID("6f1d5a3e-9a43-4d55-8c5e-2f0b1c7e4a10")
WELCOME_TITLE = "Welcome to your new Wagtail site!"


def demo_key(kind, key):
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


def body_blocks(spec):
    blocks = []
    for block_type, value in spec:
        if block_type in ("heading", "notice"):
            blocks.append(block(block_type, value))
        elif block_type == "paragraph":
            blocks.append(block("paragraph", rich_text(value)))
        elif block_type == "steps":
            steps = [item({"title": title, "text": text}) for title, text in value]
            blocks.append(block("steps", steps))
        elif block_type == "questions":
            questions = [item({"question": q, "answer": rich_text(a)}) for q, a in value]
            blocks.append(block("questions", questions))
        else:
            raise CommandError(f"Unknown block type in demo content: {block_type}")
    return blocks


def tibetan_for(string_data):
    """The Tibetan for a wagtail-localize string (HTML-escaped text), or None if unknown.

    Strings without Chinese characters (slugs, telephone numbers, tel: links) stay as they are.
    """
    text = StringValue(string_data).render_text()
    if text in content.TIBETAN:
        return StringValue.from_plaintext(content.TIBETAN[text]).data
    if not content.HAN.search(text):
        return string_data
    return None


class Command(BaseCommand):
    help = "Create the bilingual (Chinese and Tibetan) demo content of the portal. Idempotent."

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        self.created = Counter()
        with transaction.atomic():
            self.zh = Locale.get_default()
            self.bo, _ = Locale.objects.get_or_create(language_code="bo")
            pages = self.load_pages()
            self.load_centres()
            self.load_menus(pages)
            self.load_contact_settings()
        if self.verbosity >= 1:
            self.print_summary()

    def note(self, message):
        if self.verbosity >= 2:
            self.stdout.write(message)

    # -- pages -----------------------------------------------------------------------------

    def load_pages(self):
        home, home_created = self.ensure_home()
        pages = {content.HOME["key"]: home}
        created = {content.HOME["key"]} if home_created else set()
        for spec in content.PAGES:
            parent = pages[spec["parent"] or content.HOME["key"]]
            pages[spec["key"]], page_created = self.ensure_page(parent, spec)
            if page_created:
                created.add(spec["key"])

        if home_created:
            # The entry points link to the pages above, so the body comes once they exist.
            home.body = self.home_body(pages)
            self.check_streams(home)
            home.save_revision().publish()

        for key in [content.HOME["key"]] + [spec["key"] for spec in content.PAGES]:
            if self.translate(pages[key], strict=key in created):
                self.created["pages_bo"] += 1
        return pages

    def ensure_home(self):
        home = HomePage.objects.filter(locale=self.zh).order_by("path").first()
        if home is not None:
            return home, False

        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is not None and self.is_untouched_welcome_page(site.root_page):
            welcome = site.root_page
            # The site points at the page being deleted (on_delete=CASCADE): park it on the root.
            site.root_page = root
            site.save()
            welcome.delete()
            self.created["welcome_deleted"] += 1
            self.note("Deleted Wagtail's welcome page.")

        slug = "home" if Page._slug_is_available("home", root) else "portal-home"
        home = HomePage(
            title=content.HOME["title"],
            slug=slug,
            summary=content.HOME["summary"],
            locale=self.zh,
            translation_key=demo_key("page", content.HOME["key"]),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        self.created["pages_zh"] += 1
        self.note(f"Created home page {home.title}.")

        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.save()
        return home, True

    @staticmethod
    def is_untouched_welcome_page(page):
        return (
            page.depth == 2
            and page.specific_class is Page
            and page.title == WELCOME_TITLE
            and page.numchild == 0
            and not page.revisions.exists()
            and not page.get_translations().exists()
            and Site.objects.filter(root_page=page).count() == 1
        )

    def ensure_page(self, parent, spec):
        key = demo_key("page", spec["key"])
        page = Page.objects.filter(translation_key=key, locale=self.zh).first()
        if page is None:
            page = parent.get_children().filter(slug=spec["key"], locale=self.zh).first()
        if page is not None:
            return page.specific, False

        page = StandardPage(
            title=spec["title"],
            slug=spec["key"],
            summary=spec["summary"],
            kind=spec["kind"],
            body=body_blocks(spec["body"]),
            locale=self.zh,
            translation_key=key,
        )
        self.check_streams(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created["pages_zh"] += 1
        self.note(f"Created page {page.title}.")
        return page, True

    def home_body(self, pages):
        spec = content.HOME

        def link(value):
            page = pages[value["page"]] if value.get("page") else None
            return {
                "label": value.get("label", ""),
                "page": page.pk if page else None,
                "url": value.get("url", ""),
            }

        hero = spec["hero"]
        services = spec["services"]
        latest = spec["latest"]
        return [
            block(
                "hero",
                {
                    "heading": hero["heading"],
                    "text": hero["text"],
                    "links": [item(link(value)) for value in hero["links"]],
                },
            ),
            block(
                "services",
                {
                    "heading": services["heading"],
                    "entries": [
                        item(
                            {
                                "icon": entry["icon"],
                                "title": entry["title"],
                                "description": entry["description"],
                                "link": link({"page": entry["page"]}),
                            }
                        )
                        for entry in services["entries"]
                    ],
                },
            ),
            block(
                "latest",
                {
                    "heading": latest["heading"],
                    "section": pages[latest["section"]].pk,
                    "count": latest["count"],
                },
            ),
        ]

    # -- snippets and settings -------------------------------------------------------------

    def load_centres(self):
        for spec in content.CENTRES:
            key = demo_key("centre", spec["key"])
            centre = ServiceCentre.objects.filter(translation_key=key, locale=self.zh).first()
            if centre is None:
                centre = ServiceCentre.objects.filter(name=spec["name"], locale=self.zh).first()
            created = centre is None
            if created:
                centre = ServiceCentre(
                    name=spec["name"],
                    district=spec["district"],
                    address=spec["address"],
                    opening_hours=content.OPENING_HOURS,
                    phone=spec["phone"],
                    sort_order=spec["sort_order"],
                    locale=self.zh,
                    translation_key=key,
                )
                self.full_clean(centre)
                centre.save()
                self.created["centres_zh"] += 1
                self.note(f"Created service centre {centre.name}.")
            if self.translate(centre, strict=created):
                self.created["centres_bo"] += 1

    def load_menus(self, pages):
        for slot, links in content.MENUS.items():
            menu = NavigationMenu.objects.filter(slot=slot, locale=self.zh).first()
            created = menu is None
            if created:
                menu = NavigationMenu(
                    slot=slot,
                    items=[
                        block("link", {"label": label, "page": pages[key].pk, "url": ""})
                        for label, key in links
                    ],
                    locale=self.zh,
                    translation_key=demo_key("menu", slot),
                )
                self.full_clean(menu)
                menu.save()
                self.created["menus_zh"] += 1
                self.note(f"Created the {slot} menu.")
            if self.translate(menu, strict=created):
                self.created["menus_bo"] += 1

    def load_contact_settings(self):
        settings = ContactSettings.load()
        changed = [name for name in content.CONTACT if not getattr(settings, name)]
        for name in changed:
            setattr(settings, name, content.CONTACT[name])
        if changed:
            self.full_clean(settings)
            settings.save()
            self.created["contact_fields"] += len(changed)
            self.note(f"Set contact details: {', '.join(changed)}.")

    # -- translation -----------------------------------------------------------------------

    def translate(self, instance, strict):
        """Make the Tibetan translation of `instance` through wagtail-localize, unless one exists.

        The translation is an ordinary wagtail-localize Translation, so translators can go on
        editing it in the admin. With `strict`, a string without Tibetan in demo_content stops
        the command; otherwise (an object an editor may have changed) it is skipped with a
        warning.
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
                f"No Tibetan in home/demo_content.py for these strings of "
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
            # this command's atomic block (and never inside a test case); publish here instead.
            translation.save_target(publish=False)
            target = translation.get_target_instance()
            target.get_latest_revision().publish()
        else:
            translation.save_target(publish=True)
            target = translation.get_target_instance()
        self.check_streams(target)
        self.note(f"Translated {instance._meta.verbose_name} “{instance}”.")
        return True

    # -- checks and summary ----------------------------------------------------------------

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

    def print_summary(self):
        created = self.created
        if created:
            self.stdout.write(
                self.style.SUCCESS(
                    "Created: {pages_zh} pages, {pages_bo} Tibetan page translations, "
                    "{centres_zh} service centres (+{centres_bo} Tibetan), {menus_zh} menus "
                    "(+{menus_bo} Tibetan), {contact_fields} contact fields.".format_map(created)
                )
            )
            if created["welcome_deleted"]:
                self.stdout.write("Replaced Wagtail's welcome page with the portal home page.")
        else:
            self.stdout.write("Nothing new: the demo content is already in place.")

        for locale in Locale.objects.order_by("pk"):
            pages = Page.objects.filter(locale=locale, depth__gt=1).live().count()
            centres = ServiceCentre.objects.filter(locale=locale).count()
            menus = NavigationMenu.objects.filter(locale=locale).count()
            self.stdout.write(
                f"{locale.language_code}: {pages} live pages, {centres} service centres, "
                f"{menus} menus"
            )
