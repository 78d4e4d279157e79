"""Profile ``dateline extract`` beyond parsing: where the time goes once the model is loaded.

    .venv/bin/python benchmarks/hotspots.py --shared ../shared --limit 400

The texts are parsed first (the floor we cannot go below) and the parses kept,
so the profile that follows covers only what dateline adds: converting the
Docs, the stages and corpus memory. One-time costs (lexicons, the gazetteer)
are paid on a warm-up batch before the profiler starts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pyinstrument import Profiler

from dateline import ingest, nlp, pipeline
from dateline.options import Options
from dateline.records import Article
from dateline.stages.actors.memory import CorpusMemory

WARM_UP = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=400, help="articles profiled")
    parser.add_argument("--output", type=Path, help="also write the profile as text here")
    arguments = parser.parse_args()
    corpus = arguments.shared / "corpora" / "bbc-2005"
    if not corpus.is_dir():
        print(f"profile: {corpus} not found; skipping (set SHARED=path/to/shared)")
        return
    options = Options(published="2005")
    articles = [
        item for item in ingest.read([str(corpus)], options=options) if isinstance(item, Article)
    ][: arguments.limit + WARM_UP]
    language = nlp.load(options.model)
    started = time.perf_counter()
    docs = list(language.pipe((a.text for a in articles), batch_size=options.batch_size))
    spacy_seconds = time.perf_counter() - started
    name = nlp.model_name(options.model)
    memory = CorpusMemory()
    for article, doc in zip(articles[:WARM_UP], docs, strict=False):
        memory.learn(memory.apply(pipeline.analyse(article, nlp.to_parse(doc, name))))
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    profiler.start()
    for article, doc in zip(articles[WARM_UP:], docs[WARM_UP:], strict=True):
        memory.learn(memory.apply(pipeline.analyse(article, nlp.to_parse(doc, name))))
    profiler.stop()
    ours = time.perf_counter() - started
    count = len(articles) - WARM_UP
    per_article = spacy_seconds / len(articles) * 1000
    print(f"spaCy nlp.pipe: {per_article:.1f} ms/article")
    print(f"dateline beyond parsing: {ours / count * 1000:.1f} ms/article over {count} articles")
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    print(text)
    if arguments.output:
        arguments.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
