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
