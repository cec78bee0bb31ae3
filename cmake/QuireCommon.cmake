# One INTERFACE target carries the language standard, warnings and Qt defines for every target.
add_library(quire_common INTERFACE)
target_compile_features(quire_common INTERFACE cxx_std_20)
target_compile_options(quire_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wunused -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(quire_common INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400 QUIRE_VERSION="${PROJECT_VERSION}")
if(QUIRE_WERROR)
    target_compile_options(quire_common INTERFACE -Werror)
    target_compile_definitions(quire_common INTERFACE _GLIBCXX_ASSERTIONS)
endif()
if(QUIRE_SANITIZE)
    target_compile_options(quire_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(quire_common INTERFACE -fsanitize=address,undefined)
endif()
