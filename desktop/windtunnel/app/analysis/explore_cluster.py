"""Where the Explore dock runs: this computer, or a Dask cluster whose address the user gives.

Offered only when the optional cluster extra (dask.distributed, ``windtunnel[cluster]``) is
installed; otherwise the row stays hidden and every exploration runs on this computer.
The app opens no network connection unless the user chooses "A Dask cluster" and types a
scheduler address: nothing is remembered between sessions, nothing is looked for on the
network, and Test connects only when pressed. Test runs on a worker (the window never
waits on a network) and says how many worker threads the scheduler has, or why it could
not reach it. The numbers of a cluster run are those of a run on this computer, bit for bit
(engine/experiments.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ...engine.executors import cluster_available, connected
from ..flow import FlowLayout, captioned
from ..wheel_focus import WheelFocusComboBox

__all__ = ["ClusterSetting"]

LOCAL, CLUSTER = "local", "cluster"


class ClusterSetting(QWidget):
    """The "Run on" row of the Explore dock."""

    def __init__(self, runner, *, available: bool | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.where = WheelFocusComboBox()
        self.where.addItem(self.tr("This computer"), LOCAL)
        self.where.addItem(self.tr("A Dask cluster"), CLUSTER)
        self.where.currentIndexChanged.connect(self._enable)
        self.address = QLineEdit(placeholderText=self.tr("tcp://host:8786"))
        self.address.setToolTip(self.tr(
            "The address of a dask.distributed scheduler whose workers have Windtunnel "
            "installed (see Help > Explore)"))
        self.address.textChanged.connect(self._enable)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.clicked.connect(self.test)
        self.status = QLabel(textFormat=Qt.PlainText, wordWrap=True)
        self.address.setMinimumWidth(self.address.fontMetrics().horizontalAdvance("x" * 22))
        layout = FlowLayout(self)          # wraps in a narrow dock rather than widening it
        layout.addWidget(captioned(self.tr("Run on:"), self.where))
        layout.addWidget(self.address)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status)
        self.available = cluster_available() if available is None else available
        self.setVisible(self.available)
        self._enable()

    def scheduler(self) -> str | None:
        """The scheduler address to run on, or None for this computer."""
        if not self.available or self.where.currentData() != CLUSTER:
            return None
        return self.address.text().strip()

    def _enable(self, *_) -> None:
        on_cluster = self.where.currentData() == CLUSTER
        self.address.setEnabled(on_cluster)
        self.test_button.setEnabled(on_cluster and bool(self.address.text().strip()))
        self.status.clear()

    def test(self) -> None:
        """Connect to the scheduler on a worker and report its worker threads."""
        address = self.scheduler()
        if not address:
            return
        self.status.setText(self.tr("Connecting\u2026"))

        def work(progress, cancel):
            with connected(address) as cluster:
                return cluster.threads()

        self.runner.start(self.tr("Connecting to the cluster"), work,
                          on_finished=lambda threads: self.status.setText(self.tr(
                              "Connected: {threads} worker threads").format(threads=threads)),
                          on_failed=lambda exc: self.status.setText(str(exc)),
                          on_cancelled=self.status.clear)
