#!/usr/bin/env bash
# Installs what Lede needs to build, test and package on Debian 12 (run as root or with sudo).
# Every library here is a Debian package; nothing is downloaded at build or run time.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential
    cmake
    ninja-build
    ccache
    pkg-config
    # Qt 6.4 (Core, Gui, Widgets, Sql + SQLite driver, Concurrent, Network, Svg, Test)
    qt6-base-dev
    qt6-base-dev-tools
    qt6-svg-dev
    qt6-l10n-tools
    qt6-tools-dev-tools
    libqt6sql6-sqlite
    libgl-dev
    # text: encoding detection and conversion, Markdown, HTML parsing (libxml2: fast and
    # forgiving, see docs/benchmarks.md "Web pages"), gzip-compressed saved pages (zlib)
    libuchardet-dev
    libicu-dev
    libmd4c-dev
    libxml2-dev
    zlib1g-dev
    libsqlite3-dev
    # tests and packaging: fonts for screenshots, AppStream validation, .deb checks
    fonts-dejavu-core
    fonts-noto-core
    appstream
    desktop-file-utils
    dpkg-dev
    file
    python3
    xauth
    xvfb
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
