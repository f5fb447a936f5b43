#!/bin/sh
# SPDX-License-Identifier: MIT
# Knowledge stage (issue 3): validate the hand-curated place supplement
# data/places.tsv (columns, kinds, coordinates inside the country, no
# duplicates). When the shared GeoNames dump is present, rows citing
# geonames:ID are also checked against it.
# usage: places_valid.sh RASAD_BINARY SOURCE_DIR SHARED_DIR
set -u
src="$2"
shared="${3:-}"
if [ -n "$shared" ] && [ -f "$shared/data/geonames-ar/cities_ar.tsv" ]; then
    exec python3 "$src/tools/check_places.py" --geonames "$shared/data/geonames-ar" "$src/data/places.tsv"
fi
exec python3 "$src/tools/check_places.py" "$src/data/places.tsv"
