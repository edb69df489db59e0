"""The question an ambiguous import asks: its words (each question's title and what each
of its answers does) and its dialog, the answers as a column of radio buttons.

A message box lays its buttons in one row, which a workbook of many participants' sheets
(one answer per sheet) makes wider than a 1024-pixel screen, cutting off the first answers.
Here each answer is a line of its own, saying what choosing it does, with Import and Cancel
Import below and a sentence saying that cancelling imports nothing; the first answer is
chosen to begin with. Many answers scroll within the screen's height. A question with one
answer (weights that only a rescale can read) states it and names its button after it
("Rescale and Import").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton,
                               QScrollArea, QVBoxLayout, QWidget)

__all__ = ["ImportQuestion", "ask_import_question"]


def ask_import_question(question, parent) -> str | None:
    """Ask the user ``question`` (a ChoiceNeeded) in an :class:`ImportQuestion` over
    ``parent``: the answer chosen, or None when cancelled."""
    title, labels = _words()[question.question]
    sheet = (QCoreApplication.translate("ImportQuestion", "The sheet \u201c{sheet}\u201d")
             if question.question == "nodes_sheet" else
             QCoreApplication.translate("ImportQuestion", "Only sheet \u201c{sheet}\u201d"))
    dialog = ImportQuestion(
        title,
        QCoreApplication.translate(
            "ImportQuestion",
            "{question}. How should Windtunnel read them? (The import's note "
            "records the answer.)",
        ).format(question=_sentence(str(question))),
        # a participants' workbook offers its sheets too, one answer each, and a
        # workbook of several sheets of nodes offers only them
        [(c, labels.get(c) or sheet.format(sheet=c)) for c in question.choices],
        parent=parent,
        lone=_lone_words().get(question.question) if len(question.choices) == 1 else None,
    )
    dialog.exec()
    return dialog.answer()


def _words() -> dict[str, tuple[str, dict[str, str]]]:
    """Each question's title and what each of its answers does, in the interface's
    language."""
    return {
        "undirected": (
            QCoreApplication.translate("ImportQuestion", "Undirected edges"),
            {
                "both": QCoreApplication.translate(
                    "ImportQuestion", "Both ways (each tie influences both nodes)"
                ),
                "as-written": QCoreApplication.translate(
                    "ImportQuestion", "One way, as the file lists them"
                ),
            },
        ),
        "out_of_range": (
            QCoreApplication.translate("ImportQuestion", "Weights outside [-1, 1]"),
            {
                "refuse": QCoreApplication.translate(
                    "ImportQuestion", "Stop the import, to correct those weights first"
                ),
                "rescale": QCoreApplication.translate(
                    "ImportQuestion", "Rescale (divide every weight by the largest)"
                ),
            },
        ),
        "repeated": (
            QCoreApplication.translate("ImportQuestion", "Edges listed more than once"),
            {
                "refuse": QCoreApplication.translate(
                    "ImportQuestion", "Stop the import, to correct those edges first"
                ),
                "add": QCoreApplication.translate(
                    "ImportQuestion", "Add their weights (as Gephi merges parallel edges)"
                ),
                "mean": QCoreApplication.translate(
                    "ImportQuestion", "Take the mean of their weights"
                ),
            },
        ),
        "near_names": (
            QCoreApplication.translate("ImportQuestion", "Names that may be typing slips"),
            {
                "refuse": QCoreApplication.translate(
                    "ImportQuestion", "Stop the import, to correct those names first"
                ),
                "create": QCoreApplication.translate(
                    "ImportQuestion", "Make each name a node of its own"
                ),
            },
        ),
        "headerless": (
            QCoreApplication.translate("ImportQuestion", "Numbers without a header"),
            {
                "edges": QCoreApplication.translate(
                    "ImportQuestion", "A list of edges: From, To and Weight on each row"
                ),
                "matrix": QCoreApplication.translate(
                    "ImportQuestion", "A matrix without labels: each row a node's influences"
                ),
            },
        ),
        "nodes_sheet": (
            QCoreApplication.translate("ImportQuestion", "Which sheet lists the nodes"),
            {},
        ),
        "participants": (
            QCoreApplication.translate("ImportQuestion", "One sheet per participant"),
            {
                "keep": QCoreApplication.translate(
                    "ImportQuestion",
                    "Every sheet as a participant (the map is their aggregate)",
                ),
                "aggregate": QCoreApplication.translate(
                    "ImportQuestion", "Only their aggregate (no participants kept)"
                ),
            },
        ),
    }


def _lone_words() -> dict[str, tuple[str, str]]:
    """A question that has one answer: its button's words and what the button does."""
    return {
        "out_of_range": (
            QCoreApplication.translate("ImportQuestion", "Rescale and Import"),
            QCoreApplication.translate(
                "ImportQuestion",
                "Rescale and Import divides every weight by the largest, so that they all lie "
                "in [-1, 1], their signs and proportions kept."),
        ),
    }


def _sentence(text: str) -> str:
    """A message of the core (which writes them to follow a place, ``row 7: ...``) as the
    start of a sentence: its first letter capitalised."""
    return text[:1].upper() + text[1:]


class ImportQuestion(QDialog):
    """``answers`` are (answer, what it does) pairs; :meth:`answer` is the one chosen,
    or None when the dialog was cancelled. A question with one answer (weights that only a
    rescale can read) shows it as the statement its button agrees to, not as a lone radio
    button; ``lone``, the (button, statement) words of that answer, names the button after
    it."""

    def __init__(self, title: str, text: str, answers: list[tuple[str, str]],
                 parent=None, *, lone: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = QLabel(text, wordWrap=True, textFormat=Qt.PlainText)
        self.question.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.choices: dict[QRadioButton, str] = {}
        self._group = QButtonGroup(self)
        self._only = answers[0][0] if len(answers) == 1 else None
        #: The lone answer's words, when there is one answer (else None): a paragraph of
        #: the dialog, laid out at its width (in a scroll area it kept the height of the
        #: lines it would take at another width, an empty gap under it).
        self.statement = None
        if self._only is not None:
            self.statement = QLabel(lone[1] if lone else answers[0][1], wordWrap=True,
                                    textFormat=Qt.PlainText)
        for answer, label in answers if self._only is None else ():
            # a sheet's name is shown as written: its "&" (R&D) is no keyboard shortcut
            button = QRadioButton(label.replace("&", "&&"))
            self._group.addButton(button)
            self.choices[button] = answer
        if self.choices:
            next(iter(self.choices)).setChecked(True)
        self.cancelling = QLabel(self.tr("Cancel Import stops the import: nothing is read "
                                         "from the file."), wordWrap=True)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            lone[0] if lone and self._only is not None else self.tr("Import"),
            QDialogButtonBox.AcceptRole)
        self.import_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Cancel Import"),
                                               QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        if self.statement is not None:
            layout.addWidget(self.statement)
        else:
            layout.addWidget(self._listing(parent), 1)
        layout.addWidget(self.cancelling)
        layout.addWidget(buttons)

    def _listing(self, parent) -> QScrollArea:
        """The answers' radio buttons in a column that shows them whole and unscrolled
        while they fit in half the screen's height, and scrolls beyond it; while they fit,
        the column is as tall as they are (a scroll area asks for the room of its scroll
        bars at least: two answers had an empty gap under them)."""
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        for button in self.choices:
            column.addWidget(button)
        column.addStretch(1)                # the answers at the top, no gap over them
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(listing)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        needed = listing.sizeHint()
        scroll.setMinimumSize(needed.width(), min(needed.height(), screen.height() // 2))
        if needed.height() <= screen.height() // 2:
            scroll.setMaximumHeight(needed.height())
        return scroll

    def answer(self) -> str | None:
        """The chosen answer once the dialog was accepted, else None."""
        if self.result() != QDialog.Accepted:
            return None
        if self._only is not None:
            return self._only
        return self.choices.get(self._group.checkedButton())
