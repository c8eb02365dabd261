#!/usr/bin/env bash
# Builds the dev preset and runs every test with CTest, then the fuzz preset's short fuzz runs;
# exits non-zero on any failure, with CTest's summary as the last lines. Installs what is missing
# first, including the pinned Claude Code CLI that the end-to-end tests run against a local mock
# of the Messages API, and a docker engine for the docker tests under CI=true
# (ORCH_START_DOCKER=1 elsewhere).
#   scripts/test.sh [CTEST ARGS]   e.g. scripts/test.sh -L unit, scripts/test.sh -R tst_config
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$ORCH_ROOT/scripts/lib/docker.sh"

orch_install_packages "${ORCH_BUILD_PACKAGES[@]}" "${ORCH_TEST_PACKAGES[@]}"

# The e2e tests need the real CLI; CI must have it, so a failed install fails the run.
ORCH_CLAUDE_BIN="$("$ORCH_ROOT/scripts/lib/claude-cli.sh" | tail -n 1)"
export ORCH_CLAUDE_BIN

# The docker tests read the image from ORCH_DOCKER_TEST_IMAGE and skip visibly without it; in CI
# they must run, so there a daemon or image that cannot be had fails the run.
trap orch_docker_stop_started_daemon EXIT
if orch_docker_ensure_daemon; then
    ORCH_DOCKER_TEST_IMAGE="$(orch_docker_test_image "$ORCH_CLAUDE_BIN")"
    export ORCH_DOCKER_TEST_IMAGE
elif [ "${CI:-}" = "true" ]; then
    orch_log "CI needs a docker engine for the docker tests"
    exit 1
fi

orch_build dev "-DORCH_CLAUDE_BIN=$ORCH_CLAUDE_BIN"

cd "$ORCH_ROOT"
status=0
ctest --preset dev "$@" || status=$?

# The libFuzzer targets (clang, sanitizers; label fuzz): a short run of each on its seed corpus.
# They run after the dev tests even when those failed, so one CI run reports both. With CTest
# arguments that select no fuzz test (scripts/test.sh -L unit), finding none is not an error; a
# plain run must find and run them all (the preset's noTestsAction).
orch_build fuzz
fuzz_args=()
if [ "$#" -gt 0 ]; then
    fuzz_args=(--no-tests=ignore)
fi
ctest --preset fuzz "${fuzz_args[@]}" "$@" || status=$?
exit "$status"
