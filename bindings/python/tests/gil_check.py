"""Helpers of the Python tests: runs_without_the_gil (whether a call lets
other Python threads run) and synthetic_contacts (rows for large calls)."""

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


def synthetic_contacts(n, ids=False):
    """n contact rows, every person twice (the second in capitals with an
    international phone); with ids, an "id" column C000000, C000001 ..."""
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    middle = ["Văn", "Thị", "Minh", "Quốc", "Thu", "Đức"]
    given = ["An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Phúc", "Tâm"]
    rows = []
    for i in range(n):
        person = i // 2  # every person twice, spelled two ways
        name = f"{family[person % 8]} {middle[(person // 8) % 6]} {given[(person // 48) % 10]}"
        phone = f"09{person:08d}"
        if i % 2:
            name = name.upper()
            phone = "+84 " + phone[1:]
        row = {"full_name": name, "phone": phone, "email": f"user{person}@example.com"}
        if ids:
            row = {"id": f"C{i:06d}", **row}
        rows.append(row)
    return rows
