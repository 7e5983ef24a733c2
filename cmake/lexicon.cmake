# The candidate lexicon (src/lexicon/): compiled at build time by
# `unspin lexicon build` from the thesauri Debian installs (wordnet-base,
# mythes-en-us, libaiksaurus-1.2-data; scripts/setup-debian.sh installs
# them) into build/data/dictionaries/lexicon.bin, and installed next to the other data
# (share/unspin/dictionaries/). A thesaurus that is not installed is left out; with
# none, the lexicon is empty but the build still works. Nothing generated is
# committed.
option(UNSPIN_BUILD_LEXICON "Compile build/data/dictionaries/lexicon.bin from the installed thesauri" ON)
if(NOT UNSPIN_BUILD_LEXICON)
  return()
endif()

set(UNSPIN_LEXICON_FILE ${PROJECT_BINARY_DIR}/data/dictionaries/lexicon.bin)
# Rebuilt when a thesaurus, the lexicon's code or the data it ranks and
# inflects with changes; not on every relink of unspin.
set(_lexicon_inputs)
foreach(part IN ITEMS noun verb adj adv)
  list(APPEND _lexicon_inputs /usr/share/wordnet/data.${part} /usr/share/wordnet/index.${part}
       /usr/share/wordnet/${part}.exc)
endforeach()
list(APPEND _lexicon_inputs /usr/share/mythes/th_en_US_v2.dat /usr/share/aiksaurus/words.dat
     /usr/share/aiksaurus/meanings.dat)
set(_lexicon_depends)
foreach(input IN LISTS _lexicon_inputs)
  if(EXISTS ${input})
    list(APPEND _lexicon_depends ${input})
  endif()
endforeach()
file(GLOB _lexicon_code CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/lexicon/*.cc
     ${PROJECT_SOURCE_DIR}/src/lexicon/*.h)
list(APPEND _lexicon_depends ${_lexicon_code} ${PROJECT_SOURCE_DIR}/src/cli/lexicon_command.cc
     ${PROJECT_SOURCE_DIR}/dictionaries/english-inflections.tsv
     ${PROJECT_SOURCE_DIR}/dictionaries/english.vocab)

add_custom_command(
  OUTPUT ${UNSPIN_LEXICON_FILE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/data/dictionaries
  COMMAND ${CMAKE_COMMAND} -E env UNSPIN_DATA_DIR=${PROJECT_SOURCE_DIR}
          $<TARGET_FILE:unspin> lexicon build -o ${UNSPIN_LEXICON_FILE}
  DEPENDS ${_lexicon_depends}
  COMMENT "Compiling the candidate lexicon (data/dictionaries/lexicon.bin)"
  VERBATIM)
add_custom_target(lexicon ALL DEPENDS ${UNSPIN_LEXICON_FILE})
add_dependencies(lexicon unspin)
install(FILES ${UNSPIN_LEXICON_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/unspin/dictionaries OPTIONAL)
