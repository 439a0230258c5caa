# cmake -P: installs the build tree BUILD_DIR into a fresh PREFIX and checks
# what was installed: every file a consumer needs, and no build-tree or
# source-tree path in the exported CMake targets (a static library must not
# leak its private helper targets or include directories).
#   -DBUILD_DIR= -DPREFIX= -DSOURCE_DIR= -DREQUIRED_FILES=<|-separated, relative>
cmake_minimum_required(VERSION 3.20)

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

string(REPLACE "|" ";" REQUIRED_FILES "${REQUIRED_FILES}")
set(missing "")
foreach(rel IN LISTS REQUIRED_FILES)
  file(GLOB found "${PREFIX}/${rel}")
  if(NOT found)
    list(APPEND missing "${rel}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed: ${missing}\n${out}")
endif()

file(GLOB_RECURSE exported "${PREFIX}/*/sayso-targets*.cmake")
if(NOT exported)
  message(FATAL_ERROR "no sayso-targets*.cmake under ${PREFIX}")
endif()
foreach(f IN LISTS exported)
  file(READ "${f}" text)
  foreach(tree "${BUILD_DIR}" "${SOURCE_DIR}")
    string(FIND "${text}" "${tree}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "${f} refers to the tree ${tree}")
    endif()
  endforeach()
  foreach(helper sayso_warnings sayso_sanitize)
    string(FIND "${text}" "${helper}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "${f} exports the build-only target ${helper}")
    endif()
  endforeach()
endforeach()
message(STATUS "installed into ${PREFIX}; checked ${REQUIRED_FILES}")
