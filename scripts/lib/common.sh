# shellcheck shell=bash
# Shared by scripts/run.sh and scripts/test.sh: find the checkout, install what the build needs,
# configure and build a preset incrementally. Source it; it defines functions only.

ORCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 / Ubuntu package names (MACHINE.md). Without libqt6opengl6-dev CMake cannot find Qt6Charts;
# qt6-translations-l10n gives Qt's own dialogs the language chosen in Settings.
ORCH_BUILD_PACKAGES=(
    cmake ninja-build g++ git pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libyaml-cpp-dev nlohmann-json3-dev libspdlog-dev
)

# What only the tests need: package building and desktop metadata validation; the benchmarks'
# baselines (GNU parallel, jq), whose smoke runs with the tests; the fuzz preset's clang with
# libFuzzer and the sanitizer runtimes (libclang-rt-14-dev on Debian 12; clang-14 does not pull
# it in) and llvm-symbolizer (llvm) for readable sanitizer reports.
ORCH_TEST_PACKAGES=(dpkg-dev desktop-file-utils appstream parallel jq clang libclang-rt-14-dev llvm)

orch_log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }

# Prints the packages of "$@" that dpkg does not list as installed.
orch_missing_packages() {
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs the missing ones of "$@": apt-get as root, sudo when it works without a password prompt,
# otherwise prints the exact command and fails.
orch_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        orch_log "this is not a Debian-based system; install the equivalents of: $*"
        return 1
    fi
    local missing
    mapfile -t missing < <(orch_missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo)
        else
            orch_log "missing packages: ${missing[*]}"
            orch_log "install them with:"
            orch_log "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
            return 1
        fi
    fi
    orch_log "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}" >&2
}

# Configures (only the first time, or when CMake asks for it) and builds a preset.
orch_build() {
    local preset="$1"
    shift
    cd "$ORCH_ROOT"
    if [ ! -f "build/$preset/CMakeCache.txt" ] || [ "$#" -gt 0 ]; then
        cmake --preset "$preset" "$@" >&2
    fi
    cmake --build --preset "$preset" >&2
}
