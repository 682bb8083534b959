"""What the search does when content or the editors' vocabulary changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from portal.text import vocabulary_changed
from search.backends import elasticsearch_configured
from search.models import DictionaryWord, Synonym


def _later(task, *args):
    transaction.on_commit(lambda: task.enqueue(*args))


def page_published_handler(instance, **kwargs):
    if elasticsearch_configured():
        from search.tasks import update_elasticsearch

        _later(update_elasticsearch, instance.pk)


def page_removed_handler(instance, **kwargs):
    if elasticsearch_configured() and isinstance(instance, Page):
        from search.tasks import remove_from_elasticsearch

        _later(remove_from_elasticsearch, instance.pk, instance.locale.language_code)


def _words(instance):
    if isinstance(instance, DictionaryWord):
        return [instance.word]
    return instance.chinese_words()


def remember_old_words(sender, instance, **kwargs):
    old = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._old_words = _words(old) if old else []


def vocabulary_saved(sender, instance, **kwargs):
    """Reload the vocabulary in this process now (the others within seconds) and index the
    pages with the old or new words again."""
    from search.tasks import reindex_for_words

    vocabulary_changed()
    words = list(dict.fromkeys(getattr(instance, "_old_words", []) + _words(instance)))
    if words:
        _later(reindex_for_words, words)


def connect():
    page_published.connect(page_published_handler, dispatch_uid="search-page-published")
    page_unpublished.connect(page_removed_handler, dispatch_uid="search-page-unpublished")
    post_delete.connect(page_removed_handler, dispatch_uid="search-page-deleted")
    for model in (DictionaryWord, Synonym):
        name = model.__name__
        pre_save.connect(remember_old_words, sender=model, dispatch_uid=f"search-old-{name}")
        post_save.connect(vocabulary_saved, sender=model, dispatch_uid=f"search-saved-{name}")
        post_delete.connect(vocabulary_saved, sender=model, dispatch_uid=f"search-deleted-{name}")
