#!/usr/bin/env bash
# Opens the Parallel AI Orchestrator: installs what is missing, builds incrementally (release
# preset), then starts the desktop application with the given arguments.
#   scripts/run.sh [ARGS]        the desktop application
#   scripts/run.sh cli [ARGS]    the command line, e.g. scripts/run.sh cli --print-config
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

orch_install_packages "${ORCH_BUILD_PACKAGES[@]}"
orch_build release

bin="$ORCH_ROOT/build/release/app"
if [ "${1:-}" = "cli" ]; then
    shift
    exec "$bin/cli/orchestrator" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    orch_log "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open."
    orch_log "The command-line form works without one: scripts/run.sh cli [OPTIONS] \"TASK\""
    "$bin/cli/orchestrator" --help
    exit 1
fi
exec "$bin/gui/orchestrator-gui" "$@"
