# Installs man/unspin.1 naming the data directories of the prefix it is
# installed into (the page is written with /usr/share/unspin/ and
# /usr/share/doc/unspin/). Run by install(SCRIPT), where CMAKE_INSTALL_PREFIX
# is the install-time prefix (cmake --install --prefix, CPack's /usr), not
# the configured one. Needs UNSPIN_MAN_SOURCE, UNSPIN_MAN_DATADIR,
# UNSPIN_MAN_DOCDIR and UNSPIN_MAN_MANDIR (set by install(CODE) before it).
function(unspin_under_prefix dir out)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "${CMAKE_INSTALL_PREFIX}/${dir}" PARENT_SCOPE)
  endif()
endfunction()

file(READ "${UNSPIN_MAN_SOURCE}" page)
unspin_under_prefix("${UNSPIN_MAN_DATADIR}/unspin" data)
unspin_under_prefix("${UNSPIN_MAN_DOCDIR}" doc)
unspin_under_prefix("${UNSPIN_MAN_MANDIR}/man1" mandir)
# roff: a minus sign in a path is written \-.
string(REPLACE "-" "\\-" data "${data}")
string(REPLACE "-" "\\-" doc "${doc}")
string(REPLACE "/usr/share/unspin/" "${data}/" page "${page}")
string(REPLACE "/usr/share/doc/unspin/" "${doc}/" page "${page}")
set(target "$ENV{DESTDIR}${mandir}/unspin.1")
message(STATUS "Installing: ${target}")
file(WRITE "${target}" "${page}")
