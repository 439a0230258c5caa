# The example programs (examples/*.cc): each runs and its output is checked.
# Exact outputs are in tests/examples/*.expected, each verified by hand
# against the input (spans counted in bytes); outputs that depend on the
# claim rules are checked on the lines that must be there.
if(NOT SAYSO_BUILD_EXAMPLES)
  return()
endif()
set(SAYSO_EXAMPLES_TEST_DIR ${PROJECT_SOURCE_DIR}/tests/examples)

foreach(name tokenize_text custom_gazetteer)
  if(TARGET example_${name})
    add_test(NAME example.${name}
      COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:example_${name}>
              -DEXPECTED=${SAYSO_EXAMPLES_TEST_DIR}/${name}.expected
              -P ${SAYSO_EXAMPLES_TEST_DIR}/compare_output.cmake)
    set_tests_properties(example.${name} PROPERTIES LABELS example TIMEOUT 60)
  endif()
endforeach()

# Outputs that depend on the claim rules: the lines that must be there.
# extract_claims: the sample article's attributions that are beyond doubt.
if(TARGET example_extract_claims)
  add_test(NAME example.extract_claims
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:example_extract_claims>
            -DARGS=${PROJECT_SOURCE_DIR}/examples/articles/sample-wire.txt
            -DREGEX_LINES=${SAYSO_EXAMPLES_TEST_DIR}/extract_claims.regex
            -P ${SAYSO_EXAMPLES_TEST_DIR}/compare_output.cmake)
  set_tests_properties(example.extract_claims PROPERTIES LABELS example TIMEOUT 60)
endif()
# host_stage: the host's mention is kept, the gazetteer runs after it, and
# the attributor resolves both sources (a name, then "She") to it.
if(TARGET example_host_stage)
  add_test(NAME example.host_stage
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:example_host_stage>
            -DREGEX_LINES=${SAYSO_EXAMPLES_TEST_DIR}/host_stage.regex
            -P ${SAYSO_EXAMPLES_TEST_DIR}/compare_output.cmake)
  set_tests_properties(example.host_stage PROPERTIES LABELS example TIMEOUT 60)
endif()
# batch_directory: 4 threads sharing one Pipeline give, file by file, the
# counts the CLI gives serially.
if(TARGET example_batch_directory)
  find_package(Python3 COMPONENTS Interpreter)
  set(_sayso_batch_dir ${PROJECT_SOURCE_DIR}/examples/articles)
  if(EXISTS ${SAYSO_SHARED_DIR}/gold)
    set(_sayso_batch_dir ${SAYSO_SHARED_DIR}/gold)
  endif()
  if(Python3_FOUND)
    add_test(NAME example.batch_directory
      COMMAND ${Python3_EXECUTABLE} ${SAYSO_EXAMPLES_TEST_DIR}/batch_directory_check.py
              $<TARGET_FILE:example_batch_directory> $<TARGET_FILE:sayso-cli>
              ${_sayso_batch_dir} 4)
    set_tests_properties(example.batch_directory PROPERTIES LABELS example TIMEOUT 120)
  endif()
endif()
