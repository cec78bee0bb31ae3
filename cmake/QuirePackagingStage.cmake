# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on its staging tree, after the install and before the .deb is made.
# (The manual pages arrive compressed already: cmake/QuireManual.cmake gzips them at build time.)
# The programs (already stripped by CPACK_STRIP_FILES) also lose the compiler's .comment section, as dh_strip
# does for Debian's own packages (lintian: binary-has-unneeded-section).

if(NOT CPACK_TEMPORARY_DIRECTORY)
    message(FATAL_ERROR "QuirePackagingStage.cmake runs from CPack (CPACK_TEMPORARY_DIRECTORY is not set)")
endif()
find_program(QUIRE_STAGE_STRIP strip REQUIRED)

file(GLOB quire_stage_programs LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*/usr/bin/*")
foreach(program IN LISTS quire_stage_programs)
    execute_process(COMMAND ${QUIRE_STAGE_STRIP} --remove-section=.comment --remove-section=.note "${program}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
