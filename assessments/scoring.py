"""Scoring of the self-assessment: pure functions, no database (clause 5.2(4)).

Each answer adds its option's score to its question's dimension. The six RIASEC interest areas
have ten questions each, scored 0–4, so each area scores 0–40 (as in the O*NET Interest
Profiler short form). The interest code is the letters of the three highest areas, highest
first; areas that score 0 show no interest and are left out, so all zeros give an empty code.

Ties are ordered by Holland's hexagon order R, I, A, S, E, C: a fixed, documented rule, so the
same answers always give the same code, and a counsellor reading "RIA" knows that R and I may
be equal.
"""

RIASEC = "RIASEC"
ITEMS_PER_AREA = 10
HIGHEST_ANSWER = 4
AREA_RANGE = (0, ITEMS_PER_AREA * HIGHEST_ANSWER)
CODE_LENGTH = 3


def dimension_scores(scored_answers):
    """{dimension code: sum of scores} from (dimension code, score) pairs."""
    totals = {}
    for code, score in scored_answers:
        totals[code] = totals.get(code, 0) + score
    return totals


def ranked_areas(scores):
    """The interest areas with a score above 0, highest first, ties in RIASEC order."""
    areas = [area for area in RIASEC if scores.get(area, 0) > 0]
    return sorted(areas, key=lambda area: (-scores[area], RIASEC.index(area)))


def interest_code(scores, length=CODE_LENGTH):
    """The top areas as a code such as "SEA"."""
    return "".join(ranked_areas(scores)[:length])
