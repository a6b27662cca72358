#!/bin/sh
# Entry point of the Vigil image: `vigil <command>` (default `start`). The temporary folder lives in
# the data volume, so the image also runs with a read-only root file system; a volume mounted from
# an older image or a host folder may not have it yet.
set -e
mkdir -p "${TMPDIR:-/data/tmp}"
exec node /app/apps/cli/bin/vigil.js "$@"
