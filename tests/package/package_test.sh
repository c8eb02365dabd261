#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack, unpacks it into a fresh root, and checks what a
# user's machine would get: both executables run from there (the GUI offscreen), the Depends come
# from the shared libraries, the .desktop file and the AppStream metainfo validate, and the icon is
# there in every size. Exits 77 (CTest: skipped) when a Debian tool it needs is missing.
#   package_test.sh BUILD_DIR
set -euo pipefail
build="$1"

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is missing (scripts/test.sh installs it)"
        exit 77
    fi
done

work="$(mktemp -d -t orch-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    exit 1
}
deb="$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)"
[ -n "$deb" ] || { echo "FAIL: cpack made no .deb"; exit 1; }
echo "package: $(basename "$deb")"

fail() { echo "FAIL: $*"; exit 1; }

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for library in libqt6core6 libqt6widgets6 libyaml-cpp; do
    [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for path in usr/bin/orchestrator usr/bin/orchestrator-gui usr/share/applications/orchestrator.desktop \
    usr/share/icons/hicolor/scalable/apps/orchestrator.svg usr/share/orchestrator/docker/worker.Dockerfile \
    usr/share/doc/parallel-ai-orchestrator/user-guide.md usr/share/doc/parallel-ai-orchestrator/images/main-running.png \
    usr/share/doc/parallel-ai-orchestrator/config.example.yaml; do
    [ -e "$root/$path" ] || fail "$path is not in the package"
done
for size in 16 32 48 64 128 256; do
    [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/orchestrator.png" ] || fail "no ${size}x${size} icon"
done

version="$("$root/usr/bin/orchestrator" --version)"
[[ "$version" == orchestrator* ]] || fail "orchestrator --version said: $version"
gui_version="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/orchestrator-gui" --version)"
[[ "$gui_version" == orchestrator* ]] || fail "orchestrator-gui --version said: $gui_version"
echo "installed: $version"

# The window starts from the installed files and keeps running until it is closed.
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
"$root/usr/bin/orchestrator-gui" >"$work/gui.log" 2>&1 &
gui=$!
sleep 3
if ! kill -0 "$gui" 2>/dev/null; then
    cat "$work/gui.log"
    fail "orchestrator-gui exited on its own"
fi
kill "$gui"
wait "$gui" 2>/dev/null || true

# `cmake --install` into a prefix gives the same working tree as the package.
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install"; }
(cd "$root/usr" && find . -type f | sort) >"$work/package-files"
(cd "$prefix" && find . -type f | sort) >"$work/prefix-files"
diff "$work/package-files" "$work/prefix-files" || fail "cmake --install and the package install different files"
[[ "$("$prefix/bin/orchestrator" --version)" == orchestrator* ]] || fail "orchestrator from the prefix does not run"
[[ "$("$prefix/bin/orchestrator-gui" --version)" == orchestrator* ]] || fail "orchestrator-gui from the prefix does not run"
# The annotated example configuration is one the installed program accepts as it is.
(cd "$work" && "$prefix/bin/orchestrator" --config "$prefix/share/doc/parallel-ai-orchestrator/config.example.yaml" \
    --print-config >"$work/print-config.log" 2>&1) || { cat "$work/print-config.log"; fail "the installed config.example.yaml"; }

desktop-file-validate "$root/usr/share/applications/orchestrator.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml || fail "appstreamcli validate"
echo "PASS"
