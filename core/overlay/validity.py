"""Validity terms (有效期) of approvals, mining permits, facility filings and temporary land.

Land used outside a document's term is not covered by it. A reference feature covers a patch only if it was valid
while the change happened: its start date empty or on/before the patch's after-imagery date (HSX), and its end date
empty or on/after the before-imagery date (QSX). A patch without imagery dates is not filtered.

Mixed into core.overlay.Overlay as a post-pass, so the main engine keeps its speed: the main pass measures every
feature; afterwards only patches met by a feature out of term are summed again from the pieces already cut, over the
valid features alone (union and ellipsoidal area exactly as the main pass, core.overlay_values). Patches under
temporary land or a facility filing with an end date get LSYDQX / SSNYDQX (the latest end date among the valid
features covering the patch; the self-check uses it to say a temporary use is past its term).
Nothing here runs when no date field is given.
"""
import datetime

from qgis.core import QgsFeatureRequest

from ...rules.deadlines import parse_date as parse_text_date
from ..errors import Canceled
from ..i18n import tr
from .measure import AREA_FIELDS, MIN_NUMBER_M2, NUMBER_FIELDS

# reference key -> Options attributes of its start and end date fields (also their settings keys, core.overlay_run)
DATE_OPTIONS = {"approvals": ("approval_start_field", "approval_end_field"),
                "mining": ("mining_start_field", "mining_end_field"),
                "facility": ("facility_start_field", "facility_end_field"),
                "temporary": ("temporary_start_field", "temporary_end_field")}
TERM_FIELDS = {"temporary": "LSYDQX", "facility": "SSNYDQX"}
# end dates written this way mean "no end": not an error to report
OPEN_ENDED = {"长期", "永久", "无期限", "长期有效", "永久有效"}
MAX_NAMED = 3  # left-out features named per patch and layer: THBZ holds 254 characters for every layer's notes
MAX_LISTED = 20  # values listed in one message
CANCEL_EVERY = 256  # patches between cancel checks


class _NotADate:
    """What parse_date returns for a value that is there but is not a date (reported, feature kept as valid)."""

    def __repr__(self):
        return "NOT_A_DATE"


NOT_A_DATE = _NotADate()


def parse_date(value):
    """datetime.date from a Date/DateTime field, 'YYYY-MM-DD', 'YYYY/M/D', 'YYYYMMDD', 'YYYY年M月D日' or an integer
    20210630; None when empty, 0 (how shapefiles often store an empty number) or open-ended (长期); NOT_A_DATE else."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if hasattr(value, "isNull"):  # Qt: NULL QVariant, QDate, QDateTime
        if value.isNull():
            return None
        if hasattr(value, "toPyDate"):
            return value.toPyDate() if value.isValid() else NOT_A_DATE
        if hasattr(value, "toPyDateTime"):
            return value.date().toPyDate() if value.isValid() else NOT_A_DATE
    if isinstance(value, bool):
        return NOT_A_DATE
    if isinstance(value, (int, float)):
        if value != value or value == 0:  # NaN or 0: no date
            return None
        if float(value) != int(value):
            return NOT_A_DATE
        value = str(int(value))
    text = str(value).strip()
    if not text or text.upper() == "NULL" or text in OPEN_ENDED:
        return None
    day = parse_text_date(text)  # also None for a date that does not exist (2021-02-30)
    return day if day is not None else NOT_A_DATE


def shown(value):
    """A raw attribute value as the technician typed it, for messages."""
    if hasattr(value, "toString"):
        return value.toString("yyyy-MM-dd")
    return str(value)


class Terms:
    """Start and end dates of one layer's features, {fid: (start, end)} for features with any date, read once.

    Values that are not dates count as empty (the feature is valid) and are reported where a patch met them."""

    def __init__(self, key, layer, start_field, end_field):
        self.key = key
        self.start_field, self.end_field = start_field, end_field
        self.dates = {}
        self.bad = {}  # fid -> [(field, value as typed)]
        self.met_bad = set()  # bad fids some patch depended on: the ones worth reporting
        self._read(layer)

    def _read(self, layer):
        names = [n for n in (self.start_field, self.end_field) if n]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(names, layer.fields())
        for feat in layer.getFeatures(request):
            start = self._date(feat, self.start_field)
            end = self._date(feat, self.end_field)
            if start is not None or end is not None:
                self.dates[feat.id()] = (start, end)

    def _date(self, feat, field):
        if not field:
            return None
        raw = feat[field]
        day = parse_date(raw)
        if day is NOT_A_DATE:
            self.bad.setdefault(feat.id(), []).append((field, shown(raw)))
            return None
        return day

    def out_of_term(self, fid, qsx, hsx):
        """None when the feature was valid while the patch changed, else ("end", end) or ("start", start)."""
        if fid in self.bad:
            self.met_bad.add(fid)
        dates = self.dates.get(fid)
        if dates is None:
            return None
        start, end = dates
        if end is not None and qsx is not None and end < qsx:
            return ("end", end)
        if start is not None and hsx is not None and start > hsx:
            return ("start", start)
        return None

    def end(self, fid):
        dates = self.dates.get(fid)
        return dates[1] if dates is not None else None


def short_names():
    """How THBZ names each layer (short: THBZ is 254 characters for everything)."""
    return {"approvals": tr("批准"), "mining": tr("采矿许可"), "facility": tr("设施农用地备案"),
            "temporary": tr("临时用地")}


class DatedLayers:
    """Mixed into core.overlay.Overlay: set-up (_read_terms) before the run, post-pass (_apply_terms) after it."""

    def _read_terms(self, field_lookup):
        """Date fields checked (InputError when a named one is missing) and read; the patches' imagery dates parsed.
        Leaves self.terms empty when no date field applies: the post-pass then does nothing."""
        self.terms = {}
        for key, (start_attr, end_attr) in DATE_OPTIONS.items():
            layer = self.layers.get(key)
            start, end = getattr(self.options, start_attr, None), getattr(self.options, end_attr, None)
            if layer is None or not (start or end):
                continue
            start = field_lookup(layer, start, self.titles[key]) if start else None
            end = field_lookup(layer, end, self.titles[key]) if end else None
            self.terms[key] = Terms(key, layer, start, end)
        self._term_patches = {key: set() for key in self.terms}  # patches where a feature was left out
        self._patch_dates = self._parse_patch_dates() if self.terms else {}

    def _parse_patch_dates(self):
        """{key: (qsx, hsx)} as dates (None when missing); patches without or with unreadable dates are reported."""
        dates, bad, undated = {}, [], []
        for p in self.inputs:
            pair = []
            for field, raw in (("QSX", getattr(p, "qsx", None)), ("HSX", getattr(p, "hsx", None))):
                day = parse_date(raw)
                if day is NOT_A_DATE:
                    bad.append("{} {}“{}”".format(p.label, field, shown(raw)))
                    day = None
                pair.append(day)
            if pair[0] is None and pair[1] is None:
                undated.append(p.label)
            dates[p.key] = tuple(pair)
        if bad:
            self.result.warnings.append(tr("{} 个图斑的时相日期无法识别，该时相不作有效期筛选：{}").format(
                len(bad), _listed(bad)))
        if undated:
            self.result.warnings.append(tr("{} 个图斑没有前/后时相（QSX/HSX），这些图斑的批准、许可等未按有效期筛选：{}")
                                        .format(len(undated), _listed(sorted(undated))))
        return dates

    # ----- the post-pass -------------------------------------------------------------------------------------------
    def _apply_terms(self):
        """Runs in the calling thread after the layers are cut: only patches met by a dated feature are measured
        again, from the pieces already cut."""
        for key, terms in self.terms.items():
            pieces = self.pieces.get(key)
            if pieces is None:
                continue
            for p in range(len(self.patches)):
                if p % CANCEL_EVERY == 0 and self.feedback.isCanceled():
                    raise Canceled(tr("套合分析已取消，未写入任何结果。"))
                layer_result = self._parts[p].get(key)
                if layer_result is not None and len(pieces.of(p)):
                    self._term_patch(key, terms, p, *layer_result)
        self._report_terms()

    def _term_patch(self, key, terms, p, values, notes):
        """Re-measure one patch over the features valid during its change; set LSYDQX / SSNYDQX."""
        ref, pieces, cutter = self.refs[key], self.pieces[key], self.cutters[key]
        shares = pieces.per_feature(p)
        qsx, hsx = self._patch_dates.get(self.patches.keys[p], (None, None))
        out = {}
        for row in shares:  # also without patch dates: a bad end date matters for LSYDQX / SSNYDQX too
            why = terms.out_of_term(int(ref.fids[row]), qsx, hsx)
            if why is not None:
                out[row] = why
        term_field = TERM_FIELDS.get(key) if terms.end_field else None
        want_term = term_field is not None and (values.get(AREA_FIELDS[key]) or 0.0) > 0.0 and any(
            terms.end(int(ref.fids[row])) is not None for row in shares if row not in out)
        if out:
            kept = [k for k in pieces.of(p) if int(pieces.ri[k]) not in out]
            new_values, new_notes = self._patch_coverage(key, cutter, ref, pieces, p, kept)
            values.update(new_values)
            notes[:] = new_notes  # this layer's notes are only about its numbers: made again from the valid features
            left = sorted((r for r in out if shares.get(r, 0.0) >= MIN_NUMBER_M2),
                          key=lambda r: (-shares[r], int(ref.fids[r])))
            if left:
                notes += self._left_out_notes(key, ref, left, out)
                self._term_patches[key].add(self.patches.keys[p])
        if want_term:
            ends = [terms.end(int(ref.fids[row])) for row, area in shares.items()
                    if row not in out and area >= MIN_NUMBER_M2 and terms.end(int(ref.fids[row])) is not None]
            values[term_field] = max(ends).isoformat() if ends else None

    def _left_out_notes(self, key, ref, left, why):
        """'批准 桂政土批〔2019〕3号 有效期至 2021-06-30，早于前时相，未计入' for the largest few, then a count."""
        short = short_names()[key]
        texts = []
        for row in left[:MAX_NAMED]:
            kind, day = why[row]
            if kind == "end":
                text = tr("{} {} 有效期至 {}，早于前时相，未计入").format(short, self._feature_name(key, ref, row),
                                                                day.isoformat())
            else:
                text = tr("{} {} 起始日期 {}，晚于后时相，未计入").format(short, self._feature_name(key, ref, row),
                                                                 day.isoformat())
            if text not in texts:
                texts.append(text)
        if len(left) > MAX_NAMED:
            texts.append(tr("另有 {} 个{}要素不在有效期内，未计入").format(len(left) - MAX_NAMED, short))
        return texts

    def _feature_name(self, key, ref, row):
        fid = int(ref.fids[row])
        if key in NUMBER_FIELDS and self.fields.get(key):
            value = ref.attributes(row)[0]
            if value not in (None, ""):
                return str(value).strip()
            return tr("无编号(fid={})").format(fid)
        return "fid={}".format(fid)

    def _report_terms(self):
        res = self.result
        for key, terms in self.terms.items():
            title = self.titles[key]
            res.infos.append(tr("{}按有效期筛选（起始日期字段 {}，截止日期字段 {}）：{} 个图斑有不在有效期内的要素，"
                                "未计入面积和编号（见套合说明 THBZ）").format(
                title, terms.start_field or "-", terms.end_field or "-", len(self._term_patches[key])))
            met = sorted(terms.met_bad)
            if met:
                items = ["fid={}（{}）".format(fid, "，".join("{}={}".format(f, v) for f, v in terms.bad[fid]))
                         for fid in met]
                res.warnings.append(tr("{}图层有 {} 个要素的日期无法识别（可用日期字段、YYYY-MM-DD、YYYY/M/D 或 "
                                       "YYYYMMDD），这些要素按在有效期内计入，请核实：{}").format(
                    title, len(met), _listed(items)))


def _listed(items):
    shown_items = "、".join(items[:MAX_LISTED])
    return shown_items + ("…" if len(items) > MAX_LISTED else "")
