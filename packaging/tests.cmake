# SPDX-License-Identifier: EUPL-1.2
#
# Tests for the packaging: the desktop entry, the AppStream metainfo and the Debian package.
# Included from tests/CMakeLists.txt, inside if(BUILD_TESTING):
#
#     include(${PROJECT_SOURCE_DIR}/packaging/tests.cmake)
#
# A test whose tool is missing is not skipped: it is registered anyway and fails, naming
# the Debian package to install (see packaging/debian-packages.txt).

include_guard(GLOBAL)

set(BURGERNET_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

# Registers test NAME as a test that always fails, explaining that PROGRAM (from Debian
# package DEB_PACKAGE) was not found when the project was configured.
function(burgernet_add_missing_tool_test name program deb_package)
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} -E echo
            "MISSING TOOL: '${program}' was not found when configuring; install the Debian package '${deb_package}' and re-run cmake.")
    set_tests_properties(${name} PROPERTIES FAIL_REGULAR_EXPRESSION "MISSING TOOL")
endfunction()

find_program(BURGERNET_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(BURGERNET_APPSTREAMCLI appstreamcli)
find_program(BURGERNET_BASH bash)

# --- desktop entry ---------------------------------------------------------------
if(BURGERNET_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_file_valid
        COMMAND ${BURGERNET_DESKTOP_FILE_VALIDATE}
            ${BURGERNET_PACKAGING_DIR}/nl.burgernet.Console.desktop)
    # desktop-file-validate exits with 0 after warnings; fail on them too (hints are fine).
    set_tests_properties(packaging_desktop_file_valid PROPERTIES
        FAIL_REGULAR_EXPRESSION "(error|warning): ")
else()
    burgernet_add_missing_tool_test(packaging_desktop_file_valid
        desktop-file-validate desktop-file-utils)
endif()
set_tests_properties(packaging_desktop_file_valid PROPERTIES LABELS unit)

# --- AppStream metainfo ------------------------------------------------------------
if(BURGERNET_APPSTREAMCLI)
    add_test(NAME packaging_metainfo_valid
        COMMAND ${BURGERNET_APPSTREAMCLI} validate --no-net
            ${BURGERNET_PACKAGING_DIR}/nl.burgernet.Console.metainfo.xml)
else()
    burgernet_add_missing_tool_test(packaging_metainfo_valid appstreamcli appstream)
endif()
set_tests_properties(packaging_metainfo_valid PROPERTIES LABELS unit)

# --- Debian package: build it with CPack, unpack it and start both programs ----------
# Needs a built tree. The script has cpack write the package into a temporary folder (only
# cpack's install step leaves install_manifest.txt in the build folder, as `cmake --install`
# does). The optional second argument is the configuration for multi-config builds.
if(BURGERNET_BASH)
    add_test(NAME packaging_deb_installs_and_starts
        COMMAND ${BURGERNET_BASH} ${BURGERNET_PACKAGING_DIR}/check-deb.sh
            ${CMAKE_BINARY_DIR} $<CONFIG>)
    set_tests_properties(packaging_deb_installs_and_starts PROPERTIES
        ENVIRONMENT "CPACK=${CMAKE_CPACK_COMMAND};BURGERNET_EXPECTED_VERSION=${PROJECT_VERSION}")
else()
    burgernet_add_missing_tool_test(packaging_deb_installs_and_starts bash bash)
endif()
set_tests_properties(packaging_deb_installs_and_starts PROPERTIES
    LABELS integration
    TIMEOUT 300)
