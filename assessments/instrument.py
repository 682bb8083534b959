"""The self-assessment a worker takes on the public site (clauses 5.2(4), 6.1.1, 4.4.1(2)).

The instrument is data that staff edit in the admin: a questionnaire asks questions, each
scoring one dimension (a RIASEC interest area, or skill level, employment willingness or job
fit) on an answer scale whose options carry the scores. Every text is kept in Chinese and in
Tibetan; the page shows the one of its language.

A taken self-assessment keeps no personal data: the answers, the score per dimension, the
interest code, the language and a reference the worker brings to an appointment, where a
counsellor finds it and attaches it to the worker's record. No phone number is asked: the
reference alone links the result to the worker, in the counsellor's presence.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable


def in_language(instance, field):
    """The Tibetan text on /bo/ (the Chinese one where Tibetan is missing), else the Chinese."""
    if translation.get_language() == "bo":
        return getattr(instance, f"{field}_bo") or getattr(instance, f"{field}_zh")
    return getattr(instance, f"{field}_zh")


class QuestionnaireQuerySet(models.QuerySet):
    def current(self):
        """The questionnaire the public site offers: the newest active one."""
        return self.filter(active=True).order_by("-pk").first()


class Questionnaire(models.Model):
    name_zh = models.CharField(_("name in Chinese"), max_length=120)
    name_bo = models.CharField(_("name in Tibetan"), max_length=250)
    intro_zh = models.TextField(_("introduction in Chinese"))
    intro_bo = models.TextField(_("introduction in Tibetan"))
    active = models.BooleanField(
        _("offered on the website"),
        default=False,
        help_text=_("The newest active questionnaire is the one workers take."),
    )

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        verbose_name = _("self-assessment questionnaire")
        verbose_name_plural = _("self-assessment questionnaires")

    def __str__(self):
        return self.name_zh

    @property
    def name(self):
        return in_language(self, "name")

    @property
    def intro(self):
        return in_language(self, "intro")


class Dimension(models.Model):
    class Kind(models.TextChoices):
        INTEREST = "interest", _("vocational interest (RIASEC area)")
        READINESS = "readiness", _("readiness for work (clause 5.2(4))")

    code = models.CharField(
        _("code"),
        max_length=12,
        unique=True,
        help_text=_("One letter R, I, A, S, E or C for an interest area; a word for the others."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=150)
    description_zh = models.TextField(_("description in Chinese"))
    description_bo = models.TextField(_("description in Tibetan"))

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("self-assessment dimension")
        verbose_name_plural = _("self-assessment dimensions")

    def __str__(self):
        return f"{self.code} · {self.name_zh}"

    @property
    def name(self):
        return in_language(self, "name")

    @property
    def description(self):
        return in_language(self, "description")


class AnswerScale(ClusterableModel):
    name_zh = models.CharField(_("name in Chinese"), max_length=60)
    name_bo = models.CharField(_("name in Tibetan"), max_length=150)

    class Meta:
        verbose_name = _("answer scale")
        verbose_name_plural = _("answer scales")

    def __str__(self):
        return self.name_zh


class AnswerOption(Orderable):
    scale = ParentalKey(AnswerScale, on_delete=models.CASCADE, related_name="options")
    label_zh = models.CharField(_("label in Chinese"), max_length=60)
    label_bo = models.CharField(_("label in Tibetan"), max_length=150)
    score = models.PositiveSmallIntegerField(_("score"))

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return f"{self.label_zh} ({self.score})"

    @property
    def label(self):
        return in_language(self, "label")


class Question(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    order = models.PositiveSmallIntegerField(_("order"))
    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.PROTECT, related_name="+"
    )
    scale = models.ForeignKey(
        AnswerScale, verbose_name=_("answer scale"), on_delete=models.PROTECT, related_name="+"
    )
    text_zh = models.CharField(_("question in Chinese"), max_length=200)
    text_bo = models.CharField(_("question in Tibetan"), max_length=400)

    class Meta:
        ordering = ["questionnaire", "order"]
        verbose_name = _("self-assessment question")
        verbose_name_plural = _("self-assessment questions")

    def __str__(self):
        return f"{self.order}. {self.text_zh}"

    @property
    def text(self):
        return in_language(self, "text")


class SelfAssessment(models.Model):
    """One taken self-assessment. Answers are kept as {question pk: option pk}, the scores as
    {dimension code: score}, so that a later edit of the instrument does not change a result
    already shown to a worker."""

    reference = models.CharField(_("reference"), max_length=8, unique=True, editable=False)
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    answers = models.JSONField(_("answers"), editable=False)
    scores = models.JSONField(_("scores"), editable=False)
    interest_code = models.CharField(_("interest code"), max_length=3, blank=True)
    created_at = models.DateTimeField(_("taken"), auto_now_add=True)
    worker = models.ForeignKey(
        "workers.Worker",
        verbose_name=_("worker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="self_assessments",
        help_text=_("The worker who brought this reference to the service centre."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")

    def __str__(self):
        return self.shown_reference

    @property
    @admin.display(description=_("reference"))
    def shown_reference(self):
        return f"{self.reference[:4]}-{self.reference[4:]}"

    @admin.display(description=_("scores"))
    def score_summary(self):
        return " · ".join(f"{code} {score}" for code, score in self.scores.items())
