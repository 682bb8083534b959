"""Background work of the search (django-tasks; `manage.py db_worker` runs it)."""

from django_tasks import task

from search import indexing


@task()
def update_elasticsearch(page_id):
    """Bring one page's Elasticsearch document in line with the page (after publish)."""
    indexing.update_elasticsearch(page_id)


@task()
def remove_from_elasticsearch(page_id, language):
    """Remove a page's Elasticsearch document (after unpublish or delete)."""
    indexing.remove_from_elasticsearch(page_id, language)


@task()
def reindex_for_words(words):
    """Index again the pages whose words an editor's dictionary word or synonym changes."""
    return indexing.reindex_for_words(words)
