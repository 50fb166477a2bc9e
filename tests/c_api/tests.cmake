# tests/c_api: the C API from plain C99 (linked against the shared library,
# as a C host is), the exported symbols of that library, and (through the
# glob in tests/CMakeLists.txt) c_api_threads_test, the C API used from
# several threads at once.
add_executable(c_api_test ${CMAKE_CURRENT_LIST_DIR}/c_api_test.c)
set_target_properties(c_api_test PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
                                            C_EXTENSIONS OFF LINKER_LANGUAGE C)
# -pedantic-errors: dqe.h must be plain C99, with nothing a C compiler
# would only accept as an extension.
target_compile_options(c_api_test PRIVATE -Wall -Wextra -pedantic-errors)
target_link_libraries(c_api_test PRIVATE dqe)
add_test(NAME c_api_test COMMAND c_api_test)

# Only dqe_* (the C API) and the C++ API's namespace dqe may be exported.
add_test(NAME c_api_exported_symbols
  COMMAND ${CMAKE_COMMAND} -DLIBRARY=$<TARGET_FILE:dqe> -DNM=${CMAKE_NM}
          -P ${CMAKE_CURRENT_LIST_DIR}/exported_symbols.cmake)
