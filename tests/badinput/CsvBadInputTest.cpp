// Bad input through the participant import: phone numbers, whole broken files, and injection
// payloads in every text column. Each input is accepted and exported as it went in (and the
// export imports to the same bytes), or rejected in the report on its line and column.
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/PhoneNumbers.h"
#include "tests/badinput/BadInputTally.h"
#include "tests/badinput/BadInputs.h"
#include "tests/badinput/CsvImportProbe.h"
#include "tests/register/ParticipantCsvTestSupport.h"

#include <functional>

using namespace burgernet;
using namespace burgernet::test;

namespace {

struct Case
{
    QString column;
    QString input;
    // Whether the exported value is the input, kept.
    std::function<bool(const QString& input, const QString& exported)> kept;
};

// One row per case, every other cell valid; the tally counts each case.
void runCases(BadInputTally& tally, const QList<Case>& cases)
{
    QList<CsvValues> rows;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        CsvValues row = validRow(int(i));
        row[cases[i].column] = cases[i].input;
        rows << row;
    }
    QList<qint64> lines;
    const CsvImportProbe probe = CsvImportProbe::run(participantFile(rows, &lines));
    INFO(probe.error.toStdString());
    REQUIRE(probe.ok);
    CHECK(probe.roundTrip);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        const QString what =
            QStringLiteral("line %1, %2 = \"%3\"").arg(lines[i]).arg(c.column, c.input);
        const QStringList fields = probe.rejectedFields.value(lines[i]);
        const QString id = c.column == QLatin1String("external_id")
                               ? ParticipantCsvFormat::unguard(c.input.trimmed())
                               : rows[i].value(QStringLiteral("external_id"));
        if (fields.contains(c.column)) {
            tally.reject();
        } else if (!fields.isEmpty()) {
            tally.drop(what + QStringLiteral(": rejected for ") + fields.join(QLatin1Char(',')));
        } else if (!probe.exported.contains(id)) {
            tally.drop(what + QStringLiteral(": neither imported nor rejected"));
        } else if (const QString out = probe.exported[id].value(c.column); !c.kept(c.input, out)) {
            tally.drop(what + QStringLiteral(": exported as \"%1\"").arg(out));
        } else {
            tally.accept();
        }
    }
}

} // namespace

TEST_CASE("Bad phone numbers are refused on their line and column, good ones kept",
          "[badinput][register]")
{
    BadInputTally tally{QStringLiteral("phone numbers")};
    QList<Case> cases;
    for (const QString& number : badinput::phoneNumbers()) {
        for (const auto& [column, kind] : {std::pair{"mobile", PhoneNumbers::Kind::Mobile},
                                           std::pair{"phone", PhoneNumbers::Kind::Any}}) {
            cases << Case{
                QString::fromLatin1(column), number, [kind](const QString&, const QString& out) {
                    // E.164, and the same when read again.
                    const auto again = PhoneNumbers::normaliseDutch(out, kind);
                    return out.startsWith(QLatin1Char('+')) && again.ok() && *again == out;
                }};
        }
    }
    runCases(tally, cases);
    tally.report();
}

TEST_CASE("Injection payloads in every text column are refused or kept as written",
          "[badinput][register]")
{
    BadInputTally tally{QStringLiteral("injection payloads, participant file")};
    const auto asWritten = [](const QString& in, const QString& out) {
        return out == ParticipantCsvFormat::unguard(in.trimmed());
    };
    // A line break in an address is a wrapped spreadsheet cell: it becomes a space.
    const auto address = [](const QString& in, const QString& out) {
        QString expected = ParticipantCsvFormat::unguard(in.trimmed());
        if (expected.contains(u'\n') || expected.contains(u'\r') || expected.contains(u'\t'))
            expected = expected.simplified();
        return out == expected;
    };
    QList<Case> cases;
    for (const QString& payload : badinput::injectionPayloads()) {
        cases << Case{QStringLiteral("name"), payload, asWritten};
        cases << Case{QStringLiteral("external_id"), payload, asWritten};
        cases << Case{QStringLiteral("email"), payload + QStringLiteral("@example.org"), asWritten};
        for (const char* column :
             {"home_street", "home_house_number", "home_place", "home_municipality"})
            cases << Case{QString::fromLatin1(column), payload, address};
    }
    runCases(tally, cases);
    tally.report();
}

TEST_CASE("Broken participant files are refused with a reason or imported whole",
          "[badinput][register]")
{
    BadInputTally tally{QStringLiteral("CSV files")};
    for (const auto& [label, bytes] : badinput::csvFiles()) {
        const CsvImportProbe probe = CsvImportProbe::run(bytes);
        if (!probe.ok) {
            // The refusal names the file, and the line when one is to blame.
            if (probe.error.contains(QLatin1String("in.csv")))
                tally.reject();
            else
                tally.drop(label + QStringLiteral(": refused without naming the file: ") +
                           probe.error);
            continue;
        }
        const ImportSummary& s = probe.summary;
        const bool counted = s.rowsRead == s.imported() + s.rejected + s.superseded;
        const bool reasons = qint64(probe.rejectedFields.size()) == s.rejected;
        if (!counted || !reasons || !probe.roundTrip)
            tally.drop(label + QStringLiteral(": %1 rows read, %2 imported, %3 rejected (%4 "
                                              "with a reason), %5 superseded, round trip %6")
                                   .arg(s.rowsRead)
                                   .arg(s.imported())
                                   .arg(s.rejected)
                                   .arg(probe.rejectedFields.size())
                                   .arg(s.superseded)
                                   .arg(probe.roundTrip));
        else if (s.rowsRead > 0 && s.imported() == 0)
            tally.reject(); // every row refused in the report, on its line
        else
            tally.accept();
    }
    tally.report();
}
