# The image docker mode runs workers in (docker.image, default orchestrator-worker:latest):
#   docker build -t orchestrator-worker:latest -f packaging/docker/worker.Dockerfile packaging/docker
# The orchestrator starts each container with the user's own uid:gid, HOME=/tmp, the worker's
# folder at /workspace and the agent's argv, so the image needs only the CLI on PATH.
FROM node:22-bookworm-slim

# Keep in step with scripts/lib/claude-cli.sh, the version the tests run against.
ARG CLAUDE_CODE_VERSION=2.1.197

# git: the agent commits and inspects history in worktree mode (docker.worktree).
RUN apt-get update \
    && apt-get install -y --no-install-recommends git ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && npm install --global "@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}" \
    && npm cache clean --force

# A non-root default user for anyone who runs the image by hand; the orchestrator passes --user.
RUN useradd --create-home --uid 10001 --shell /bin/bash orchestrator \
    && mkdir -p /workspace && chown orchestrator:orchestrator /workspace
USER orchestrator
ENV HOME=/home/orchestrator \
    DISABLE_AUTOUPDATER=1
WORKDIR /workspace

CMD ["claude", "--version"]
