# tests/install: installs this build into a scratch prefix and builds a small
# consumer against it, with find_package(dqe) and with pkg-config, so that the
# installed package is known to work. (Skipped in sanitizer builds: the
# consumer is built without the sanitizer runtime.)
if(DQE_INSTALL AND NOT DQE_SANITIZE)
  add_test(NAME install_consumer
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/install_test.sh
      ${CMAKE_COMMAND} "${CMAKE_GENERATOR}" ${CMAKE_CXX_COMPILER}
      ${PROJECT_BINARY_DIR} ${CMAKE_CURRENT_LIST_DIR}/consumer
      ${CMAKE_CURRENT_BINARY_DIR}/install_test ${PROJECT_VERSION})
  set_tests_properties(install_consumer PROPERTIES TIMEOUT 900)
endif()
