# Runs one libFuzzer target for SECONDS on a scratch copy of its seed corpus (the fuzzer adds the
# inputs it finds to its first corpus folder; the committed seeds stay as they are). Fails on any
# crash, leak, timeout, out-of-memory or sanitizer report, all of which make libFuzzer exit
# non-zero (UBSAN_OPTIONS=halt_on_error=1 turns undefined behaviour into one).
#   cmake -DFUZZER=bin -DCORPUS=dir -DWORK=dir -DSECONDS=n [-DDICT=file] -P run_fuzz.cmake
foreach(var FUZZER CORPUS WORK SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_fuzz.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(COPY ${CORPUS}/ DESTINATION ${WORK}/corpus)

set(args -max_total_time=${SECONDS} -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix=${WORK}/artifacts/)
if(DICT)
    list(APPEND args -dict=${DICT})
endif()
execute_process(COMMAND ${FUZZER} ${args} ${WORK}/corpus RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts ${WORK}/artifacts/*)
    message(FATAL_ERROR "${FUZZER} failed (${result}); reproducer: ${artifacts}")
endif()
