"""Small inline SVG charts drawn on the server (no JavaScript, no chart library).

:func:`bar_chart` draws counts per day; :func:`stacked_chart` draws counts per
day split by a category (event types), with a legend. :func:`timeline` places
items (a story's articles) on a time axis, one row per outlet. Each returns an
``<svg>`` string with a ``<title>`` per mark, so a reader hovering a bar sees
its value; every label is escaped. Days run left to right whatever the page
direction (charts are ``direction: ltr``), as time axes conventionally do.
"""

from __future__ import annotations

from datetime import date
from html import escape

PALETTE = ("#1f6f8b", "#e07a1f", "#3a9a4a", "#c0392b", "#8e44ad", "#7f6a4f", "#d35fa5", "#6d7b8d",
           "#b5a11e", "#17a2b8")


def _frame(width: int, height: int, label: str, body: list[str]) -> str:
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="100%" role="img" aria-label="{escape(label, quote=True)}" direction="ltr">'
            f"<title>{escape(label)}</title>" + "".join(body) + "</svg>")


def bar_chart(counts: dict[str, int], label: str, width: int = 640, height: int = 160) -> str:
    """Bars of ``counts`` (day -> n, in key order); an empty string when there is nothing to draw."""
    if not counts:
        return ""
    days = list(counts)
    top = max(counts.values()) or 1
    pad_l, pad_b, pad_t = 30, 22, 8
    slot = (width - pad_l - 4) / len(days)
    bw = max(1.0, slot * 0.8)
    body = [f'<line x1="{pad_l}" y1="{height - pad_b}" x2="{width}" y2="{height - pad_b}" stroke="#888"/>',
            f'<text x="{pad_l - 4}" y="{pad_t + 8}" font-size="10" text-anchor="end">{top}</text>']
    every = max(1, len(days) // 8)
    for i, d in enumerate(days):
        h = (height - pad_b - pad_t) * counts[d] / top
        x = pad_l + i * slot + (slot - bw) / 2
        body.append(f'<rect class="bar" x="{x:.1f}" y="{height - pad_b - h:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                    f'fill="{PALETTE[0]}"><title>{escape(d)}: {counts[d]}</title></rect>')
        if i % every == 0:
            body.append(f'<text x="{x + bw / 2:.1f}" y="{height - 6}" font-size="10" text-anchor="middle">'
                        f"{escape(d[5:] if len(d) >= 10 else d)}</text>")
    return _frame(width, height, label, body)


def stacked_chart(days: list[str], types: list[str], counts: dict[str, dict[str, int]], label: str,
                  width: int = 720, height: int = 200) -> str:
    """Stacked bars per day, one colour per type (legend on the right); empty when no data."""
    if not days or not types:
        return ""
    totals = {d: sum(counts[t].get(d, 0) for t in types) for d in days}
    colors = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}  # distinct within one chart
    top = max(totals.values()) or 1
    legend_w = 150
    pad_l, pad_b, pad_t = 30, 22, 8
    plot_w = width - legend_w - pad_l
    slot = plot_w / len(days)
    bw = max(1.0, slot * 0.8)
    body = [f'<line x1="{pad_l}" y1="{height - pad_b}" x2="{pad_l + plot_w}" y2="{height - pad_b}" stroke="#888"/>',
            f'<text x="{pad_l - 4}" y="{pad_t + 8}" font-size="10" text-anchor="end">{top}</text>']
    every = max(1, len(days) // 8)
    for i, d in enumerate(days):
        x = pad_l + i * slot + (slot - bw) / 2
        y = height - pad_b
        for t in types:
            n = counts[t].get(d, 0)
            if not n:
                continue
            h = (height - pad_b - pad_t) * n / top
            y -= h
            body.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{h:.1f}" '
                        f'fill="{colors[t]}"><title>{escape(d)} {escape(t)}: {n}</title></rect>')
        if i % every == 0:
            body.append(f'<text x="{x + bw / 2:.1f}" y="{height - 6}" font-size="10" text-anchor="middle">'
                        f"{escape(d[5:])}</text>")
    for j, t in enumerate(types[:12]):
        y = pad_t + j * 15
        body.append(f'<rect x="{width - legend_w + 8}" y="{y}" width="10" height="10" fill="{colors[t]}"/>'
                    f'<text x="{width - legend_w + 22}" y="{y + 9}" font-size="11">{escape(t)} '
                    f"({sum(counts[t].values())})</text>")
    return _frame(width, height, label, body)


def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


def timeline(items: list[tuple[str, str, str]], label: str, width: int = 720) -> str:
    """Items ``(published, outlet, title)`` as dots on a day axis, one row per outlet; empty when
    no item has a date."""
    dated = [(o, out, t) for p, out, t in items if (o := _ordinal(p or "")) is not None]
    if not dated:
        return ""
    outlets = sorted({o for _, o, _ in dated})
    colors = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
    lo, hi = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    pad_l, pad_r, row = 110, 20, 22
    height = 30 + row * len(outlets)
    span = max(1, hi - lo)
    body = []

    def x_of(day: int) -> float:
        return pad_l + (width - pad_l - pad_r) * ((day - lo) / span if hi > lo else 0.5)

    for i, o in enumerate(outlets):
        y = 10 + row * i + row / 2
        body.append(f'<text x="{pad_l - 8}" y="{y + 4:.0f}" font-size="11" text-anchor="end">{escape(o)}</text>'
                    f'<line x1="{pad_l}" y1="{y:.0f}" x2="{width - pad_r}" y2="{y:.0f}" stroke="#ddd"/>')
    seen: dict[tuple[int, str], int] = {}
    for d, o, t in dated:
        k = seen.get((d, o), 0)
        seen[(d, o)] = k + 1
        y = 10 + row * outlets.index(o) + row / 2
        body.append(f'<circle cx="{x_of(d) + 6 * k:.1f}" cy="{y:.0f}" r="5" fill="{colors[o]}">'
                    f"<title>{escape(date.fromordinal(d).isoformat())} {escape(o)}: {escape(t)}</title></circle>")
    y_axis = 10 + row * len(outlets) + 12
    for d in sorted({lo, hi}):
        body.append(f'<text x="{x_of(d):.0f}" y="{y_axis}" font-size="10" text-anchor="middle">'
                    f"{date.fromordinal(d).isoformat()}</text>")
    return _frame(width, height, label, body)
