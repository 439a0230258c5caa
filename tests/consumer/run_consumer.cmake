# cmake -P driver for the consumer tests (tests/cmake/consumer.cmake):
# configures, builds and runs one consumer project, and checks its output.
#   -DSOURCE_DIR=  the consumer project     -DBINARY_DIR= its build tree
#   -DGENERATOR=   CMake generator          -DCXX_COMPILER= the C++ compiler
#   -DBUILD_TYPE=  e.g. Release             -DEXTRA_ARGS=  ;-list of -D options
#   -DFRESH=ON     delete BINARY_DIR first  -DEXPECT=      regex on the output
cmake_minimum_required(VERSION 3.20)

if(FRESH)
  file(REMOVE_RECURSE "${BINARY_DIR}")
endif()

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer ${step} failed (${rc}):\n${ARGN}\n${out}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

run(configure ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${BINARY_DIR}"
    -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER} ${EXTRA_ARGS})
# Only the consumer and what it needs; two jobs (CI machines have 2 cores).
run(build ${CMAKE_COMMAND} --build "${BINARY_DIR}" --target consumer -j 2)
run(run "${BINARY_DIR}/consumer")
message(STATUS "consumer output: ${step_output}")
if(NOT step_output MATCHES "${EXPECT}")
  message(FATAL_ERROR "consumer output does not match '${EXPECT}':\n${step_output}")
endif()
