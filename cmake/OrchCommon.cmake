# One INTERFACE target carries the compile settings every project target shares.
add_library(orch_common INTERFACE)
target_compile_features(orch_common INTERFACE cxx_std_20)
target_compile_definitions(orch_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ORCH_VERSION="${PROJECT_VERSION}")
target_compile_options(orch_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    -Wshadow=local -Wcast-qual -Wformat=2)
if(ORCH_WARNINGS_AS_ERRORS)
    target_compile_options(orch_common INTERFACE -Werror)
endif()
