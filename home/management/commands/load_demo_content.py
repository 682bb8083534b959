"""Build the bilingual demo site: every part of the portal, in Chinese with Tibetan
translations made through wagtail-localize (see portal/demo.py).

Safe to run again: objects are found again by a fixed translation key, left alone when they
exist (so an editor's changes survive), and translated only when they have no translation yet.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Locale, Page

from portal.demo import DemoBuilder

# In order: the site first, then each part of the service, then the home page's blocks and the
# menus, which lead to all of them.
LOADERS = [
    "home.demo.load_site",
    "resources.demo.load",
    "occupations.demo.load",
    "policies.demo.load",
    "cases.demo.load",
    "training.demo.load",
    "jobs.demo.load",
    "workers.demo.load",
    "assessments.demo.load",
    "careerplans.demo.load",
    "training.records.demo.load",
    "placements.demo.load",
    "jobseeking.demo.load",
    "enterprise.demo.load",
    "complaints.demo.load",
    "quality.demo.load",
    "appointments.demo.load",
    "home.demo.load_navigation",
]


class Command(BaseCommand):
    help = "Create the bilingual (Chinese and Tibetan) demo content of the portal. Idempotent."

    def handle(self, *args, **options):
        demo = DemoBuilder(self.stdout, self.stderr, self.style, options["verbosity"])
        with transaction.atomic():
            for loader in LOADERS:
                import_string(loader)(demo)
            demo.translate_registered()
        if options["verbosity"] >= 1:
            self.print_summary(demo)

    def print_summary(self, demo):
        if demo.created:
            made = ", ".join(f"{count} {name}" for name, count in sorted(demo.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Created: {made}."))
        else:
            self.stdout.write("Nothing new: the demo content is already in place.")
        for locale in Locale.objects.order_by("pk"):
            pages = Page.objects.filter(locale=locale, depth__gt=1).live().count()
            self.stdout.write(f"{locale.language_code}: {pages} live pages")
