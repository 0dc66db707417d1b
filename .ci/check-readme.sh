#!/usr/bin/env bash
# Compiles and runs every ```csharp block of README.md as a top-level program in a fresh console app that
# references only the packed TradeDomain and TradeDomain.Data packages (from the folder given, default artifacts/).
# Usage: .ci/check-readme.sh [package-folder]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pkgdir="$(cd "${1:-$root/artifacts}" && pwd)"
version=$(ls "$pkgdir"/TradeDomain.[0-9]*.nupkg | grep -v snupkg | sed -E 's/.*TradeDomain\.([0-9][^/]*)\.nupkg/\1/' | sort -V | tail -1)
work=$(mktemp -d /tmp/readme-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="tradedomain-local" value="$pkgdir" />
  </packageSources>
</configuration>
XML
python3 - "$root/README.md" "$work" <<'PY'
import re, sys, os
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```csharp\n(.*?)```", text, re.S)
for i, b in enumerate(blocks, 1):
    d = os.path.join(sys.argv[2], f"snippet{i:02d}")
    os.makedirs(d)
    open(os.path.join(d, "Program.cs"), "w", encoding="utf-8").write(b)
print(f"{len(blocks)} csharp blocks")
PY
status=0
for d in "$work"/snippet*; do
  cat > "$d/Snippet.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="TradeDomain" Version="$version" />
    <PackageReference Include="TradeDomain.Data" Version="$version" />
  </ItemGroup>
</Project>
XML
  if out=$(cd "$d" && NUGET_PACKAGES="$work/packages" dotnet run 2>&1); then
    echo "README $(basename "$d"): ok"; [ -n "${VERBOSE:-}" ] && echo "$out"
  else
    echo "README $(basename "$d"): FAILED"; echo "$out" | tail -30; status=1
  fi
done
exit $status
