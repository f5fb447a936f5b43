# SPDX-License-Identifier: MIT
# The built-in gazetteer (issue 3), generated at build time:
#   tools/gen_gazetteer reads Debian's libgeonames (GeoNames cities over
#   15,000 people, Arabic names from its gettext catalogue) and merges
#   data/countries.tsv, data/admin1.tsv, data/city_variants.tsv (Arabic
#   spellings of GeoNames cities) and data/places.tsv into
#   ${CMAKE_BINARY_DIR}/gen/gazetteer.bin, which data/resources.txt embeds
#   into librasad (path prefix @BUILD@/).
# The generator cannot link librasad (which embeds its output), so it is
# built from the few library files it needs: the builder, normalization,
# UTF-8 and the growable buffer.
pkg_check_modules(GEONAMES REQUIRED IMPORTED_TARGET geonames)

add_executable(gen_gazetteer
  "${CMAKE_SOURCE_DIR}/tools/gen_gazetteer.c"
  "${CMAKE_SOURCE_DIR}/src/knowledge/gaz_build.c"
  "${CMAKE_SOURCE_DIR}/src/text/normalize.c"
  "${CMAKE_SOURCE_DIR}/src/util/utf8.c"
  "${CMAKE_SOURCE_DIR}/src/util/error.c"
  "${CMAKE_SOURCE_DIR}/src/util/buf.c")
target_include_directories(gen_gazetteer PRIVATE "${CMAKE_SOURCE_DIR}/include" "${CMAKE_SOURCE_DIR}/src")
target_link_libraries(gen_gazetteer PRIVATE PkgConfig::GEONAMES PkgConfig::UTF8PROC Threads::Threads m)

set(RASAD_GAZETTEER_BIN "${CMAKE_BINARY_DIR}/gen/gazetteer.bin")
set(_gaz_inputs
  "${CMAKE_SOURCE_DIR}/data/countries.tsv"
  "${CMAKE_SOURCE_DIR}/data/admin1.tsv"
  "${CMAKE_SOURCE_DIR}/data/city_variants.tsv")
set(_gaz_places "${CMAKE_SOURCE_DIR}/data/places.tsv")
if(EXISTS "${_gaz_places}")
  list(APPEND _gaz_inputs "${_gaz_places}")
endif()
# places.tsv may appear later: re-run CMake when data/ changes
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/data")

add_custom_command(
  OUTPUT "${RASAD_GAZETTEER_BIN}"
  # glib keeps caches for the life of the process: no leak report for them
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 $<TARGET_FILE:gen_gazetteer>
          --countries "${CMAKE_SOURCE_DIR}/data/countries.tsv"
          --admin1 "${CMAKE_SOURCE_DIR}/data/admin1.tsv"
          --city-variants "${CMAKE_SOURCE_DIR}/data/city_variants.tsv"
          --places "${_gaz_places}"
          -o "${RASAD_GAZETTEER_BIN}"
  DEPENDS gen_gazetteer ${_gaz_inputs}
  COMMENT "Generating the gazetteer from libgeonames and data/*.tsv"
  VERBATIM)
add_custom_target(rasad_gazetteer_bin DEPENDS "${RASAD_GAZETTEER_BIN}")
# rasad_static is defined after this file is included
cmake_language(DEFER CALL add_dependencies rasad_static rasad_gazetteer_bin)
