"""One version number for everything that the shared parts of a page are built from.

Menus, the footer and the home page's blocks read many rows but change rarely. Their rendered
HTML is cached under a key that includes this version; publishing, moving or deleting a page, or
saving a menu, service centre or contact setting, starts a new version, so readers never see a
stale menu for longer than it takes to render it again.
"""

import uuid

from django.core.cache import cache

KEY = "portal:content-version"


def content_version():
    version = cache.get(KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(KEY, version, timeout=None)
        version = cache.get(KEY, version)
    return version


def new_content_version(**kwargs):
    cache.set(KEY, uuid.uuid4().hex, timeout=None)


def new_content_version_if_page(instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        new_content_version()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Locale
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from home.models import ContactSettings, NavigationMenu, ServiceCentre

    page_published.connect(new_content_version, dispatch_uid="content-version-published")
    page_unpublished.connect(new_content_version, dispatch_uid="content-version-unpublished")
    post_page_move.connect(new_content_version, dispatch_uid="content-version-moved")
    post_delete.connect(new_content_version_if_page, dispatch_uid="content-version-page-deleted")
    for model in (NavigationMenu, ServiceCentre, ContactSettings, Locale):
        for signal in (post_save, post_delete):
            signal.connect(
                new_content_version, sender=model, dispatch_uid=f"content-version-{model.__name__}"
            )
