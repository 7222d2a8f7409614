#!/usr/bin/env bash
# Prints a development bearer token, signed with the Development key of src/Api/appsettings.Development.json.
#   ./scripts/dev-token.sh ROLE [DIVISION] [USER]     e.g. ./scripts/dev-token.sh operator 370302 zhang.wei
# Roles: operator, finance, analyst, auditor, admin. DIVISION is a 6-digit province, city or county code;
# omit it for an unscoped analyst, auditor or admin.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
role=${1:?usage: dev-token.sh ROLE [DIVISION] [USER]}
args=(dev-token --role "$role" --user "${3:-dev-$role}")
[ -n "${2:-}" ] && args+=(--division "$2")
api="$ROOT/src/Api/bin/Release/net10.0"
[ -f "$api/Fupin.EventSourced.Api.dll" ] || dotnet build "$ROOT/src/Api" -c Release -v quiet -nologo >&2
cd "$api"
ASPNETCORE_ENVIRONMENT=Development dotnet Fupin.EventSourced.Api.dll "${args[@]}" 2>/dev/null | tail -n 1
