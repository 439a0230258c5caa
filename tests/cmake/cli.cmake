# The sayso CLI's behaviour (tests/cli_test.py).
if(SAYSO_BUILD_EXAMPLES)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  add_test(NAME cli.behaviour
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli_test.py $<TARGET_FILE:sayso-cli>)
  set_tests_properties(cli.behaviour PROPERTIES LABELS cli TIMEOUT 300)
endif()
