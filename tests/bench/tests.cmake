# tests/bench: the generated CRM benchmark set (bench/generate_contacts.py),
# checked with pytest under Debian's Python. Pure Python: not run again in
# the sanitizer build, where it would check nothing new.
if(NOT DQE_SANITIZE)
  add_test(NAME generate_contacts_py
           COMMAND /usr/bin/python3 -m pytest -q ${CMAKE_CURRENT_LIST_DIR}/generate_contacts_test.py)
  add_test(NAME evaluate_py
           COMMAND /usr/bin/python3 -m pytest -q ${CMAKE_CURRENT_LIST_DIR}/evaluate_test.py)
endif()
