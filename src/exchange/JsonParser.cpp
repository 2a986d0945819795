#include "JsonParser.h"

#include "JsonPath.h"
#include "JsonScanner.h"
#include "ReadError.h"
#include "Utf8.h"

#include <algorithm>
#include <vector>

namespace storyloom {
namespace {

using json = nlohmann::json;

/// Builds the tree from the scanner's events, refusing duplicate keys and handing finished elements of
/// the root's arrays to the sink. Only the open containers are on m_stack, so pointers into them stay
/// valid while children are appended.
class TreeBuilder final : public JsonHandler {
public:
    TreeBuilder(json& root, const ElementSink& sink) : m_root(root), m_sink(sink) {}

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool v) override { return scalar(json(v)); }
    bool integer(std::int64_t v) override { return scalar(json(static_cast<json::number_integer_t>(v))); }
    bool unsignedInteger(std::uint64_t v) override {
        return scalar(json(static_cast<json::number_unsigned_t>(v)));
    }
    bool number(double v) override { return scalar(json(v)); }
    bool string(std::string&& v) override { return scalar(json(std::move(v))); }

    bool beginObject() override {
        open(json(json::value_t::object));
        return true;
    }
    bool key(std::string&& name) override {
        auto& members = m_stack.back().value->get_ref<json::object_t&>();
        // try_emplace leaves `name` untouched when the key exists, so it is still there for the message.
        auto [it, inserted] = members.try_emplace(std::move(name));
        if (!inserted) {
            m_duplicate = pathToTop();
            JsonPath::appendKey(m_duplicate, name);
            m_duplicateKey = name;
            return false;
        }
        m_slot = &it->second;
        m_stack.back().key = &it->first;
        return true;
    }
    bool endObject() override {
        m_stack.pop_back();
        elementDone();
        return true;
    }
    bool beginArray() override {
        open(json(json::value_t::array));
        return true;
    }
    bool endArray() override { return endObject(); }

    const std::string& duplicatePath() const { return m_duplicate; }
    const std::string& duplicateKey() const { return m_duplicateKey; }

private:
    struct Open {
        json* value;
        const std::string* key; ///< objects: the member being filled
        std::size_t count;      ///< arrays: elements placed so far, taken ones included
    };

    json* place(json&& value) {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Open& top = m_stack.back();
        if (top.value->is_array()) {
            ++top.count;
            auto& elements = top.value->get_ref<json::array_t&>();
            elements.push_back(std::move(value));
            return &elements.back();
        }
        *m_slot = std::move(value);
        return m_slot;
    }

    void open(json&& container) { m_stack.push_back({place(std::move(container)), nullptr, 0}); }

    bool scalar(json&& value) {
        place(std::move(value));
        elementDone();
        return true;
    }

    /// Called after a value is complete: when it is an element of an array in the root object, offers it
    /// to the sink.
    void elementDone() {
        if (!m_sink || m_stack.size() != 2 || !m_stack[0].value->is_object() || !m_stack[1].value->is_array())
            return;
        auto& elements = m_stack[1].value->get_ref<json::array_t&>();
        if (m_sink(*m_stack[0].key, m_stack[1].count - 1, elements.back()))
            elements.pop_back();
    }

    /// The path of the innermost open container.
    std::string pathToTop() const {
        std::string path;
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
            if (m_stack[i].value->is_array())
                JsonPath::appendIndex(path, m_stack[i].count - 1);
            else
                JsonPath::appendKey(path, *m_stack[i].key);
        }
        return path;
    }

    json& m_root;
    const ElementSink& m_sink;
    std::vector<Open> m_stack;
    json* m_slot = nullptr; ///< where the value after key() goes
    std::string m_duplicate;
    std::string m_duplicateKey;
};

} // namespace

TextPosition positionOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition pos;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    for (std::size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) // not a continuation byte
            ++pos.column;
    return pos;
}

json parseJson(std::string_view text, const std::string& fileName, const ElementSink& sink) {
    json root;
    TreeBuilder builder(root, sink);
    JsonScanner scanner(text, builder, kMaxJsonDepth);
    if (scanner.scan())
        return root;

    if (!builder.duplicatePath().empty()) {
        throwReadError(fileName,
                       "the key \"" + utf8::forMessage(builder.duplicateKey()) + "\" appears twice at " +
                           builder.duplicatePath() + ", and a key may appear only once in an object",
                       "Remove one of the two in a text editor and try again", 0, 0,
                       builder.duplicatePath());
    }
    const auto& error = *scanner.error();
    const auto pos = positionOf(text, error.offset);
    const std::string at = "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column);
    if (error.tooDeep)
        throwReadError(fileName, error.message + " at " + at + "; no file Storyloom reads nests that deep",
                       "The file is damaged or is not a Storyloom file", pos.line, pos.column);
    throwReadError(fileName, "the text is not valid JSON at " + at + ": " + error.message,
                   "Correct the file in a text editor, or export it again from where it came from, and try again", pos.line, pos.column);
}

} // namespace storyloom
