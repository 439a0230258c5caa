# Install rules (issue 5): headers, the library with its CMake package
# (sayso-config.cmake, version file, exported targets sayso::sayso), a
# pkg-config file. The CLI (examples/CMakeLists.txt) and the default gazetteer
# image (data/CMakeLists.txt) install themselves when SAYSO_INSTALL is ON.
#
# Everything installed is relocatable: the CMake package computes its prefix
# from its own location and sayso.pc from ${pcfiledir}, so
# `cmake --install build --prefix /anywhere` gives a usable tree.
include(CMakePackageConfigHelpers)

set(SAYSO_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/sayso"
    CACHE STRING "Where sayso-config.cmake is installed, relative to the prefix")
mark_as_advanced(SAYSO_CMAKE_INSTALL_DIR)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/sayso
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")

install(TARGETS sayso EXPORT sayso-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT sayso-targets NAMESPACE sayso::
        FILE sayso-targets.cmake
        DESTINATION ${SAYSO_CMAKE_INSTALL_DIR})

# A static libsayso.a needs its private dependencies at the consumer's link
# step: the package config finds them too (SAYSO_STATIC below).
get_target_property(_sayso_type sayso TYPE)
if(_sayso_type STREQUAL "STATIC_LIBRARY")
  set(SAYSO_STATIC ON)
else()
  set(SAYSO_STATIC OFF)
endif()

# A shared libsayso in a prefix outside the loader's path: the installed CLI
# finds it relative to itself (<prefix>/bin/../lib).
if(NOT SAYSO_STATIC AND TARGET sayso-cli AND NOT IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  file(RELATIVE_PATH _sayso_bin_to_lib "/prefix/${CMAKE_INSTALL_BINDIR}"
       "/prefix/${CMAKE_INSTALL_LIBDIR}")
  set_target_properties(sayso-cli PROPERTIES
    INSTALL_RPATH "$ORIGIN/${_sayso_bin_to_lib}")
endif()

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/sayso-config.cmake.in
  ${PROJECT_BINARY_DIR}/sayso-config.cmake
  INSTALL_DESTINATION ${SAYSO_CMAKE_INSTALL_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_DATADIR
  NO_CHECK_REQUIRED_COMPONENTS_MACRO)
# 0.x: only the same minor version is compatible.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/sayso-config-version.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/sayso-config.cmake
              ${PROJECT_BINARY_DIR}/sayso-config-version.cmake
        DESTINATION ${SAYSO_CMAKE_INSTALL_DIR})

# pkg-config. The public dependencies go to Requires; the private ones to
# Requires.private for a shared library, but to Requires for a static one so
# that a plain `pkg-config --libs sayso` links (most users forget --static).
set(SAYSO_PC_PUBLIC "absl_status absl_statusor absl_strings")
set(SAYSO_PC_PRIVATE
    "icu-uc icu-i18n libutf8proc libxxhash simdjson absl_flat_hash_map absl_flat_hash_set absl_str_format absl_span")
if(SAYSO_STATIC)
  set(SAYSO_PC_REQUIRES "${SAYSO_PC_PUBLIC} ${SAYSO_PC_PRIVATE}")
  set(SAYSO_PC_REQUIRES_PRIVATE "")
else()
  set(SAYSO_PC_REQUIRES "${SAYSO_PC_PUBLIC}")
  set(SAYSO_PC_REQUIRES_PRIVATE "${SAYSO_PC_PRIVATE}")
endif()
set(SAYSO_PC_PKGCONFIG_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(SAYSO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  # ${pcfiledir} is where pkg-config found sayso.pc: the prefix is a fixed
  # number of levels above it.
  file(RELATIVE_PATH _sayso_pc_up "/prefix/${SAYSO_PC_PKGCONFIG_DIR}" "/prefix")
  string(REGEX REPLACE "/$" "" _sayso_pc_up "${_sayso_pc_up}")
  set(SAYSO_PC_PREFIX "\${pcfiledir}/${_sayso_pc_up}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/sayso.pc.in
               ${PROJECT_BINARY_DIR}/sayso.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/sayso.pc DESTINATION ${SAYSO_PC_PKGCONFIG_DIR})
