# Installation: the libraries, the public headers, the command (cli/CMakeLists.txt adds it to the
# extraitTargets export), the lexicons (lexicons/CMakeLists.txt), a CMake package and a pkg-config
# file. Included from lib/CMakeLists.txt, where the targets extrait and extrait_shared are defined.
#
#   find_package(extrait 0.1 REQUIRED)
#   target_link_libraries(app PRIVATE extrait::extrait)         # static
#   target_link_libraries(app PRIVATE extrait::extrait_shared)  # shared
#
#   c++ -std=c++20 app.cpp $(pkg-config --cflags --libs extrait)
include(CMakePackageConfigHelpers)

set(EXTRAIT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/extrait)

# A static library carries its private dependencies as $<LINK_ONLY:...> for whoever links it. Two of
# them mean nothing outside this build: extrait_warnings (compile flags only) and nlohmann_json
# (header-only, used inside the writers). Keep them out of the exported interface, so that a user
# of the package needs neither; the real libraries (ICU, RE2, utf8proc) stay and extraitConfig.cmake
# finds them.
foreach(target IN ITEMS extrait extrait_shared)
  get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
  if(interface)
    set(kept "")
    foreach(item IN LISTS interface)
      if(item MATCHES "^\\$<LINK_ONLY:(extrait_warnings|nlohmann_json::nlohmann_json)>$")
        set(item "$<BUILD_INTERFACE:$<LINK_ONLY:${CMAKE_MATCH_1}>>")
      endif()
      list(APPEND kept "${item}")
    endforeach()
    set_property(TARGET ${target} PROPERTY INTERFACE_LINK_LIBRARIES "${kept}")
  endif()
endforeach()

install(TARGETS extrait extrait_shared EXPORT extraitTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The include directory of the installed targets is lib/CMakeLists.txt's $<INSTALL_INTERFACE:...>.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/extrait DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# The CMake package: extrait::extrait, extrait::extrait_shared (and extrait::extrait_cli, the command).
install(EXPORT extraitTargets NAMESPACE extrait:: DESTINATION ${EXTRAIT_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/extraitConfig.cmake.in
  ${PROJECT_BINARY_DIR}/extraitConfig.cmake INSTALL_DESTINATION ${EXTRAIT_CMAKE_DIR})
# Before 1.0, a minor version may change the API: only the same MAJOR.MINOR is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/extraitConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/extraitConfig.cmake ${PROJECT_BINARY_DIR}/extraitConfigVersion.cmake
        DESTINATION ${EXTRAIT_CMAKE_DIR})

# The pkg-config file locates itself (${pcfiledir}), so `cmake --install build --prefix P` works
# whatever prefix was configured.
set(EXTRAIT_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${EXTRAIT_PC_DIR}")
  set(EXTRAIT_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH up /prefix/${EXTRAIT_PC_DIR} /prefix)
  string(REGEX REPLACE "/$" "" up "${up}")
  set(EXTRAIT_PC_PREFIX "\${pcfiledir}/${up}")
endif()
foreach(dir IN ITEMS LIBDIR INCLUDEDIR DATADIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(EXTRAIT_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(EXTRAIT_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
configure_file(${PROJECT_SOURCE_DIR}/cmake/extrait.pc.in ${PROJECT_BINARY_DIR}/extrait.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/extrait.pc DESTINATION ${EXTRAIT_PC_DIR})
