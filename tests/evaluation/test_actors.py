"""The actors scorer's matching of a key actor to the stage's actors by name."""

from dateline.evaluation.actors import _bare


def test_a_name_matches_with_or_without_any_honorific_the_stage_knows():
    assert _bare("Prince Khalid Al-Mansour") == _bare("Khalid Al-Mansour")
    assert _bare("Sheikh Omar Haddad") == "omar haddad"
    assert _bare("Sir Alan Brack") == "alan brack"
    assert _bare("Lord") == "lord"  # a name is never stripped to nothing
