"""The RIASEC scoring of the self-assessment (clause 5.2(4): vocational interests, skill level,
employment willingness and job fit are assessed and summed per dimension)."""

from assessments.scoring import AREA_RANGE, dimension_scores, interest_code, ranked_areas


def answers(**per_area):
    """Ten answers per area, all with the given score."""
    return [(area, score) for area, score in per_area.items() for _ in range(10)]


def test_all_zeros_score_zero_and_give_no_code():
    """5.2(4): an area nobody is interested in scores 0 and is not part of the code."""
    scores = dimension_scores(answers(R=0, I=0, A=0, S=0, E=0, C=0))
    assert scores == dict.fromkeys("RIASEC", 0)
    assert interest_code(scores) == ""


def test_all_fours_score_the_top_of_the_range():
    """5.2(4): ten answers of 4 are 40, the top of the 0–40 range of an area."""
    scores = dimension_scores(answers(R=4, I=4, A=4, S=4, E=4, C=4))
    assert set(scores.values()) == {AREA_RANGE[1]} == {40}
    # All equal: Holland's order decides.
    assert interest_code(scores) == "RIA"


def test_a_known_pattern_gives_its_code():
    """5.2(4): the three highest areas, highest first."""
    pattern = [("S", 4)] * 10 + [("E", 3)] * 10 + [("A", 2)] * 10 + [("R", 1)] * 5
    pattern += [("I", 0)] * 10 + [("C", 1)] * 3 + [("skill", 3), ("skill", 2)]
    scores = dimension_scores(pattern)
    assert scores == {"S": 40, "E": 30, "A": 20, "R": 5, "I": 0, "C": 3, "skill": 5}
    assert interest_code(scores) == "SEA"
    assert ranked_areas(scores) == ["S", "E", "A", "R", "C"]


def test_ties_follow_holland_order():
    """5.2(4): equal areas are ordered R, I, A, S, E, C, whatever the order of the answers."""
    scores = dimension_scores([("C", 7), ("E", 7), ("S", 9), ("A", 7), ("I", 2)])
    assert interest_code(scores) == "SAE"
    assert interest_code({"C": 5, "R": 5, "E": 5, "I": 5}) == "RIE"


def test_readiness_dimensions_never_enter_the_code():
    """5.2(4): skill level, willingness and job fit are scored beside, not in, the code."""
    scores = dimension_scores([("skill", 16), ("willingness", 16), ("fit", 16), ("C", 1)])
    assert interest_code(scores) == "C"
