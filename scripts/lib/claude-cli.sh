#!/usr/bin/env bash
# Installs the pinned Claude Code CLI into a private cache folder and prints the
# binary's absolute path on the last line of stdout. Progress goes to stderr so
# callers can do: CLAUDE_BIN="$(scripts/lib/claude-cli.sh | tail -n 1)".
#
# Idempotent: when the cached binary already reports the pinned version it
# returns at once without touching the network.
#
# Environment:
#   ORCH_CACHE_DIR  cache root (default: $HOME/.cache/parallel-ai-orchestrator)
set -euo pipefail

readonly CLAUDE_VERSION="2.1.197"
readonly PACKAGE="@anthropic-ai/claude-code@${CLAUDE_VERSION}"
CACHE_ROOT="${ORCH_CACHE_DIR:-${HOME}/.cache/parallel-ai-orchestrator}"
CACHE="${CACHE_ROOT}/claude-cli-${CLAUDE_VERSION}"
BIN="${CACHE}/node_modules/.bin/claude"

log() { printf '[claude-cli] %s\n' "$*" >&2; }

# Prints nothing and fails unless the cached binary is the pinned version.
installed_version_matches() {
    [[ -x "${BIN}" ]] || return 1
    local out
    # The CLI must not wait on stdin or phone home just to print its version.
    out="$(CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 "${BIN}" --version </dev/null 2>/dev/null)" || return 1
    [[ "${out}" == "${CLAUDE_VERSION}"* ]]
}

ensure_npm() {
    if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
        return 0
    fi
    if [[ "$(id -u)" -ne 0 ]]; then
        # stdout stays reserved for the binary path, so the command goes to stderr.
        log "node and npm are missing and this is not root; run:"
        log "  sudo apt-get update && sudo apt-get install -y nodejs npm"
        exit 1
    fi
    log "installing nodejs and npm with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends nodejs npm >&2
}

if installed_version_matches; then
    log "Claude Code CLI ${CLAUDE_VERSION} already present in ${CACHE}"
else
    ensure_npm
    mkdir -p "${CACHE}"
    log "installing ${PACKAGE} into ${CACHE} (about 240 MB)"
    # --no-fund/--no-audit keep npm quiet and off non-registry endpoints.
    npm install --prefix "${CACHE}" --no-fund --no-audit --loglevel=error "${PACKAGE}" >&2
    if ! installed_version_matches; then
        log "installed ${PACKAGE} but '${BIN} --version' does not report ${CLAUDE_VERSION}"
        exit 1
    fi
    log "installed Claude Code CLI ${CLAUDE_VERSION}"
fi

# Absolute path of the .bin link (not its target), so it stays valid across reinstalls.
printf '%s\n' "$(cd "$(dirname "${BIN}")" && pwd -P)/$(basename "${BIN}")"
