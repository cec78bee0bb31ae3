#include "core/template/placeholderexpr.h"

#include "core/base/translations.h"

#include <array>
#include <optional>

namespace Quire {

namespace {

// Deep enough for any real name; bounds the evaluation stack and the parser's recursion.
constexpr int MaxDepth = 32;
constexpr int MaxStack = 64;

PlaceholderExpr::Result apply(char op, qint64 a, qint64 b)
{
    using S = PlaceholderExpr::Status;
    qint64 r = 0;
    switch (op) {
    case '+':
        return __builtin_add_overflow(a, b, &r) ? PlaceholderExpr::Result{S::Overflow, 0}
                                                : PlaceholderExpr::Result{S::Ok, r};
    case '-':
        return __builtin_sub_overflow(a, b, &r) ? PlaceholderExpr::Result{S::Overflow, 0}
                                                : PlaceholderExpr::Result{S::Ok, r};
    case '*':
        return __builtin_mul_overflow(a, b, &r) ? PlaceholderExpr::Result{S::Overflow, 0}
                                                : PlaceholderExpr::Result{S::Ok, r};
    default:
        break;
    }
    if (b == 0)
        return {S::DivisionByZero, 0};
    // INT64_MIN / -1 does not fit, and INT64_MIN % -1 is undefined in C++ too.
    if (a == std::numeric_limits<qint64>::min() && b == -1)
        return {S::Overflow, 0};
    return {S::Ok, op == '/' ? a / b : a % b};
}

} // namespace

/** Recursive descent over the text; each rule also folds constants, to catch a literal 0 divisor. */
class ExprParser
{
public:
    ExprParser(QStringView text, PlaceholderExpr &out)
        : m_text(text)
        , m_out(out)
    {
    }

    bool run(PlaceholderExpr::Error *error)
    {
        const bool ok =
            expression() && (skipSpace(), m_at == m_text.size() ||
                                              fail(trCore("Quire::Template", "unexpected '%1'").arg(m_text.at(m_at))));
        if (!ok && error)
            *error = m_error;
        return ok;
    }

private:
    using Constant = std::optional<qint64>;

    bool fail(const QString &message)
    {
        m_error = {m_at, message};
        return false;
    }
    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at) == u' ')
            ++m_at;
    }
    void push(PlaceholderExpr::Op op, qint64 value = 0)
    {
        m_out.m_steps.push_back({op, value});
        const bool push =
            op == PlaceholderExpr::Op::Push || op == PlaceholderExpr::Op::Index || op == PlaceholderExpr::Op::N;
        m_stack += push ? 1 : (op == PlaceholderExpr::Op::Neg ? 0 : -1);
        m_out.m_depth = std::max(m_out.m_depth, m_stack);
    }
    bool binary(char op, qsizetype at, Constant &left, const Constant &right);
    bool expression();
    bool term();
    bool unary();
    bool primary();

    QStringView m_text;
    PlaceholderExpr &m_out;
    qsizetype m_at = 0;
    int m_nesting = 0;
    int m_stack = 0;
    Constant m_constant; ///< the value of the rule just parsed, when it depends on no variable
    PlaceholderExpr::Error m_error;
};

bool ExprParser::binary(char op, qsizetype at, Constant &left, const Constant &right)
{
    using S = PlaceholderExpr::Status;
    if ((op == '/' || op == '%') && right && *right == 0) {
        m_at = at;
        return fail(op == '/' ? trCore("Quire::Template", "division by zero")
                              : trCore("Quire::Template", "modulo by zero"));
    }
    if (left && right) {
        const PlaceholderExpr::Result r = apply(op, *left, *right);
        if (r.status != S::Ok) {
            m_at = at;
            return fail(trCore("Quire::Template", "the numbers overflow 64 bits"));
        }
        left = r.value;
    } else {
        left.reset();
    }
    static constexpr std::array<std::pair<char, PlaceholderExpr::Op>, 5> ops{{{'+', PlaceholderExpr::Op::Add},
                                                                              {'-', PlaceholderExpr::Op::Sub},
                                                                              {'*', PlaceholderExpr::Op::Mul},
                                                                              {'/', PlaceholderExpr::Op::Div},
                                                                              {'%', PlaceholderExpr::Op::Mod}}};
    push(std::find_if(ops.begin(), ops.end(), [op](const auto &p) { return p.first == op; })->second);
    return true;
}

bool ExprParser::expression()
{
    if (!term())
        return false;
    Constant left = m_constant;
    for (skipSpace(); m_at < m_text.size() && (m_text.at(m_at) == u'+' || m_text.at(m_at) == u'-'); skipSpace()) {
        const qsizetype at = m_at;
        const char op = char(m_text.at(m_at++).unicode());
        if (!term() || !binary(op, at, left, m_constant))
            return false;
    }
    m_constant = left;
    return true;
}

bool ExprParser::term()
{
    if (!unary())
        return false;
    Constant left = m_constant;
    for (skipSpace();
         m_at < m_text.size() && (m_text.at(m_at) == u'*' || m_text.at(m_at) == u'/' || m_text.at(m_at) == u'%');
         skipSpace()) {
        const qsizetype at = m_at;
        const char op = char(m_text.at(m_at++).unicode());
        if (!unary() || !binary(op, at, left, m_constant))
            return false;
    }
    m_constant = left;
    return true;
}

bool ExprParser::unary()
{
    skipSpace();
    if (m_at < m_text.size() && (m_text.at(m_at) == u'-' || m_text.at(m_at) == u'+')) {
        const bool minus = m_text.at(m_at++) == u'-';
        if (++m_nesting > MaxDepth)
            return fail(trCore("Quire::Template", "the expression is nested too deeply"));
        const bool ok = unary();
        --m_nesting;
        if (!ok || !minus)
            return ok;
        if (m_constant && *m_constant == std::numeric_limits<qint64>::min())
            return fail(trCore("Quire::Template", "the numbers overflow 64 bits"));
        if (m_constant)
            m_constant = -*m_constant;
        push(PlaceholderExpr::Op::Neg);
        return true;
    }
    return primary();
}

bool ExprParser::primary()
{
    skipSpace();
    if (m_at >= m_text.size())
        return fail(trCore("Quire::Template", "a number, index, n or ( is missing"));
    const QChar c = m_text.at(m_at);
    if (c == u'(') {
        if (++m_nesting > MaxDepth)
            return fail(trCore("Quire::Template", "the expression is nested too deeply"));
        const qsizetype open = m_at++;
        if (!expression())
            return false;
        skipSpace();
        if (m_at >= m_text.size() || m_text.at(m_at) != u')') {
            m_at = open;
            return fail(trCore("Quire::Template", "unclosed ("));
        }
        ++m_at;
        --m_nesting;
        return true;
    }
    const qsizetype start = m_at;
    while (m_at < m_text.size() && (m_text.at(m_at).isLetterOrNumber() || m_text.at(m_at) == u'_'))
        ++m_at;
    const QStringView word = m_text.mid(start, m_at - start);
    if (word.isEmpty())
        return fail(trCore("Quire::Template", "unexpected '%1' (expected a number, index, n or ()").arg(c));
    m_constant.reset();
    if (word == u"index") {
        push(PlaceholderExpr::Op::Index);
        return true;
    }
    if (word == u"n") {
        push(PlaceholderExpr::Op::N);
        return true;
    }
    bool ok = false;
    const qint64 value = word.toLongLong(&ok);
    if (!ok || !std::all_of(word.begin(), word.end(), [](QChar d) { return d >= u'0' && d <= u'9'; })) {
        m_at = start;
        return fail(trCore("Quire::Template", "\"%1\" is not a number, index or n (arithmetic works on index and n)")
                        .arg(word.left(40)));
    }
    m_constant = value;
    push(PlaceholderExpr::Op::Push, value);
    return true;
}

bool PlaceholderExpr::looksLikeExpression(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c == u'+' || c == u'-' || c == u'*' || c == u'/' || c == u'%' || c == u'(' || c == u')';
    });
}

bool PlaceholderExpr::parse(QStringView text, PlaceholderExpr *out, Error *error)
{
    PlaceholderExpr result;
    ExprParser parser(text, result);
    if (!parser.run(error))
        return false;
    if (result.m_depth > MaxStack) {
        if (error)
            *error = {0, trCore("Quire::Template", "the expression is too long")};
        return false;
    }
    *out = std::move(result);
    return true;
}

PlaceholderExpr::Result PlaceholderExpr::evaluate(qint64 index, qint64 n) const
{
    std::array<qint64, MaxStack> stack{};
    size_t top = 0;
    for (const Step &step : m_steps) {
        switch (step.op) {
        case Op::Push:
            stack[top++] = step.value;
            continue;
        case Op::Index:
            stack[top++] = index;
            continue;
        case Op::N:
            stack[top++] = n;
            continue;
        case Op::Neg:
            if (stack[top - 1] == std::numeric_limits<qint64>::min())
                return {Status::Overflow, 0};
            stack[top - 1] = -stack[top - 1];
            continue;
        default:
            break;
        }
        static constexpr std::array<char, 5> symbols{'+', '-', '*', '/', '%'};
        const Result r = apply(symbols[size_t(step.op) - size_t(Op::Add)], stack[top - 2], stack[top - 1]);
        if (r.status != Status::Ok)
            return r;
        stack[--top - 1] = r.value;
    }
    return {Status::Ok, stack[0]};
}

bool PlaceholderExpr::usesIndex() const
{
    return std::any_of(m_steps.begin(), m_steps.end(), [](const Step &s) { return s.op == Op::Index; });
}

bool PlaceholderExpr::usesN() const
{
    return std::any_of(m_steps.begin(), m_steps.end(), [](const Step &s) { return s.op == Op::N; });
}

QString PlaceholderExpr::statusText(Status status)
{
    return status == Status::DivisionByZero ? trCore("Quire::Template", "divides by zero")
                                            : trCore("Quire::Template", "overflows 64 bits");
}

} // namespace Quire
