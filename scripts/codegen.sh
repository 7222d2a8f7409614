#!/usr/bin/env bash
# Regenerates Wolverine's endpoint code into src/Api/Internal/Generated from a clean folder. Run it after
# changing an endpoint's signature, its attributes, or a Wolverine policy; commit the result. The test
# GeneratedCodeTests fails while the committed code is stale. No database is needed.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
rm -rf src/Api/Internal/Generated
dotnet build src/Api -c Debug -v quiet -nologo
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/Api --no-build -- codegen write | grep "Wrote"
