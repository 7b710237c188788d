"""The time layer: every time expression of an article, found and resolved to a TIMEX3 value.

Contract: ``layer.annotate(article)`` fills ``article.dates`` with :class:`rasd.record.TimeExpr`
(``start``/``end`` are offsets into ``article.text``; ``type`` DATE | TIME | DURATION | SET; ``value``
in TIMEX3 form or None when no anchor fixes it; ``anchor`` says what the value was resolved against).
``published.annotate(article)`` runs first and infers the publication date from the text when the
metadata has none. Modules, in data-flow order: ``base`` (pattern pieces and the rule registry),
``grammar`` (the rules), ``timex`` (scan + resolve of one text), ``resolve`` (calendar arithmetic,
Hijri), ``published`` (document date), ``layer`` (the article-level step, with discourse anchors).
"""
