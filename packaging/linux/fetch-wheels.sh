#!/bin/sh
# Download the wheels the Flatpak manifest pins (by package name, through pip), then let
# pip verify every file against requirements-flatpak.txt's hashes.
set -eu
here=$(dirname "$0")
mkdir -p "$here/wheels"
python3 -m pip download --only-binary=:all: --no-deps --python-version 3.12 \
  --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 \
  --platform manylinux_2_17_x86_64 --implementation cp \
  --require-hashes -r "$here/requirements-flatpak.txt" -d "$here/wheels"
