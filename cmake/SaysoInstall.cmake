# Install rules: headers, library, CMake package, pkg-config (see issue 5).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/sayso DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
