"""core/progress: the steps of a long run as QGIS's QgsProcessingMultiStepFeedback runs them (0 → 100 once, never
backwards), over a Processing feedback, over any object with its methods (the dock's task, a test's) and over none;
a cancel is seen where a step starts, whichever way the feedback reports it."""
import pytest
from qgis.core import QgsProcessingFeedback


class Recorder(QgsProcessingFeedback):
    """Records every progress value the feedback is set to and every message, and cancels (as the Cancel button
    does) once the progress reaches `cancel_at` or a message satisfies `cancel_on_info`. QGIS's multi-step feedback
    calls the C++ setProgress, which a Python override never sees, so the values are taken from progressChanged
    (which setProgress emits for every change of at least 0.1)."""

    def __init__(self, cancel_at=None, cancel_on_info=None):
        super().__init__()
        self.values, self.infos = [], []
        self.cancel_at, self.cancel_on_info = cancel_at, cancel_on_info
        self.progressChanged.connect(self._seen)

    def _seen(self, value):
        self.values.append(value)
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):  # noqa: N802 - Qt name
        self.infos.append(info)
        super().pushInfo(info)
        if self.cancel_on_info is not None and self.cancel_on_info(info):
            self.cancel()


def monotonic_to_100(values):
    assert values, "no progress reported"
    assert all(b >= a - 1e-9 for a, b in zip(values, values[1:])), values
    assert values[-1] == pytest.approx(100.0) and max(values) == pytest.approx(100.0), values


def run_steps(steps):
    steps.next("一")
    steps.progress(50)
    steps.progress(100)
    steps.next("二")
    steps.next("三")
    steps.progress(25)
    steps.finish("完成")


def test_steps_over_a_processing_feedback_share_the_bar():
    from wpzf.core.progress import Steps
    fb = Recorder()
    steps = Steps(fb, 3)
    run_steps(steps)
    # QgsFeedback emits a change of at least 0.1 only: the start (0) and the step's end = the next step's start once
    assert fb.values == pytest.approx([50 / 3, 100 / 3, 200 / 3, 75.0, 100.0])
    assert fb.infos == ["一", "二", "三", "完成"]
    monotonic_to_100(fb.values)


def test_steps_over_a_plain_feedback_use_the_same_arithmetic():
    from wpzf.core.progress import Steps

    class Plain:
        def __init__(self):
            self.values, self.infos = [], []

        def setProgress(self, value):  # noqa: N802 - Qt name
            self.values.append(value)

        def isCanceled(self):  # noqa: N802 - Qt name
            return False

        def pushInfo(self, text):  # noqa: N802 - Qt name
            self.infos.append(text)

    fb, qgis = Plain(), Recorder()
    run_steps(Steps(fb, 3))
    run_steps(Steps(qgis, 3))
    assert fb.values == pytest.approx([0.0, 50 / 3, 100 / 3, 100 / 3, 200 / 3, 75.0, 100.0])
    emitted, last = [], 0.0  # what QgsFeedback passes on of the same calls
    for value in fb.values:
        if int(value * 10) != int(last * 10):
            emitted.append(value)
        last = value
    assert emitted == pytest.approx(qgis.values) and fb.infos == qgis.infos


def test_steps_without_feedback_do_nothing():
    from wpzf.core.progress import Steps
    steps = Steps(None, 2, "x")
    run_steps(steps)
    steps.check()
    assert steps.feedback is None


def test_cancel_is_seen_at_the_next_step_with_the_runs_message():
    from wpzf.core.errors import Canceled
    from wpzf.core.progress import Steps
    fb = Recorder()
    steps = Steps(fb, 3, "已取消：甲")
    steps.next()
    steps.progress(40)
    fb.cancel()
    with pytest.raises(Canceled, match="已取消：甲"):
        steps.next()
    assert steps.current == 0  # the second step never started
    with pytest.raises(Canceled, match="已取消，未写出任何文件"):
        Steps(fb, 2).next()  # the default message


@pytest.mark.parametrize("kind", ["python override", "plain object"])
def test_cancel_reported_only_through_is_canceled_is_seen(kind):
    """A feedback whose isCanceled() is a Python method (tests, the dock's task) never fires QGIS's cancel signal:
    the step feedback asks it too."""
    from wpzf.core.errors import Canceled
    from wpzf.core.progress import Steps, canceled

    class Flag(QgsProcessingFeedback):
        stop = False

        def isCanceled(self):  # noqa: N802 - Qt name
            return self.stop

    class Plain:
        stop = False

        def setProgress(self, value):  # noqa: N802 - Qt name
            pass

        def isCanceled(self):  # noqa: N802 - Qt name
            return self.stop

    fb = Flag() if kind == "python override" else Plain()
    steps = Steps(fb, 2)
    steps.next()
    assert not canceled(steps.feedback)
    fb.stop = True
    assert canceled(steps.feedback)  # what a step's own loop (write_shapefile …) sees
    with pytest.raises(Canceled):
        steps.next()


def test_warn_and_info_reach_what_the_feedback_has():
    from wpzf.core.progress import info, progress, warn
    seen = []

    class OnlyErrors:
        def reportError(self, text, fatal=False):  # noqa: N802 - Qt name
            seen.append(("error", text, fatal))

        def setProgress(self, value):  # noqa: N802 - Qt name
            seen.append(("progress", value))

    fb = OnlyErrors()
    warn(fb, "w")
    info(fb, "i")  # no pushInfo: nothing, and no AttributeError
    progress(fb, 30, "m")
    warn(None, "x")
    progress(None, 5)
    assert seen == [("error", "w", False), ("progress", 30)]
