"""A small task runner for the overlay: worker threads pull tasks from two lanes; a task may add tasks.

Why lanes: Python runs one thread at a time. numpy and GDAL's reader let go of that lock for long stretches, while
GEOS calls through PyQGIS let go of it only for microseconds — two threads both doing the latter mostly wait for
each other. And QGIS 3.22 shares one GEOS context between threads, whose error path is not thread-safe. So tasks
say which kind they are: "numpy" (arrays, reading; no GEOS) or "python" (GEOS, Qt, bookkeeping). One worker serves
the numpy lane only; one worker serves the Python lane and, when it has nothing, the numpy lane too. GEOS work thus
always runs in a single thread.

The calling thread only watches: it moves the progress bar, passes a cancel on to the workers and re-raises the
first error. With threads=0 everything runs in the calling thread, in the order added.
"""
import queue
import threading

LANES = ("numpy", "python")


class TaskRunner:
    def __init__(self, threads, feedback, on_cancel=None):
        self.threads = threads
        self.feedback = feedback
        self.on_cancel = on_cancel
        # per lane: (priority, order, fn, args), lower priority first, then in the order added
        self.queues = {lane: queue.PriorityQueue() for lane in LANES}
        self._order = 0
        self.cancel = threading.Event()
        self._lock = threading.Lock()
        self._outstanding = 0
        self.done = 0  # finished tasks (progress)
        self.total = 0  # tasks added so far, plus what callers announce with expect()
        self.error = None

    def expect(self, count):
        """Announce tasks that will be added later, so progress does not jump back."""
        with self._lock:
            self.total += count

    def credit(self, count):
        """Count announced tasks as done that will not run (a faster path replaced them)."""
        with self._lock:
            self.done += count

    def add(self, fn, *args, lane="python", priority=5, announced=False):
        with self._lock:
            self._outstanding += 1
            self._order += 1
            order = self._order
            if not announced:
                self.total += 1
        self.queues[lane].put((priority, order, fn, args))

    def _run_one(self, fn, args):
        try:
            if not self.cancel.is_set():
                fn(*args)
        except BaseException as exc:  # handed to the watching thread
            with self._lock:
                if self.error is None:
                    self.error = exc
            self.cancel.set()
        finally:
            with self._lock:
                self._outstanding -= 1
                self.done += 1

    def _take(self, prefer, timeout):
        """The next task, from the preferred lane if it has one (the numpy worker never takes Python tasks)."""
        order = (prefer,) if prefer == "numpy" else ("python", "numpy")
        for lane in order:
            try:
                return self.queues[lane].get_nowait()
            except queue.Empty:
                continue
        try:
            return self.queues[prefer].get(timeout=timeout)
        except queue.Empty:
            return None

    def _worker(self, prefer):
        while True:
            with self._lock:
                if self._outstanding == 0:
                    return
            item = self._take(prefer, 0.01)
            if item is not None:
                self._run_one(item[2], item[3])

    def run(self, progress_from, progress_to):
        """Run until every task (including tasks added by tasks) is done; raise the first error."""
        if self.threads == 0:
            while True:
                # in the order added (a task may wait for an earlier one), across both lanes
                waiting = [(min(q.queue, key=lambda item: item[1]), lane) for lane, q in self.queues.items()
                           if q.queue]
                if not waiting:
                    break
                item, lane = min(waiting, key=lambda pair: pair[0][1])
                self.queues[lane].queue.remove(item)
                _priority, _order, fn, args = item
                if self.feedback.isCanceled():
                    self.cancel.set()
                self._run_one(fn, args)
                self._progress(progress_from, progress_to)
        else:
            lanes = ["python"] if self.threads == 1 else ["numpy", "python"]
            workers = [threading.Thread(target=self._worker, args=(lane,), name="wpzf-overlay-" + lane, daemon=True)
                       for lane in lanes]
            for w in workers:
                w.start()
            while any(w.is_alive() for w in workers):
                workers[0].join(0.1)
                if self.feedback.isCanceled() and not self.cancel.is_set():
                    self.cancel.set()
                    if self.on_cancel:
                        self.on_cancel()
                self._progress(progress_from, progress_to)
        if self.error is not None:
            raise self.error
        return not self.cancel.is_set()

    def _progress(self, lo, hi):
        if self.total:
            self.feedback.setProgress(lo + (hi - lo) * min(self.done, self.total) / self.total)
