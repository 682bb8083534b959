"""Words for search: one segmentation for the text that is indexed and for the query.

Neither SQLite FTS5 (tokenizer `unicode61`) nor PostgreSQL (`simple`) knows where a Chinese
word ends, and FTS5 breaks Tibetan syllables apart at their vowel signs (see FACTS.md). So the
portal hands the database text that is already cut into words, joined by spaces, and cuts every
query the same way:

- Chinese (Han script) with rjieba, jieba's dictionary compiled in (nothing is downloaded),
  dictionary words only (no HMM guessing of unknown words, which depends on the context and
  would cut a word differently in a page and in a query). The index also gets the dictionary
  words inside a longer word, as jieba's search mode does: 高压电工证 is indexed as 高压,
  电工证 and 电工, so a search for 电工 finds it. Characters that form no dictionary word stay
  single characters on both sides, and a query asks for them side by side.
- Tibetan by syllable: split on tsheg (U+0F0B), shad and every other Tibetan mark that is not
  part of a syllable. Case particles written as syllables of their own (ཀྱི, གི, གྱིས, དུ, …)
  are left out, and particles written into the syllable (ཞུའི, བྱའོ) are folded to the
  syllable without them, on both sides: ཞབས་ཞུ finds ཞབས་ཞུའི. Tibetan digits become ASCII.
  A syllable goes to the database as an ASCII token (`bo` and two hex digits per character,
  e.g. ལས → bo6366), which FTS5 and PostgreSQL both keep as exactly one token.
- Everything else (Latin letters, digits) as is, lower-cased and without accents.

Editors add words to the Chinese dictionary (local place names, trades) and synonyms in the
admin (search/models.py); `use_vocabulary` connects them here, and every process reloads them
when their version changes, without a restart.
"""

import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field

import rjieba

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Letters, vowel signs, subjoined letters and the marks written inside a syllable. Every other
# character of the Tibetan block (tsheg, shad, head marks, brackets, symbols) separates syllables.
TIBETAN_SYLLABLE = "\u0f00\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e-\u0f84\u0f86-\u0fbc\u0fc6"
TIBETAN_DIGITS = "\u0f20-\u0f29"
TSHEG = "\u0f0b\u0f0c"
WORD = re.compile(
    rf"(?P<zh>[{HAN}]+)"
    rf"|(?P<bo>[{TIBETAN_SYLLABLE}]+)"
    rf"|(?P<digits>[{TIBETAN_DIGITS}]+)"
    rf"|(?P<other>[^\W_{HAN}\u0f00-\u0fff]+)"
)
TIBETAN_TO_ASCII_DIGITS = {0x0F20 + n: str(n) for n in range(10)}
TIBETAN_VOWEL_SIGNS = set("\u0f71\u0f72\u0f73\u0f74\u0f75\u0f7a\u0f7b\u0f7c\u0f7d\u0f80")
TIBETAN_BASE_LETTERS = re.compile("[\u0f40-\u0f6c]")

# Case particles written as a syllable of their own: genitive, agentive and the terminative
# forms that are never content words. Not ལ, ན, ནས, ལས or དང, which are also words (ལས = work).
TIBETAN_PARTICLES = frozenset(["ཀྱི", "གི", "གྱི", "ཡི", "ཀྱིས", "གིས", "གྱིས", "ཡིས", "སུ", "ཏུ", "དུ", "རུ"])
# Particles written into the syllable after a vowel: ཞུའི = ཞུ + འི, བྱའོ = བྱ + འོ.
TIBETAN_ATTACHED_PARTICLES = ("འིས", "འི", "འོ", "འམ", "འང")

# How often jieba should think an editor's word occurs: often enough to be kept whole in a
# sentence (非遗 in 非遗传承人, where jieba alone reads 遗传), as common as everyday words.
EDITOR_WORD_FREQUENCY = 10_000

TIBETAN_TOKEN_PREFIX = "bo"  # noqa: S105 (a prefix, not a password)
MAX_OTHER_TOKEN = 64


@dataclass(frozen=True)
class Word:
    """A word of a text: where it is, its script ("zh", "bo" or "other") and its search token.

    `inner` are the tokens of the dictionary words inside a longer Chinese word, with their
    positions. `joined` says the word continues a phrase with the one before it: the next
    syllable of a Tibetan word (only a tsheg between them), or the next single character of a
    run of Chinese characters that form no dictionary word.
    """

    start: int
    end: int
    script: str
    token: str
    joined: bool = False
    inner: tuple = ()


# -- the editors' vocabulary ------------------------------------------------------------------


@dataclass
class _Vocabulary:
    version: object = None
    checked: float = float("-inf")
    jieba: object = None
    synonyms: dict = field(default_factory=dict)
    longest_synonym: int = 0


_vocabulary = _Vocabulary()
_lock = threading.Lock()
_source = None


def use_vocabulary(version, load, check_seconds=5.0):
    """Take dictionary words and synonyms from the editors' tables.

    `version()` is cheap and changes whenever they change; `load()` returns (words, synonym
    groups), each group a list of terms that mean the same. Each process asks for the version
    at most every `check_seconds` and reloads when it changed.
    """
    global _source
    _source = (version, load, check_seconds)
    vocabulary_changed()


def vocabulary_changed():
    """Check the version on the next call (this process saved a change itself)."""
    _vocabulary.checked = float("-inf")


def _current():
    vocabulary = _vocabulary
    if _source is None:
        if vocabulary.jieba is None:
            vocabulary.jieba = rjieba.Jieba()
        return vocabulary
    version, load, check_seconds = _source
    now = time.monotonic()
    if vocabulary.jieba is not None and now - vocabulary.checked < _check_seconds(check_seconds):
        return vocabulary
    with _lock:
        current = version()
        if vocabulary.jieba is None or current != vocabulary.version:
            words, groups = load()
            jieba = rjieba.Jieba()
            for word in words:
                jieba.add_word(word, EDITOR_WORD_FREQUENCY, None)
            vocabulary.jieba = jieba
            vocabulary.synonyms, vocabulary.longest_synonym = _synonym_table(groups, jieba)
            vocabulary.version = current
        vocabulary.checked = now
    return vocabulary


def _check_seconds(check_seconds):
    return check_seconds() if callable(check_seconds) else check_seconds


def _synonym_table(groups, jieba):
    """{tokens of a term: [phrase of each other term of its group]}."""
    table = {}
    for group in groups:
        phrases = []
        for term in group:
            tokens = tuple(word.token for word in _words(term, query=True, jieba=jieba))
            if tokens and tokens not in phrases:
                phrases.append(tokens)
        for phrase in phrases:
            others = [other for other in phrases if other != phrase]
            if others:
                table.setdefault(phrase, [])
                table[phrase] += [other for other in others if other not in table[phrase]]
    longest = max((len(phrase) for phrase in table), default=0)
    return table, longest


# -- segmentation -----------------------------------------------------------------------------


def encode_tibetan(syllable):
    """A Tibetan syllable as one ASCII token: ལས → bo6366."""
    return TIBETAN_TOKEN_PREFIX + "".join(f"{ord(char) - 0x0F00:02x}" for char in syllable)


def decode_token(token):
    """The text of a search token, for people reading the index: bo6366 → ལས."""
    digits = token.removeprefix(TIBETAN_TOKEN_PREFIX)
    if token.startswith(TIBETAN_TOKEN_PREFIX) and re.fullmatch(r"(?:[0-9a-f]{2})+", digits):
        return "".join(chr(0x0F00 + int(digits[i : i + 2], 16)) for i in range(0, len(digits), 2))
    return token


def fold_syllable(syllable):
    """The syllable without a case particle written into it: ཞུའི → ཞུ, དགའི → དགའ."""
    for particle in TIBETAN_ATTACHED_PARTICLES:
        if syllable.endswith(particle) and len(syllable) > len(particle):
            stem = syllable[: -len(particle)]
            has_vowel = any(char in TIBETAN_VOWEL_SIGNS for char in stem)
            if not has_vowel and len(TIBETAN_BASE_LETTERS.findall(stem)) >= 2:
                # An open syllable written with the suffix འ (དགའ): the particle replaced it.
                stem += "འ"
            return stem
    return syllable


def _other_token(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return text.casefold()[:MAX_OTHER_TOKEN]


def _words(text, query=False, jieba=None):
    """The words of `text` in order, with positions in `text` itself."""
    if jieba is None:
        jieba = _current().jieba
    previous = None  # the last Tibetan syllable yielded, for `joined`
    for match in WORD.finditer(text):
        script = match.lastgroup
        start, end = match.span()
        if script == "bo":
            syllable = fold_syllable(unicodedata.normalize("NFKC", match.group()))
            if syllable in TIBETAN_PARTICLES or not TIBETAN_BASE_LETTERS.search(syllable):
                previous = None
                continue
            between = text[previous:start] if previous is not None else ""
            joined = bool(between) and all(char in TSHEG for char in between)
            yield Word(start, end, "bo", encode_tibetan(syllable), joined)
            previous = end
            continue
        previous = None
        if script == "zh":
            run = unicodedata.normalize("NFKC", match.group())
            if len(run) != end - start:  # never for Han characters; be safe anyway
                run = match.group()
            yield from _chinese_words(run, start, query, jieba)
        elif script == "digits":
            yield Word(start, end, "other", match.group().translate(TIBETAN_TO_ASCII_DIGITS))
        else:
            token = _other_token(unicodedata.normalize("NFKC", match.group()))
            if token:
                yield Word(start, end, "other", token)


def _chinese_words(run, offset, query, jieba):
    """jieba's words of a run of Han characters; for the index, with the words inside them."""
    words = jieba.tokenize(run, "default", False)
    inner = {}
    if not query:
        spans = {(start, end) for _, start, end in words}
        containing = {}
        for start, end in spans:
            for position in range(start, end):
                containing[position] = (start, end)
        for token, start, end in jieba.tokenize(run, "search", False):
            if (start, end) not in spans:
                inner.setdefault(containing[start], []).append(
                    (token, offset + start, offset + end)
                )
    previous_single = False
    for token, start, end in words:
        single = end - start == 1
        yield Word(
            offset + start,
            offset + end,
            "zh",
            token,
            joined=single and previous_single,
            inner=tuple(inner.get((start, end), ())),
        )
        previous_single = single


def words(text):
    """The words of `text` as indexed (with the words inside longer Chinese words)."""
    return list(_words(text or ""))


def index_tokens(text):
    """The search tokens of `text` in order: what the index stores for it."""
    tokens = []
    for word in _words(text or ""):
        tokens.append(word.token)
        tokens.extend(token for token, _, _ in word.inner)
    return tokens


def index_text(text):
    """`text` as the database indexes it: its tokens joined by spaces."""
    return " ".join(index_tokens(text))


# -- queries ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchQuery:
    """What a reader typed, as the index understands it.

    `clauses` must all match (or, with `operator` "or", any of them). A clause is a tuple of
    alternatives (the words typed and their synonyms), any of which may match; an alternative
    is a tuple of phrases that must all match; a phrase is a tuple of tokens that stand side by
    side in the text (one token: just that word).
    """

    text: str
    clauses: tuple
    operator: str = "and"

    def __bool__(self):
        return bool(self.clauses)

    @property
    def tokens(self):
        """Every token of the query, synonyms included (for highlighting)."""
        return frozenset(
            token
            for clause in self.clauses
            for alternative in clause
            for phrase in alternative
            for token in phrase
        )

    @property
    def words(self):
        """(tokens that match on their own, phrases whose tokens match side by side)."""
        phrases = {
            phrase for clause in self.clauses for alternative in clause for phrase in alternative
        }
        singles = frozenset(phrase[0] for phrase in phrases if len(phrase) == 1)
        return singles, tuple(sorted(phrase for phrase in phrases if len(phrase) > 1))

    @property
    def has_phrases(self):
        return any(
            len(phrase) > 1
            for clause in self.clauses
            for alternative in clause
            for phrase in alternative
        )

    def without_phrases(self):
        """The same words, each on its own rather than side by side."""
        clauses = tuple(
            tuple(
                tuple((token,) for phrase in alternative for token in phrase)
                for alternative in clause
            )
            for clause in self.clauses
        )
        return SearchQuery(self.text, clauses, self.operator)

    def any_word(self):
        """Any of the words rather than all of them."""
        return SearchQuery(self.text, self.without_phrases().clauses, "or")

    def relaxations(self):
        """This query, then looser ones to try in turn while nothing is found."""
        queries = [self]
        if self.has_phrases:
            queries.append(self.without_phrases())
        if len(self.clauses) > 1 and self.operator == "and":
            queries.append(self.any_word())
        return queries


def parse_query(text):
    """The SearchQuery for what a reader typed: the same words as the index, plus synonyms."""
    vocabulary = _current()
    query_words = list(_words(text or "", query=True, jieba=vocabulary.jieba))
    tokens = [word.token for word in query_words]
    clauses = []
    index = 0
    while index < len(tokens):
        length, alternatives = _synonyms_at(tokens, index, vocabulary)
        if length:
            own = _phrases(query_words[index : index + length])
            clause = (own,) + tuple(_alternative_for(phrase) for phrase in alternatives)
            index += length
        else:
            end = index + 1
            while end < len(tokens) and query_words[end].joined:
                end += 1
            clause = (_phrases(query_words[index:end]),)
            index = end
        if clause not in clauses:
            clauses.append(clause)
    return SearchQuery(text or "", tuple(clauses))


def _synonyms_at(tokens, index, vocabulary):
    for length in range(min(vocabulary.longest_synonym, len(tokens) - index), 0, -1):
        alternatives = vocabulary.synonyms.get(tuple(tokens[index : index + length]))
        if alternatives:
            return length, alternatives
    return 0, ()


def _phrases(query_words):
    """The query words as phrases: joined words side by side, the others on their own."""
    phrases = []
    for word in query_words:
        if word.joined and phrases:
            phrases[-1] = (*phrases[-1], word.token)
        else:
            phrases.append((word.token,))
    return tuple(phrases)


def _alternative_for(phrase):
    """A synonym's tokens: Tibetan syllables side by side, Chinese words each on its own."""
    if all(token.startswith(TIBETAN_TOKEN_PREFIX) for token in phrase):
        return (phrase,)
    return tuple((token,) for token in phrase)


# -- highlighting -----------------------------------------------------------------------------


def matches(text, tokens=frozenset(), phrases=()):
    """The (start, end) spans of `text` that match: words among `tokens`, and runs of words
    that spell one of `phrases` (tuples of tokens), in order and merged."""
    found = list(_words(text or ""))
    spans = []
    for position, word in enumerate(found):
        if word.token in tokens:
            spans.append((word.start, word.end))
        spans.extend((start, end) for token, start, end in word.inner if token in tokens)
        for phrase in phrases:
            last = position + len(phrase) - 1
            if last < len(found) and all(
                found[position + offset].token == token for offset, token in enumerate(phrase)
            ):
                spans.append((word.start, found[last].end))
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
