#pragma once

#include <cstdint>

namespace storyloom {

/// Row identity of an entity inside one workspace. Stable for the life of the entity; never reused.
/// 0 means "not stored yet".
using Id = std::int64_t;

/// Milliseconds since 1970-01-01T00:00:00Z.
using Timestamp = std::int64_t;

} // namespace storyloom
