# The installed C++ library: libunspin.so with the public API
# (include/unspin/unspin.h), the stages linked in; a CMake package
# (find_package(unspin) -> unspin::unspin) and a pkg-config file (unspin.pc).
# docs/library.md shows both in use.
#
# Shared, so that a program links one library and none of unspin's own
# dependencies (ICU, RE2, Hunspell, Gumbo, md4c stay the library's). Only
# unspin::api is exported (UNSPIN_EXPORT, and the version script for builds
# without hidden visibility). The library finds its data as the program does
# (src/api/data_paths.h): PREFIX/share/unspin beside PREFIX/lib.
include(CMakePackageConfigHelpers)

# The public API's two files, compiled again for the shared object; the
# rest comes from unspin_api.
add_library(unspin_library SHARED
  ${PROJECT_SOURCE_DIR}/src/api/restorer_api.cc ${PROJECT_SOURCE_DIR}/src/api/data_api.cc)
target_include_directories(unspin_library PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(unspin_library PRIVATE unspin::api)
target_compile_definitions(unspin_library PRIVATE UNSPIN_VERSION="${PROJECT_VERSION}")
target_compile_features(unspin_library INTERFACE cxx_std_17)
set(UNSPIN_LIBRARY_SYMBOLS ${PROJECT_SOURCE_DIR}/cmake/libunspin.map)
target_link_options(unspin_library PRIVATE
  "LINKER:--version-script=${UNSPIN_LIBRARY_SYMBOLS}" "LINKER:--exclude-libs,ALL")
set_target_properties(unspin_library PROPERTIES
  OUTPUT_NAME unspin EXPORT_NAME unspin
  VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}
  LINK_DEPENDS ${UNSPIN_LIBRARY_SYMBOLS})
add_library(unspin::unspin ALIAS unspin_library)

install(TARGETS unspin_library EXPORT unspinTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/unspin/unspin.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/unspin)

set(UNSPIN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/unspin)
install(EXPORT unspinTargets NAMESPACE unspin:: DESTINATION ${UNSPIN_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/unspinConfig.cmake.in
  ${PROJECT_BINARY_DIR}/unspinConfig.cmake INSTALL_DESTINATION ${UNSPIN_CMAKE_DIR})
# 0.x: a minor version may change the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/unspinConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/unspinConfig.cmake ${PROJECT_BINARY_DIR}/unspinConfigVersion.cmake
  DESTINATION ${UNSPIN_CMAKE_DIR})

# unspin.pc names the prefix relative to itself, so that any --prefix works.
file(RELATIVE_PATH UNSPIN_PC_TO_PREFIX
  /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/unspin.pc.in ${PROJECT_BINARY_DIR}/unspin.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/unspin.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
