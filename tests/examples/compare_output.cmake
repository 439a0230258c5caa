# cmake -P: runs PROGRAM (with ARGS, a |-separated list) and checks its
# standard output:
#   -DEXPECTED=file     the output must equal the file, byte for byte;
#   -DREGEX_LINES=file  each non-empty line of the file is a regular
#                       expression that must match a whole line of the output,
#                       in order (other output lines may come between).
cmake_minimum_required(VERSION 3.20)
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}:\n${err}")
endif()

if(EXPECTED)
  file(READ "${EXPECTED}" want)
  if(NOT out STREQUAL want)
    message(FATAL_ERROR "output differs from ${EXPECTED}\n"
                        "--- expected:\n${want}--- got:\n${out}")
  endif()
  message(STATUS "output matches ${EXPECTED}")
endif()

if(REGEX_LINES)
  # Lines are compared one by one; CMake lists would split on ';' and treat
  # '[' specially, so walk the text with string(FIND) instead.
  file(STRINGS "${REGEX_LINES}" patterns)
  set(rest "${out}")
  foreach(pattern IN LISTS patterns)
    if(pattern STREQUAL "")
      continue()
    endif()
    set(found FALSE)
    while(NOT rest STREQUAL "")
      string(FIND "${rest}" "\n" eol)
      if(eol EQUAL -1)
        set(line "${rest}")
        set(rest "")
      else()
        string(SUBSTRING "${rest}" 0 ${eol} line)
        math(EXPR next "${eol} + 1")
        string(SUBSTRING "${rest}" ${next} -1 rest)
      endif()
      if(line MATCHES "^${pattern}$")
        set(found TRUE)
        break()
      endif()
    endwhile()
    if(NOT found)
      message(FATAL_ERROR "no output line (in order) matches\n  ${pattern}\n"
                          "--- output:\n${out}")
    endif()
  endforeach()
  message(STATUS "every line of ${REGEX_LINES} matched")
endif()
