#!/usr/bin/env bash
# Regenerates every PNG, the .ico and the .icns from the two hand-written SVGs, and copies the
# window-icon sizes into src/main/resources/icons/ for the desktop app (ui/AppIcons).
# Needs: rsvg-convert (librsvg2-bin), ImageMagick convert, png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
# /usr/local/bin/convert may be a stand-in on build machines; prefer the real ImageMagick.
CONVERT=${CONVERT:-$(command -v /usr/bin/convert || command -v convert)}

for size in 16 24; do
  rsvg-convert -w "$size" -h "$size" vpnfailover-small.svg -o "vpnfailover-$size.png"
done
for size in 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" vpnfailover.svg -o "vpnfailover-$size.png"
done

"$CONVERT" vpnfailover-16.png vpnfailover-24.png vpnfailover-32.png vpnfailover-48.png \
  vpnfailover-64.png vpnfailover-128.png vpnfailover-256.png vpnfailover.ico
png2icns vpnfailover.icns vpnfailover-16.png vpnfailover-32.png vpnfailover-48.png \
  vpnfailover-128.png vpnfailover-256.png vpnfailover-512.png vpnfailover-1024.png >/dev/null

resources=../src/main/resources/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "vpnfailover-$size.png" "$resources/"
done
echo "icons rendered in $(pwd)"
