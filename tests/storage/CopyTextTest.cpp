// The COPY text encoder: whatever the text, the row it writes reads back as the same fields.
// PostgreSQL's own reading of these rows is checked by the writer's tests against the server.
#include "app/storage/CopyText.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>

using namespace burgernet;

namespace {

// A reader of COPY text rows, as the server reads them: \N is NULL, backslash escapes.
struct Field
{
    bool null = false;
    std::string text;
    bool operator==(const Field&) const = default;
};

std::vector<std::vector<Field>> readRows(const QByteArray& data)
{
    std::vector<std::vector<Field>> rows;
    std::vector<Field> row;
    Field field;
    bool escaped = false;
    auto endField = [&] {
        if (field.text == "\\N-marker")
            field = Field{true, {}};
        row.push_back(field);
        field = {};
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (escaped) {
            escaped = false;
            switch (c) {
            case 'N':
                field.text += "\\N-marker";
                break;
            case 't':
                field.text += '\t';
                break;
            case 'n':
                field.text += '\n';
                break;
            case 'r':
                field.text += '\r';
                break;
            case '\\':
                field.text += '\\';
                break;
            default:
                FAIL("unexpected escape \\" << c);
            }
            continue;
        }
        if (c == '\\')
            escaped = true;
        else if (c == '\t')
            endField();
        else if (c == '\n') {
            endField();
            rows.push_back(std::move(row));
            row = {};
        } else
            field.text += c;
    }
    CHECK(row.empty()); // every row ends with a newline
    return rows;
}

} // namespace

TEST_CASE("COPY text escapes what would end a field or a row and keeps every other byte",
          "[storage][copy]")
{
    const std::vector<std::string> hostile{
        "",
        "plain",
        "tab\there",
        "line\nbreak",
        "carriage\rreturn\r\n",
        "back\\slash",
        "\\N",          // the NULL marker as text is text
        "\\.",          // the old end-of-data marker
        "\\\\N\\t",     // escapes of escapes
        "\t\n\r\\",     // nothing but specials
        "'quote\" ;,|", // what other formats quote
        "Zo\xC3\xAB \xC4\xB2sselstraat \xF0\x9F\x8D\x94 \xE2\x80\xAE\xE2\x80\x8F", // UTF-8
        "\x01\x1b[31m\x7f", // other control bytes pass as they are
        std::string(70'000, 'x') + "\tend",
    };
    QByteArray out;
    CopyText row(out);
    for (const std::string& text : hostile)
        REQUIRE(row.text(text.data(), qsizetype(text.size())));
    row.null();
    row.integer(-9'223'372'036'854'775'807LL - 1);
    row.real(52.37310000000001);
    row.endRow();
    row.text("second", 6);
    row.null();
    row.endRow();

    // No raw tab, newline or carriage return inside a field: only the separators remain.
    CHECK(out.count('\n') == 2);
    CHECK(out.count('\r') == 0);
    CHECK(out.count('\t') == qsizetype(hostile.size() + 2 + 1));

    const auto rows = readRows(out);
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[0].size() == hostile.size() + 3);
    for (size_t i = 0; i < hostile.size(); ++i) {
        INFO("field " << i);
        CHECK(rows[0][i] == Field{false, hostile[i]});
    }
    CHECK(rows[0][hostile.size()].null);
    CHECK(rows[0][hostile.size() + 1].text == "-9223372036854775808");
    CHECK(std::stod(rows[0][hostile.size() + 2].text) == 52.37310000000001);
    CHECK(rows[1] == std::vector<Field>{{false, "second"}, {true, {}}});
}

TEST_CASE("COPY text writes doubles that read back exactly and refuses NUL bytes",
          "[storage][copy]")
{
    for (const double value : {0.0, -0.0, 1e-300, 5.1234567890123456, 4.8922, 180.0,
                               std::nextafter(52.0, 53.0), std::numeric_limits<double>::max()}) {
        QByteArray out;
        CopyText(out).real(value);
        CHECK(std::stod(out.toStdString()) == value);
        CHECK(out.size() <= 24);
    }
    QByteArray out = "kept";
    CopyText row(out);
    const char withNul[] = {'a', '\0', 'b'};
    CHECK_FALSE(row.text(withNul, 3));
    CHECK(out == "kept"); // nothing of the refused field
    CHECK(row.text(nullptr, 0));
    CHECK(out == "kept\\N");
}
