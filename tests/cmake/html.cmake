# The HTML view of `sayso annotate --format html` (examples/cli/html.cc).
# html_markup_test (a GoogleTest binary globbed from tests/*_test.cc) compiles
# html.cc itself; html_view renders a real page in headless Chromium.
target_sources(html_markup_test PRIVATE ${PROJECT_SOURCE_DIR}/examples/cli/html.cc)
target_include_directories(html_markup_test PRIVATE ${PROJECT_SOURCE_DIR}/examples/cli)
target_link_libraries(html_markup_test PRIVATE absl::strings absl::str_format)

if(SAYSO_BUILD_EXAMPLES)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_FOUND)
    # Exit code 77: skipped (no ../shared, or no Chromium installed).
    add_test(NAME cli.html_view
      COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/html_view_test.py
              --sayso $<TARGET_FILE:sayso-cli>
              --shared ${SAYSO_SHARED_DIR}
              --out ${PROJECT_BINARY_DIR}/tests/html_view)
    set_tests_properties(cli.html_view PROPERTIES
      SKIP_RETURN_CODE 77 LABELS "cli;html" TIMEOUT 180)
  endif()
endif()
