#!/bin/sh
# SPDX-License-Identifier: MIT
# Knowledge stage (issue 3): validate the hand-curated place supplement
# data/places.tsv (columns, kinds, coordinates inside the country, no
# duplicates). When the shared folder is present, rows citing geonames:ID
# are checked against the GeoNames dump, and Syrian and Iraqi rows against
# the country outlines. The district and sub-district counts per
# governorate (SY, IQ) are printed for the log (coverage, not a gate).
# usage: places_valid.sh RASAD_BINARY SOURCE_DIR SHARED_DIR
set -u
src="$2"
shared="${3:-}"
set --
if [ -n "$shared" ] && [ -f "$shared/data/geonames-ar/cities_ar.tsv" ]; then
    set -- "$@" --geonames "$shared/data/geonames-ar"
fi
if [ -n "$shared" ] && [ -f "$shared/data/countries/syr.geo.json" ]; then
    set -- "$@" --outlines "$shared/data/countries"
fi
exec python3 "$src/tools/check_places.py" --counts "$@" "$src/data/places.tsv"
