# The translations of CivicStat: docs/translations.md says how a translator
# works with them.

# The absolute paths of the C++ sources of `target` and of every library of
# this project it links, directly or through another library, into `out_var`.
function(civicstat_translatable_sources target out_var)
    set(pending ${target})
    set(seen "")
    set(sources "")
    while(pending)
        list(POP_FRONT pending current)
        if(NOT TARGET ${current} OR current IN_LIST seen)
            continue() # Qt's and SQLite's imported targets, and generator expressions
        endif()
        list(APPEND seen ${current})
        get_target_property(imported ${current} IMPORTED)
        get_target_property(dir ${current} SOURCE_DIR)
        cmake_path(IS_PREFIX PROJECT_SOURCE_DIR "${dir}" NORMALIZE ours)
        if(imported OR NOT ours)
            continue()
        endif()
        get_target_property(files ${current} SOURCES)
        foreach(file IN LISTS files)
            if(file MATCHES "\\.(cpp|h)$")
                cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY "${dir}" NORMALIZE)
                list(APPEND sources "${file}")
            endif()
        endforeach()
        get_target_property(links ${current} LINK_LIBRARIES)
        if(links)
            list(APPEND pending ${links})
        endif()
    endwhile()
    list(REMOVE_DUPLICATES sources)
    list(SORT sources)
    set(${out_var} ${sources} PARENT_SCOPE)
endfunction()

# Wires the translations (the .ts files given after `target`) into `target`,
# the civicstat executable: the update_translations target refreshes them from
# the sources of every library the executable links, and each .ts is built
# into a .qm embedded under :/i18n. On Qt 6.4 qt_add_translations scans only its target's
# own sources (SOURCE_TARGETS needs Qt 6.7), hence SOURCES.
#
# The same source list, with each source's folder as an include path, is
# written to translatable-sources.lst (lupdate's @lst-file format) for
# tst_translations, which runs lupdate on exactly what update_translations scans.
function(civicstat_add_translations target)
    civicstat_translatable_sources(${target} sources)
    set(folders "")
    foreach(source IN LISTS sources)
        cmake_path(GET source PARENT_PATH folder)
        list(APPEND folders "${folder}")
    endforeach()
    list(REMOVE_DUPLICATES folders)

    qt_add_translations(${target}
        TS_FILES ${ARGN}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${folders}
        RESOURCE_PREFIX /i18n
        # Line numbers relative to the message before: a change in one place of
        # a file does not renumber every message after it.
        LUPDATE_OPTIONS -locations relative)

    list(TRANSFORM folders PREPEND "-I")
    list(JOIN sources "\n" source_lines)
    list(JOIN folders "\n" include_lines)
    set(list_file "${CMAKE_BINARY_DIR}/translations/translatable-sources.lst")
    file(CONFIGURE OUTPUT "${list_file}" CONTENT "${source_lines}\n${include_lines}\n")
    set_property(GLOBAL PROPERTY CIVICSTAT_TRANSLATABLE_SOURCES_LIST "${list_file}")
endfunction()
