# tests/cli: cli_test runs the built `dqe` binary; column_kind_test compiles
# the CLI's header inference in.
# dedupe_cli_test runs `dqe dedupe`, `dqe link` and `dqe train` the same way,
# validate_cli_test `dqe validate`, merge_cli_test `dqe dedupe --golden/--lineage/--remap` and `dqe unmerge`.
foreach(cli_test_target cli_test dedupe_cli_test validate_cli_test merge_cli_test bad_input_cli_test)
  if(TARGET dqe_cli AND TARGET ${cli_test_target})
    add_dependencies(${cli_test_target} dqe_cli)
    target_compile_definitions(${cli_test_target} PRIVATE
      DQE_CLI_PATH="$<TARGET_FILE:dqe_cli>")
    target_link_libraries(${cli_test_target} PRIVATE nlohmann_json::nlohmann_json)
  endif()
endforeach()
if(TARGET column_kind_test)
  target_sources(column_kind_test PRIVATE ${PROJECT_SOURCE_DIR}/src/cli/column_kind.cc)
endif()
