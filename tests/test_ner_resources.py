"""NER resources: WikiFANE clitic re-joining, word-table and stacked features, table loading."""

from __future__ import annotations

import gzip

from rasd.analyse.ner.features import Featurizer, Resources
from rasd.analyse.ner.tagger import _read_tsv, _word_features
from rasd.analyse.ner.wikifane import coarse, read_wikifane, rejoin


def test_coarse_tags():
    assert coarse("B-Nation") == "B-LOC"
    assert coarse("I-Politician") == "I-PER"
    assert coarse("B-Building-Grounds") == "B-FAC"
    assert coarse("B-Group") == "B-GRP"
    assert coarse("O") == "O"
    assert coarse("B-NoSuchClass") == "O"


def test_rejoin_proclitics_enclitics_and_tags():
    toks = ["و", "بريطانيا", "و", "اغراض", "ه", "ل", "العالم", "عاصمة", "ها", "،", "و"]
    tags = ["O", "B-LOC", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    t, g = rejoin(toks, tags)
    assert t == ["وبريطانيا", "واغراضه", "للعالم", "عاصمتها", "،", "و"]
    assert g == ["B-LOC", "O", "O", "O", "O", "O"]


def test_rejoin_i_after_o_clitic_starts_entity():
    t, g = rejoin(["اويل", "و", "ياي"], ["B-LOC", "O", "I-LOC"])
    assert t == ["اويل", "وياي"]
    assert g == ["B-LOC", "B-LOC"]
    # a clitic inside the entity keeps the continuation
    t, g = rejoin(["جامعة", "ل", "ندن"], ["B-ORG", "I-ORG", "I-ORG"])
    assert g == ["B-ORG", "I-ORG"]


def test_read_wikifane_file(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("\ufeff\u200eو\tO\r\n\u200eمصر\tB-Nation\r\n.\tO\r\n\t\r\nه\tO\r\n".encode())
    sents = read_wikifane(p)
    assert sents[0] == (["ومصر", "."], ["B-LOC", "O"])
    assert sents[1] == (["ه"], ["O"])


def test_word_table_rows_and_gzip(tmp_path):
    p = tmp_path / "words.tsv.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("# header\nبريطانيا\tz4.5\t64:3\t256:40\t1024:999\tLOC\nحرث\tz3\t64:-\t256:-\t1024:-\t-\n")
    rows = _read_tsv(p)
    assert _word_features(rows[0]) == ("z=4.5", "e64=3", "e256=40", "e1024=999", "nn=LOC")
    assert _word_features(rows[1]) == ("z=3",)


def _feats(fz: Featurizer, toks: list[str], stacked=None) -> list[set[str]]:
    return [set(x) for x in fz.sequence(toks, stacked)]


def test_word_table_features_with_clitic_fallback():
    res = Resources(words={"بريطانيا": ("z=4.5", "e64=3", "nn=LOC")})
    fz = Featurizer(res)
    own, clitic, rare = _feats(fz, ["بريطانيا", "وبريطانيا", "زقزوق"])
    assert {"z=4.5", "e64=3", "nn=LOC"} <= own
    # the clitic form is not in the table: rare, but the bare word's cluster and mix carry over
    assert {"z=0", "e64=3", "nn=LOC"} <= clitic and "z=4.5" not in clitic
    assert "z=0" in rare and not any(f.startswith(("e64", "nn=")) for f in rare)
    # neighbours see the table features too
    assert "1e64=3" in own | rare or "-1e64=3" in clitic


def test_stacked_tags_become_features():
    fz = Featurizer(Resources())
    a, b = _feats(fz, ["قال", "أوباما"], ["O", "B-PER"])
    assert {"wf=O", "-1wf=BOS", "1wf=B-PER"} <= a
    assert {"wf=B-PER", "-1wf=O", "1wf=EOS"} <= b
    known = frozenset({"wf=B-PER", "bias"})
    fk = Featurizer(Resources(), known=known)
    a, b = fk.sequence(["قال", "أوباما"], ["O", "B-PER"])
    assert b"wf=B-PER" in b and b"wf=O" not in a


def test_document_step_finds_clitic_forms():
    from rasd.analyse.ner.document import propagate

    sents = [["قالت", "الامم", "المتحده", "امس"], ["ودعا", "للامم", "المتحده", "الى"],
             ["وقال", "وللامم", "المتحده", "دور"], ["ان", "لبنان", "هنا"]]
    tags = [["O", "B-ORG", "I-ORG", "O"], ["O"] * 4, ["O"] * 4, ["O"] * 3]
    out = propagate(sents, tags, lambda w: False)
    assert out[1] == ["O", "B-ORG", "I-ORG", "O"]
    assert out[2] == ["O", "B-ORG", "I-ORG", "O"]
    assert out[3] == ["O", "O", "O"]  # no entity "بنان" to strip ل from


def test_eval_seen_recall_split():
    from rasd.eval.ner import entity_words, seen_recall

    gold = [(["زار", "اوباما", "باريس"], ["O", "B-PER", "B-LOC"])]
    seen = entity_words([(["اوباما"], ["B-PER"])])
    assert seen_recall(gold, [["O", "B-PER", "O"]], seen) == ((1, 1), (0, 1))


def test_person_after_org_head_is_retyped():
    from rasd.analyse.ner.document import retype_after_heads

    sents = [["لصحيفة", "ديلي", "ميل", "أن"], ["الرئيس", "جو", "بايدن"], ["صحيفة", "اليوم", "لندن"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "B-PER", "I-PER"], ["O", "O", "B-LOC"]]
    out = retype_after_heads(sents, tags)
    assert out[0] == ["O", "B-ORG", "I-ORG", "O"]
    assert out[1] == tags[1]  # a title is not an organisation head
    assert out[2] == tags[2]  # only PER right after the head changes


def test_second_stage_features_aggregate_other_mentions():
    from rasd.analyse.ner import twostage

    sents = [["قال", "دونالد", "رامسفيلد", "إن"], ["وقال", "رامسفيلد", "في", "بغداد"], ["زار", "دونالد", "رامسفيلد", "بغداد"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O", "B-LOC"], ["O", "O", "O", "O"]]
    corpus = twostage.corpus_table(sents, tags)
    feats = twostage.features(sents, tags, corpus, window=1, leave_one_out=True)
    # The bare surname in sentence 2 is part of the full name tagged in sentence 1 (window 1).
    assert {"s1=O", "dtok=PER", "dsup=PER"} <= set(feats[1][1])
    # Sentence 3 sees sentences 2–3 only: بغداد is a LOC string there, the full name is out of reach.
    assert "dent=B-LOC" in feats[2][3]
    assert not any(f.startswith(("dent=", "dsup=")) for f in feats[2][1])
    # Leave-one-out: دونالد's own PER tag in sentence 1 is not its corpus evidence (the other mention is O).
    assert "ctok=O" in feats[0][1]
    assert "ctok=PER:hi" in feats[2][1]
    # A mention's own tag never counts as "elsewhere in the document".
    assert not any(f.startswith("dtok=") for f in feats[0][1])
