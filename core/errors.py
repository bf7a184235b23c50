"""Errors that carry a message meant for the technician (already translated)."""


class WpzfError(Exception):
    """A problem with the user's data or settings; the message says what and what to do."""


class WorkPackageError(WpzfError):
    pass


class InputError(WpzfError):
    """Bad input data. `problems` lists every finding so nothing is reported one at a time."""

    def __init__(self, message, problems=None):
        super().__init__(message)
        self.problems = list(problems or [])

    def __str__(self):
        text = super().__str__()
        if self.problems:
            shown = self.problems[:50]
            text += "\n" + "\n".join("  - " + p for p in shown)
            if len(self.problems) > len(shown):
                text += "\n  ... (+{})".format(len(self.problems) - len(shown))
        return text


class Canceled(WpzfError):
    """The user pressed cancel; nothing was written."""


class EditConflict(WorkPackageError):
    """Someone else saved these units after this edit read them; nothing was written.

    `conflicts`: {unit key: {"theirs": the stored row now (dict), "by": who saved last, "at": when}}; the caller shows
    both values and lets the technician keep theirs or save again on top of them."""

    def __init__(self, message, conflicts):
        super().__init__(message)
        self.conflicts = conflicts
