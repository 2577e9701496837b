#!/usr/bin/env bash
# Copies the shared specification (../shared/spec) into docs/spec and tests/fixtures/example, and shows what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/spec}
cp "$src"/*.md docs/spec/ && rm -rf docs/spec/codes && cp -r "$src/codes" docs/spec/codes
cp -r "$src/example/." tests/fixtures/example/
git status --short docs/spec tests/fixtures/example
