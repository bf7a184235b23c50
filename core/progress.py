"""Progress and cancel of a long run in core/: one home for the export, the dossiers, the periodic documents and the
photo linking.

`feedback` is what Processing hands an algorithm (a QgsProcessingFeedback), anything with its methods (the dock's
task feedback, a test's), or None (nobody is watching: nothing is reported, nothing is ever cancelled).

A run of several steps (export: self-check, shapefile, photos, ledger, manifest, zip) goes through Steps, as QGIS's
own processing algorithms go through QgsProcessingMultiStepFeedback: each step reports 0 → 100 on its own, the bar
runs 0 → 100 once across the steps, and a cancel is seen where each step starts, before it writes anything.
"""
from qgis.core import QgsProcessingFeedback, QgsProcessingMultiStepFeedback

from .errors import Canceled
from .i18n import tr


def canceled(feedback):
    return feedback is not None and feedback.isCanceled()


def check_canceled(feedback, message=None):
    """Raise Canceled when the user pressed cancel; `message` says what was (not) written (default: nothing)."""
    if canceled(feedback):
        raise Canceled(message or tr("已取消，未写出任何文件。"))


def progress(feedback, percent, message=None):
    """Move the bar to `percent` and, when given, log `message`."""
    if feedback is None:
        return
    feedback.setProgress(percent)
    if message:
        info(feedback, message)


def info(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def warn(feedback, text):
    """A warning in the log: pushWarning where the feedback has it, else a non-fatal reportError."""
    if feedback is not None and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)
    elif feedback is not None and hasattr(feedback, "reportError"):
        feedback.reportError(text, False)


class _MultiStep(QgsProcessingMultiStepFeedback):
    """QGIS's multi-step feedback, which also sees a cancel that its parent only reports through isCanceled() (a
    Python override: C++ never calls it, so it never reaches QGIS's own cancel signal)."""

    def __init__(self, count, parent):
        super().__init__(count, parent)
        self._parent = parent

    def isCanceled(self):  # noqa: N802 - QgsFeedback's name
        return super().isCanceled() or self._parent.isCanceled()


class _Share:
    """QgsProcessingMultiStepFeedback's arithmetic for a feedback that is not a QgsProcessingFeedback (the dock's
    task feedback, a test's); everything else (isCanceled, pushInfo …) is the parent's."""

    def __init__(self, count, parent):
        self._count, self._parent, self._step = count, parent, 0

    def setCurrentStep(self, step):  # noqa: N802 - QgsProcessingMultiStepFeedback's name
        self._step = step
        self._parent.setProgress(100.0 * step / self._count)

    def setProgress(self, value):  # noqa: N802 - QgsFeedback's name
        self._parent.setProgress((100.0 * self._step + value) / self._count)

    def __getattr__(self, name):
        return getattr(self._parent, name)


class Steps:
    """The `count` steps of one run over `feedback`.

        steps = Steps(feedback, 3, tr("已取消导出，未写出任何文件。"))
        steps.next(tr("自检…"))          # cancel? then step 1 of 3
        work(feedback=steps.feedback)    # 0 → 100 within the step
        …
        steps.finish(summary)            # the bar at 100

    `feedback` of a step is a QgsProcessingMultiStepFeedback over the caller's (or the same arithmetic over any
    other feedback; None without one). `canceled_text` is the Canceled message of a cancel seen by next()."""

    def __init__(self, feedback, count, canceled_text=None):
        self.parent = feedback
        self.count = max(1, int(count))
        self.current = -1
        self.canceled_text = canceled_text
        if feedback is None:
            self.feedback = None
        elif isinstance(feedback, QgsProcessingFeedback):
            self.feedback = _MultiStep(self.count, feedback)
        else:
            self.feedback = _Share(self.count, feedback)

    def next(self, message=None):
        """Start the next step: stop here on a cancel, else move the bar to the step's start and log `message`."""
        check_canceled(self.feedback, self.canceled_text)
        self.current = min(self.current + 1, self.count - 1)
        if self.feedback is not None:
            self.feedback.setCurrentStep(self.current)
        if message:
            info(self.parent, message)

    def check(self, message=None):
        """A cancel within a step (between its pieces): Canceled with `message` (default: the run's)."""
        check_canceled(self.feedback, message or self.canceled_text)

    def progress(self, percent, message=None):
        """`percent` of the current step."""
        progress(self.feedback, percent, message)

    def finish(self, message=None):
        progress(self.parent, 100, message)
