"""The editors' vocabulary of the site search: Chinese dictionary words and synonyms.

jieba's dictionary does not know every local place name (堆龙德庆) or trade (唐卡), and a
worker may type 电工 where a page says 电气工. Editors add both in the admin (搜索 → 词典 /
同义词). Every process picks them up without a restart (portal.text checks `vocabulary_version`
every few seconds), and the pages whose words they change are indexed again in the background
(search/tasks.py).
"""

import re

from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, models, transaction
from django.utils.translation import gettext_lazy as _

from portal.text import HAN, index_tokens

HAN_WORD = re.compile(rf"[{HAN}]{{2,20}}")
MAX_TERMS = 20


class DictionaryWord(models.Model):
    word = models.CharField(
        _("word"),
        max_length=20,
        unique=True,
        help_text=_(
            "A Chinese word the search should keep whole, e.g. a place name (堆龙德庆) or a "
            "trade (唐卡). Two to twenty Chinese characters."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["word"]
        verbose_name = _("dictionary word")
        verbose_name_plural = _("dictionary words")

    def __str__(self):
        return self.word

    def clean(self):
        self.word = (self.word or "").strip()
        if not HAN_WORD.fullmatch(self.word):
            raise ValidationError({"word": _("Enter two to twenty Chinese characters.")})


def split_terms(text):
    """The terms of a synonym group: one per line (or separated by / , ， 、 ;)."""
    terms = []
    for term in re.split(r"[\n/,，、;；]+", text or ""):
        term = " ".join(term.split())
        if term and term not in terms:
            terms.append(term)
    return terms


class Synonym(models.Model):
    terms = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Two or more words or phrases, one per line, e.g. 电工 and 电气工. A search for any "
            "of them also finds pages with the others. Chinese or Tibetan."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["terms"]
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return " / ".join(self.term_list())

    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        terms = self.term_list()
        if any(not index_tokens(term) for term in terms):
            raise ValidationError(
                {"terms": _("Every term needs at least one letter, character or syllable.")}
            )
        if len(terms) < 2:
            raise ValidationError({"terms": _("Enter at least two different terms.")})
        if len(terms) > MAX_TERMS:
            raise ValidationError({"terms": _("Enter at most twenty terms.")})
        self.terms = "\n".join(terms)

    def chinese_words(self):
        """The terms that are Chinese words, which the segmenter should keep whole."""
        return [term for term in self.term_list() if HAN_WORD.fullmatch(term)]


def vocabulary_version():
    """Changes whenever a word or synonym is added, changed or deleted (one cheap query).

    None while the tables do not exist yet (during the first `migrate`).
    """
    words, synonyms = DictionaryWord._meta.db_table, Synonym._meta.db_table
    sql = (
        f"SELECT (SELECT COUNT(*) FROM {words}), (SELECT MAX(updated_at) FROM {words}), "  # noqa: S608
        f"(SELECT COUNT(*) FROM {synonyms}), (SELECT MAX(updated_at) FROM {synonyms})"
    )

    def read():
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return tuple(str(value) for value in cursor.fetchone())

    return _unless_missing(read, None)


def load_vocabulary():
    """(Chinese words to keep whole, synonym groups) for portal.text."""
    synonyms = _unless_missing(lambda: list(Synonym.objects.all()), [])
    words = _unless_missing(lambda: list(DictionaryWord.objects.values_list("word", flat=True)), [])
    for synonym in synonyms:
        words += synonym.chinese_words()
    return list(dict.fromkeys(words)), [synonym.term_list() for synonym in synonyms]


def _unless_missing(read, default):
    """`read()`, or `default` when the tables are not there yet (the first `migrate`)."""
    try:
        if connection.in_atomic_block:
            # A savepoint, so that PostgreSQL can go on with the transaction after an error.
            with transaction.atomic():
                return read()
        return read()
    except DatabaseError:
        return default
