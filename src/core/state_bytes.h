#pragma once
// Plain bytes in the machine's own order, for the aggregate states the results store keeps with
// every chunk: written and read back by the same build, they restore a state exactly.
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace umbrella {

template <typename T>
void append_bytes(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// Reads a T from the front of `in` and advances it; throws std::runtime_error when `in` is too
// short, as a state written by another build can be.
template <typename T>
T take_bytes(std::string_view& in) {
  if (in.size() < sizeof(T)) throw std::runtime_error("the stored aggregate state is truncated");
  T value;
  std::memcpy(&value, in.data(), sizeof value);
  in.remove_prefix(sizeof value);
  return value;
}

}  // namespace umbrella
