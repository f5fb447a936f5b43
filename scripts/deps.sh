#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what rasad needs to build and test on Debian 12 (run as root).
# The one list of build dependencies: the README and .ci/run both call it.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    build-essential cmake pkg-config python3 git \
    libutf8proc-dev libjansson-dev libsqlite3-dev \
    libgeonames-dev libgeonames-common \
    clang libclang-rt-dev >/dev/null
