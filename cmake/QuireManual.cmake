# The manual pages and the shell completions, installed where Debian (and most distributions) look:
# the quire-cli package (component cli) gets quire-cli(1) and its completions, the quire package
# (component gui) those of the desktop app. Included from the top-level CMakeLists.txt.
include(GNUInstallDirs)

# lintian wants compressed manual pages: gzip -9n (no name, no time stamp) keeps the build reproducible.
find_program(QUIRE_GZIP gzip REQUIRED)
set(quire_man_build_dir ${PROJECT_BINARY_DIR}/man)

function(quire_install_man_page page component)
    set(source ${PROJECT_SOURCE_DIR}/docs/man/${page})
    set(compressed ${quire_man_build_dir}/${page}.gz)
    # No shell redirection in a custom command: gzip -c writes to stdout, so a copy is compressed in place.
    add_custom_command(OUTPUT ${compressed}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${quire_man_build_dir}
                       COMMAND ${CMAKE_COMMAND} -E copy ${source} ${quire_man_build_dir}/${page}
                       COMMAND ${QUIRE_GZIP} -9nf ${quire_man_build_dir}/${page}
                       DEPENDS ${source}
                       COMMENT "Compressing the manual page ${page}"
                       VERBATIM)
    string(REPLACE "." "_" target quire_man_${page})
    add_custom_target(${target} ALL DEPENDS ${compressed})
    install(FILES ${compressed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()

# bash-completion loads completions/NAME on demand when NAME is first completed: no suffix.
function(quire_install_completions program component)
    set(dir ${PROJECT_SOURCE_DIR}/resources/completions)
    install(FILES ${dir}/${program}.bash RENAME ${program}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT ${component})
    install(FILES ${dir}/_${program} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
            COMPONENT ${component})
    install(FILES ${dir}/${program}.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d
            COMPONENT ${component})
endfunction()

quire_install_man_page(quire-cli.1 cli)
quire_install_completions(quire-cli cli)
if(QUIRE_BUILD_GUI)
    quire_install_man_page(quire.1 gui)
    quire_install_completions(quire gui)
endif()
