# Accuracy on the shared gold (issue 3: entities_f1 >= 0.90 and
# canonical_acc >= 0.95; issue 4: claims_f1 >= 0.90), scored by
# ../shared/eval/score.py. Skipped when ../shared is absent.
if(SAYSO_BUILD_EXAMPLES)
  add_test(NAME eval.gold
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/eval_gold.sh $<TARGET_FILE:sayso-cli>
            ${SAYSO_SHARED_DIR} 0.90 0.90 0.95)
  set_tests_properties(eval.gold PROPERTIES LABELS eval TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
