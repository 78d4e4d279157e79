"""The mark of a guessed side in an event's rule path.

Every step that guesses at an argument the syntax does not give outright
begins with :data:`INFERRED`, and :mod:`.confidence` scores an event with
such a step lower. The mark lives here, in a module that imports nothing,
so that every module that guesses can use it: the ones :mod:`.verb_sides`
itself imports too.
"""

from __future__ import annotations

INFERRED = "inferred: "
"""Marks a step that guesses at an argument the syntax does not give outright."""

FOUGHT_BETWEEN = "actors: the sides 'between' names"
"""The step of a noun's doers told by its "between": "fighting between the army and the rebels"."""

SIDES_OF = "actors: the sides its 'of' names"
"""The step of a two-sided noun's doers told by its "of": "the merger of Kestrel and Halden"."""

MAKER_UNNAMED = "no recipient: the judgement is of a plan, law or policy whose maker goes unnamed"
"""The step of a plan, law or policy judged with no maker named: "the scheme is unworkable".

Its maker is open, not absent on purpose: in a story plainly about one actor,
that actor's plan is meant (:mod:`.story_subjects`)."""
