#pragma once

#include "Builders.h"

#include "exchange/ExchangeError.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace storyloom::test {

/// The sample workspace as an editable JSON tree that keeps the written key order, for tests that
/// damage one value and check what the reader says.
inline nlohmann::ordered_json sampleDocument() {
    return nlohmann::ordered_json::parse(nativejson::write(sampleWorkspace()));
}

inline std::string textOf(const nlohmann::ordered_json& document) {
    return document.dump(2);
}

/// The error reading `text` raises; fails the test when it reads without one.
inline ExchangeError readError(const std::string& text, const std::string& file = "backlog.json") {
    try {
        nativejson::read(text, file);
    } catch (const ExchangeError& e) {
        return e;
    }
    FAIL("the document was read without an error");
    throw std::logic_error("unreachable");
}

inline bool contains(const std::string& text, const std::string& fragment) {
    return text.find(fragment) != std::string::npos;
}

} // namespace storyloom::test
