"""Charts as PNG with matplotlib's Agg canvas (no pyplot: nothing global changes inside QGIS) and a CJK font."""

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib import font_manager

from ..errors import WpzfError
from ..i18n import tr
from ..outfiles import atomic_file

# Preferred first; matplotlib lists a .ttc collection under its first face (JP for fonts-noto-cjk),
# whose Han glyphs serve simplified Chinese as well.
CJK_FAMILIES = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", "SimHei"]
SIZE_CM = (16.0, 8.5)
DPI = 200
BAR = "#c0504d"
DONE = "#9bbb59"
LINE = "#1f4e79"
WARN = "#c00000"


def cjk_family():
    """The first CJK font matplotlib knows; WpzfError when there is none (charts would show empty boxes)."""
    known = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in known:
            return family
    raise WpzfError(tr("找不到中文字体，图表无法显示中文。请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。"))


def _figure():
    fig = Figure(figsize=(SIZE_CM[0] / 2.54, SIZE_CM[1] / 2.54), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path):
    with atomic_file(path, "png") as tmp:  # checked and renamed into place (core/outfiles)
        fig.savefig(tmp, dpi=DPI, bbox_inches="tight", facecolor="white", format="png")
    return path


def _style():
    return matplotlib.rc_context({"font.family": [cjk_family()], "font.size": 9, "axes.unicode_minus": False,
                                  "axes.spines.top": False, "axes.spines.right": False})


def stacked_bars(path, labels, series, title, ylabel, value_format="%.2f"):
    """Vertical stacked bars per label; series [(name, values, colour)]; the total printed above each bar."""
    with _style():
        fig = _figure()
        ax = fig.add_subplot(1, 1, 1)
        x = list(range(len(labels)))
        bottom = [0.0] * len(labels)
        for name, values, color in series:
            ax.bar(x, values, bottom=bottom, color=color, label=name, width=0.6)
            bottom = [b + v for b, v in zip(bottom, values)]
        top = max(bottom) if bottom else 0.0
        for xi, total in zip(x, bottom):
            ax.text(xi, total + top * 0.01, value_format % total, ha="center", va="bottom", fontsize=7)
        ax.set_xticks(x)
        ax.set_xticklabels(labels, rotation=30 if len(labels) > 6 else 0, ha="right" if len(labels) > 6 else "center")
        ax.set_ylabel(ylabel)
        ax.set_ylim(0, top * 1.15 if top > 0 else 1.0)
        ax.set_title(title, fontsize=11, fontweight="bold")
        if len(series) > 1:
            ax.legend(frameon=False, fontsize=8)
        ax.grid(axis="y", alpha=0.3)
        return _save(fig, path)


def trend_line(path, labels, values, title, ylabel, threshold=None, threshold_label=None, value_labels=None):
    """A line over months with its values printed (`value_labels`, else two decimals: a ratio beside the warning
    line comes with the digits rules/ratio_text.py gives it), and an optional dashed warning line."""
    with _style():
        fig = _figure()
        ax = fig.add_subplot(1, 1, 1)
        x = list(range(len(labels)))
        ax.plot(x, values, marker="o", color=LINE, linewidth=2)
        shown = value_labels or ["%.2f" % v for v in values]
        for xi, v, text in zip(x, values, shown):
            ax.annotate(text, (xi, v), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=7)
        top = max(list(values) + [threshold or 0.0, 1.0])
        if threshold is not None:
            ax.axhline(threshold, color=WARN, linestyle="--", linewidth=1)
            ax.text(x[-1] if x else 0, threshold, threshold_label or "%g" % threshold, color=WARN, fontsize=8,
                    ha="right", va="bottom")
        ax.set_xticks(x)
        ax.set_xticklabels(labels)
        ax.set_ylim(0, top * 1.2)
        ax.set_ylabel(ylabel)
        ax.set_title(title, fontsize=11, fontweight="bold")
        ax.grid(axis="y", alpha=0.3)
        return _save(fig, path)


def bars(path, labels, values, title, ylabel, threshold=None, threshold_label=None, color=BAR, value_format="%.2f",
         value_labels=None, over=None):
    """Simple bars with values printed (`value_labels`, else `value_format`); an optional dashed warning line (e.g.
    the 15% ratio) with the bars over it in red (`over`: the verdict per bar, else value >= threshold)."""
    with _style():
        fig = _figure()
        ax = fig.add_subplot(1, 1, 1)
        x = list(range(len(labels)))
        if over is None:
            over = [threshold is not None and v >= threshold for v in values]
        colors = [WARN if o else color for o in over]
        ax.bar(x, values, color=colors, width=0.6)
        top = max(list(values) + [threshold or 0.0, 1e-9])
        shown = value_labels or [value_format % v for v in values]
        for xi, v, text in zip(x, values, shown):
            ax.text(xi, v + top * 0.01, text, ha="center", va="bottom", fontsize=7)
        if threshold is not None:
            ax.axhline(threshold, color=WARN, linestyle="--", linewidth=1)
            ax.text(len(labels) - 0.5, threshold, threshold_label or "%g" % threshold, color=WARN, fontsize=8,
                    ha="right", va="bottom")
        ax.set_xticks(x)
        ax.set_xticklabels(labels, rotation=30 if len(labels) > 6 else 0, ha="right" if len(labels) > 6 else "center")
        ax.set_ylim(0, top * 1.18)
        ax.set_ylabel(ylabel)
        ax.set_title(title, fontsize=11, fontweight="bold")
        ax.grid(axis="y", alpha=0.3)
        return _save(fig, path)
