// Status and StatusOr<T>: expected failures as values.
//
// A failing operation returns a Status whose message() is written for the
// user: it names the place (file:line, byte offset) and says what is wrong.
// Exceptions are reserved for bugs and are caught once, in main().
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace unspin {

class Status {
 public:
  // A default-constructed Status is success.
  Status() = default;

  static Status Ok() { return Status(); }
  static Status Error(std::string message) {
    Status status;
    status.ok_ = false;
    status.message_ = std::move(message);
    return status;
  }

  bool ok() const { return ok_; }
  // Empty on success.
  const std::string& message() const { return message_; }

 private:
  bool ok_ = true;
  std::string message_;
};

// Either a value or an error Status. value() must only be called when ok().
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "StatusOr needs an error Status or a value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace unspin
