# tests/cli: cli_test runs the built `dqe` binary; column_kind_test compiles
# the CLI's header inference in.
if(TARGET dqe_cli AND TARGET cli_test)
  add_dependencies(cli_test dqe_cli)
  target_compile_definitions(cli_test PRIVATE DQE_CLI_PATH="$<TARGET_FILE:dqe_cli>")
  target_link_libraries(cli_test PRIVATE nlohmann_json::nlohmann_json)
endif()
if(TARGET column_kind_test)
  target_sources(column_kind_test PRIVATE ${PROJECT_SOURCE_DIR}/src/cli/column_kind.cc)
endif()
