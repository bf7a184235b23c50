"""Reading what a periodic document needs from the work package, and writing its files all-or-nothing."""

import os
from contextlib import contextmanager

from ...rules import reports
from ...rules.deadlines import parse_month
from ...rules.errors import PolicyError, RuleInputError
from ...rules.policy import load_policy
from ...rules.values import text
from ..errors import InputError
from ..i18n import tr
from ..judging import parse_today
from ..outfiles import staged_files
from ..safe_names import safe_name
from ..store.workpackage import WorkPackage


@contextmanager
def user_errors():
    """Rule errors (they name the patch and field) become WpzfError, which Processing shows as they are."""
    try:
        yield
    except (RuleInputError, PolicyError) as exc:
        raise InputError(str(exc))


class Source:
    """A work package opened for a document: patches (dicts, no geometry), photos, policy, county, issuer."""

    def __init__(self, wp_path, period=None, today=None, policy_year=None):
        self.wp = WorkPackage(wp_path)
        self.settings = self.wp.settings()
        self.today = parse_today(today)
        self.patches = self.wp.patches()
        with user_errors():
            self.period = reports.parse_period(period) if period not in (None, "") else None
            self.policy = load_policy(policy_year or self._policy_year())
        self.county_code = text(self.settings.get("county_code")) or _most_common(self.patches, "XZQDM")
        self.county_name = text(self.settings.get("county_name")) or _most_common(self.patches, "XMC") or tr("本县")

    def _policy_year(self):
        """The period's year; else the package's policy year; else the year of its latest batch; else today's."""
        if self.period is not None:
            return self.period.year
        if text(self.settings.get("policy_year")):
            return text(self.settings.get("policy_year"))
        years = [m[0] for m in (parse_month(p.get("PC")) for p in self.patches) if m]
        return max(years) if years else self.today.year

    def photos(self):
        return self.wp.photos()

    @property
    def issuer(self):
        return tr("{}卫片执法工作领导小组办公室").format(self.county_name)

    def doc_number(self, given=None):
        """The 文号 line: the one given, else '<县名>卫片办〔<年>〕<序号>号' (序号 = the period's number in its year)."""
        if given:
            return given
        period = self.period
        seq = period.index if period else 1
        return tr("{}卫片办〔{}〕{}号").format(self.county_name, period.year if period else self.today.year, seq)


def _most_common(patches, field):
    counts = {}
    for p in patches:
        value = text(p.get(field))
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else ""


class OutputFolder:
    """Names inside a core.outfiles Stage: files are written into a hidden staging folder in the output folder and
    moved into place, each verified, only when all succeeded."""

    def __init__(self, folder, stage):
        self.folder, self.stage = folder, stage

    def path(self, name):
        return self.stage.path(safe_name(name))

    def final(self, name):
        return os.path.join(self.folder, safe_name(name))


@contextmanager
def output_folder(folder, feedback=None):
    if not folder:
        raise InputError(tr("请指定输出文件夹。"))
    with staged_files(folder, feedback) as stage:
        yield OutputFolder(stage.folder, stage)


