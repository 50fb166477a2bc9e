#!/usr/bin/env bash
# install-deps.sh: installs the Debian 12 packages dqe builds with (run as
# root, or with sudo available). When every package is installed already it
# does nothing, so that example.sh and test.sh stay quick on a second run.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libabsl-dev libre2-dev libphonenumber-dev libprotobuf-dev libicu-dev
  libcsv-dev libcli11-dev nlohmann-json3-dev libtbb-dev
  unicode-data bzip2
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-dev python3-pytest pybind11-dev
  python3-pip python3-setuptools python3-wheel python3-venv
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || {
    echo "install-deps.sh: missing ${missing[*]}; run as root to install them" >&2
    exit 1
  }
  sudo=(sudo)
fi
echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
