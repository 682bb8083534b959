from wagtail.contrib.sitemaps import Sitemap


class PortalSitemap(Sitemap):
    """Every live page in every language; each entry names its translations (hreflang)."""

    def items(self):
        from wagtail.models import Page

        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
