#!/usr/bin/env bash
# Renders the screenshots used by README.md and docs/ into docs/images/, from the dev build.
# Under a real X server when DISPLAY is set (or xvfb-run is installed), else offscreen.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
cd "$ORCH_ROOT"
cmake --preset dev >/dev/null
cmake --build --preset dev --target orch_screenshots
binary="$ORCH_ROOT/build/dev/tests/screenshots/orch_screenshots"
if [[ -n "${DISPLAY:-}" ]]; then
    "$binary" "$ORCH_ROOT/docs/images"
elif command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$binary" "$ORCH_ROOT/docs/images"
else
    QT_QPA_PLATFORM=offscreen "$binary" "$ORCH_ROOT/docs/images"
fi
