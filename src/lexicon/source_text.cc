#include "lexicon/source_text.h"

#include <fstream>
#include <sstream>

namespace unspin {

StatusOr<std::string> ReadLexiconFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::Error("cannot read '" + path + "'");
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

}  // namespace unspin
