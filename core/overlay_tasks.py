"""A small task runner for the overlay: N worker threads pull tasks from one queue; a task may add tasks.

The calling thread only watches: it moves the progress bar, passes a cancel on to the workers and re-raises the
first error. (One queue instead of a future per task: the watcher must not wake for every finished chunk, it would
compete with the workers for Python's lock.) With threads=0 everything runs in the calling thread.
"""
import queue
import threading


class TaskRunner:
    def __init__(self, threads, feedback, on_cancel=None):
        self.threads = threads
        self.feedback = feedback
        self.on_cancel = on_cancel
        self.queue = queue.Queue()
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

    def add(self, fn, *args, announced=False):
        with self._lock:
            self._outstanding += 1
            if not announced:
                self.total += 1
        self.queue.put((fn, args))

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

    def _worker(self):
        while True:
            with self._lock:
                if self._outstanding == 0:
                    return
            try:
                fn, args = self.queue.get(timeout=0.02)
            except queue.Empty:
                continue
            self._run_one(fn, args)

    def run(self, progress_from, progress_to):
        """Run until every task (including tasks added by tasks) is done; raise the first error."""
        if self.threads == 0:
            while not self.queue.empty():
                if self.feedback.isCanceled():
                    self.cancel.set()
                self._run_one(*self.queue.get())
                self._progress(progress_from, progress_to)
        else:
            workers = [threading.Thread(target=self._worker, name="wpzf-overlay-%d" % i, daemon=True)
                       for i in range(self.threads)]
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
