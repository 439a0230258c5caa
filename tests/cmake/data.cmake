# The built-in gazetteer's sources (data/, docs/data.md): the curated TSV is
# valid and every gold entity mention has an alias giving its canonical name.
# Skipped (77) when ../shared/gold is absent.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME data.gold_coverage
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/data/check_gold_coverage.py
            --gold ${SAYSO_SHARED_DIR}/gold --data ${PROJECT_SOURCE_DIR}/data)
  set_tests_properties(data.gold_coverage PROPERTIES LABELS data TIMEOUT 300
                       SKIP_RETURN_CODE 77)
endif()
