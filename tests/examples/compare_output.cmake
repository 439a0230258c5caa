# cmake -P: runs PROGRAM (with ARGS, a ;-list) and compares its standard
# output with the file EXPECTED, byte for byte.
cmake_minimum_required(VERSION 3.20)
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}:\n${err}")
endif()
file(READ "${EXPECTED}" want)
if(NOT out STREQUAL want)
  message(FATAL_ERROR "output differs from ${EXPECTED}\n"
                      "--- expected:\n${want}--- got:\n${out}")
endif()
message(STATUS "output matches ${EXPECTED}")
