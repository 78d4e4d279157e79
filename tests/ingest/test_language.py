import pytest

from dateline.ingest.language import english_share, is_english


def test_english_news_is_english(fixtures):
    text = (fixtures / "dumps/single_clean.txt").read_text(encoding="utf-8")
    assert is_english(text)
    assert english_share(text) > 0.2


@pytest.mark.parametrize("name", ["french.txt", "german.txt"])
def test_other_languages_are_not(fixtures, name):
    text = (fixtures / "bad" / name).read_text(encoding="utf-8")
    assert not is_english(text)
    assert english_share(text) < 0.05


def test_short_texts_are_given_the_benefit_of_the_doubt():
    assert is_english("Merci beaucoup.")


def test_a_list_of_names_and_scores_is_not_taken_for_a_foreign_language():
    team_sheet = (
        "Harlow: J Pike; T Reid, M Osei, D Kerr, L Abbot; S Vine, P Moyo; R Hale, B Cotter, "
        "F Njie, G Lund, H Pryce, K Wells, N Dray, O Finch. Replacements: C Bain, E Stroud, "
        "I Tosh, U Mbeki, V Lowe, W Crane, Y Dunn. Referee: A Rowe (Bristol)."
    )
    assert english_share(team_sheet) < 0.12
    assert is_english(team_sheet)
