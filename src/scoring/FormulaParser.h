#pragma once

#include "Formula.h"

#include <string>
#include <string_view>

namespace storyloom::scoring {

/// Recursive-descent parser behind Formula::parse (internal to the scoring library).
///
/// Grammar, lowest precedence first:
///     formula    := comparison END
///     comparison := sum [ ('<' | '<=' | '>' | '>=' | '==' | '!=') sum ]
///     sum        := product { ('+' | '-') product }
///     product    := unary { ('*' | '/') unary }
///     unary      := ('-' | '+') unary | power
///     power      := primary [ '^' unary ]          (right-associative: 2^3^2 = 2^9)
///     primary    := number | input | function '(' comparison { ',' comparison } ')' | '(' comparison ')'
class FormulaParser {
public:
    explicit FormulaParser(std::string_view text);
    /// Throws FormulaError.
    Formula parse();

private:
    enum class Kind { End, Number, Name, Operator, LeftParen, RightParen, Comma };
    struct Token {
        Kind kind = Kind::End;
        std::size_t begin = 0;
        std::size_t end = 0;
        std::string_view text; ///< canonical operator ("*" for "×") or the source text
        double number = 0;
    };

    void advance();
    Token scan();
    int comparison();
    int sum();
    int product();
    int unary();
    int power();
    int primary();
    int call(const Token& name);
    int add(Formula::Node node);
    void enter(const Token& at);
    [[noreturn]] void fail(std::size_t byteOffset, const std::string& reason) const;
    int positionOf(std::size_t byteOffset) const;
    std::string describe(const Token& token) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
    Token m_token;
    int m_depth = 0;
    Formula m_formula;
};

} // namespace storyloom::scoring
