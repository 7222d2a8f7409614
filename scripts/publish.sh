#!/usr/bin/env bash
# Publishes the API as production runs it: Release, pre-generated Wolverine code, and ReadyToRun (the app's and
# its packages' code compiled ahead of time, so start-up does not wait for the JIT), to artifacts/api.
# Run it with: cd artifacts/api && dotnet Fupin.EventSourced.Api.dll
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
output=${1:-artifacts/api}
dotnet publish src/Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$output" -v quiet -nologo
echo "Published to $output"
