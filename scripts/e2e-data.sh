#!/usr/bin/env bash
# The data folder the browser tests run on: data/ with its events.json replaced by the tests'
# own frozen copy of the seed (tests/fixtures/valid/ap-brussels), so improving the shipped
# seed breaks no test, and the real seed beside it at examples/seed/ for tests/e2e/seed.spec.ts.
# Usage: scripts/e2e-data.sh <scratch folder>   (the folder is made afresh)
set -euo pipefail
target="${1:?give the scratch folder to write}"
fixture=tests/fixtures/valid/ap-brussels
rm -rf "$target"
cp -r data "$target"
cp "$fixture/events.json" "$target/events.json"
cp -r "$fixture/sources/." "$target/sources/"
mkdir -p "$target/examples/seed"
cp data/events.json "$target/examples/seed/events.json"
cp -r data/sources "$target/examples/seed/sources"
