#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt and
# drops entries for symbols that no longer exist (RS0017). Review the diff: it is the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/TradeDomain src/TradeDomain.Data src/TradeDomain.Cli; do
  [ -f "$project/PublicAPI.Unshipped.txt" ] || continue
  out=$(dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
  file="$project/PublicAPI.Unshipped.txt"
  { head -1 "$file"
    { tail -n +2 "$file"
      grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" <<<"$out" || true
    } | grep -v '^$' | sort -u
  } > "$file.new"
  removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" <<<"$out" | sort -u || true)
  if [ -n "$removed" ]; then grep -vxF -f <(echo "$removed") "$file.new" > "$file.tmp" || true; mv "$file.tmp" "$file.new"; fi
  mv "$file.new" "$file"
  echo "$file: $(($(wc -l < "$file") - 1)) entries"
done
