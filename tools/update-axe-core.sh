#!/usr/bin/env bash
# Replaces the axe-core that the accessibility gate runs with another version from npm, checked against the
# integrity hash npm publishes for it and against axe-core's own list of hashes for axe.min.js (sri-history.json).
# Usage: tools/update-axe-core.sh 4.14.1     (then run the tests: a new axe can find new problems in pages)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?Usage: tools/update-axe-core.sh VERSION}"
target=src/main/resources/dueregard/checks/axe-core
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null)
tarball="$work/axe-core-$version.tgz"
expected="$(npm view "axe-core@$version" dist.integrity)"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
[ "$expected" = "$actual" ] || { echo "The package's hash $actual is not npm's $expected" >&2; exit 1; }
tar -xzf "$tarball" -C "$work"
sri="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["axe.min.js"])' "$work/package/sri-history.json" "$version")"
ours="sha256-$(openssl dgst -sha256 -binary "$work/package/axe.min.js" | base64 -w0)"
[ "$sri" = "$ours" ] || { echo "axe.min.js has hash $ours, not the $sri axe-core lists for $version" >&2; exit 1; }
mkdir -p "$target"
cp "$work/package/axe.min.js" "$work/package/LICENSE" "$work/package/LICENSE-3RD-PARTY.txt" "$target/"
# The WCAG success criterion each rule tests, from the rule's own tags (wcag412 is 4.1.2; the first when it names
# several; none for best practices; rules axe marks deprecated left out), for the accessibility statement.
node - "$PWD/$target/axe.min.js" > "$target/wcag-criteria.tsv" <<'JS'
const axe = require(process.argv[2]);
console.log('# axe-core ' + axe.version + ': rule, then the WCAG criterion it tests (from its tags)');
for (const rule of axe.getRules().sort((a, b) => a.ruleId.localeCompare(b.ruleId))) {
  if (rule.tags.includes('deprecated')) continue;
  const tag = rule.tags.find(t => /^wcag\d{3,4}$/.test(t));
  if (tag) console.log(rule.ruleId + '\t' + tag.slice(4, 5) + '.' + tag.slice(5, 6) + '.' + tag.slice(6));
}
JS
cat > "$target/README.md" <<TEXT
# axe-core $version

The rules engine of the accessibility gate, from npm (\`axe-core@$version\`, $expected),
unchanged (wcag-criteria.tsv is made from its rules' tags). Licence: MPL-2.0 (LICENSE; the libraries it bundles: LICENSE-3RD-PARTY.txt). Its source:
https://github.com/dequelabs/axe-core/tree/v$version. To change the version: \`tools/update-axe-core.sh VERSION\`.
TEXT
echo "axe-core $version in $target (axe.min.js $ours)"
