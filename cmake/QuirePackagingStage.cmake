# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on its staging tree, after the install and before the .deb is made.
# Debian wants manual pages compressed with gzip -9n (lintian: uncompressed-manual-page), which `cmake --install`
# into /usr/local does not need: so the packages compress them here, whatever rule installed them.
# Symbolic links to a manual page are renamed and pointed at the compressed page.
# The programs (already stripped by CPACK_STRIP_FILES) also lose the compiler's .comment section, as dh_strip
# does for Debian's own packages (lintian: binary-has-unneeded-section).

if(NOT CPACK_TEMPORARY_DIRECTORY)
    message(FATAL_ERROR "QuirePackagingStage.cmake runs from CPack (CPACK_TEMPORARY_DIRECTORY is not set)")
endif()
find_program(QUIRE_STAGE_GZIP gzip REQUIRED)
find_program(QUIRE_STAGE_STRIP strip REQUIRED)

file(GLOB quire_stage_programs LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*/usr/bin/*")
foreach(program IN LISTS quire_stage_programs)
    execute_process(COMMAND ${QUIRE_STAGE_STRIP} --remove-section=.comment --remove-section=.note "${program}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()

# (A wildcard inside a GLOB_RECURSE path matches one level only: take every file, keep the manual pages.)
file(GLOB_RECURSE quire_stage_pages LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*")
list(FILTER quire_stage_pages INCLUDE REGEX "/share/man/")
foreach(page IN LISTS quire_stage_pages)
    if(page MATCHES "\\.gz$")
        continue()
    endif()
    if(IS_SYMLINK "${page}")
        file(READ_SYMLINK "${page}" target)
        file(REMOVE "${page}")
        file(CREATE_LINK "${target}.gz" "${page}.gz" SYMBOLIC)
    else()
        execute_process(COMMAND ${QUIRE_STAGE_GZIP} -9n "${page}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
