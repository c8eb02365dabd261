#!/bin/bash
# A manual try of the GUI under a real X server (Xvfb), driven by xdotool like a user's keyboard.
# Needs: the dev build (scripts/test.sh), Xvfb, xdotool and ImageMagick (import); the Claude CLI that
# scripts/lib/claude-cli.sh installs. Types the issue's task, plans with the real CLI against the mock
# API, runs, saves the profile, quits and reopens. WORK=DIR keeps the files (screenshots, logs).
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${WORK:-$(mktemp -d)}"
mkdir -p "$WORK/home"
export HOME="$WORK/home" DISPLAY=:99
CLI_DIR="$(ls -d "${XDG_CACHE_HOME:-/root/.cache}"/parallel-ai-orchestrator/claude-cli-*/node_modules/.bin | tail -1)"
export PATH="$CLI_DIR:$PATH"
# The mock lives while its stdin is open: fd 3, closed when this script ends.
exec 3> >("$ROOT/build/dev/tests/fakes/mock_anthropic/mock_anthropic" --max-seconds 900 >"$WORK/mock.out" 2>"$WORK/mock.err")
sleep 1
export ANTHROPIC_BASE_URL=http://127.0.0.1:$(head -1 $WORK/mock.out | cut -d' ' -f2)
export ANTHROPIC_API_KEY=test-key-for-the-mock CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 NO_PROXY=127.0.0.1,localhost
GUI="$ROOT/build/dev/app/gui/orchestrator-gui"
pgrep -f "Xvfb :99" >/dev/null || { Xvfb :99 -screen 0 1600x1000x24 >/dev/null 2>&1 & sleep 1; }
cd "$WORK"
$GUI > gui1.log 2>&1 &
GUIPID=$!
sleep 4
WID=$(xdotool search --sync --onlyvisible --name "Parallel AI Orchestrator" | head -1)
echo "window $WID: $(xdotool getwindowname $WID)"
xdotool windowactivate --sync $WID 2>/dev/null; xdotool windowfocus --sync $WID
sleep 0.5
xdotool type --delay 20 "Create: 1) a todo app 2) a calculator 3) a notes app"
xdotool key ctrl+shift+Return
for i in $(seq 1 60); do sleep 2; grep -q "decomposed into" gui1.log && break; done
echo "after plan: $(xdotool getwindowname $WID)"
import -window root $WORK/planned.png; xdotool key ctrl+Return; sleep 4; import -window root $WORK/running.png
for i in $(seq 1 60); do sleep 2; ls workspace/runs/*/result.json >/dev/null 2>&1 && break; done
sleep 2
ls workspace/runs/*/
python3 -c "import json,glob; r=json.load(open(glob.glob('workspace/runs/*/result.json')[0])); print(r.get('status'), [ (s.get('task'), s.get('status')) for s in r.get('subtask_results', r.get('subtasks', []))])"
# Save the profile as "todo-trio" (Ctrl+Shift+S asks for a name), then quit.
xdotool key ctrl+shift+s; sleep 1.5
xdotool type --delay 20 "todo-trio"; xdotool key Return; sleep 1
echo "after save: $(xdotool getwindowname $WID)"
xdotool windowfocus --sync $WID; xdotool key ctrl+q; for i in $(seq 1 20); do kill -0 $GUIPID 2>/dev/null || break; sleep 0.5; done
kill -0 $GUIPID 2>/dev/null && echo "still running" || echo "closed"
$GUI > gui2.log 2>&1 &
GUIPID=$!
sleep 4
WID=$(xdotool search --sync --onlyvisible --name "Parallel AI Orchestrator" | head -1)
echo "reopened: $(xdotool getwindowname $WID)"
import -window root $WORK/reopened.png; kill $GUIPID
