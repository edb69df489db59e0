"""The one exception hierarchy of Windtunnel.

Every error a user can cause derives from :class:`WindtunnelError`, so the CLI and
the GUI can catch one type and show its message instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from .language import translate

__all__ = ["Problem", "Problems", "TooManyProblems", "MAX_PROBLEMS", "WindtunnelError",
           "ModelError", "LoadError", "SaveError", "shown_path", "SHOWN_PATH_CHARS"]

#: The most problems one reading of a file or one build of a model lists: plenty to fix a
#: file by, and a file of millions of bad values (20 million zeros are 40 MB) is refused in
#: moments, not after minutes and gigabytes spent listing each one.
MAX_PROBLEMS = 1000


#: The most characters of a path a message shows: a path can run to thousands (a system
#: allows 4,096 bytes), and a message printing one whole buries what it says.
SHOWN_PATH_CHARS = 200
#: How much of a long path's start and of a long file name a message keeps.
_SHOWN_START, _SHOWN_NAME = 80, 100


def shown_path(path: object) -> str:
    """``path`` as every message that names a path shows it: whole when short; else its
    start (the folder it is under), an ellipsis, and its file name, itself cut in the
    middle when long (its start and its extension kept), so that the user still sees
    which file it is and where: ``/home/ana/Projects/…/map.wtm``."""
    text = str(path)
    if len(text) <= SHOWN_PATH_CHARS:
        return text
    whole = text.rstrip("/\\")           # a folder's path ends in its own name, as a file's
    head, separator, name = whole.rpartition("/")
    if "\\" in name:                              # a Windows path
        head, separator, name = whole.rpartition("\\")
    if len(name) > _SHOWN_NAME:
        name = name[:_SHOWN_NAME // 2] + "…" + name[-(_SHOWN_NAME // 2 - 1):]
    start = head if len(head) <= _SHOWN_START else head[:_SHOWN_START] + "…"
    return start + separator + name


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is (``edges[12].weight``)."""

    location: str
    message: str

    def __str__(self) -> str:
        if not self.location:
            return self.message
        return translate("errors", "{location}: {message}").format(location=self.location,
                                                                  message=self.message)


class TooManyProblems(Exception):
    """One more problem than :data:`MAX_PROBLEMS`: the reading stops (:class:`Problems`)."""


class Problems(list):
    """The problems of one reading, at most :data:`MAX_PROBLEMS`: adding one more raises
    :class:`TooManyProblems`, so that the reader stops at once; :meth:`stopped` is then
    what to report."""

    def append(self, problem: Problem) -> None:
        if len(self) >= MAX_PROBLEMS:
            raise TooManyProblems
        super().append(problem)

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)

    def stopped(self) -> list[Problem]:
        """The problems found when the reading stopped, after a first line saying so."""
        return [Problem("", translate("errors", "there are more than {count:,} problems; "
                                                "the first {count:,} follow").format(
                    count=MAX_PROBLEMS))] + list(self)


class WindtunnelError(Exception):
    """Base of every error caused by user input or user files."""


class _ProblemsError(WindtunnelError):
    """An error that carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem, *, source: str = "") -> None:
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.source = source
        super().__init__(self.describe())

    def describe(self, limit: int = 20, *, render=str) -> str:
        """Return a readable message: the source, then up to ``limit`` problems, each
        passed through ``render`` (the command line makes each one printable on one line)."""
        head = f"{render(shown_path(self.source))}: " if self.source else ""
        lines = [render(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(translate("errors", "... and {count} more problems")
                         .format(count=len(self.problems) - limit))
        if len(lines) == 1:
            return head + lines[0]
        count = translate("errors", "{count} problems").format(count=len(self.problems))
        return head + count + "\n" + "\n".join("  " + line for line in lines)


class ModelError(_ProblemsError):
    """An edit would break one of the model's invariants; the model is unchanged."""


class LoadError(_ProblemsError):
    """A file could not be read as a model; nothing was loaded."""


class SaveError(WindtunnelError):
    """A file could not be written; the previous file is intact."""
