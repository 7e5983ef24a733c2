# The Python module (src/python, python/unspin): built when UNSPIN_PYTHON is
# ON (the default) and Python 3's headers and pybind11 are found; otherwise
# the build goes on without it and says why.
#
# Debian's Python packages (pybind11, scrapy, dask) load under
# /usr/bin/python3, which need not be the python3 on PATH (pyenv, venvs):
# prefer it unless -DPython3_EXECUTABLE says otherwise.
option(UNSPIN_PYTHON "Build the Python module when Python 3 and pybind11 are found" ON)

set(UNSPIN_PYTHON_BUILD OFF)
set(UNSPIN_PYTHON_WHY "UNSPIN_PYTHON is OFF")
if(UNSPIN_PYTHON)
  if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    # An instrumented extension cannot load into an uninstrumented interpreter.
    set(UNSPIN_PYTHON_WHY "sanitizer build")
  else()
    if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
      set(Python3_EXECUTABLE /usr/bin/python3)
    endif()
    find_package(Python3 3.8 COMPONENTS Interpreter Development.Module QUIET)
    if(Python3_FOUND)
      # Found after FindPython, pybind11 uses the same interpreter.
      find_package(pybind11 2.6 CONFIG QUIET)
    endif()
    if(NOT Python3_FOUND)
      set(UNSPIN_PYTHON_WHY "Python 3 headers not found (Debian: python3-dev)")
    elseif(NOT pybind11_FOUND)
      set(UNSPIN_PYTHON_WHY "pybind11 not found (Debian: pybind11-dev python3-pybind11)")
    else()
      set(UNSPIN_PYTHON_BUILD ON)
    endif()
  endif()
endif()

if(UNSPIN_PYTHON_BUILD)
  message(STATUS "unspin: Python module on (${Python3_EXECUTABLE}, pybind11 ${pybind11_VERSION})")
  # The stage libraries are linked into the module, a shared object, so they
  # are compiled as position-independent code. Nothing exports or interposes
  # their symbols: hidden visibility lets the compiler call and address them
  # directly, as in the executable (--jsonl runs as fast as from a build
  # without the module, within the noise of bench/python_throughput.py).
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  set(CMAKE_CXX_VISIBILITY_PRESET hidden)
  set(CMAKE_VISIBILITY_INLINES_HIDDEN ON)
else()
  message(STATUS "unspin: Python module off (${UNSPIN_PYTHON_WHY})")
endif()
