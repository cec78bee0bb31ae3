# Translations (Qt Linguist): one catalogue per language for every source folder, resources/translations/quire_<lang>.ts.
# lrelease compiles them; the .qm files are embedded in quire_core (so quire-cli and quire both carry them) and
# installed to share/quire/translations (COMPONENT cli), where installTranslations() looks first.
# scripts/update-translations.sh refreshes the .ts files from the sources; scripts/check-translations.sh fails
# when a source string has no finished translation (CI).
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)
include(GNUInstallDirs)

set(QUIRE_TRANSLATION_LANGUAGES de)

set(quire_ts_files)
foreach(lang IN LISTS QUIRE_TRANSLATION_LANGUAGES)
    list(APPEND quire_ts_files ${PROJECT_SOURCE_DIR}/resources/translations/quire_${lang}.ts)
endforeach()

function(quire_add_translations target)
    qt_add_lrelease(${target} TS_FILES ${quire_ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    # Static quire_core: Qt links the resource's object library into every program using it, which runs its
    # initialiser, so no Q_INIT_RESOURCE is needed (tst_translations proves it loads).
    # lrelease writes the .qm files into the calling folder's build folder.
    qt_add_resources(${target} quire_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})
    install(FILES ${qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/quire/translations COMPONENT cli)
endfunction()
