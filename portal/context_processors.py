from django.utils.functional import SimpleLazyObject

from portal.cache import content_version


def shared_fragments(request):
    """`content_version` for the cache keys of menus, footer and home-page blocks."""
    return {"content_version": SimpleLazyObject(content_version)}
