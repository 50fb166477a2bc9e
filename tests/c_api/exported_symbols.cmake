# exported_symbols.cmake: fails when libdqe.so exports a symbol that is not
# the library's own API. Run as
#   cmake -DLIBRARY=path/to/libdqe.so -DNM=nm -P exported_symbols.cmake
#
# Allowed:
#   dqe_*            the C API (include/dqe.h)
#   _Z...3dqe...     the C++ API: names in namespace dqe, mangled as
#                    _ZN3dqe (functions, static members), _ZNK3dqe (const
#                    members), _ZTVN3dqe / _ZTIN3dqe / _ZTSN3dqe (vtables,
#                    typeinfo of its classes), _ZGVN3dqe (guards): "_Z",
#                    upper-case letters only, then "3dqe".
# Everything else is a leak: another library linked in (absl, ICU, RE2,
# libphonenumber, protobuf, libcsv), or a std:: template instantiated in our
# code with default visibility (mangled _ZNSt..., _ZSt..., _ZTISt..., even
# when its arguments are dqe types).
if(NOT LIBRARY OR NOT NM)
  message(FATAL_ERROR "usage: cmake -DLIBRARY=libdqe.so -DNM=nm -P exported_symbols.cmake")
endif()
execute_process(COMMAND ${NM} -D --defined-only --format=posix ${LIBRARY}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}: ${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(c_api 0)
set(cxx_api 0)
set(leaks "")
set(nleaks 0)
foreach(line ${lines})
  if(line STREQUAL "")
    continue()
  endif()
  # posix format: NAME TYPE VALUE SIZE
  string(REGEX MATCH "^[^ ]+" name "${line}")
  if(name MATCHES "^dqe_")
    math(EXPR c_api "${c_api} + 1")
  elseif(name MATCHES "^_Z[A-Z]*3dqe")
    math(EXPR cxx_api "${cxx_api} + 1")
  else()
    string(APPEND leaks "  ${line}\n")
    math(EXPR nleaks "${nleaks} + 1")
  endif()
endforeach()
message(STATUS "${LIBRARY}: ${c_api} C API symbols (dqe_*), ${cxx_api} C++ API symbols (namespace dqe)")
if(c_api EQUAL 0)
  message(FATAL_ERROR "no dqe_* symbol exported: is the C API built into ${LIBRARY}?")
endif()
if(nleaks GREATER 0)
  message(FATAL_ERROR "${nleaks} exported symbols are not dqe_* nor namespace dqe "
          "(demangle with c++filt):\n${leaks}")
endif()
