import re
from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils import translation

from portal.i18n import active_locale
from portal.text import HAN, TIBETAN_SYLLABLE
from search import service

SCRIPT_OF_LANGUAGE = {"zh-hans": HAN, "bo": TIBETAN_SYLLABLE}


def search(request):
    """The site search in the reader's language (search.service does the work)."""
    outcome = service.search(
        request.GET.get("q", ""),
        active_locale(),
        page_type=request.GET.get("type", ""),
        page_number=request.GET.get("page", 1),
        request=request,
    )
    return render(
        request,
        "search/search.html",
        {
            "query": outcome.query,
            "search": outcome,
            "other_language": other_language(outcome.query),
        },
    )


def other_language(query):
    """A link to the same search in the other language when the query is written in its
    script: Tibetan typed on the Chinese site, or Chinese on the Tibetan site."""
    current = translation.get_language()
    for code, script in SCRIPT_OF_LANGUAGE.items():
        if code != current and query and _written_in(query, script):
            url = translate_url(f"{reverse('search')}?{urlencode({'q': query})}", code)
            return {"code": code, "url": url}
    return None


def _written_in(text, characters):
    return re.search(f"[{characters}]", text) is not None
