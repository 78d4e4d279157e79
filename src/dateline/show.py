"""One article on the terminal, with what dateline found in it marked.

Actor mentions, quotes, dates, places and event triggers are coloured in
the text; below it, each event is listed with its actors, date, place and
the words of every span that reports it.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from dateline.records import Article, Event

STYLES = {
    "actor": "bold cyan",
    "quote": "italic green",
    "time": "magenta",
    "place": "underline yellow",
    "trigger": "bold white on red",
}
"""How each kind of finding is marked in the text."""


def show_article(article: Article, stream: TextIO, *, color: bool | None = None) -> None:
    """Print ``article`` with its findings marked, then its events and their evidence."""
    console = Console(file=stream, force_terminal=color, no_color=color is False, width=100)
    console.print(Text(article.title or "(no title)", style="bold"))
    console.print(_legend())
    console.print(_marked(article))
    names = {actor.id: actor.name for actor in article.actors}
    places = {place.id: place.name for place in article.places}
    console.print(Text("\nEvents", style="bold"))
    for event in article.events:
        console.print(_event_line(event, names, places))
        for start, end in event.evidence or (event.span,):
            console.print(Text(f"    [{start}:{end}] {' '.join(article.text[start:end].split())}"))


def _legend() -> Text:
    legend = Text()
    for name, style in STYLES.items():
        legend.append(f" {name} ", style=style)
    return legend


def _marked(article: Article) -> Text:
    text = Text(article.text)
    for quote in article.quotes:
        text.stylize(STYLES["quote"], *quote.span)
    for time in article.times:
        text.stylize(STYLES["time"], *time.span)
    for place in article.places:
        for start, end in place.mentions:
            text.stylize(STYLES["place"], start, end)
    for actor in article.actors:
        for start, end in actor.mentions:
            text.stylize(STYLES["actor"], start, end)
    for event in article.events:
        start = article.text.find(event.trigger.split()[0], event.span[0], event.span[1])
        if start >= 0:
            text.stylize(STYLES["trigger"], start, start + len(event.trigger.split()[0]))
    return text


def _event_line(event: Event, names: dict[str, str], places: dict[str, str]) -> Text:
    actor = ", ".join(names.get(i, i) for i in event.actor) or "?"
    recipient = ", ".join(names.get(i, i) for i in event.recipient)
    flags = [
        flag
        for flag, on in (("negated", event.negated), ("hypothetical", event.hypothetical))
        if on
    ]
    line = Text(f"  {event.id} ", style="bold")
    line.append(event.type + (f"/{event.mode}" if event.mode else ""), style=STYLES["trigger"])
    line.append(f"  {actor}" + (f" -> {recipient}" if recipient else ""))
    if event.date.value:
        line.append(f"  {event.date.value}", style=STYLES["time"])
    if event.place:
        line.append(f"  {places.get(event.place, event.place)}", style=STYLES["place"])
    line.append(f"  confidence {event.confidence:.1f}")
    if flags:
        line.append(f"  ({', '.join(flags)})", style="dim")
    return line
