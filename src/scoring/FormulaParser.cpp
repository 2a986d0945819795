#include "FormulaParser.h"

#include "FormulaError.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace storyloom::scoring {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isNameChar(char c) {
    return isNameStart(c) || isDigit(c);
}

struct Function {
    std::string_view name;
    Formula::Op op;
    int minArgs;
    int maxArgs; ///< -1: any number
};

constexpr Function kFunctions[] = {{"min", Formula::Op::Min, 1, -1},
                                   {"max", Formula::Op::Max, 1, -1},
                                   {"log", Formula::Op::Log, 1, 1},
                                   {"sqrt", Formula::Op::Sqrt, 1, 1},
                                   {"if", Formula::Op::If, 3, 3}};

const Function* findFunction(std::string_view name) {
    for (const auto& f : kFunctions)
        if (f.name == name)
            return &f;
    return nullptr;
}

struct Spelling {
    std::string_view source;
    std::string_view canonical;
};

// Longest spellings first so "<=" wins over "<".
constexpr Spelling kOperators[] = {{"<=", "<="},
                                   {">=", ">="},
                                   {"==", "=="},
                                   {"!=", "!="},
                                   {"\xC3\x97", "*"},
                                   {"\xC3\xB7", "/"},
                                   {"\xE2\x88\x92", "-"},
                                   {"+", "+"},
                                   {"-", "-"},
                                   {"*", "*"},
                                   {"/", "/"},
                                   {"^", "^"},
                                   {"<", "<"},
                                   {">", ">"}};

} // namespace

FormulaParser::FormulaParser(std::string_view text) : m_text(text) {}

Formula FormulaParser::parse() {
    m_formula.m_text = std::string(m_text);
    if (m_text.size() > Formula::kMaxLength)
        fail(Formula::kMaxLength,
             "the formula is longer than " + std::to_string(Formula::kMaxLength) + " characters; shorten it");
    if (std::all_of(m_text.begin(), m_text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        fail(0, "the formula is empty; write an expression such as reach * impact / effort");
    advance();
    const int root = comparison();
    if (m_token.kind != Kind::End)
        fail(m_token.begin, "expected an operator or the end of the formula, found " + describe(m_token));
    m_formula.m_root = root;

    // Flatten the top-level chain of + and - into the terms a breakdown lists.
    std::vector<Formula::TermRef> reversed;
    int node = root;
    while (m_formula.m_nodes[static_cast<std::size_t>(node)].op == Formula::Op::Add ||
           m_formula.m_nodes[static_cast<std::size_t>(node)].op == Formula::Op::Subtract) {
        const auto& n = m_formula.m_nodes[static_cast<std::size_t>(node)];
        reversed.push_back({n.rhs, n.op == Formula::Op::Add ? 1.0 : -1.0});
        node = n.lhs;
    }
    reversed.push_back({node, 1.0});
    m_formula.m_terms.assign(reversed.rbegin(), reversed.rend());

    for (const auto& n : m_formula.m_nodes)
        if (n.op == Formula::Op::Field)
            m_formula.m_fields.push_back(n.field);
    std::sort(m_formula.m_fields.begin(), m_formula.m_fields.end());
    m_formula.m_fields.erase(std::unique(m_formula.m_fields.begin(), m_formula.m_fields.end()),
                             m_formula.m_fields.end());
    return std::move(m_formula);
}

int FormulaParser::positionOf(std::size_t byteOffset) const {
    int position = 1;
    for (std::size_t i = 0; i < byteOffset && i < m_text.size(); ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++position;
    return position;
}

void FormulaParser::fail(std::size_t byteOffset, const std::string& reason) const {
    throw FormulaError(positionOf(byteOffset), reason);
}

std::string FormulaParser::describe(const Token& token) const {
    if (token.kind == Kind::End)
        return "the end of the formula";
    return "'" + std::string(m_text.substr(token.begin, token.end - token.begin)) + "'";
}

void FormulaParser::advance() {
    m_token = scan();
}

FormulaParser::Token FormulaParser::scan() {
    while (m_pos < m_text.size() &&
           (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
        ++m_pos;
    Token t;
    t.begin = m_pos;
    if (m_pos >= m_text.size()) {
        t.end = m_pos;
        return t;
    }
    const char c = m_text[m_pos];
    if (isDigit(c) || (c == '.' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1]))) {
        std::size_t end = m_pos;
        while (end < m_text.size() && (isDigit(m_text[end]) || m_text[end] == '.'))
            ++end;
        if (end < m_text.size() && (m_text[end] == 'e' || m_text[end] == 'E')) {
            std::size_t exp = end + 1;
            if (exp < m_text.size() && (m_text[exp] == '+' || m_text[exp] == '-'))
                ++exp;
            if (exp < m_text.size() && isDigit(m_text[exp])) {
                end = exp;
                while (end < m_text.size() && isDigit(m_text[end]))
                    ++end;
            }
        }
        double value = 0;
        const auto [ptr, ec] = std::from_chars(m_text.data() + m_pos, m_text.data() + end, value);
        if (ec != std::errc() || ptr != m_text.data() + end || !std::isfinite(value))
            fail(m_pos,
                 "the number '" + std::string(m_text.substr(m_pos, end - m_pos)) + "' is not a valid number");
        if (end < m_text.size() && isNameStart(m_text[end]))
            fail(end, "expected an operator after the number, found '" + std::string(1, m_text[end]) +
                          "'; write * to multiply");
        t.kind = Kind::Number;
        t.number = value;
        t.end = m_pos = end;
        t.text = m_text.substr(t.begin, t.end - t.begin);
        return t;
    }
    if (isNameStart(c)) {
        std::size_t end = m_pos;
        while (end < m_text.size() && isNameChar(m_text[end]))
            ++end;
        t.kind = Kind::Name;
        t.end = m_pos = end;
        t.text = m_text.substr(t.begin, t.end - t.begin);
        return t;
    }
    if (c == '(' || c == ')' || c == ',') {
        t.kind = c == '(' ? Kind::LeftParen : (c == ')' ? Kind::RightParen : Kind::Comma);
        t.end = ++m_pos;
        t.text = m_text.substr(t.begin, 1);
        return t;
    }
    for (const auto& op : kOperators) {
        if (m_text.substr(m_pos, op.source.size()) == op.source) {
            t.kind = Kind::Operator;
            t.text = op.canonical;
            t.end = m_pos += op.source.size();
            return t;
        }
    }
    // Report the whole UTF-8 sequence so the message shows the character the user typed.
    std::size_t end = m_pos + 1;
    while (end < m_text.size() && (static_cast<unsigned char>(m_text[end]) & 0xC0) == 0x80)
        ++end;
    if (c == '=')
        fail(m_pos, "unexpected '='; write == to compare two values");
    fail(m_pos, "unexpected character '" + std::string(m_text.substr(m_pos, end - m_pos)) + "'");
}

int FormulaParser::add(Formula::Node node) {
    m_formula.m_nodes.push_back(node);
    return static_cast<int>(m_formula.m_nodes.size() - 1);
}

void FormulaParser::enter(const Token& at) {
    if (++m_depth > Formula::kMaxDepth)
        fail(at.begin,
             "the formula nests deeper than " + std::to_string(Formula::kMaxDepth) + " levels; simplify it");
}

namespace {

Formula::Node binary(Formula::Op op, int position, int lhs, int rhs, std::size_t begin, std::size_t end) {
    Formula::Node n;
    n.op = op;
    n.position = position;
    n.lhs = lhs;
    n.rhs = rhs;
    n.begin = begin;
    n.end = end;
    return n;
}

} // namespace

int FormulaParser::comparison() {
    const int lhs = sum();
    if (m_token.kind != Kind::Operator)
        return lhs;
    static constexpr std::pair<std::string_view, Formula::Op> kComparisons[] = {
        {"<", Formula::Op::Less},          {"<=", Formula::Op::LessEqual}, {">", Formula::Op::Greater},
        {">=", Formula::Op::GreaterEqual}, {"==", Formula::Op::Equal},     {"!=", Formula::Op::NotEqual}};
    for (const auto& [text, op] : kComparisons) {
        if (m_token.text == text) {
            const Token at = m_token;
            advance();
            const int rhs = sum();
            const auto begin = m_formula.m_nodes[static_cast<std::size_t>(lhs)].begin;
            const auto end = m_formula.m_nodes[static_cast<std::size_t>(rhs)].end;
            if (m_token.kind == Kind::Operator &&
                std::any_of(std::begin(kComparisons), std::end(kComparisons),
                            [&](const auto& c) { return c.first == m_token.text; }))
                fail(m_token.begin, "comparisons cannot be chained; use if() to combine them");
            return add(binary(op, positionOf(at.begin), lhs, rhs, begin, end));
        }
    }
    return lhs;
}

int FormulaParser::sum() {
    int lhs = product();
    while (m_token.kind == Kind::Operator && (m_token.text == "+" || m_token.text == "-")) {
        const Token at = m_token;
        advance();
        const int rhs = product();
        const auto begin = m_formula.m_nodes[static_cast<std::size_t>(lhs)].begin;
        const auto end = m_formula.m_nodes[static_cast<std::size_t>(rhs)].end;
        lhs = add(binary(at.text == "+" ? Formula::Op::Add : Formula::Op::Subtract, positionOf(at.begin), lhs,
                         rhs, begin, end));
    }
    return lhs;
}

int FormulaParser::product() {
    int lhs = unary();
    while (m_token.kind == Kind::Operator && (m_token.text == "*" || m_token.text == "/")) {
        const Token at = m_token;
        advance();
        const int rhs = unary();
        const auto begin = m_formula.m_nodes[static_cast<std::size_t>(lhs)].begin;
        const auto end = m_formula.m_nodes[static_cast<std::size_t>(rhs)].end;
        lhs = add(binary(at.text == "*" ? Formula::Op::Multiply : Formula::Op::Divide, positionOf(at.begin),
                         lhs, rhs, begin, end));
    }
    return lhs;
}

int FormulaParser::unary() {
    if (m_token.kind == Kind::Operator && (m_token.text == "-" || m_token.text == "+")) {
        const Token at = m_token;
        enter(at);
        advance();
        const int operand = unary();
        --m_depth;
        if (at.text == "+")
            return operand;
        Formula::Node n;
        n.op = Formula::Op::Negate;
        n.position = positionOf(at.begin);
        n.lhs = operand;
        n.begin = at.begin;
        n.end = m_formula.m_nodes[static_cast<std::size_t>(operand)].end;
        return add(n);
    }
    return power();
}

int FormulaParser::power() {
    const int base = primary();
    if (m_token.kind == Kind::Operator && m_token.text == "^") {
        const Token at = m_token;
        enter(at);
        advance();
        const int exponent = unary();
        --m_depth;
        const auto begin = m_formula.m_nodes[static_cast<std::size_t>(base)].begin;
        const auto end = m_formula.m_nodes[static_cast<std::size_t>(exponent)].end;
        return add(binary(Formula::Op::Power, positionOf(at.begin), base, exponent, begin, end));
    }
    return base;
}

int FormulaParser::primary() {
    const Token t = m_token;
    switch (t.kind) {
    case Kind::Number: {
        advance();
        Formula::Node n;
        n.op = Formula::Op::Number;
        n.number = t.number;
        n.position = positionOf(t.begin);
        n.begin = t.begin;
        n.end = t.end;
        return add(n);
    }
    case Kind::Name: {
        advance();
        if (m_token.kind == Kind::LeftParen)
            return call(t);
        if (findFunction(t.text))
            fail(t.begin,
                 "'" + std::string(t.text) + "' is a function; write " + std::string(t.text) + "(...)");
        const auto field = parseStoryField(t.text);
        if (!field)
            fail(t.begin, "unknown input '" + std::string(t.text) + "'; the inputs are " +
                              std::string(storyFieldIdList()));
        Formula::Node n;
        n.op = Formula::Op::Field;
        n.field = *field;
        n.position = positionOf(t.begin);
        n.begin = t.begin;
        n.end = t.end;
        return add(n);
    }
    case Kind::LeftParen: {
        enter(t);
        advance();
        const int inner = comparison();
        if (m_token.kind != Kind::RightParen)
            fail(m_token.begin, "expected ')' to close the '(' at position " +
                                    std::to_string(positionOf(t.begin)) + ", found " + describe(m_token));
        --m_depth;
        const Token close = m_token;
        advance();
        // The parenthesised node keeps its value; widen its span so term names show the brackets.
        auto& n = m_formula.m_nodes[static_cast<std::size_t>(inner)];
        n.begin = t.begin;
        n.end = close.end;
        return inner;
    }
    default:
        fail(t.begin, "expected a number, an input name or '(', found " + describe(t));
    }
}

int FormulaParser::call(const Token& name) {
    const Function* function = findFunction(name.text);
    if (!function) {
        if (parseStoryField(name.text))
            fail(name.begin, "'" + std::string(name.text) + "' is an input, not a function");
        fail(name.begin, "unknown function '" + std::string(name.text) +
                             "'; the functions are min, max, log, sqrt and if");
    }
    enter(name);
    advance(); // '('
    std::vector<int> args;
    if (m_token.kind != Kind::RightParen) {
        for (;;) {
            args.push_back(comparison());
            if (m_token.kind == Kind::Comma) {
                advance();
                continue;
            }
            if (m_token.kind != Kind::RightParen)
                fail(m_token.begin, "expected ')' after argument list, found " + describe(m_token));
            break;
        }
    }
    const Token close = m_token;
    advance();
    --m_depth;
    const int count = static_cast<int>(args.size());
    if (count < function->minArgs || (function->maxArgs >= 0 && count > function->maxArgs)) {
        std::string expected;
        if (function->op == Formula::Op::If)
            expected = "takes 3 arguments (condition, value when true, value when false)";
        else if (function->maxArgs < 0)
            expected = "takes at least one argument";
        else
            expected = "takes exactly 1 argument";
        fail(name.begin, std::string(name.text) + " " + expected + ", not " + std::to_string(count));
    }
    Formula::Node n;
    n.op = function->op;
    n.position = positionOf(name.begin);
    n.first = static_cast<int>(m_formula.m_args.size());
    n.count = count;
    n.begin = name.begin;
    n.end = close.end;
    m_formula.m_args.insert(m_formula.m_args.end(), args.begin(), args.end());
    return add(n);
}

} // namespace storyloom::scoring
