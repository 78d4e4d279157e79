"""Invented articles for the runner tests: several files, and a name the corpus must remember."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "01-visit.txt": (
        "Prime Minister Visits Cairo\n\n"
        "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Cairo on March 3, 2024.\n\n"
        "\u201cWe came to build trade,\u201d Sudani told reporters at the airport.\n"
    ),
    "02-talks.txt": (
        "Trade Talks Open\n\n"
        "Sudani met business leaders on Monday, March 4, 2024, to discuss trade.\n\n"
        "Sudani said the two countries would sign an agreement in May.\n"
    ),
    "03-protest.txt": (
        "Workers Strike in Lagos\n\n"
        "Dock workers went on strike in Lagos on Tuesday, April 9, 2024, over unpaid wages.\n\n"
        "Union leader Grace Okafor said the strike would go on until the wages were paid.\n"
    ),
    "04-rejects.txt": (
        "Minister Rejects Claims\n\n"
        "Chilean Foreign Minister Laura Soto rejected the claims on Wednesday, May 15, 2024.\n\n"
        "Soto told reporters that the talks with Peru would continue in June.\n"
    ),
    "05-aid.txt": (
        "Aid Reaches Valley\n\n"
        "The United Nations sent food aid to flooded villages in Kenya on June 2, 2024.\n\n"
        "Officials said more trucks would arrive next week.\n"
    ),
}


def write_news(folder: Path) -> Path:
    """The invented articles as files of ``folder``; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
