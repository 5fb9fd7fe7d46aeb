#!/usr/bin/env bash
# Installs what the project needs from Debian's packages, once: Java 17 and Maven (to provision Neo4j),
# Chromium and ChromeDriver (browser tests), wrk (API load benchmark). Safe to re-run.
set -euo pipefail
need=()
command -v java >/dev/null || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || need+=(maven)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v wrk >/dev/null || need+=(wrk)
command -v dot >/dev/null || need+=(graphviz)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
  command -v sudo >/dev/null || { echo "error: need root to install: ${need[*]}" >&2; exit 1; }
else
  SUDO=
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
