# shellcheck shell=bash
# Docker for the tests: a daemon that answers, and a worker image made without any registry.
# Source after common.sh. Defines functions only.
#
# A daemon is started only when none answers and CI=true or ORCH_START_DOCKER=1; it runs with the
# default bridge off (this network forbids its private-range addresses, MACHINE.md) and is stopped
# by orch_docker_stop_started_daemon when the tests end.

ORCH_DOCKER_STARTED_PID=""

orch_docker_answers() {
    command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1
}

# Returns 0 when a daemon answers (started here if allowed), 1 otherwise with the reason logged.
orch_docker_ensure_daemon() {
    if orch_docker_answers; then
        return 0
    fi
    if [ "${CI:-}" != "true" ] && [ "${ORCH_START_DOCKER:-}" != "1" ]; then
        orch_log "no docker daemon answers: the docker tests will SKIP (ORCH_START_DOCKER=1 lets this script start one)"
        return 1
    fi
    command -v dockerd >/dev/null 2>&1 || orch_install_packages docker.io || return 1
    if [ "$(id -u)" -ne 0 ]; then
        orch_log "starting dockerd needs root; start the docker service and run again"
        return 1
    fi
    local log
    log="$(mktemp -t orch-dockerd.XXXXXX.log)"
    orch_log "starting dockerd (log: $log)"
    dockerd --bridge=none --iptables=false --ip-masq=false >"$log" 2>&1 &
    ORCH_DOCKER_STARTED_PID=$!
    local waited=0
    until orch_docker_answers; do
        if ! kill -0 "$ORCH_DOCKER_STARTED_PID" 2>/dev/null || [ "$waited" -ge 60 ]; then
            orch_log "dockerd did not come up; the end of its log:"
            tail -n 20 "$log" >&2
            ORCH_DOCKER_STARTED_PID=""
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

# Stops the daemon orch_docker_ensure_daemon started, if any, and waits for it to go.
orch_docker_stop_started_daemon() {
    [ -n "$ORCH_DOCKER_STARTED_PID" ] || return 0
    orch_log "stopping the dockerd started for the tests"
    kill "$ORCH_DOCKER_STARTED_PID" 2>/dev/null || true
    local waited=0
    while kill -0 "$ORCH_DOCKER_STARTED_PID" 2>/dev/null && [ "$waited" -lt 30 ]; do
        sleep 1
        waited=$((waited + 1))
    done
    ORCH_DOCKER_STARTED_PID=""
}

# Builds (once per CLI binary) an image holding the Claude CLI, the glibc libraries it links and a
# static busybox for a shell, by `docker import` of a folder. Prints the image name on stdout.
#   orch_docker_test_image CLAUDE_BIN
orch_docker_test_image() {
    local claude
    claude="$(readlink -f "$1")"
    orch_install_packages busybox-static >/dev/null || return 1
    local tag
    tag="$( (sha256sum "$claude" /bin/busybox | sha256sum) | cut -c1-12)"
    local image="orchestrator-test-worker:$tag"
    if docker image inspect "$image" >/dev/null 2>&1; then
        printf '%s\n' "$image"
        return 0
    fi
    orch_log "building the docker test image $image"
    local root
    root="$(mktemp -d -t orch-rootfs.XXXXXX)"
    mkdir -p "$root/usr/local/bin" "$root/bin" "$root/tmp" "$root/workspace" "$root/etc"
    chmod 1777 "$root/tmp"
    cp "$claude" "$root/usr/local/bin/claude"
    local lib
    for lib in $(ldd "$claude" | grep -o '/[^ ]*'); do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
    cp /bin/busybox "$root/bin/busybox"
    local applet
    for applet in $(/bin/busybox --list); do
        [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
    done
    printf 'root:x:0:0:root:/tmp:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\n' >"$root/etc/group"
    tar -C "$root" -c . | docker import \
        --change 'ENV PATH=/usr/local/bin:/bin' \
        --change 'ENV HOME=/tmp' \
        --change 'WORKDIR /workspace' \
        - "$image" >/dev/null
    local status=$?
    rm -rf "$root"
    [ "$status" -eq 0 ] || return 1
    printf '%s\n' "$image"
}
