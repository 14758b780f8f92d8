"""PAN's measures (precision, recall, granularity, plagdet) on cases worked out by hand."""

import math

import pytest

from linter.pan import Link, Span, pan_score


def link(a: tuple[str, int, int], b: tuple[str, int, int]) -> Link:
    return Link(Span(*a), Span(*b))


def test_an_exact_detection_scores_one_everywhere():
    case = link(("a", 10, 20), ("b", 30, 40))
    score = pan_score([case], [case])
    assert (score.precision, score.recall, score.granularity, score.plagdet) == (1, 1, 1, 1)


def test_the_two_documents_may_be_named_in_either_order():
    score = pan_score([link(("a", 10, 20), ("b", 30, 40))], [link(("b", 30, 40), ("a", 10, 20))])
    assert score.recall == 1 and score.precision == 1


def test_half_of_a_case_found_by_two_fragments():
    # case: 10 + 10 positions; each fragment covers 5 + 5 of them, exactly
    case = link(("a", 0, 10), ("b", 0, 10))
    fragments = [link(("a", 0, 5), ("b", 0, 5)), link(("a", 5, 10), ("b", 5, 10))]
    score = pan_score([case], fragments)
    assert score.recall == 1 and score.precision == 1 and score.granularity == 2
    assert score.plagdet == pytest.approx(1 / math.log2(3))


def test_a_detection_wider_than_the_case_loses_precision_and_one_side_only_detects_nothing():
    case = link(("a", 0, 10), ("b", 0, 10))
    wide = link(("a", 0, 20), ("b", 0, 20))  # 20 of its 40 positions are the case's
    wrong_pair = link(("a", 0, 10), ("c", 0, 10))  # overlaps on one side only
    score = pan_score([case], [wide, wrong_pair])
    assert score.precision == pytest.approx((0.5 + 0) / 2)
    assert score.recall == 1 and score.granularity == 1


def test_nothing_detected():
    score = pan_score([link(("a", 0, 10), ("b", 0, 10))], [])
    assert score.recall == 0 and score.precision is None and score.granularity is None


def test_a_copy_reported_on_both_documents_is_one_detection():
    case = link(("a", 10, 20), ("b", 30, 40))
    mirrored = [link(("a", 10, 20), ("b", 30, 40)), link(("b", 30, 40), ("a", 10, 20))]
    score = pan_score([case], mirrored)
    assert (score.granularity, score.plagdet, score.detections) == (1, 1, 1)
    # two real fragments stay two detections
    fragments = [link(("a", 10, 15), ("b", 30, 35)), link(("b", 35, 40), ("a", 15, 20))]
    assert pan_score([case], fragments).granularity == 2
