#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu). Tangent needs
# a JDK 17 or newer (javac, not only java); the grader itself is in tangent/ beside this script.
set -euo pipefail
if command -v javac >/dev/null 2>&1 && javac -version 2>&1 | grep -Eq 'javac (1[7-9]|[2-9][0-9])'; then
  echo "tangent: $(javac -version 2>&1) is installed already"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jdk-headless
javac -version
