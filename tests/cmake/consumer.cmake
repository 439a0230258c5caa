# Packaging tests (issue 5): install this build into a temporary prefix, then
# build and run small consumer projects against it with find_package() and
# with pkg-config, and one that add_subdirectory()s the source tree.
# They need a complete build (`cmake --build build`), as CI does.
if(NOT SAYSO_INSTALL)
  return()
endif()

set(SAYSO_CONSUMER_DIR ${PROJECT_SOURCE_DIR}/tests/consumer)
set(SAYSO_CONSUMER_WORK ${PROJECT_BINARY_DIR}/tests/consumer)
set(SAYSO_CONSUMER_PREFIX ${SAYSO_CONSUMER_WORK}/prefix)
set(SAYSO_CONSUMER_EXPECT "tokens: 13 sentences: 2")
set(SAYSO_CONSUMER_BUILD_TYPE ${CMAKE_BUILD_TYPE})
if(NOT SAYSO_CONSUMER_BUILD_TYPE)
  set(SAYSO_CONSUMER_BUILD_TYPE Release)
endif()

# Relative to the prefix (globs allowed).
set(SAYSO_CONSUMER_REQUIRED_FILES
  include/sayso/document.h include/sayso/pipeline.h include/sayso/tokenizer.h
  ${CMAKE_INSTALL_LIBDIR}/libsayso.*
  ${CMAKE_INSTALL_LIBDIR}/cmake/sayso/sayso-config.cmake
  ${CMAKE_INSTALL_LIBDIR}/cmake/sayso/sayso-config-version.cmake
  ${CMAKE_INSTALL_LIBDIR}/cmake/sayso/sayso-targets.cmake
  ${CMAKE_INSTALL_LIBDIR}/pkgconfig/sayso.pc)
if(SAYSO_BUILD_EXAMPLES)
  list(APPEND SAYSO_CONSUMER_REQUIRED_FILES ${CMAKE_INSTALL_BINDIR}/sayso)
endif()
if(TARGET sayso_default_gazetteer)
  list(APPEND SAYSO_CONSUMER_REQUIRED_FILES
       ${CMAKE_INSTALL_DATADIR}/sayso/default.gazetteer)
endif()
string(REPLACE ";" "|" _sayso_required "${SAYSO_CONSUMER_REQUIRED_FILES}")

add_test(NAME consumer.install
  COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
          -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DPREFIX=${SAYSO_CONSUMER_PREFIX}
          "-DREQUIRED_FILES=${_sayso_required}"
          -P ${SAYSO_CONSUMER_DIR}/install_tree.cmake)
set_tests_properties(consumer.install PROPERTIES
  FIXTURES_SETUP sayso_installed LABELS packaging TIMEOUT 300)

add_test(NAME consumer.find_package
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SAYSO_CONSUMER_DIR}/find_package
          -DBINARY_DIR=${SAYSO_CONSUMER_WORK}/find_package -DFRESH=ON
          -DGENERATOR=${CMAKE_GENERATOR} -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
          -DBUILD_TYPE=${SAYSO_CONSUMER_BUILD_TYPE}
          -DEXTRA_ARGS=-DCMAKE_PREFIX_PATH=${SAYSO_CONSUMER_PREFIX}
          "-DEXPECT=${SAYSO_CONSUMER_EXPECT}"
          -P ${SAYSO_CONSUMER_DIR}/run_consumer.cmake)
set_tests_properties(consumer.find_package PROPERTIES
  FIXTURES_REQUIRED sayso_installed LABELS packaging TIMEOUT 300)

add_test(NAME consumer.pkg_config
  COMMAND bash ${SAYSO_CONSUMER_DIR}/pkg_config/pkg_config_test.sh
          ${SAYSO_CONSUMER_PREFIX} ${CMAKE_CXX_COMPILER}
          ${SAYSO_CONSUMER_DIR}/main.cc ${SAYSO_CONSUMER_WORK}/pkg_config)
set_tests_properties(consumer.pkg_config PROPERTIES
  FIXTURES_REQUIRED sayso_installed LABELS packaging TIMEOUT 300
  PASS_REGULAR_EXPRESSION "${SAYSO_CONSUMER_EXPECT}")

# The installed CLI finds the installed gazetteer image next to it
# (<prefix>/bin/../share/sayso/) and annotates a sentence.
if(SAYSO_BUILD_EXAMPLES AND TARGET sayso_default_gazetteer)
  add_test(NAME consumer.installed_cli
    COMMAND ${SAYSO_CONSUMER_PREFIX}/${CMAKE_INSTALL_BINDIR}/sayso annotate
            --format text --quiet ${SAYSO_CONSUMER_DIR}/sentence.txt)
  set_tests_properties(consumer.installed_cli PROPERTIES
    FIXTURES_REQUIRED sayso_installed LABELS packaging TIMEOUT 60
    PASS_REGULAR_EXPRESSION "entity +\\[0,4\\) Kyiv +GPE +Kyiv \\(")
endif()

# Compiles the library once more inside the consumer's build (incrementally:
# the build tree is kept between runs).
add_test(NAME consumer.add_subdirectory
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SAYSO_CONSUMER_DIR}/add_subdirectory
          -DBINARY_DIR=${SAYSO_CONSUMER_WORK}/add_subdirectory
          -DGENERATOR=${CMAKE_GENERATOR} -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
          -DBUILD_TYPE=${SAYSO_CONSUMER_BUILD_TYPE}
          -DEXTRA_ARGS=-DSAYSO_SOURCE_DIR=${PROJECT_SOURCE_DIR}
          "-DEXPECT=${SAYSO_CONSUMER_EXPECT}"
          -P ${SAYSO_CONSUMER_DIR}/run_consumer.cmake)
set_tests_properties(consumer.add_subdirectory PROPERTIES
  LABELS packaging TIMEOUT 1200)
