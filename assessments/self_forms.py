"""The public self-assessment form (clauses 5.2(4), 6.1.1).

One long form in parts (the interests, then skill level, employment willingness and job fit),
each a fieldset headed "Part n of m": it works without JavaScript and on a slow phone in one
request, and a worker sees how far they are by the part headings. Every question must be
answered; an answer is one of the question's own options, so a changed option id is refused
and nothing is stored.
"""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout, Submit
from django import forms
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from assessments.instrument import Dimension, SelfAssessment
from assessments.scoring import dimension_scores, interest_code
from complaints.references import new_reference
from portal.forms import HONEYPOT, HoneypotMixin

ANSWER_REQUIRED = _("Choose an answer to this question.")
NOT_AN_ANSWER = _("Choose one of the answers given.")


def field_name(question):
    return f"q{question.pk}"


def parts_of(questions):
    """[(heading, questions)]: all interest questions first, then one part per other
    dimension, in the dimensions' order."""
    interests = [q for q in questions if q.dimension.kind == Dimension.Kind.INTEREST]
    parts = [(_("What work do you like?"), interests)] if interests else []
    others = [q for q in questions if q.dimension.kind != Dimension.Kind.INTEREST]
    for dimension in sorted({q.dimension for q in others}, key=lambda d: (d.order, d.code)):
        parts.append((dimension.name, [q for q in others if q.dimension == dimension]))
    return parts


class SelfAssessmentForm(HoneypotMixin, forms.Form):
    def __init__(self, questionnaire, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.questions = list(
            questionnaire.questions.select_related("dimension", "scale").prefetch_related(
                "scale__options"
            )
        )
        for question in self.questions:
            self.fields[field_name(question)] = forms.TypedChoiceField(
                label=f"{question.order}. {question.text}",
                choices=[(option.pk, option.label) for option in question.scale.options.all()],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": ANSWER_REQUIRED, "invalid_choice": NOT_AN_ANSWER},
            )
        self.helper = self.layout()

    def layout(self):
        parts = parts_of(self.questions)
        fieldsets = [
            Fieldset(
                format_html(
                    "{} · {}",
                    _("Part %(number)d of %(count)d") % {"number": number, "count": len(parts)},
                    heading,
                ),
                HTML(format_html('<p class="self-assessment__count">{}</p>', count_text(items))),
                *[field_name(question) for question in items],
                css_class="self-assessment__part",
            )
            for number, (heading, items) in enumerate(parts, start=1)
        ]
        helper = FormHelper()
        helper.form_method = "post"
        # The portal's own messages are shown, in the reader's language, not the browser's.
        helper.attrs = {"novalidate": ""}
        helper.layout = Layout(
            *fieldsets, Div(HONEYPOT, hidden=""), Submit("submit", _("See my results"))
        )
        return helper

    def save(self):
        """The stored result, with a new reference (drawn again in the rare case it is
        taken)."""
        scored = []
        answers = {}
        for question in self.questions:
            chosen = self.cleaned_data[field_name(question)]
            option = next(o for o in question.scale.options.all() if o.pk == chosen)
            answers[str(question.pk)] = option.pk
            scored.append((question.dimension.code, option.score))
        scores = dimension_scores(scored)
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return SelfAssessment.objects.create(
                        reference=new_reference(),
                        questionnaire=self.questionnaire,
                        language=translation.get_language(),
                        answers=answers,
                        scores=scores,
                        interest_code=interest_code(scores),
                    )
            except IntegrityError:
                continue
        raise IntegrityError("No free self-assessment reference after five draws.")


def count_text(items):
    return translation.ngettext("%(count)d question", "%(count)d questions", len(items)) % {
        "count": len(items)
    }
