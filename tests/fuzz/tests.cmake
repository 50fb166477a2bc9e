# tests/fuzz: libFuzzer targets, one per input the library reads from
# outside (each normalizer, the CSV reader, the config and model readers, a
# table through the C API, the whole batch pipeline, the engine under the
# shipped configs, the lineage `dqe unmerge` reads).
#
# With -DDQE_BUILD_FUZZERS=ON (clang; the library is then built with
# -fsanitize=fuzzer-no-link, and with DQE_SANITIZE also ASan + UBSan) each
# X_fuzzer is a libFuzzer binary: `X_fuzzer -max_total_time=30
# tests/fuzz/corpus/X_fuzzer` fuzzes (tests/fuzz/run.sh runs them all). In
# every other build X_fuzzer replays its seed corpus (replay_main.cc), and
# ctest runs each as X_fuzzer_corpus, so that a crash once found stays fixed.
file(GLOB DQE_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_fuzzer.cc)
foreach(src ${DQE_FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  if(DQE_BUILD_FUZZERS)
    add_executable(${name} ${src})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    set(replay_flags -runs=0)
  else()
    add_executable(${name} ${src} ${CMAKE_CURRENT_LIST_DIR}/replay_main.cc)
    set(replay_flags)
  endif()
  target_compile_options(${name} PRIVATE ${DQE_WARNINGS})
  target_link_libraries(${name} PRIVATE dqe_internal)
  target_compile_definitions(${name} PRIVATE DQE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name}_corpus
           COMMAND ${name} ${replay_flags} ${CMAKE_CURRENT_LIST_DIR}/corpus/${name})
endforeach()
# The lineage reader is the CLI's.
if(TARGET lineage_fuzzer)
  target_sources(lineage_fuzzer PRIVATE ${PROJECT_SOURCE_DIR}/src/cli/unmerge_command.cc
                                        ${PROJECT_SOURCE_DIR}/src/cli/match_input.cc)
endif()
