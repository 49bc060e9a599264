# Installs the build into a fresh prefix, then builds examples/ against it twice: through the CMake
# package (find_package(extrait), static library) and through pkg-config (shared library). Each
# program analyses one French sentence and must report its amount.
#
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DCXX=... -DPKG_CONFIG=... -DLIBDIR=lib [-DCONFIG=Release]
#         -P install_test.cmake
#
# Works in a directory of its own under BUILD_DIR, removed at the end (kept on failure when the
# environment sets EXTRAIT_KEEP_INSTALL_TEST).
cmake_minimum_required(VERSION 3.20)
foreach(var IN ITEMS BUILD_DIR SOURCE_DIR CXX PKG_CONFIG LIBDIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "install_test.cmake: -D${var}= is required")
  endif()
endforeach()
# CONFIG: the build's configuration ($<CONFIG>), which decides which exported files install.
set(config_args "")
set(build_type Release)
if(CONFIG)
  set(config_args --config ${CONFIG})
  set(build_type ${CONFIG})
endif()

set(sentence "Le groupe a levé 10 millions d'euros.")
set(expected "10000000")

string(TIMESTAMP stamp "%Y%m%d%H%M%S")
string(RANDOM LENGTH 8 ALPHABET "0123456789abcdefghijklmnopqrstuvwxyz" salt)
set(work "${BUILD_DIR}/install-test-${stamp}-${salt}")
set(prefix "${work}/prefix")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")

function(cleanup)
  if(NOT DEFINED ENV{EXTRAIT_KEEP_INSTALL_TEST})
    file(REMOVE_RECURSE "${work}")
  endif()
endfunction()

function(fail what)
  cleanup()
  message(FATAL_ERROR "install test: ${what}")
endfunction()

# Runs a command; fails the test with its output when it does not succeed. Its stdout goes to OUT.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    fail("${what} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  set(OUT "${out}" PARENT_SCOPE)
endfunction()

# The program's JSON report must hold the amount, in euros.
function(check_report what)
  if(NOT OUT MATCHES "\"value\": *${expected}[^0-9]" OR NOT OUT MATCHES "\"currency\": *\"EUR\"")
    fail("${what}: no amount of ${expected} EUR in its report of \"${sentence}\":\n${OUT}")
  endif()
  message(STATUS "${what}: found ${expected} EUR")
endfunction()

run("cmake --install" ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" ${config_args})
foreach(file IN ITEMS include/extrait/extrait.hpp ${LIBDIR}/libextrait.a ${LIBDIR}/cmake/extrait/extraitConfig.cmake
        ${LIBDIR}/cmake/extrait/extraitConfigVersion.cmake ${LIBDIR}/pkgconfig/extrait.pc share/extrait/lexicons)
  if(NOT EXISTS "${prefix}/${file}")
    fail("${file} was not installed")
  endif()
endforeach()
file(GLOB shared_libs "${prefix}/${LIBDIR}/libextrait.so*")
if(NOT shared_libs)
  fail("${LIBDIR}/libextrait.so was not installed")
endif()

# 1. CMake: find_package(extrait) from the prefix, static library.
run("configuring examples/" ${CMAKE_COMMAND} -S "${SOURCE_DIR}/examples" -B "${work}/example"
    -DCMAKE_BUILD_TYPE=${build_type} -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
file(STRINGS "${work}/example/CMakeCache.txt" found REGEX "^extrait_DIR:")
string(FIND "${found}" "${prefix}/" at)
if(at EQUAL -1)
  fail("examples/ found another extrait than the one just installed: ${found}")
endif()
run("building examples/" ${CMAKE_COMMAND} --build "${work}/example" --config ${build_type})
set(program "${work}/example/analyze")
if(EXISTS "${work}/example/${build_type}/analyze")
  set(program "${work}/example/${build_type}/analyze")
endif()
run("the example (CMake package)" "${program}" --json "${sentence}")
check_report("the example built with find_package(extrait)")

# 2. pkg-config: the same program compiled by hand, shared library.
set(ENV{PKG_CONFIG_PATH} "${prefix}/${LIBDIR}/pkgconfig")
run("pkg-config" ${PKG_CONFIG} --cflags --libs extrait)
string(STRIP "${OUT}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
string(FIND "${flags}" "-I${prefix}/" at)
if(at EQUAL -1)
  fail("pkg-config gives no include directory under the prefix: ${flags}")
endif()
run("compiling with pkg-config" ${CXX} -std=c++20 "${SOURCE_DIR}/examples/analyze.cpp" ${flags}
    "-Wl,-rpath,${prefix}/${LIBDIR}" -o "${work}/analyze-pc")
run("the example (pkg-config)" "${work}/analyze-pc" --json "${sentence}")
check_report("the example built with pkg-config")

cleanup()
