# One CMake target per source folder. A folder's headers are reachable only as
# "<folder>/<Header>.h" (the path from the repository root) and only by targets that link
# it: each target gets an include directory of its own holding one link to its folder.
# So an include of a layer or area a target does not link fails to compile, and the
# layers of docs/ARCHITECTURE.md hold by construction, not by review.

set(BRANCHDESK_VIEW_ROOT "${PROJECT_BINARY_DIR}/include-views")

# Makes <target>'s include view: <view root>/<target>/<folder> -> the source folder.
function(branchdesk_include_view target)
    file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
    set(view "${BRANCHDESK_VIEW_ROOT}/${target}")
    get_filename_component(parent "${view}/${folder}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${view}/${folder}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "${view}")
endfunction()

# branchdesk_library(<target> SOURCES <files...> [LINKS <public deps...>]
#                    [PRIVATE_LINKS <deps...>])
# LINKS: what the folder's headers include (its users get them too); PRIVATE_LINKS: what
# only its .cpp files include.
function(branchdesk_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    branchdesk_include_view(${target})
    target_link_libraries(${target} PUBLIC Qt6::Core ${ARG_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()
