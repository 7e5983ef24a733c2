# The backoff language model: CMU Sphinx's US English trigram model (Debian's
# pocketsphinx-en-us, BSD-2 licence) converted at build time into unspin's
# mapped format by `unspin lm build` (dictionaries/README.md). Nothing of the
# model is in the repository. Without the package there is no model and
# unspin scores context with the reference vocabulary alone.
set(UNSPIN_SPHINX_LM "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"
    CACHE FILEPATH "CMU Sphinx trigram model to convert into data/dictionaries/en-us.lm")
set(UNSPIN_GENERATED_LM "${PROJECT_BINARY_DIR}/data/dictionaries/en-us.lm")
if(EXISTS "${UNSPIN_SPHINX_LM}")
  # Remade when the Sphinx file or the code of the format changes, not on
  # every relink of the binary.
  add_custom_command(
    OUTPUT "${UNSPIN_GENERATED_LM}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/data/dictionaries"
    COMMAND $<TARGET_FILE:unspin> lm build --sphinx "${UNSPIN_SPHINX_LM}" -o "${UNSPIN_GENERATED_LM}"
    DEPENDS "${UNSPIN_SPHINX_LM}"
            "${PROJECT_SOURCE_DIR}/src/vocab/sphinx_trie_reader.cc"
            "${PROJECT_SOURCE_DIR}/src/vocab/backoff_model_writer.cc"
            "${PROJECT_SOURCE_DIR}/src/vocab/backoff_model_format.h"
            "${PROJECT_SOURCE_DIR}/src/vocab/ngram_hash.h"
    COMMENT "Converting the CMU Sphinx trigram model into data/dictionaries/en-us.lm"
    VERBATIM)
  add_custom_target(unspin_language_model ALL DEPENDS "${UNSPIN_GENERATED_LM}")
  add_dependencies(unspin_language_model unspin)
  install(FILES "${UNSPIN_GENERATED_LM}" DESTINATION ${CMAKE_INSTALL_DATADIR}/unspin/dictionaries)
else()
  message(STATUS "No CMU Sphinx model at ${UNSPIN_SPHINX_LM} (Debian: pocketsphinx-en-us): "
                 "building without the backoff language model")
endif()
