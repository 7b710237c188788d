"""A small corpus for the ``rasd serve`` tests: the bundled seed article plus synthetic articles.

The synthetic articles are written for these tests (invented wording, real
public names) so that stories, entities, quotes and events exist across three
outlets and three days. :func:`build_db` ingests them into a fresh database.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = [
    {"id": "syn-1", "source": "alwasat", "url": "https://example.org/alwasat/1", "published": "2026-02-03",
     "title": "وزير الخارجية السعودي يلتقي نظيره الأمريكي في الرياض",
     "content": "التقى وزير الخارجية السعودي عادل الجبير اليوم الثلاثاء في الرياض وزير الخارجية الأمريكي "
                "جون كيري، وبحث الجانبان العلاقات الثنائية وتطورات الأوضاع في اليمن.\n"
                "وقال الجبير في مؤتمر صحفي مشترك: \"إن المملكة حريصة على تعزيز التعاون مع الولايات المتحدة "
                "في مكافحة الإرهاب\".\n"
                "من جهته أكد كيري أن بلاده تدعم جهود السلام في اليمن."},
    {"id": "syn-2", "source": "annahar", "url": "https://example.org/annahar/2", "published": "2026-02-03",
     "title": "الجبير وكيري يبحثان في الرياض الأوضاع في اليمن",
     "content": "بحث وزير الخارجية السعودي عادل الجبير مع وزير الخارجية الأمريكي جون كيري في الرياض "
                "اليوم الثلاثاء العلاقات الثنائية والأوضاع في اليمن ومكافحة الإرهاب.\n"
                "وقال كيري للصحفيين: \"الولايات المتحدة تقف إلى جانب شركائها في المنطقة\".\n"
                "وأضاف الجبير أن المحادثات كانت بناءة."},
    {"id": "syn-3", "source": "alwasat", "url": "https://example.org/alwasat/3", "published": "2026-02-04",
     "title": "أمطار غزيرة على منطقة عسير",
     "content": "هطلت أمطار غزيرة اليوم الأربعاء على منطقة عسير، وأعلن الدفاع المدني رفع درجة الاستعداد.\n"
                "وقال المتحدث باسم الدفاع المدني إن الفرق الميدانية باشرت عدة بلاغات دون تسجيل إصابات."},
    {"id": "syn-4", "source": "almasdar", "url": "https://example.org/almasdar/4", "published": "2026-02-05",
     "title": "الرئيس الروسي فلاديمير بوتين يستقبل الرئيس المصري في موسكو",
     "content": "استقبل الرئيس الروسي فلاديمير بوتين في موسكو اليوم الخميس الرئيس المصري عبد الفتاح السيسي، "
                "وبحث الجانبان التعاون في مجال الطاقة.\n"
                "وقال بوتين إن روسيا ومصر تربطهما علاقات تاريخية.\n"
                "ووقع الجانبان اتفاقية تعاون في مجال الطاقة النووية."},
    {"id": "syn-5", "source": "annahar", "url": "https://example.org/annahar/5", "published": "2026-02-05",
     "title": "بوتين والسيسي يوقعان اتفاقية للطاقة في موسكو",
     "content": "وقع الرئيس الروسي فلاديمير بوتين والرئيس المصري عبد الفتاح السيسي في موسكو اليوم الخميس "
                "اتفاقية تعاون في مجال الطاقة النووية.\n"
                "وقال السيسي إن مصر تتطلع إلى شراكة استراتيجية مع روسيا."},
    {"id": "syn-6", "source": "almasdar", "url": "https://example.org/almasdar/6", "published": "2026-02-04",
     "title": "ارتفاع أسعار النفط في الأسواق العالمية",
     "content": "ارتفعت أسعار النفط اليوم الأربعاء في الأسواق العالمية بعد تراجع المخزونات الأمريكية.\n"
                "وقال محللون إن الأسعار قد تواصل الارتفاع خلال الأسبوع الجاري."},
]


def write_inputs(folder: Path) -> list[str]:
    """The seed article (a text file with metadata given on ingest: none) and the synthetic JSONL."""
    folder.mkdir(parents=True, exist_ok=True)
    jl = folder / "synthetic.jsonl"
    jl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    seed = folder / "seed.txt"
    seed.write_text((ROOT / "examples" / "seed.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return [str(jl), str(seed)]


def build_db(folder: Path) -> str:
    """Ingest the test corpus (every layer, raw text kept) into ``folder/corpus.db``; returns its path."""
    from rasd.corpus.ingest import ingest

    db = str(folder / "corpus.db")
    summary = ingest(write_inputs(folder), db, progress=False, keep_raw=True)
    assert summary.ingested == len(ARTICLES) + 1, summary.lines()
    return db
