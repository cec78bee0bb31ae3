#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Quire {

/**
 * Integer arithmetic inside a placeholder: {index/1000}, {(index-1)%7+1}, {n*2}. Operands are index, n
 * and decimal literals; operators + - * / % with the usual precedence, unary minus and parentheses.
 * Semantics are C++'s on 64-bit integers: / truncates toward zero and % takes the sign of the left
 * operand (-7/2 = -3, -7%2 = -1). Nothing is undefined: every step is checked, and a step that
 * overflows or divides by zero makes evaluate() say so instead of giving a value.
 */
class PlaceholderExpr
{
public:
    enum class Status : quint8 {
        Ok,
        Overflow,
        DivisionByZero
    };
    struct Result
    {
        Status status = Status::Ok;
        qint64 value = 0;
    };
    /** A parse error: offset into the text given to parse(), and a message without a position. */
    struct Error
    {
        qsizetype offset = 0;
        QString message;
    };

    PlaceholderExpr() = default;

    /** True if text is meant as an expression (it has an operator or parenthesis), not a placeholder name. */
    static bool looksLikeExpression(QStringView text);
    /** Compiles text; false and *error filled on a mistake (unknown word, missing operand, literal 0 divisor). */
    static bool parse(QStringView text, PlaceholderExpr *out, Error *error);

    [[nodiscard]] Result evaluate(qint64 index, qint64 n) const;
    [[nodiscard]] bool usesIndex() const;
    [[nodiscard]] bool usesN() const;
    [[nodiscard]] static QString statusText(Status status);

private:
    enum class Op : quint8 {
        Push,
        Index,
        N,
        Neg,
        Add,
        Sub,
        Mul,
        Div,
        Mod
    };
    struct Step
    {
        Op op = Op::Push;
        qint64 value = 0;
    };
    friend class ExprParser;

    std::vector<Step> m_steps; ///< postfix order
    int m_depth = 0;           ///< stack slots evaluate() needs
};

} // namespace Quire
