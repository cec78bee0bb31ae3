# Packaging: the files Debian wants in every package's doc folder, and CPack's two Debian packages.
#
#   install COMPONENT cli  ->  package quire-cli  (quire-cli: Qt Core + Concurrent only, for servers and containers)
#   install COMPONENT gui  ->  package quire      (the desktop app; depends on the exact same quire-cli)
#
# Every install() in the project names one of these two components: a file in no component lands in no
# package (tests/package and scripts/ci-package.sh check that the packages hold the whole install tree).
# Include this file last from the top-level CMakeLists.txt.

set(QUIRE_PACKAGE_MAINTAINER "The Quire developers <quire@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian packages (also in resources/packaging/changelog.Debian)")
set(QUIRE_DEB_REVISION 1 CACHE STRING "Debian revision of the packages (the part after the upstream version)")
set(quire_deb_version ${PROJECT_VERSION}-${QUIRE_DEB_REVISION})
set(quire_packaging ${PROJECT_SOURCE_DIR}/resources/packaging)

# /usr/share/doc/<package>/copyright in Debian's machine-readable format, its licence text taken from LICENSE
# (the one place the licence is written), indented as the format asks, blank lines as " .".
file(READ ${PROJECT_SOURCE_DIR}/LICENSE quire_license)
string(REGEX MATCH "Copyright \\(c\\) ([^\n]+)" quire_copyright_line "${quire_license}")
set(QUIRE_COPYRIGHT ${CMAKE_MATCH_1})
string(FIND "${quire_license}" "Permission is hereby granted" quire_license_start)
if(NOT QUIRE_COPYRIGHT OR quire_license_start LESS 0)
    message(FATAL_ERROR "LICENSE: expected the MIT text with a \"Copyright (c) YEAR HOLDER\" line")
endif()
string(SUBSTRING "${quire_license}" ${quire_license_start} -1 QUIRE_LICENSE_TEXT)
string(STRIP "${QUIRE_LICENSE_TEXT}" QUIRE_LICENSE_TEXT)
string(REPLACE "\n\n" "\n.\n" QUIRE_LICENSE_TEXT "${QUIRE_LICENSE_TEXT}")
string(REPLACE "\n" "\n " QUIRE_LICENSE_TEXT "${QUIRE_LICENSE_TEXT}")
configure_file(${quire_packaging}/copyright.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/copyright @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/LICENSE ${quire_packaging}/changelog.Debian)

# changelog.Debian.gz: its newest entry must be the version being packaged (lintian compares them), and gzip -n
# keeps the file's name and time out of the archive so the package is reproducible.
file(STRINGS ${quire_packaging}/changelog.Debian quire_changelog_head LIMIT_COUNT 1)
if(NOT quire_changelog_head MATCHES "^quire \\(${quire_deb_version}\\) ")
    message(FATAL_ERROR "resources/packaging/changelog.Debian: the first entry must be version ${quire_deb_version} "
                        "(PROJECT_VERSION-QUIRE_DEB_REVISION), found: ${quire_changelog_head}")
endif()
find_program(QUIRE_GZIP gzip REQUIRED)
execute_process(COMMAND ${QUIRE_GZIP} -9nc ${quire_packaging}/changelog.Debian
    OUTPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)

set(quire_components cli)
if(QUIRE_BUILD_GUI)
    list(APPEND quire_components gui)
endif()
foreach(component IN LISTS quire_components)
    if(component STREQUAL "cli")
        set(package quire-cli)
    else()
        set(package quire)
    endif()
    install(FILES
        ${CMAKE_CURRENT_BINARY_DIR}/packaging/copyright ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
    install(FILES ${quire_packaging}/${package}.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${package} COMPONENT ${component})
endforeach()

# CPack: `cpack -G DEB` in the build folder makes quire-cli_VERSION_ARCH.deb and quire_VERSION_ARCH.deb.
set(CPACK_PACKAGE_NAME quire)
set(CPACK_PACKAGE_VENDOR "The Quire developers")
set(CPACK_PACKAGE_CONTACT "${QUIRE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/quire/quire)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_COMPONENTS_ALL ${quire_components})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# The staged programs lose the sections dh_strip removes (see the script).
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/QuirePackagingStage.cmake)
# Whatever the umask of the machine that builds them, the packages' folders are 0755 (lintian checks).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${QUIRE_DEB_REVISION})
set(CPACK_DEBIAN_PACKAGE_SOURCE quire)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries each binary links (libqt6core6, libc6, ...), by package name, from dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# Each package's description starts with its own synopsis line; an empty summary stops CPack from putting the
# project's DESCRIPTION in front of both as a shared synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEBIAN_CLI_PACKAGE_NAME quire-cli)
set(CPACK_DEBIAN_CLI_DESCRIPTION "create files in bulk, in parallel, from the command line
Quire creates many files at once from a file-name template and a content
template: test fixtures, a folder per student, shards. Every template mistake
is caught before anything is written, existing files are never replaced unless
asked, and no half-written file is left under its final name after an error,
a cancel or a crash.

This package holds quire-cli, the command-line tool. It needs only Qt Core
and Qt Concurrent, so it suits servers, containers and cluster nodes. It
writes in parallel with a live progress line, reports every file in CSV or
JSON, and keeps a journal of each run for history, undo, resume and retry.")

if(QUIRE_BUILD_GUI)
    set(CPACK_DEBIAN_GUI_PACKAGE_NAME quire)
    # Qt loads the SVG icon engine and image plugin (in libqt6svg6) at run time for the window icon:
    # dpkg-shlibdeps cannot see a plugin, so it is named here.
    set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "quire-cli (= ${quire_deb_version}), libqt6svg6")
    set(CPACK_DEBIAN_GUI_DESCRIPTION "create files in bulk, in parallel: desktop app
Quire creates many files at once from a file-name template and a content
template: test fixtures, a folder per student, shards. Every template mistake
is caught before anything is written, existing files are never replaced unless
asked, and no half-written file is left under its final name after an error,
a cancel or a crash.

This package holds the Qt desktop app: drop folders on the window, check the
live preview of names, sizes and content, and watch the files being written,
with pause, cancel, per-file results, history and undo. It runs the same
engine as quire-cli, which it depends on.")
endif()

include(CPack)
