"""A result as the worker sees it: one bar per dimension, drawn as SVG on the server (no
JavaScript; the page also gives the same numbers as a table), the top interest areas with
their explanation, and what they point to."""

from dataclasses import dataclass

from assessments.fitting import courses_for, jobs_for, occupations_for
from assessments.instrument import Dimension
from assessments.scoring import ranked_areas

BAR_WIDTH = 220  # SVG units for a full score
ROW_HEIGHT = 44
TOP_AREAS = 3


@dataclass
class Bar:
    dimension: Dimension
    score: int
    maximum: int
    row: int

    @property
    def width(self):
        return round(BAR_WIDTH * self.score / self.maximum) if self.maximum else 0

    @property
    def label_y(self):
        return self.row * ROW_HEIGHT + 14

    @property
    def bar_y(self):
        return self.row * ROW_HEIGHT + 20


def maxima(questionnaire):
    """{dimension code: highest possible score} of a questionnaire."""
    questions = questionnaire.questions.select_related("dimension").prefetch_related(
        "scale__options"
    )
    highest = {}
    for question in questions:
        top = max((option.score for option in question.scale.options.all()), default=0)
        highest[question.dimension.code] = highest.get(question.dimension.code, 0) + top
    return highest


class Profile:
    def __init__(self, result):
        self.result = result
        highest = maxima(result.questionnaire)
        dimensions = Dimension.objects.filter(code__in=result.scores)
        self.bars = [
            Bar(dimension, result.scores[dimension.code], highest.get(dimension.code, 0), row)
            for row, dimension in enumerate(dimensions)
        ]
        self.height = len(self.bars) * ROW_HEIGHT
        by_code = {bar.dimension.code: bar for bar in self.bars}
        self.interests = [bar for bar in self.bars if bar.dimension.kind == "interest"]
        self.readiness = [bar for bar in self.bars if bar.dimension.kind != "interest"]
        self.top_codes = ranked_areas(result.scores)[:TOP_AREAS]
        self.top = [by_code[code] for code in self.top_codes if code in by_code]

    def occupations(self):
        return occupations_for(self.top_codes)

    def jobs(self):
        return jobs_for(self.top_codes)

    def courses(self):
        return courses_for(self.top_codes)
