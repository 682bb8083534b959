"""A plan version as the worker receives it: a bilingual PDF (6.1.3, written or electronic).

Both languages' headings and labels, the worker's language first (`languages_for`); the plan's
own text is printed once, as the counsellor wrote it with the worker.
The fonts and the rendering are those of every PDF of the portal (portal/pdf.py).
"""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy

from careerplans.models import StepStatus
from portal.pdf import font_context
from portal.pdf import render_pdf as render_documents
from workers.choices import LanguageAbility

TIBETAN = "bo"
CHINESE = "zh-hans"
ABILITY = [
    LanguageAbility.NONE,
    LanguageAbility.SPEAKS,
    LanguageAbility.READS,
    LanguageAbility.WRITES,
]

LABELS = {
    "title": _("Career plan"),
    "worker": _("Worker"),
    "version": _("Version"),
    "written": _("Written on"),
    "counsellor": pgettext_lazy("career plan", "Counsellor"),
    "self_awareness": _("Self-awareness: interests, strengths and limits"),
    "local_industry": _("The local industry environment"),
    "employment_goal": pgettext_lazy("career plan", "Employment goal"),
    "development_path": _("Development path"),
    "reason_for_change": _("Why the plan changed"),
    "steps": _("Action steps"),
    "what": _("What to do"),
    "due_on": _("To be done by"),
    "status": _("Status"),
    "signatures": _("Signatures of the worker and the counsellor"),
}


def languages_for(worker):
    """Tibetan first when the worker's Tibetan is better than their Chinese on the record's
    scale (none < speaks < reads < writes); on a tie, Chinese first, the language of the
    record. Most workers of the service read Tibetan better than Chinese."""
    if ABILITY.index(worker.tibetan) > ABILITY.index(worker.chinese):
        return [TIBETAN, CHINESE]
    return [CHINESE, TIBETAN]


def in_each(languages, text):
    """`text` (lazy) in each language: [(language, text), …]."""
    result = []
    for language in languages:
        with override(language):
            result.append((language, str(text)))
    return result


def filename(version):
    # No name in the file name: it shows in mail and messaging apps.
    return f"career-plan-{version.worker_id}-v{version.number}.pdf"


def render_html(version):
    languages = languages_for(version.worker)
    steps = [
        {"step": step, "status": in_each(languages, StepStatus(step.status).label)}
        for step in version.steps.all()
    ]
    return render_to_string(
        "careerplans/pdf.html",
        {
            "version": version,
            "languages": languages,
            "labels": {key: in_each(languages, label) for key, label in LABELS.items()},
            "steps": steps,
            "counsellor": version.author.get_full_name() or version.author.get_username()
            if version.author
            else "",
            **font_context(),
        },
    )


def render_pdf(version):
    return render_documents([render_html(version)])
