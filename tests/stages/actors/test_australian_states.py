"""An Australian state named in a body's name places the body in Australia."""

from actor_names import coding, report


def test_a_state_inquiry_named_for_new_south_wales_is_australian():
    article = report(
        "Australian building group Wexford said a New South Wales state inquiry had criticised it."
    )
    assert coding(article, "New South Wales state inquiry") == ("organization", "AUS", "GOV")
