#!/usr/bin/env bash
# Installs the Debian packages vernissage needs outside npm, when they are missing:
# chromium (end-to-end tests and benchmarks), ffmpeg (demo media, transcoding), DejaVu fonts (title cards),
# poppler-utils (the booklet test reads the printed PDF's text), redis-server (the job queue's second driver: its tests
# start their own server on a free loopback port).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: chromium, ffmpeg, fonts, poppler-utils and redis-server are present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system packages: missing ${missing[*]}, and this is not a Debian-like system: install them with your package manager" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system packages: missing ${missing[*]}; run this script as root" >&2
    exit 1
  fi
fi

echo "system packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "system packages: done"
