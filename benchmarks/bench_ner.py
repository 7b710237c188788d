#!/usr/bin/env python3
"""Tagging speed of the shipped NER model, feature extraction included (one core).

    python3 benchmarks/bench_ner.py [--repeat 3]

Prints model load time, then tokens/s of ``tag_tokens`` over the ANERcorp test
split (first pass with an empty feature cache = "cold", later passes "warm"),
and of ``tag_text`` (tokenization, sentence splitting, spans) over SaudiNewsNet
articles when ../shared is present. Target: >= 50,000 tokens/s cold.
"""

from __future__ import annotations

import argparse
import json
import time

from rasd.analyse.ner import tagger
from rasd.eval.ner import read_conll, shared_dir


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--articles", type=int, default=600)
    a = ap.parse_args()
    shared = shared_dir()
    if shared is None:
        print("bench_ner: ../shared is absent; nothing to measure")
        return 0

    t0 = time.perf_counter()
    tagger._model()
    print(f"model load: {time.perf_counter() - t0:.3f} s")

    test = shared / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
    sents = [toks for toks, _ in read_conll(test)]
    ntok = sum(len(s) for s in sents)
    for i in range(a.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for s in sents:
            tagger.tag_tokens(s)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        label = "cold" if i == 0 else "warm"
        # CPU time as well: on a shared VM the wall clock also counts time the CPU was taken away
        print(f"tag_tokens ANERcorp test ({label}): {ntok} tokens in {dt:.3f} s = {ntok / dt:,.0f} tokens/s"
              f" (CPU time {cpu:.3f} s = {ntok / cpu:,.0f} tokens/s)")

    snn = shared / "data" / "news" / "saudinewsnet"
    texts: list[str] = []
    for path in sorted(snn.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                texts.append(f"{art.get('title') or ''}\n\n{art.get('content') or ''}")
        if len(texts) >= a.articles:
            break
    if texts:
        from rasd.arabic.tokenize import tokenize

        ntok = sum(len(tokenize(t)) for t in texts)
        for label in ("cold", "warm"):  # cold: word types not met in ANERcorp are new
            t0, c0 = time.perf_counter(), time.process_time()
            nents = sum(len(tagger.tag_text(t)) for t in texts)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"tag_text SaudiNewsNet ({label}): {len(texts)} articles, {ntok} tokens, {nents} entities in "
                  f"{dt:.2f} s = {ntok / dt:,.0f} tokens/s (CPU time {cpu:.2f} s = {ntok / cpu:,.0f} tokens/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
