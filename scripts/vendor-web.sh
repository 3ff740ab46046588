#!/bin/sh
# Fetch the web app's front-end libraries from the npm registry (`npm pack`, no build step) and
# copy the files the pages load, with their licences, into src/entente/web/static/vendor/.
# The result is committed and shipped as package data, so the app needs no internet.
set -eu
OUT="$(cd "$(dirname "$0")/.." && pwd)/src/entente/web/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
for spec in chart.js@4.5.1 cytoscape@3.34.4 leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 \
            swagger-ui-dist@5.35.0; do
    npm pack --silent "$spec" >/dev/null
done
mkdir -p "$OUT"
for f in *.tgz; do d="${f%.tgz}"; mkdir -p "$d"; tar xzf "$f" -C "$d"; done
cp chart.js-*/package/dist/chart.umd.min.js "$OUT/chart.umd.min.js"
cp chart.js-*/package/LICENSE.md "$OUT/chart.js.LICENSE.md"
cp cytoscape-*/package/dist/cytoscape.min.js "$OUT/cytoscape.min.js"
cp cytoscape-*/package/LICENSE "$OUT/cytoscape.LICENSE"
cp leaflet-*/package/dist/leaflet.js leaflet-*/package/dist/leaflet.css "$OUT/"
cp leaflet-*/package/LICENSE "$OUT/leaflet.LICENSE"
cp topojson-client-*/package/dist/topojson-client.min.js "$OUT/"
cp topojson-client-*/package/LICENSE "$OUT/topojson-client.LICENSE"
cp world-atlas-*/package/countries-110m.json "$OUT/countries-110m.json"
cp world-atlas-*/package/LICENSE "$OUT/world-atlas.LICENSE"
cp swagger-ui-dist-*/package/swagger-ui-bundle.js swagger-ui-dist-*/package/swagger-ui.css "$OUT/"
cp swagger-ui-dist-*/package/LICENSE "$OUT/swagger-ui.LICENSE"
cp swagger-ui-dist-*/package/NOTICE "$OUT/swagger-ui.NOTICE"
echo "vendored into $OUT:"; ls "$OUT"
