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
