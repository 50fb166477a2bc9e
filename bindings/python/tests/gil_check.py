"""runs_without_the_gil: whether a call lets other Python threads run."""

import sys
import threading


def runs_without_the_gil(call):
    """Run call() in a worker thread and report (ran_during_call, result).

    With a switch interval of 1000 s, a thread holding the GIL keeps it until
    it blocks or releases it: the main thread can only run while the worker
    is inside call() if the C++ code under it released the GIL.
    """
    started = threading.Event()
    state = {"done": False, "result": None}

    def work():
        started.set()
        state["result"] = call()
        state["done"] = True

    old = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        t = threading.Thread(target=work)
        t.start()
        started.wait()
        ran_during_call = not state["done"]
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert state["done"]
    return ran_during_call, state["result"]
