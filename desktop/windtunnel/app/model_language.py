"""The model's text in the current language, for Qt widgets.

``windtunnel.language`` holds the app-wide language (a psygnal signal, Qt-free); a widget
that shows a model's text (labels, descriptions, rationales, scenario and objective names)
must show it again when the language changes. Widgets connect to :func:`language_relay`'s
Qt signal rather than to the psygnal one, so that Qt disconnects them when they are
deleted. What a widget shows comes from :func:`windtunnel.model.translated`: the text in
the current language, else the original.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .. import language

__all__ = ["LanguageRelay", "language_relay"]


class LanguageRelay(QObject):
    """Re-emits ``windtunnel.language.changed`` as a Qt signal (one per application)."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        language.changed.connect(self._relay)
        self.destroyed.connect(lambda *_: language.changed.disconnect(self._relay))

    def _relay(self, tag: str) -> None:
        self.changed.emit(tag)


def language_relay() -> LanguageRelay:
    """The application's relay, created on first use as a child of the QCoreApplication."""
    app = QCoreApplication.instance()
    relay = app.findChild(LanguageRelay, "model-language-relay") if app is not None else None
    if relay is None:
        relay = LanguageRelay(app)
        relay.setObjectName("model-language-relay")
    return relay
