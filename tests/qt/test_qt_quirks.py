"""Guards the PySide6 pin: 6.12.0 dropped references to True/None returned from signal emit, connect
and property setters, so any app crashed once those counts reached zero (bool_dealloc at exit, or a
bus error mid-run). This measures the same operations in a fresh interpreter."""

import subprocess
import sys

PROBE = """
import gc, sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
gc.disable()

class A(QObject):
    sig = Signal(object)

a, o, t = A(), QObject(), QTimer()
slot = lambda value: None
def work():
    a.sig.connect(slot)
    a.sig.emit(o)
    a.sig.disconnect(slot)
    t.setSingleShot(True)
    t.setInterval(5)
    t.start(100)
    t.stop()
work()
before = sys.getrefcount(True), sys.getrefcount(None), sys.getrefcount(False)
for _ in range(300):
    work()
after = sys.getrefcount(True), sys.getrefcount(None), sys.getrefcount(False)
print(*(y - x for x, y in zip(before, after)))
"""


def test_pyside_keeps_reference_counts() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    true_delta, none_delta, false_delta = map(int, out.stdout.split())
    # 6.12.0 lost 600 references to True and 900 to None in these 300 rounds; 6.11.3 a few dozen to None.
    # (None's count drifts further on a busy machine: -164 seen under load; 6.12.0's -900 is far below.)
    assert true_delta > -50 and false_delta > -50 and none_delta > -400, out.stdout
