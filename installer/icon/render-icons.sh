#!/usr/bin/env bash
# Renders the app icon from hardship-binder.svg into every size and format the installers need. Run it by hand after
# changing the SVG and commit the results: the build itself needs none of these tools.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
svg=hardship-binder.svg
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "png/hardship-binder-$size.png"
done
# Windows: one .ico with the sizes Explorer and the Start menu ask for.
convert png/hardship-binder-{16,24,32,48,64,128,256}.png hardship-binder.ico
# macOS: an .icns with the sizes Finder and the Dock ask for.
png2icns hardship-binder.icns png/hardship-binder-{16,32,48,128,256,512,1024}.png >/dev/null
# Linux: jpackage and the desktop entry use the 256-pixel PNG.
cp png/hardship-binder-256.png hardship-binder.png
