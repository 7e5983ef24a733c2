// The public API's pack and data discovery (include/unspin/unspin.h): the
// front ends' own functions (api/data_paths.h, api/defaults.h).
#include "api/data_paths.h"
#include "api/defaults.h"
#include "unspin/unspin.h"

namespace unspin::api {

std::string DataDir() { return FindDataDir(); }

std::vector<std::string> InstalledPacks() { return unspin::InstalledPacks(); }

Expected<std::vector<Pack>> FindPacks(const std::vector<std::string>& names) {
  StatusOr<std::vector<PackFiles>> found = unspin::FindPacks(names);
  if (!found.ok()) return Expected<std::vector<Pack>>::Error(found.status().message());
  std::vector<Pack> packs;
  for (PackFiles& pack : found.value()) {
    packs.push_back({std::move(pack.name), std::move(pack.rules), std::move(pack.word_list)});
  }
  return packs;
}

std::string LexiconPath() { return FindLexicon(); }

const char* Version() { return UNSPIN_VERSION; }

}  // namespace unspin::api
