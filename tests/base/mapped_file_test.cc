#include "base/mapped_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace unspin {
namespace {

TEST(MappedFile, MapsTheBytesOfAFile) {
  const std::string path = (std::filesystem::temp_directory_path() / "unspin_mapped_file").string();
  std::ofstream(path, std::ios::binary) << "twelve bytes";
  StatusOr<MappedFile> file = MappedFile::Open(path, "test file");
  std::remove(path.c_str());
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->size(), 12u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(file->data()), file->size()), "twelve bytes");
}

TEST(MappedFile, ReportsAMissingFileByKindAndPath) {
  const StatusOr<MappedFile> file = MappedFile::Open("/nonexistent/f.bin", "lexicon");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().message(),
            "cannot open lexicon '/nonexistent/f.bin': No such file or directory");
}

TEST(MappedFile, KeepsBytesAlignedAndInPlaceWhenMoved) {
  MappedFile file = MappedFile::FromBytes("abc");
  const uint8_t* data = file.data();
  EXPECT_EQ(reinterpret_cast<uintptr_t>(data) % 8, 0u);
  const MappedFile moved = std::move(file);
  EXPECT_EQ(moved.data(), data);
  EXPECT_EQ(moved.size(), 3u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(moved.data()), 3), "abc");
}

}  // namespace
}  // namespace unspin
