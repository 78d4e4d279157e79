"""False events found on a sixth sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

import dateline


def _events(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.type, tuple(names[i] for i in e.actor), tuple(names[i] for i in e.recipient))
        for e in article.events
        if not (e.negated or e.hypothetical)
    ]


def _types(body):
    return sorted(e[0] for e in _events(body))


def test_what_a_guarantee_in_quotes_promises_is_not_done():
    # The parse hangs the "that" clause on the quoted noun as a relative one.
    assert "CONSULT" not in _types(
        "Ministers have published the bill. The committee called for a"
        ' "watertight guarantee" that the government consults with traders before it'
        " licenses the market."
    )


def test_a_cleft_that_puts_a_doer_aside_denies_the_deed():
    assert "SUPPORT" not in _types(
        "But it wasn't the Cabinet who had praised the plan - just six Labour students."
    )
