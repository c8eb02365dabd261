#!/usr/bin/env bash
# Builds the dev preset and runs every test with CTest; exits non-zero on any failure, with
# CTest's summary as the last lines. Installs what is missing first, including the pinned Claude
# Code CLI that the end-to-end tests run against a local mock of the Messages API.
#   scripts/test.sh [CTEST ARGS]   e.g. scripts/test.sh -L unit, scripts/test.sh -R tst_config
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

orch_install_packages "${ORCH_BUILD_PACKAGES[@]}"

# The e2e tests need the real CLI; CI must have it, so a failed install fails the run.
ORCH_CLAUDE_BIN="$("$ORCH_ROOT/scripts/lib/claude-cli.sh" | tail -n 1)"
export ORCH_CLAUDE_BIN

orch_build dev "-DORCH_CLAUDE_BIN=$ORCH_CLAUDE_BIN"

cd "$ORCH_ROOT"
exec ctest --preset dev "$@"
