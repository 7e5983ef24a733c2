// The shipped packs stay readable: short lines, and every shared list used.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "rules/list_importer.h"
#include "test_paths.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

// Characters, not bytes: "naïve" is five.
size_t Utf8Length(const std::string& line) {
  size_t length = 0;
  for (unsigned char c : line) length += (c & 0xC0) != 0x80;
  return length;
}

std::vector<fs::path> PackFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(testing::SourcePath("rules"))) {
    const fs::path& path = entry.path();
    if (path.extension() == ".rules" || path.extension() == ".lists") files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(ShippedPacks, HaveNoLineLongerThan160Characters) {
  constexpr size_t kLimit = 160;
  const std::vector<fs::path> files = PackFiles();
  ASSERT_GE(files.size(), 10u);
  for (const fs::path& file : files) {
    std::ifstream in(file);
    int number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      EXPECT_LE(Utf8Length(line), kLimit)
          << file.string() << ":" << number << " is " << Utf8Length(line)
          << " characters long; continue the value on the next lines (rules/README.md)";
    }
  }
}

TEST(ShippedPacks, UseEveryListTheirListsFilesDefine) {
  for (const fs::path& file : PackFiles()) {
    if (file.extension() != ".lists") continue;
    StatusOr<std::vector<WordList>> lists = ListsDefinedIn(file.string());
    ASSERT_TRUE(lists.ok()) << lists.status().message();
    std::string pack;
    for (const auto& entry : fs::directory_iterator(file.parent_path())) {
      if (entry.path().extension() != ".rules" && entry.path() != file) continue;
      std::ifstream in(entry.path());
      pack += std::string(std::istreambuf_iterator<char>(in), {}) + "\n";
    }
    for (const WordList& list : lists.value()) {
      // A use is the name not followed by more of a name.
      const std::regex use("@" + list.name + "(?![a-z0-9]|-[a-z0-9])");
      const std::string definition = "list @" + list.name + " ";
      const std::string without_definition =
          std::regex_replace(pack, std::regex(definition), "list ");
      EXPECT_TRUE(std::regex_search(without_definition, use))
          << list.location.ToString() << ": list '@" << list.name << "' is used by no rule";
    }
  }
}

}  // namespace
}  // namespace unspin
